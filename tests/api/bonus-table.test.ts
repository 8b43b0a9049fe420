import { seedReferenceData } from '../../server/seeds/reference-data';
import { as, dataOf, type Gql } from '../support/nomination-fixtures';
import { startTestPlatform, type TestPlatform } from '../support/test-platform';

/**
 * The bonus table (tiền thưởng): coefficients per legal period × the base salary in force on the
 * decision date, rounded up to the ten thousand đồng; the national administrator alone corrects the
 * figures, every change is audited, and a re-seed keeps the corrections.
 */
let platform: TestPlatform;
let national: Gql;
let provinceAdmin: Gql;

const ERRORS = 'userErrors { code field message messageVi }';
const PREVIEW = `query ($awardCode: String!, $nomineeKind: NomineeKind!, $decisionDate: String!) {
  bonusPreview(awardCode: $awardCode, nomineeKind: $nomineeKind, decisionDate: $decisionDate) { coefficient baseSalary amount legalPeriod } }`;
const TABLE = `query ($legalPeriod: String) { bonusTable(legalPeriod: $legalPeriod) {
  coefficients { legalPeriod awardCode nomineeKind coefficient } baseSalaries { validFrom amount legalBasis } } }`;
const SET_COEFFICIENT = `mutation ($input: SetBonusCoefficientInput!) { setBonusCoefficient(input: $input) {
  coefficient { legalPeriod awardCode nomineeKind coefficient } ${ERRORS} } }`;
const SET_SALARY = `mutation ($input: SetBaseSalaryInput!) { setBaseSalary(input: $input) { baseSalary { validFrom amount legalBasis } ${ERRORS} } }`;

const preview = async (gql: Gql, awardCode: string, nomineeKind: string, decisionDate: string) =>
  dataOf(await gql(PREVIEW, { awardCode, nomineeKind, decisionDate })).bonusPreview;

async function auditCount(entityType: string): Promise<number> {
  const [row] = await platform.db.orm.em
    .getConnection()
    .execute(`select count(*)::int as n from audit_event where entity_type = ? and action = 'CAMPAIGN_CHANGED'`, [entityType]);
  return row.n;
}

beforeAll(async () => {
  platform = await startTestPlatform({ worker: false });
  national = await as(platform, 'national.admin');
  provinceAdmin = await as(platform, 'laocai.admin');
});
afterAll(() => platform?.stop());

it('a Bằng khen of the province chair pays by the decree and base salary of the decision date; a collective twice', async () => {
  // From 1/7/2025 (Decree 152/2025) on 2,340,000 đ; in March 2024 (Decree 98/2023) on 1,800,000 đ.
  expect(await preview(provinceAdmin, 'BANG_KHEN_CHU_TICH_TINH', 'INDIVIDUAL', '2025-08-01')).toEqual({
    coefficient: 1.5,
    baseSalary: 2_340_000,
    amount: 3_510_000,
    legalPeriod: 'LAW_2022_TWO_TIER',
  });
  expect(await preview(provinceAdmin, 'BANG_KHEN_CHU_TICH_TINH', 'COLLECTIVE', '2025-08-01')).toMatchObject({
    coefficient: 3,
    amount: 7_020_000,
  });
  expect(await preview(provinceAdmin, 'BANG_KHEN_CHU_TICH_TINH', 'INDIVIDUAL', '2024-03-01')).toEqual({
    coefficient: 1.5,
    baseSalary: 1_800_000,
    amount: 2_700_000,
    legalPeriod: 'LAW_2022_THREE_TIER',
  });
  // The commune chair's Giấy khen: 0.15 until 30/6/2025 (351,000 đ rounded up), 0.3 after.
  expect((await preview(provinceAdmin, 'GIAY_KHEN_CHU_TICH_XA', 'INDIVIDUAL', '2024-03-01')).amount).toBe(270_000);
  expect((await preview(provinceAdmin, 'GIAY_KHEN_CHU_TICH_XA', 'INDIVIDUAL', '2025-06-30')).amount).toBe(360_000);
  expect((await preview(provinceAdmin, 'GIAY_KHEN_CHU_TICH_XA', 'INDIVIDUAL', '2025-08-01')).amount).toBe(710_000);
  // The district chair's Giấy khen has no bonus once districts are gone.
  expect(await preview(provinceAdmin, 'GIAY_KHEN_CHU_TICH_HUYEN', 'INDIVIDUAL', '2025-08-01')).toBeNull();
});

it('lists the table of a legal period and the base salaries with their decrees', async () => {
  const { bonusTable } = dataOf(await provinceAdmin(TABLE, { legalPeriod: 'LAW_2022_TWO_TIER' }));
  expect(new Set(bonusTable.coefficients.map((c: { legalPeriod: string }) => c.legalPeriod))).toEqual(new Set(['LAW_2022_TWO_TIER']));
  expect(bonusTable.coefficients).toContainEqual({ legalPeriod: 'LAW_2022_TWO_TIER', awardCode: 'LAO_DONG_TIEN_TIEN', nomineeKind: 'INDIVIDUAL', coefficient: 0.3 });
  expect(bonusTable.baseSalaries).toContainEqual({ validFrom: '2024-07-01', amount: 2_340_000, legalBasis: 'Nghị định số 73/2024/NĐ-CP' });
  const bad = await provinceAdmin(TABLE, { legalPeriod: 'LAW_1990' });
  expect(bad.errors?.[0].extensions?.code).toBe('INVALID_VALUE');
});

it('the national administrator changes a coefficient: the preview follows, the audit trail records it, a re-seed keeps it', async () => {
  const before = await auditCount('BonusCoefficient');
  const input = { legalPeriod: 'LAW_2022_TWO_TIER', awardCode: 'BANG_KHEN_CHU_TICH_TINH', nomineeKind: 'INDIVIDUAL', coefficient: 1.75 };
  const payload = dataOf(await national(SET_COEFFICIENT, { input })).setBonusCoefficient;
  expect(payload.userErrors).toEqual([]);
  expect(payload.coefficient).toEqual(input);
  // 1.75 × 2,340,000 = 4,095,000 đ, rounded up.
  expect(await preview(provinceAdmin, 'BANG_KHEN_CHU_TICH_TINH', 'INDIVIDUAL', '2025-08-01')).toMatchObject({ coefficient: 1.75, amount: 4_100_000 });
  // The three-tier period keeps its own figure.
  expect((await preview(provinceAdmin, 'BANG_KHEN_CHU_TICH_TINH', 'INDIVIDUAL', '2024-03-01')).coefficient).toBe(1.5);
  expect(await auditCount('BonusCoefficient')).toBe(before + 1);

  await seedReferenceData(platform.db.orm.em.fork());
  expect((await preview(provinceAdmin, 'BANG_KHEN_CHU_TICH_TINH', 'INDIVIDUAL', '2025-08-01')).coefficient).toBe(1.75);
});

it('a new base salary applies to decisions from its day on', async () => {
  const input = { validFrom: '2027-07-01', amount: 2_700_000, legalBasis: 'Nghị định số 99/2027/NĐ-CP' };
  const payload = dataOf(await national(SET_SALARY, { input })).setBaseSalary;
  expect(payload.userErrors).toEqual([]);
  expect(payload.baseSalary).toEqual(input);
  expect(await preview(provinceAdmin, 'LAO_DONG_TIEN_TIEN', 'INDIVIDUAL', '2027-06-30')).not.toMatchObject({ baseSalary: 2_700_000 });
  expect(await preview(provinceAdmin, 'LAO_DONG_TIEN_TIEN', 'INDIVIDUAL', '2027-07-01')).toMatchObject({ baseSalary: 2_700_000, amount: 810_000 });
  expect(await auditCount('BaseSalary')).toBe(1);
});

it('a province administrator is refused, in Vietnamese and English, and nothing changes', async () => {
  const input = { legalPeriod: 'LAW_2022_TWO_TIER', awardCode: 'LAO_DONG_TIEN_TIEN', nomineeKind: 'INDIVIDUAL', coefficient: 5 };
  const refused = dataOf(await provinceAdmin(SET_COEFFICIENT, { input })).setBonusCoefficient;
  expect(refused.coefficient).toBeNull();
  expect(refused.userErrors).toHaveLength(1);
  expect(refused.userErrors[0].code).toBe('NATIONAL_ADMIN_REQUIRED');
  expect(refused.userErrors[0].messageVi).toMatch(/quản trị viên cấp quốc gia/);
  expect(refused.userErrors[0].message).toMatch(/national administrator/);
  const salary = dataOf(await provinceAdmin(SET_SALARY, { input: { validFrom: '2028-01-01', amount: 9_000_000, legalBasis: 'x' } })).setBaseSalary;
  expect(salary.userErrors.map((e: { code: string }) => e.code)).toEqual(['NATIONAL_ADMIN_REQUIRED']);
  expect((await preview(provinceAdmin, 'LAO_DONG_TIEN_TIEN', 'INDIVIDUAL', '2025-08-01')).coefficient).toBe(0.3);
});

it.each([
  ['a coefficient with three decimals', SET_COEFFICIENT, { legalPeriod: 'LAW_2003', awardCode: 'LAO_DONG_TIEN_TIEN', nomineeKind: 'INDIVIDUAL', coefficient: 1.234 }, 'INVALID_VALUE', 'coefficient'],
  ['a coefficient over 100', SET_COEFFICIENT, { legalPeriod: 'LAW_2003', awardCode: 'LAO_DONG_TIEN_TIEN', nomineeKind: 'INDIVIDUAL', coefficient: 101 }, 'INVALID_VALUE', 'coefficient'],
  ['an unknown legal period', SET_COEFFICIENT, { legalPeriod: 'LAW_1990', awardCode: 'LAO_DONG_TIEN_TIEN', nomineeKind: 'INDIVIDUAL', coefficient: 1 }, 'INVALID_VALUE', 'legalPeriod'],
  ['an unknown award', SET_COEFFICIENT, { legalPeriod: 'LAW_2003', awardCode: 'BANG_KHEN_X', nomineeKind: 'INDIVIDUAL', coefficient: 1 }, 'NOT_FOUND', 'awardCode'],
  ['a title for a kind it is not given to', SET_COEFFICIENT, { legalPeriod: 'LAW_2003', awardCode: 'LAO_DONG_TIEN_TIEN', nomineeKind: 'HOUSEHOLD', coefficient: 1 }, 'NOMINEE_KIND_NOT_ALLOWED', 'nomineeKind'],
  ['a negative base salary', SET_SALARY, { validFrom: '2028-01-01', amount: -5, legalBasis: 'Nghị định' }, 'INVALID_VALUE', 'amount'],
  ['a day that does not exist', SET_SALARY, { validFrom: '2028-02-30', amount: 3_000_000, legalBasis: 'Nghị định' }, 'INVALID_VALUE', 'validFrom'],
  ['no legal basis', SET_SALARY, { validFrom: '2028-01-01', amount: 3_000_000, legalBasis: '  ' }, 'INVALID_VALUE', 'legalBasis'],
])('refuses %s', async (_what, mutation, input, code, field) => {
  const res = dataOf(await national(mutation, { input }));
  const payload = res.setBonusCoefficient ?? res.setBaseSalary;
  expect(payload.userErrors.map((e: { code: string; field: string }) => [e.code, e.field])).toEqual([[code, field]]);
  expect(payload.userErrors[0].messageVi).not.toBe(payload.userErrors[0].message);
});

it('refuses a preview for a day that does not exist', async () => {
  const res = await provinceAdmin(PREVIEW, { awardCode: 'LAO_DONG_TIEN_TIEN', nomineeKind: 'INDIVIDUAL', decisionDate: '2025-02-30' });
  expect(res.errors?.[0].extensions).toMatchObject({ code: 'INVALID_VALUE' });
  expect(res.errors?.[0].extensions?.messageVi).toMatch(/ngày có thật/);
});
