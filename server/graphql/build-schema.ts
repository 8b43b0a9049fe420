import 'reflect-metadata';
import './enums';
import { buildSchema, type PubSub } from 'type-graphql';
import { AdminUnitResolver } from '../resolvers/admin-unit.resolver';
import { AUTHORITY_RESOLVERS } from '../resolvers/authority.resolver';
import { AuditEventResolver } from '../resolvers/audit-event.resolver';
import { AwardRegistryImportResolver } from '../resolvers/award-registry-import.resolver';
import { BonusResolver } from '../resolvers/bonus.resolver';
import { GeneratedFileResolver } from '../resolvers/generated-file.resolver';
import { ExportResolver } from '../resolvers/export.resolver';
import { CalendarResolver } from '../resolvers/calendar.resolver';
import { CERTIFICATE_RESOLVERS } from '../resolvers/certificate.resolver';
import { CampaignConfigResolver } from '../resolvers/campaign-config.resolver';
import { CampaignResolver, PeriodResolver, QuotaResolver, RoutingPolicyResolver } from '../resolvers/campaign.resolver';
import { DECISION_REGISTER_RESOLVERS } from '../resolvers/decision-register.resolver';
import { DossierDocumentResolver, NominationDocumentsResolver } from '../resolvers/dossier.resolver';
import { DossierProfileResolver } from '../resolvers/dossier-profile.resolver';
import { NominationDossierRequirementsResolver } from '../resolvers/dossier-requirements.resolver';
import { MonitoringResolver, NominationDeadlineResolver } from '../resolvers/monitoring.resolver';
import { NominationResolver } from '../resolvers/nomination.resolver';
import { NominationRevocationResolver } from '../resolvers/nomination-revocation.resolver';
import { NotificationResolver } from '../resolvers/notification.resolver';
import { PipelineDriftResolver } from '../resolvers/pipeline-drift.resolver';
import { ReviewTaskResolver } from '../resolvers/review-task.resolver';
import { RevocationResolver } from '../resolvers/revocation.resolver';
import { ROUND_RESOLVERS } from '../resolvers/round.resolver';
import { RoundDocumentsResolver } from '../resolvers/round-documents.resolver';
import { RoleAssignmentAccessResolver, UserAdminResolver } from '../resolvers/user-admin.resolver';
import { RoleAssignmentResolver, ViewerResolver } from '../resolvers/viewer.resolver';
import { AwardRecordResolver } from '../resolvers/award-record.resolver';
import { NominationRegistryResolver } from '../resolvers/nomination-registry.resolver';
import { NomineeResolver } from '../resolvers/nominee.resolver';
import { WorkflowStateResolver } from '../resolvers/workflow-state.resolver';
import { YearlyReportResolver } from '../resolvers/yearly-report.resolver';
import { PovertyResolver } from '../resolvers/poverty.resolver';
import { NominationPovertyEvidenceResolver } from '../resolvers/poverty-evidence.resolver';

export const RESOLVERS = [
  ViewerResolver,
  RoleAssignmentResolver,
  AdminUnitResolver,
  CampaignResolver,
  CampaignConfigResolver,
  CalendarResolver,
  PeriodResolver,
  RoutingPolicyResolver,
  QuotaResolver,
  NominationResolver,
  ReviewTaskResolver,
  AuditEventResolver,
  UserAdminResolver,
  RoleAssignmentAccessResolver,
  WorkflowStateResolver,
  DossierDocumentResolver,
  NominationDocumentsResolver,
  DossierProfileResolver,
  NominationDossierRequirementsResolver,
  NotificationResolver,
  MonitoringResolver,
  NominationDeadlineResolver,
  PipelineDriftResolver,
  ...ROUND_RESOLVERS,
  RoundDocumentsResolver,
  ...DECISION_REGISTER_RESOLVERS,
  ...CERTIFICATE_RESOLVERS,
  ...AUTHORITY_RESOLVERS,
  BonusResolver,
  GeneratedFileResolver,
  ExportResolver,
  RevocationResolver,
  NominationRevocationResolver,
  AwardRegistryImportResolver,
  NomineeResolver,
  AwardRecordResolver,
  NominationRegistryResolver,
  YearlyReportResolver,
  PovertyResolver,
  NominationPovertyEvidenceResolver,
] as const;

/**
 * Our subscriptions bring their own `subscribe` (fed by PostgreSQL LISTEN, see server/notifications);
 * type-graphql still insists on a pubSub once any @Subscription exists, so it gets one that refuses topics.
 */
const NO_TOPICS: PubSub = {
  publish() {
    throw new Error('Subscriptions here are fed by PostgreSQL LISTEN, not by topics.');
  },
  subscribe() {
    throw new Error('Subscriptions here are fed by PostgreSQL LISTEN, not by topics.');
  },
};

/** The executable schema; `npm run schema:emit` prints the same to schema/schema.graphql. */
export function buildAppSchema(emitSchemaFile?: string) {
  return buildSchema({
    resolvers: RESOLVERS,
    validate: false,
    pubSub: NO_TOPICS,
    emitSchemaFile: emitSchemaFile ? { path: emitSchemaFile, sortedSchema: true } : false,
  });
}
