import { as, dataOf, type Gql } from '../support/nomination-fixtures';
import { startTestPlatform, type TestPlatform } from '../support/test-platform';

let platform: TestPlatform;
let admin: Gql;
let provinceAdmin: Gql;

const CALENDAR = `query ($year: Int!) { workingCalendar(year: $year) { year daysOff { date kind nameVi } compensatoryWorkingDays override { extraDaysOff workingDays } } }`;
const SET = `mutation ($input: CalendarOverrideInput!) { setCalendarOverride(input: $input) {
  calendar { daysOff { date } compensatoryWorkingDays } userErrors { code field message } } }`;

beforeAll(async () => {
  platform = await startTestPlatform({ worker: false });
  admin = await as(platform, 'national.admin');
  provinceAdmin = await as(platform, 'laocai.admin');
});
afterAll(() => platform?.stop());

it('lists the 2025 days off deadlines skip: Tết 25/1–2/2, Hùng Kings 7/4, 30/4–2/5, 1–2/9', async () => {
  const { workingCalendar } = dataOf(await admin(CALENDAR, { year: 2025 }));
  const days = workingCalendar.daysOff.map((d: { date: string }) => d.date);
  expect(days).toEqual(expect.arrayContaining(['2025-01-01', '2025-01-29', '2025-04-07', '2025-04-30', '2025-05-01', '2025-09-01', '2025-09-02']));
  expect(workingCalendar.compensatoryWorkingDays).toEqual(['2025-04-26']);
});

it.each([
  // Tết Quý Mão 20–26/1/2023 (letter 8056/VPCP-KGVX), 2/9 on Saturday with Friday 1/9, made up on Monday 4/9.
  [2023, ['2023-01-20', '2023-01-26', '2023-09-01', '2023-09-02', '2023-09-04'], ['2023-01-27', '2023-09-05']],
  // Tết Tân Sửu 10–16/2/2021; 2/9 (Thursday) with Friday 3/9.
  [2021, ['2021-02-10', '2021-02-16', '2021-09-02', '2021-09-03'], ['2021-02-17', '2021-09-01']],
  // Before 2021 (Labour Code 2012) 2/9 was one day: 1/9 and 3/9/2020 were worked.
  [2020, ['2020-01-23', '2020-01-29', '2020-09-02'], ['2020-01-30', '2020-09-01', '2020-09-03']],
])('lists the decided %i days off, with the Vietnamese name of the day', async (year, off, worked) => {
  const { workingCalendar } = dataOf(await admin(CALENDAR, { year }));
  const days = workingCalendar.daysOff.map((d: { date: string }) => d.date);
  expect(days).toEqual(expect.arrayContaining(off));
  for (const day of worked) expect(days).not.toContain(day);
  const nationalDays = workingCalendar.daysOff.filter((d: { kind: string }) => d.kind === 'NATIONAL_DAY');
  expect(nationalDays.map((d: { nameVi: string }) => d.nameVi)).toContain('Quốc khánh (2/9)');
});

it('the national administrator adds a day off and a working Saturday; the audit trail records it', async () => {
  const res = await admin(SET, { input: { year: 2027, extraDaysOff: ['2027-11-24'], workingDays: ['2027-11-27'] } });
  const payload = dataOf(res).setCalendarOverride;
  expect(payload.userErrors).toEqual([]);
  expect(payload.calendar.daysOff.map((d: { date: string }) => d.date)).toContain('2027-11-24');
  expect(payload.calendar.compensatoryWorkingDays).toContain('2027-11-27');
  const [row] = await platform.db.orm.em.getConnection().execute(`select count(*)::int as n from audit_event where entity_type = 'CalendarOverride' and entity_id = '2027'`);
  expect(row.n).toBe(1);
});

it("a province ADMIN cannot set the nation's calendar (it would move every province's deadlines)", async () => {
  const refused = dataOf(await provinceAdmin(SET, { input: { year: 2027, extraDaysOff: ['2027-12-31'], workingDays: [] } })).setCalendarOverride;
  expect(refused.userErrors.map((e: { code: string }) => e.code)).toEqual(['NATIONAL_ADMIN_REQUIRED']);
  const { workingCalendar } = dataOf(await provinceAdmin(CALENDAR, { year: 2027 }));
  expect(workingCalendar.daysOff.map((d: { date: string }) => d.date)).not.toContain('2027-12-31');
  expect(workingCalendar.override.extraDaysOff).toEqual(['2027-11-24']);
});

it('refuses a date both off and worked, and anyone but the national administrator', async () => {
  const bad = dataOf(await admin(SET, { input: { year: 2027, extraDaysOff: ['2027-03-01'], workingDays: ['2027-03-01'] } })).setCalendarOverride;
  expect(bad.userErrors[0].code).toBe('INVALID_VALUE');
  const reviewer = await as(platform, 'laocaicity.reviewer');
  const refused = await reviewer(SET, { input: { year: 2027, extraDaysOff: ['2027-11-25'], workingDays: [] } });
  expect(dataOf(refused).setCalendarOverride.userErrors[0].code).toBe('NATIONAL_ADMIN_REQUIRED');
});
