import { ErrorCode } from '../error-codes';
import { message } from './message';

/** Refusals about a round's decision document (the draft before signing). */
export const decisionDocumentMessages = {
  nothingToAward: message({
    code: ErrorCode.INVALID_STATE,
    example: {},
    vi: () => 'Đợt xét không còn ai được đề nghị khen thưởng nên không có quyết định để dự thảo.',
    en: () => 'Nobody in the round is still to be awarded: there is no decision to draft.',
  }),
  alreadyIssued: message({
    code: ErrorCode.INVALID_STATE,
    example: { decisionNumber: '07/QĐ-UBND' },
    vi: (p: { decisionNumber: string }) =>
      `Quyết định ${p.decisionNumber} đã được ký; tải quyết định đã ký thay cho bản dự thảo.`,
    en: (p: { decisionNumber: string }) =>
      `Decision ${p.decisionNumber} is signed already; download the signed decision instead of a draft.`,
  }),
};
