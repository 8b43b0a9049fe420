import { registerEnumType } from 'type-graphql';
import {
  AdminLevel,
  AuditAction,
  Decision,
  NominationStatus,
  NomineeKind,
  PeriodKind,
  Role,
  TaskKind,
  TaskStatus,
} from '../../domain/enums';
import { ErrorCode } from '../../domain/error-codes';

// Domain stays free of GraphQL; the enums are registered here, once.
registerEnumType(Role, { name: 'Role', description: 'What a user may do in a unit.' });
registerEnumType(AdminLevel, { name: 'AdminLevel' });
registerEnumType(NomineeKind, { name: 'NomineeKind', description: 'Cá nhân, tập thể or hộ gia đình.' });
registerEnumType(NominationStatus, { name: 'NominationStatus' });
registerEnumType(TaskStatus, { name: 'TaskStatus' });
registerEnumType(TaskKind, { name: 'TaskKind' });
registerEnumType(Decision, { name: 'Decision' });
registerEnumType(PeriodKind, { name: 'PeriodKind', description: 'Hằng năm, sơ kết or tổng kết.' });
registerEnumType(AuditAction, { name: 'AuditAction' });
registerEnumType(ErrorCode, { name: 'ErrorCode' });
