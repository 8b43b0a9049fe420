import { DomainError, ErrorCode } from '../../domain/error-codes';
import { cleanDecisionNumber, cleanText, requireReason, TEXT_LIMITS, type TextField } from '../../domain/text-rules';

function refusal(work: () => unknown): DomainError {
  try {
    work();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('cleanText', () => {
  it.each([
    ['nomineeName', '  Nguyễn Văn A  ', 'Nguyễn Văn A'],
    ['achievements', '\n\tHộ thoát nghèo năm 2024\n', 'Hộ thoát nghèo năm 2024'],
    ['name', '  Vì người nghèo ', 'Vì người nghèo'],
  ] as [TextField, string, string][])('%s: trims %j to %j', (field, raw, clean) => {
    expect(cleanText(field, raw)).toBe(clean);
  });

  it.each([[''], ['   '], ['\n\t '], [null], [undefined]])('refuses %j as REQUIRED, naming the field', (value) => {
    const error = refusal(() => cleanText('nomineeName', value));
    expect(error.error).toMatchObject({ code: ErrorCode.REQUIRED, field: 'nomineeName' });
    expect(error.error.messageVi).toContain('không được để trống');
  });

  it.each([[''], ['  '], [null]])('an optional field accepts %j as empty text', (value) => {
    expect(cleanText('comment', value, false)).toBe('');
  });

  it.each(Object.entries(TEXT_LIMITS) as [TextField, number][])('%s accepts exactly %i characters', (field, max) => {
    expect(cleanText(field, 'a'.repeat(max))).toHaveLength(max);
  });

  it.each(Object.entries(TEXT_LIMITS) as [TextField, number][])('%s refuses %i + 1 characters as TEXT_TOO_LONG', (field, max) => {
    const error = refusal(() => cleanText(field, 'a'.repeat(max + 1)));
    expect(error.error).toMatchObject({ code: ErrorCode.TEXT_TOO_LONG, field });
    expect(error.error.message).toContain(`${max + 1} characters; at most ${max}`);
    expect(error.error.messageVi).toContain(`tối đa ${max}`);
  });

  it('counts the length after trimming, so surrounding blanks do not push a text over the limit', () => {
    const text = `   ${'b'.repeat(TEXT_LIMITS.nomineeName)}   `;
    expect(cleanText('nomineeName', text)).toHaveLength(TEXT_LIMITS.nomineeName);
  });
});

describe('requireReason', () => {
  it.each([[''], ['   '], [null], [undefined]])('refuses %j as REASON_REQUIRED on the given field', (value) => {
    expect(refusal(() => requireReason('reason', value)).error).toMatchObject({
      code: ErrorCode.REASON_REQUIRED,
      field: 'reason',
    });
  });

  it('trims the reason it accepts', () => {
    expect(requireReason('comment', '  Thiếu biên bản họp xét  ')).toBe('Thiếu biên bản họp xét');
  });

  it('refuses a reason longer than a comment may be', () => {
    expect(refusal(() => requireReason('comment', 'x'.repeat(TEXT_LIMITS.comment + 1))).code).toBe(ErrorCode.TEXT_TOO_LONG);
  });
});

describe('cleanDecisionNumber', () => {
  it.each([
    ['123/QĐ-UBND', '123/QĐ-UBND'],
    ['5/QĐ-UBND-TĐKT', '5/QĐ-UBND-TĐKT'],
    ['  42/QĐ-CTUBND ', '42/QĐ-CTUBND'],
    ['999999/QĐ-UBND', '999999/QĐ-UBND'],
  ])('accepts %j as %j', (raw, clean) => {
    expect(cleanDecisionNumber(raw)).toBe(clean);
  });

  it.each([['QĐ-123'], ['123/QD'], ['123-QD'], ['123/QĐ-'], ['abc/QĐ-UBND'], ['1234567/QĐ-UBND']])(
    'refuses %j as INVALID_VALUE on decisionNumber, showing the expected form',
    (raw) => {
      const error = refusal(() => cleanDecisionNumber(raw));
      expect(error.error).toMatchObject({ code: ErrorCode.INVALID_VALUE, field: 'decisionNumber' });
      expect(error.error.messageVi).toContain('123/QĐ-UBND');
    },
  );

  it.each([[''], ['   ']])('refuses %j as REQUIRED', (raw) => {
    expect(refusal(() => cleanDecisionNumber(raw)).error).toMatchObject({ code: ErrorCode.REQUIRED, field: 'decisionNumber' });
  });
});
