import { UnitKind } from '../../domain/enums';
import { DomainError, ErrorCode } from '../../domain/error-codes';
import {
  certificateNumber,
  cleanRegisterSymbol,
  decisionNumber,
  defaultRegisterSymbol,
  parseCertificateNumber,
  parseDecisionNumber,
  readDecisionNumber,
  registerYear,
  signatureBlock,
  signedAsOf,
  SignedAs,
} from '../../domain/register-numbers';

function refusal(work: () => unknown): DomainError {
  try {
    work();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('decision numbers: the place in the unit’s yearly register', () => {
  it.each([
    [1, 'UBND', '01/QĐ-UBND'],
    [7, 'UBND', '07/QĐ-UBND'],
    [9, 'UBND', '09/QĐ-UBND'],
    [10, 'UBND', '10/QĐ-UBND'],
    [123, 'UBND', '123/QĐ-UBND'],
    [4512, 'SNV', '4512/QĐ-SNV'],
    [999_999, 'UBND', '999999/QĐ-UBND'],
  ])('place %i with symbol %s is written %s (a leading zero below 10)', (place, symbol, text) => {
    expect(decisionNumber(place, symbol)).toBe(text);
  });

  it.each([[0], [-1], [1.5], [1_000_000]])('there is no place %d in a register', (place) => {
    expect(() => decisionNumber(place)).toThrow(RangeError);
  });

  it.each([
    ['07/QĐ-UBND', 7, 'UBND', '07/QĐ-UBND'],
    ['7/QĐ-UBND', 7, 'UBND', '07/QĐ-UBND'],
    ['007/QĐ-UBND', 7, 'UBND', '07/QĐ-UBND'],
    ['123/QĐ-UBND', 123, 'UBND', '123/QĐ-UBND'],
    [' 15/QĐ-SLĐTBXH ', 15, 'SLĐTBXH', '15/QĐ-SLĐTBXH'],
    ['2/QĐ-CT-UBND', 2, 'CT-UBND', '02/QĐ-CT-UBND'],
  ])('reads %j as place %i, symbol %s, written %s', (raw, place, symbol, text) => {
    expect(parseDecisionNumber(raw)).toEqual({ place, symbol, text });
    expect(readDecisionNumber(raw)).toEqual({ place, symbol, text });
  });

  it.each([['123-QD'], ['QĐ-123'], ['07/QD-UBND'], ['07/QĐ-ubnd'], ['07/QĐ-'], ['1234567/QĐ-UBND'], ['07 /QĐ-UBND']])(
    'refuses %j as INVALID_VALUE on decisionNumber, showing the expected form',
    (raw) => {
      expect(parseDecisionNumber(raw)).toBeNull();
      const error = refusal(() => readDecisionNumber(raw));
      expect(error.error).toMatchObject({ code: ErrorCode.INVALID_VALUE, field: 'decisionNumber' });
      expect(error.error.messageVi).toContain('123/QĐ-UBND');
    },
  );

  it.each([['0/QĐ-UBND'], ['00/QĐ-UBND']])('refuses %j: places start at 01', (raw) => {
    const error = refusal(() => readDecisionNumber(raw));
    expect(error.error).toMatchObject({ code: ErrorCode.INVALID_VALUE, field: 'decisionNumber' });
    expect(error.error.messageVi).toContain('bắt đầu từ 01');
  });

  it('refuses an empty number as REQUIRED', () => {
    expect(refusal(() => readDecisionNumber('  ')).error).toMatchObject({ code: ErrorCode.REQUIRED, field: 'decisionNumber' });
  });

  it.each([
    ['2026-01-01', 2026],
    ['2025-12-31', 2025],
  ])('a decision of %s goes into the register of %i', (day, year) => {
    expect(registerYear(day)).toBe(year);
  });
});

describe('register symbols', () => {
  it.each([
    [UnitKind.ADMINISTRATIVE, 'Phường Xuân Tăng', 'UBND'],
    [UnitKind.AGENCY, 'Sở Nội vụ', 'SNV'],
    [UnitKind.AGENCY, 'Sở Lao động - Thương binh và Xã hội', 'SLĐTBXH'],
    [UnitKind.AGENCY, 'Sở Tài chính', 'STC'],
  ])('%s "%s" numbers its decisions …/QĐ-%s by default', (kind, name, symbol) => {
    expect(defaultRegisterSymbol({ kind, name })).toBe(symbol);
  });

  it.each([
    ['snv', 'SNV'],
    [' CT-UBND ', 'CT-UBND'],
  ])('accepts the symbol %j as %s', (raw, clean) => {
    expect(cleanRegisterSymbol(raw)).toBe(clean);
  });

  it.each([['ub nd'], ['UBND!'], ['-UBND'], ['A'.repeat(21)], ['']])('refuses the symbol %j', (raw) => {
    expect(refusal(() => cleanRegisterSymbol(raw)).error).toMatchObject({ code: ErrorCode.INVALID_VALUE, field: 'symbol' });
  });
});

describe('certificate numbers (số vào sổ)', () => {
  it.each([
    ['BK', 2026, 1, 'BK-2026-0001'],
    ['BK', 2026, 7, 'BK-2026-0007'],
    ['GK', 2025, 123, 'GK-2025-0123'],
    ['DH', 2026, 12345, 'DH-2026-12345'],
  ])('%s, %i, the %i-th: %s', (prefix, year, index, text) => {
    expect(certificateNumber(prefix, year, index)).toBe(text);
    expect(parseCertificateNumber(text)).toEqual({ prefix, year, index });
  });

  it.each([['BK-2026-0000'], ['BK-26-0001'], ['bk-2026-0001'], ['BK-2026-001']])('%j is not a certificate number', (raw) => {
    expect(parseCertificateNumber(raw)).toBeNull();
  });
});

describe('the signature block', () => {
  it.each([
    [UnitKind.ADMINISTRATIVE, SignedAs.TM, ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH']],
    [UnitKind.ADMINISTRATIVE, SignedAs.KT, ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']],
    [UnitKind.AGENCY, SignedAs.TM, ['GIÁM ĐỐC']],
    [UnitKind.AGENCY, SignedAs.KT, ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC']],
    [UnitKind.ORGANISATION, SignedAs.KT, ['TM. BAN THƯỜNG TRỰC', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']],
  ])('%s signed %s: %j', (kind, signedAs, lines) => {
    expect(signatureBlock(kind, signedAs)).toEqual(lines);
  });

  it('is KT. when the signer acts through a delegation, TM. otherwise', () => {
    expect(signedAsOf({ onBehalfOfUserId: 'chair' })).toBe(SignedAs.KT);
    expect(signedAsOf({ onBehalfOfUserId: null })).toBe(SignedAs.TM);
    expect(signedAsOf({})).toBe(SignedAs.TM);
  });
});
