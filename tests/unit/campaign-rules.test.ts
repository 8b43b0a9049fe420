import { assertDay, assertNoOverlap, assertRange, type Window } from '../../domain/campaign-rules';
import { DomainError, ErrorCode } from '../../domain/error-codes';
import { dayVi } from '../../domain/messages';

function refusal(work: () => void): DomainError | null {
  try {
    work();
    return null;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
}

describe('assertDay', () => {
  it.each(['2024-01-01', '2024-02-29', '2025-06-30', '2025-07-01', '2025-12-31'])('%s is a day', (day) => {
    expect(assertDay(day, 'startsOn')).toBe(day);
  });

  it.each([
    '2023-02-29', // not a leap year
    '2024-02-30',
    '2024-13-01',
    '2024-04-31',
    '2024-1-5',
    '01/07/2025',
    '2025-07-01T00:00:00Z',
    ' 2025-07-01',
    '',
    'hôm nay',
  ])('%j is refused with INVALID_VALUE on the field, quoting the value', (value) => {
    const error = refusal(() => assertDay(value, 'submissionOpensOn'));
    expect(error?.error).toMatchObject({ code: ErrorCode.INVALID_VALUE, field: 'submissionOpensOn' });
    expect(error?.error.message).toContain(`"${value}"`);
    expect(error?.error.messageVi).toContain(`Ngày bắt đầu nhận hồ sơ phải là một ngày có thật, ghi theo dạng năm-tháng-ngày`);
    expect(error?.error.messageVi).toContain(`"${value}"`);
  });
});

describe('assertRange', () => {
  it.each([
    ['2024-01-01', '2024-12-31'],
    ['2024-11-01', '2024-11-01'],
  ])('%s to %s is a range', (from, to) => {
    expect(refusal(() => assertRange(from, to, 'endsOn'))).toBeNull();
  });

  it.each([
    ['2024-12-31', '2024-01-01'],
    ['2024-11-02', '2024-11-01'],
  ])('%s to %s is refused with INVALID_DATE_RANGE', (from, to) => {
    const error = refusal(() => assertRange(from, to, 'endsOn'));
    expect(error?.error).toMatchObject({ code: ErrorCode.INVALID_DATE_RANGE, field: 'endsOn' });
    expect(error?.error.messageVi).toContain(`${dayVi(from)} sau ngày kết thúc ${dayVi(to)}`);
  });
});

describe('assertNoOverlap: windows of one campaign and kind, edges inclusive', () => {
  const EXISTING: Window[] = [
    { name: 'Năm 2023', opensOn: '2023-11-01', closesOn: '2023-12-15' },
    { name: 'Năm 2024', opensOn: '2024-11-01', closesOn: '2024-12-15' },
  ];

  it.each([
    ['just after', '2024-12-16', '2024-12-31'],
    ['just before', '2024-10-01', '2024-10-31'],
    ['between two', '2023-12-16', '2024-10-31'],
  ])('%s (%s–%s) is accepted', (_label, opensOn, closesOn) => {
    expect(refusal(() => assertNoOverlap({ name: 'Mới', opensOn, closesOn }, EXISTING))).toBeNull();
  });

  it.each([
    ['sharing the last day', '2024-12-15', '2024-12-31', 'Năm 2024'],
    ['sharing the first day', '2024-10-01', '2024-11-01', 'Năm 2024'],
    ['inside', '2024-11-10', '2024-11-20', 'Năm 2024'],
    ['around', '2024-10-01', '2025-01-31', 'Năm 2024'],
    ['identical', '2023-11-01', '2023-12-15', 'Năm 2023'],
    ['spanning both', '2023-01-01', '2024-12-31', 'Năm 2023'],
  ])('%s (%s–%s) is refused with PERIOD_WINDOW_OVERLAP naming "%s"', (_label, opensOn, closesOn, clash) => {
    const error = refusal(() => assertNoOverlap({ name: 'Mới', opensOn, closesOn }, EXISTING));
    expect(error?.error).toMatchObject({ code: ErrorCode.PERIOD_WINDOW_OVERLAP, field: 'submissionOpensOn' });
    expect(error?.error.message).toContain(`"${clash}"`);
    expect(error?.error.messageVi).toContain(`trùng với đợt "${clash}"`);
  });

  it('no other window, no clash', () => {
    expect(refusal(() => assertNoOverlap({ name: 'Đầu tiên', opensOn: '2021-11-01', closesOn: '2021-12-15' }, []))).toBeNull();
  });
});
