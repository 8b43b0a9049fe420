import { NominationStatus as S } from '../../domain/enums';
import { DomainError, ErrorCode } from '../../domain/error-codes';
import { assertCanPerform, canPerform, type NominationAction } from '../../domain/nomination-lifecycle';

function refusal(status: S, action: NominationAction): DomainError | null {
  try {
    assertCanPerform(status, action);
    return null;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
}

const ALLOWED = null;

/** Every status × action: null when allowed, else the code the portal shows. */
const TABLE: [S, NominationAction, ErrorCode | null][] = [
  [S.DRAFT, 'EDIT', ALLOWED],
  [S.DRAFT, 'SUBMIT', ALLOWED],
  [S.DRAFT, 'RESUBMIT', ErrorCode.INVALID_STATE],
  [S.DRAFT, 'WITHDRAW', ALLOWED],
  [S.IN_REVIEW, 'EDIT', ErrorCode.INVALID_STATE],
  [S.IN_REVIEW, 'SUBMIT', ErrorCode.ALREADY_SUBMITTED],
  [S.IN_REVIEW, 'RESUBMIT', ErrorCode.INVALID_STATE],
  [S.IN_REVIEW, 'WITHDRAW', ALLOWED],
  [S.RETURNED, 'EDIT', ALLOWED],
  [S.RETURNED, 'SUBMIT', ErrorCode.ALREADY_SUBMITTED],
  [S.RETURNED, 'RESUBMIT', ALLOWED],
  [S.RETURNED, 'WITHDRAW', ALLOWED],
  [S.APPROVED, 'EDIT', ErrorCode.INVALID_STATE],
  [S.APPROVED, 'SUBMIT', ErrorCode.ALREADY_SUBMITTED],
  [S.APPROVED, 'RESUBMIT', ErrorCode.INVALID_STATE],
  [S.APPROVED, 'WITHDRAW', ALLOWED],
  [S.COMMENDED, 'EDIT', ErrorCode.INVALID_STATE],
  [S.COMMENDED, 'SUBMIT', ErrorCode.ALREADY_SUBMITTED],
  [S.COMMENDED, 'RESUBMIT', ErrorCode.INVALID_STATE],
  [S.COMMENDED, 'WITHDRAW', ErrorCode.INVALID_STATE],
  [S.REJECTED, 'EDIT', ErrorCode.INVALID_STATE],
  [S.REJECTED, 'SUBMIT', ErrorCode.ALREADY_SUBMITTED],
  [S.REJECTED, 'RESUBMIT', ErrorCode.INVALID_STATE],
  [S.REJECTED, 'WITHDRAW', ErrorCode.INVALID_STATE],
  // A withdrawn nomination was perhaps never submitted: "already submitted" would mislead.
  [S.WITHDRAWN, 'EDIT', ErrorCode.INVALID_STATE],
  [S.WITHDRAWN, 'SUBMIT', ErrorCode.INVALID_STATE],
  [S.WITHDRAWN, 'RESUBMIT', ErrorCode.INVALID_STATE],
  [S.WITHDRAWN, 'WITHDRAW', ErrorCode.INVALID_STATE],
];

describe('nomination lifecycle', () => {
  it.each(TABLE)('%s + %s → %s (null = allowed)', (status, action, code) => {
    expect(canPerform(status, action)).toBe(code === ALLOWED);
    expect(refusal(status, action)?.code ?? null).toBe(code);
  });

  it.each([
    [S.IN_REVIEW, 'EDIT', 'in review cannot be edited', 'Hồ sơ ở trạng thái "đang xét duyệt" nên không thể chỉnh sửa.'],
    [S.COMMENDED, 'WITHDRAW', 'commended cannot be withdrawn', 'Hồ sơ ở trạng thái "đã được khen thưởng" nên không thể rút lại.'],
    [S.WITHDRAWN, 'SUBMIT', 'withdrawn cannot be submitted', 'Hồ sơ ở trạng thái "đã rút" nên không thể gửi đi.'],
  ] as const)('an INVALID_STATE refusal of %s + %s names the status and the action in both languages', (status, action, en, vi) => {
    const error = refusal(status, action)!;
    expect(error.error.message).toContain(en);
    expect(error.error.messageVi).toBe(vi);
  });

  it.each(['CLAIM', 'DECIDE', 'COMMEND', 'CONCLUDE'] as const)('%s on a suspended nomination says it is held for verification', (action) => {
    expect(refusal(S.SUSPENDED, action)?.code).toBe(ErrorCode.NOMINATION_SUSPENDED);
  });

  it('a deadline may be extended while the nomination is held, not once it is finished', () => {
    expect(canPerform(S.SUSPENDED, 'EXTEND')).toBe(true);
    expect(refusal(S.COMMENDED, 'EXTEND')?.code).toBe(ErrorCode.INVALID_STATE);
  });

  it('only the decision stage takes the commendation', () => {
    expect(canPerform(S.APPROVED, 'COMMEND')).toBe(true);
    expect(canPerform(S.IN_REVIEW, 'COMMEND')).toBe(false);
  });

  it('ALREADY_SUBMITTED uses the standard wording in both languages', () => {
    const error = refusal(S.IN_REVIEW, 'SUBMIT')!;
    expect(error.error).toMatchObject({
      code: ErrorCode.ALREADY_SUBMITTED,
      message: 'The nomination was already submitted.',
      messageVi: 'Hồ sơ đã được gửi.',
    });
  });
});
