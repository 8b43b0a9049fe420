import { registerEnumType } from 'type-graphql';
import {
  AdminLevel,
  ApprovalThreshold,
  AwardKind,
  AwardRecordSource,
  CommendationKind,
  InitiativeScope,
  PovertyStatus,
  RecoveryStatus,
  RevocationGround,
  AwardLevel,
  CampaignStatus,
  DocumentSlot,
  EscalationTarget,
  Gender,
  SuccessionKind,
  NotificationKind,
  ObjectionStatus,
  RoundOutcome,
  RoundStatus,
  TimeoutAction,
  Vote,
  AuditAction,
  Decision,
  DriftKind,
  NominationStatus,
  NomineeKind,
  PeriodKind,
  Role,
  TaskKind,
  TaskStatus,
  UnitKind,
} from '../../domain/enums';
import { ErrorCode } from '../../domain/error-codes';

// Domain stays free of GraphQL; the enums are registered here, once.
registerEnumType(Role, { name: 'Role', description: 'What a user may do in a unit.' });
registerEnumType(AdminLevel, { name: 'AdminLevel' });
registerEnumType(UnitKind, {
  name: 'UnitKind',
  description: 'An administrative unit, or an agency, organisation, enterprise or emulation cluster that nominates.',
});
registerEnumType(NomineeKind, { name: 'NomineeKind', description: 'Cá nhân, tập thể or hộ gia đình.' });
registerEnumType(NominationStatus, { name: 'NominationStatus' });
registerEnumType(DriftKind, {
  name: 'DriftKind',
  description: "How an open nomination's database state and its pipeline workflow disagree.",
});
registerEnumType(TaskStatus, { name: 'TaskStatus' });
registerEnumType(TaskKind, { name: 'TaskKind' });
registerEnumType(Decision, { name: 'Decision' });
registerEnumType(PeriodKind, { name: 'PeriodKind', description: 'Hằng năm, sơ kết or tổng kết.' });
registerEnumType(AuditAction, { name: 'AuditAction' });
registerEnumType(ErrorCode, { name: 'ErrorCode' });
registerEnumType(CampaignStatus, { name: 'CampaignStatus' });
registerEnumType(AwardKind, { name: 'AwardKind' });
registerEnumType(AwardLevel, { name: 'AwardLevel' });
registerEnumType(Gender, { name: 'Gender' });
registerEnumType(DocumentSlot, {
  name: 'DocumentSlot',
  description: 'Tờ trình, báo cáo thành tích, biên bản họp xét, minh chứng.',
});
registerEnumType(TimeoutAction, { name: 'TimeoutAction' });
registerEnumType(EscalationTarget, { name: 'EscalationTarget' });
registerEnumType(SuccessionKind, { name: 'SuccessionKind' });
registerEnumType(NotificationKind, { name: 'NotificationKind' });
registerEnumType(ApprovalThreshold, { name: 'ApprovalThreshold' });
registerEnumType(RoundStatus, { name: 'RoundStatus' });
registerEnumType(RoundOutcome, { name: 'RoundOutcome' });
registerEnumType(Vote, { name: 'Vote' });
registerEnumType(CommendationKind, {
  name: 'CommendationKind',
  description: 'Công trạng, chuyên đề, đột xuất, cống hiến or niên hạn.',
});
registerEnumType(PovertyStatus, { name: 'PovertyStatus', description: 'Hộ nghèo, cận nghèo, mới thoát nghèo.' });
registerEnumType(InitiativeScope, { name: 'InitiativeScope', description: 'Scope of a recognised sáng kiến.' });
registerEnumType(AwardRecordSource, { name: 'AwardRecordSource' });
registerEnumType(RevocationGround, { name: 'RevocationGround', description: 'Grounds for cancelling an award.' });
registerEnumType(RecoveryStatus, { name: 'RecoveryStatus' });
registerEnumType(ObjectionStatus, { name: 'ObjectionStatus' });
