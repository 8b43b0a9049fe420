import { AdminUnit } from './admin-unit.entity';
import { AuditEvent } from './audit-event.entity';
import { AwardRecord } from './award-record.entity';
import { AwardType } from './award-type.entity';
import { BaseSalary } from './base-salary.entity';
import { BonusCoefficient } from './bonus-coefficient.entity';
import { CalendarOverrideEntity } from './calendar-override.entity';
import { CommendationRound } from './commendation-round.entity';
import { CouncilBallot } from './council-ballot.entity';
import { CertificateRegister } from './decision-register-certificate.entity';
import { DecisionRegister, DecisionRegisterEntry, DecisionRegisterNomination } from './decision-register.entity';
import { Notification } from './notification.entity';
import { Objection } from './objection.entity';
import { RoundEntry } from './round-entry.entity';
import { DossierDocument } from './dossier-document.entity';
import { DossierProfile } from './dossier-profile.entity';
import { Quota } from './quota.entity';
import { RoutingPolicyEntity } from './routing-policy.entity';
import { UnitSuccession } from './unit-succession.entity';
import { Campaign } from './campaign.entity';
import { Movement } from './movement.entity';
import { Initiative } from './initiative.entity';
import { Nomination } from './nomination.entity';
import { Nominee } from './nominee.entity';
import { Period } from './period.entity';
import { PipelineDrift } from './pipeline-drift.entity';
import { ReviewTask } from './review-task.entity';
import { RoleAssignment } from './role-assignment.entity';
import { User } from './user.entity';
import { GeneratedFile } from './generated-file.entity';
import { PovertyCount } from './poverty-count.entity';
import { PovertyTarget } from './poverty-target.entity';
import { CertificateForm } from './certificate-form.entity';

export const ENTITIES = [
  AdminUnit,
  User,
  RoleAssignment,
  Campaign,
  Movement,
  Period,
  Nominee,
  Nomination,
  AwardRecord,
  Initiative,
  ReviewTask,
  AuditEvent,
  UnitSuccession,
  RoutingPolicyEntity,
  AwardType,
  Quota,
  DossierDocument,
  DossierProfile,
  CalendarOverrideEntity,
  Notification,
  CommendationRound,
  RoundEntry,
  CouncilBallot,
  Objection,
  DecisionRegister,
  DecisionRegisterEntry,
  DecisionRegisterNomination,
  CertificateRegister,
  PipelineDrift,
  BonusCoefficient,
  BaseSalary,
  GeneratedFile,
  PovertyCount,
  PovertyTarget,
  CertificateForm,
];
