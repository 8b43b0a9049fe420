import { Role } from '../../domain/enums';
import { vietnamToday } from '../../server/auth/viewer';
import { AdminUnit } from '../../server/entities/admin-unit.entity';
import { addDays, codeOf, createUser, DELEGATE, grant, unitIdOf } from '../support/access-fixtures';
import { as, COMMEND, createDraft, dataOf, decideCurrent, loadCatalog, okPayload, submit, type Catalog, type Gql } from '../support/nomination-fixtures';
import { startTestPlatform, type TestPlatform } from '../support/test-platform';

/**
 * The decision register of an issuing unit (Decree 30/2020): one yearly register for all its
 * decisions, numbered from 01 with a leading zero below 10, kept by the platform or by the văn thư;
 * other decisions of the agency recorded so the platform's numbers skip them; duplicates refused;
 * certificates counted per issuer and year; the signature TM. or KT. (a deputy through a delegation).
 */
let platform: TestPlatform;
let catalog: Catalog;
let xuanTang: Gql;
let reviewer: Gql;
let approver: Gql;
let admin: Gql;
let provinceId: string;
const DAY = '2024-12-20';

const ERRORS = 'userErrors { code field message messageVi }';
const SET = `mutation ($input: SetDecisionRegisterInput!) { setDecisionRegister(input: $input) { register { year mode symbol lastNumber } ${ERRORS} } }`;
const RECORD = `mutation ($input: RecordDecisionInput!) { recordDecision(input: $input) {
  entry { decisionNumber place decisionDate subject kind year unit { code } recordedBy { username } } ${ERRORS} } }`;
const REGISTER = `query ($unitId: ID!, $year: Int!, $first: Int, $after: String) { decisionRegister(unitId: $unitId, year: $year, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { decisionNumber decisionDate subject kind nominations { id } round { id } } } } }`;
const DECISION = `query ($id: ID!) { nomination(id: $id) { decisionNumber certificateNumber decision { decisionNumber kind signedAs signatureBlock } } }`;

const errorsOf = (res: any, field: string) => dataOf(res)[field].userErrors.map((e: { code: string; field: string | null }) => [e.code, e.field]);
const record = (gql: Gql, input: Record<string, unknown>) =>
  gql(RECORD, { input: { unitId: provinceId, decisionDate: '2024-03-01', subject: 'Về việc điều động cán bộ', ...input } });
const commend = (gql: Gql, nomination: any, decisionNumber: string | null, decisionDate = DAY) =>
  gql(COMMEND, { input: { taskId: nomination.currentTask.id, decisionNumber, decisionDate } });

/** A nomination of Phường Xuân Tăng at the province's decision stage. */
async function atDecision(name: string) {
  const submitted = await submit(xuanTang, (await createDraft(xuanTang, catalog, { nomineeName: name })).id);
  return decideCurrent(approver, await decideCurrent(reviewer, submitted, 'APPROVE'), 'APPROVE');
}

beforeAll(async () => {
  platform = await startTestPlatform();
  xuanTang = await as(platform, 'xuantang.submitter');
  catalog = await loadCatalog(xuanTang);
  reviewer = await as(platform, 'laocaicity.reviewer');
  approver = await as(platform, 'laocai.approver');
  admin = await as(platform, 'laocai.admin');
  provinceId = await unitIdOf(platform, '10');
});
afterAll(() => platform?.stop());

describe('other decisions of the agency', () => {
  it('are recorded by the unit’s ADMIN or APPROVER, as the register writes them', async () => {
    const entry = okPayload(await record(approver, { decisionNumber: '5/QĐ-UBND' }), 'recordDecision').entry;
    expect(entry).toEqual({
      decisionNumber: '05/QĐ-UBND', place: 5, decisionDate: '2024-03-01', subject: 'Về việc điều động cán bộ', kind: 'OTHER',
      year: 2024, unit: { code: '10' }, recordedBy: { username: 'laocai.approver' },
    });
  });

  it.each([
    ['05/QĐ-UBND', {}, 'DECISION_NUMBER_TAKEN', 'decisionNumber'],
    ['5/QĐ-CT', { decisionDate: '2024-06-01' }, 'DECISION_NUMBER_TAKEN', 'decisionNumber'],
    ['5-QĐ', {}, 'INVALID_VALUE', 'decisionNumber'],
    ['0/QĐ-UBND', {}, 'INVALID_VALUE', 'decisionNumber'],
    ['', {}, 'REQUIRED', 'decisionNumber'],
    ['40/QĐ-UBND', { subject: '  ' }, 'INVALID_VALUE', 'subject'],
    ['40/QĐ-UBND', { decisionDate: addDays(vietnamToday(), 3) }, 'INVALID_VALUE', 'decisionDate'],
    ['40/QĐ-UBND', { decisionDate: '2024-02-30' }, 'INVALID_VALUE', 'decisionDate'],
  ])('refuses %j %j as %s on %s, in both languages', async (decisionNumber, extra, code, field) => {
    const res = await record(admin, { decisionNumber, ...extra });
    expect(errorsOf(res, 'recordDecision')).toEqual([[code, field]]);
    const [error] = dataOf(res).recordDecision.userErrors;
    expect(error.messageVi).not.toBe(error.message);
    if (code === 'DECISION_NUMBER_TAKEN') expect(error.messageVi).toContain('Số 05/QĐ-UBND đã có trong sổ quyết định năm 2024');
  });

  it('is refused to anyone not ADMIN or APPROVER of the unit itself', async () => {
    expect(codeOf(await record(xuanTang, { decisionNumber: '41/QĐ-UBND' }))).toBe('FORBIDDEN');
    expect(codeOf(await record(reviewer, { decisionNumber: '41/QĐ-UBND' }))).toBe('FORBIDDEN');
  });
});

describe('per-nomination decisions while the platform keeps the register', () => {
  let first: any;
  let second: any;

  it('without a number take the next free place, skipping the decisions recorded', async () => {
    first = await atDecision('Hộ ông Giàng A Páo');
    const done = okPayload(await commend(approver, first, null), 'issueCommendation').nomination;
    expect(done).toMatchObject({ status: 'COMMENDED', decisionNumber: '06/QĐ-UBND', decisionDate: DAY });
  });

  it('one decision listing several nominees shares its number on its day; any other reuse is refused', async () => {
    second = await atDecision('Hộ bà Thào Thị Mai');
    expect(errorsOf(await commend(approver, second, '06/QĐ-UBND', '2024-12-21'), 'issueCommendation')).toEqual([['DECISION_NUMBER_TAKEN', 'decisionNumber']]);
    expect(errorsOf(await commend(approver, second, '05/QĐ-UBND'), 'issueCommendation')).toEqual([['DECISION_NUMBER_TAKEN', 'decisionNumber']]);
    expect(okPayload(await commend(approver, second, '6/QĐ-UBND'), 'issueCommendation').nomination.decisionNumber).toBe('06/QĐ-UBND');
    const [a, b] = await Promise.all([first, second].map(async (n) => dataOf(await approver(DECISION, { id: n.id })).nomination));
    expect(a.decision).toEqual({ decisionNumber: '06/QĐ-UBND', kind: 'COMMENDATION', signedAs: 'TM', signatureBlock: ['TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH'] });
    // Certificates: one series per issuer and year, counting on across nominees and decisions.
    const [prefix] = a.certificateNumber.split('-');
    expect([a.certificateNumber, b.certificateNumber]).toEqual([`${prefix}-2024-0001`, `${prefix}-2024-0002`]);
    const typed = okPayload(await commend(approver, await atDecision('Hộ ông Vàng Seo Dìn'), '10/QĐ-UBND'), 'issueCommendation').nomination;
    expect(dataOf(await approver(DECISION, { id: typed.id })).nomination).toMatchObject({ decisionNumber: '10/QĐ-UBND', certificateNumber: `${prefix}-2024-0003` });
  });

  it('the register lists the year’s decisions, newest first, by pages, each with what it links to', async () => {
    const page = dataOf(await admin(REGISTER, { unitId: provinceId, year: 2024, first: 2 })).decisionRegister;
    expect(page.totalCount).toBe(3);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(page.edges.map((e: any) => [e.node.decisionNumber, e.node.kind, e.node.nominations.length])).toEqual([
      ['10/QĐ-UBND', 'COMMENDATION', 1],
      ['06/QĐ-UBND', 'COMMENDATION', 2],
    ]);
    const rest = dataOf(await admin(REGISTER, { unitId: provinceId, year: 2024, first: 2, after: page.pageInfo.endCursor })).decisionRegister;
    expect(rest.edges.map((e: any) => [e.node.decisionNumber, e.node.subject, e.node.nominations, e.node.round])).toEqual([
      ['05/QĐ-UBND', 'Về việc điều động cán bộ', [], null],
    ]);
    expect(dataOf(await admin(REGISTER, { unitId: provinceId, year: 2023 })).decisionRegister.totalCount).toBe(0);
    expect(codeOf(await admin(REGISTER, { unitId: provinceId, year: 1999 }))).toBe('INVALID_VALUE');
    expect(codeOf(await xuanTang(REGISTER, { unitId: provinceId, year: 2024 }))).toBe('FORBIDDEN');
  });
});

describe('the văn thư keeps the register', () => {
  it('only the unit’s own ADMIN chooses who keeps it, with a valid symbol', async () => {
    expect(codeOf(await approver(SET, { input: { unitId: provinceId, mode: 'CLERK' } }))).toBe('FORBIDDEN');
    expect(codeOf(await (await as(platform, 'nghean.admin'))(SET, { input: { unitId: provinceId, mode: 'CLERK' } }))).toBe('FORBIDDEN');
    const bad = await admin(SET, { input: { unitId: provinceId, mode: 'CLERK', symbol: 'ub nd!' } });
    expect(errorsOf(bad, 'setDecisionRegister')).toEqual([['INVALID_VALUE', 'symbol']]);
    const set = okPayload(await admin(SET, { input: { unitId: provinceId, mode: 'CLERK' } }), 'setDecisionRegister');
    expect(set.register).toMatchObject({ year: Number(vietnamToday().slice(0, 4)), mode: 'CLERK', symbol: null });
  });

  it('a decision then needs the number the register gave, recorded as given', async () => {
    const nomination = await atDecision('Hộ ông Sùng A Chư');
    const today = vietnamToday();
    expect(errorsOf(await commend(approver, nomination, null, today), 'issueCommendation')).toEqual([['REQUIRED', 'decisionNumber']]);
    const done = okPayload(await commend(approver, nomination, '3/QĐ-UBND', today), 'issueCommendation').nomination;
    expect(done).toMatchObject({ status: 'COMMENDED', decisionNumber: '03/QĐ-UBND' });
  });
});

describe('a deputy signs on behalf (KT.)', () => {
  it('the decision records KT. and the deputy’s block; an agency signs for its director', async () => {
    await admin(SET, { input: { unitId: provinceId, mode: 'PLATFORM' } });
    const deputyId = (await createUser(admin, 'laocai.deputy', 'Lý Văn Phó')).id;
    await grant(admin, { userId: deputyId, role: 'OBSERVER', unitId: provinceId });
    const assignmentId = dataOf(await approver('{ viewer { roles { id role } } }')).viewer.roles.find((r: any) => r.role === Role.APPROVER).id;
    const today = vietnamToday();
    okPayload(await approver(DELEGATE, { input: { assignmentId, deputyUserId: deputyId, validFrom: today, validTo: addDays(today, 6), reason: 'Đi công tác' } }), 'delegateRole');
    const deputy = await as(platform, 'laocai.deputy');
    const byDeputy = await atDecision('Hộ bà Hầu Thị Súa');
    okPayload(await commend(deputy, byDeputy, null), 'issueCommendation');
    const read = dataOf(await approver(DECISION, { id: byDeputy.id })).nomination;
    expect(read.decision).toMatchObject({ signedAs: 'KT', signatureBlock: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH'] });
    // The next free place after the typed 10.
    expect(read.decisionNumber).toBe('11/QĐ-UBND');

    // The same unit as an agency (a Sở): its head signs alone, a deputy "KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC".
    const em = platform.db.orm.em.fork();
    const atAgency = await atDecision('Hộ ông Ma Seo Lử');
    await em.nativeUpdate(AdminUnit, { id: provinceId }, { kind: 'AGENCY' as never });
    okPayload(await commend(deputy, atAgency, '12/QĐ-SNV'), 'issueCommendation');
    expect(dataOf(await approver(DECISION, { id: atAgency.id })).nomination.decision).toMatchObject({
      decisionNumber: '12/QĐ-SNV', signedAs: 'KT', signatureBlock: ['KT. GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC'],
    });
    await em.nativeUpdate(AdminUnit, { id: provinceId }, { kind: 'ADMINISTRATIVE' as never });
  });
});
