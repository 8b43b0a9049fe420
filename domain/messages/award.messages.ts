import type { NomineeKind, PeriodKind } from '../enums';
import { ErrorCode } from '../error-codes';
import { NOMINEE_KIND_LABELS, PERIOD_KIND_LABELS } from './labels';
import { message } from './message';

/** What a quota covers; a plain string is an older caller's own description, shown as given. */
export type QuotaScope =
  string | { unitName?: string; movementName?: string; periodKind?: PeriodKind; nomineeKind?: NomineeKind };

function scopeVi(scope: QuotaScope): string {
  if (typeof scope === 'string') return scope;
  const { unitName, movementName, periodKind, nomineeKind } = scope;
  return [
    unitName,
    movementName && `phong trào "${movementName}"`,
    periodKind && `đợt ${PERIOD_KIND_LABELS[periodKind].vi}`,
    nomineeKind && NOMINEE_KIND_LABELS[nomineeKind].vi,
  ]
    .filter(Boolean)
    .join(', ');
}

function scopeEn(scope: QuotaScope): string {
  if (typeof scope === 'string') return scope;
  const { unitName, movementName, periodKind, nomineeKind } = scope;
  return [
    unitName,
    movementName && `movement "${movementName}"`,
    periodKind && `${PERIOD_KIND_LABELS[periodKind].en} period`,
    nomineeKind && `${NOMINEE_KIND_LABELS[nomineeKind].en} nominees`,
  ]
    .filter(Boolean)
    .join(', ');
}

export const awardMessages = {
  nomineeKindNotAllowed: message({
    code: ErrorCode.NOMINEE_KIND_NOT_ALLOWED,
    example: { award: 'Chiến sĩ thi đua cơ sở', kind: 'HOUSEHOLD' as NomineeKind },
    vi: (p) => `"${p.award}" không xét tặng cho ${NOMINEE_KIND_LABELS[p.kind].vi}.`,
    en: (p) => `"${p.award}" is not given to a ${NOMINEE_KIND_LABELS[p.kind].en}.`,
  }),
  quotaExceeded: message({
    code: ErrorCode.QUOTA_EXCEEDED,
    example: {
      scope: { unitName: 'Thành phố Lào Cai', periodKind: 'ANNUAL', nomineeKind: 'COLLECTIVE' } as QuotaScope,
      used: 3,
      max: 3,
    },
    vi: (p) => `Đã hết chỉ tiêu khen thưởng (${scopeVi(p.scope)}): đã sử dụng ${p.used}/${p.max}.`,
    en: (p) => `Quota exceeded for ${scopeEn(p.scope)}: ${p.used} of ${p.max} already used.`,
  }),
};
