import type { Role } from '../enums';
import { ErrorCode } from '../error-codes';
import { ROLE_LABELS } from './labels';
import { message } from './message';

/** Authorisation refusals (server/auth): always FORBIDDEN. */
export const accessMessages = {
  outsideArea: message({
    code: ErrorCode.FORBIDDEN,
    example: {},
    vi: () => 'Hồ sơ thuộc đơn vị ngoài phạm vi của bạn.',
    en: () => 'This record belongs to a unit outside your area.',
  }),
  roleRequired: message({
    code: ErrorCode.FORBIDDEN,
    example: { role: 'APPROVER' as Role },
    vi: (p) => `Bạn cần có vai trò ${ROLE_LABELS[p.role].vi} tại đơn vị này.`,
    en: (p) => `You need the ${ROLE_LABELS[p.role].en} role in this unit.`,
  }),
  taskForOwnUnit: message({
    code: ErrorCode.FORBIDDEN,
    example: { role: 'REVIEWER' as Role },
    vi: (p) => `Nhiệm vụ này dành cho ${ROLE_LABELS[p.role].vi} của chính đơn vị được giao.`,
    en: (p) => `This task is for the ${ROLE_LABELS[p.role].en} of its own unit.`,
  }),
};
