import { randomUUID } from 'node:crypto';
import type { GraphQLResponse } from '../support/graphql-request';
import {
  as,
  countAuditEvents,
  countNominations,
  createDraft,
  dataOf,
  draftInput,
  loadCatalog,
  okPayload,
  RESUBMIT,
  storedNomination,
  submit,
  SUBMIT,
  USER_ERROR_FIELDS,
  WITHDRAW,
  type Catalog,
  type DraftInput,
  type Gql,
} from '../support/nomination-fixtures';
import { startTestPlatform, type TestPlatform } from '../support/test-platform';

let platform: TestPlatform;
let catalog: Catalog;
let xuanTang: Gql;

beforeAll(async () => {
  platform = await startTestPlatform();
  xuanTang = await as(platform, 'xuantang.submitter');
  catalog = await loadCatalog(xuanTang);
});
afterAll(() => platform?.stop());

const CREATE = `mutation ($input: CreateNominationInput!) { createNomination(input: $input) {
  nomination { id achievements } ${USER_ERROR_FIELDS} } }`;
const UPDATE = `mutation ($input: UpdateNominationInput!) { updateNomination(input: $input) {
  nomination { id version nomineeName } ${USER_ERROR_FIELDS} } }`;

/** Asserts a mutation refused with exactly one user error, worded in both languages, and no result. */
function expectRefusal(res: GraphQLResponse, mutation: string, code: string, field: string | null) {
  const payload = dataOf(res)[mutation];
  expect(payload.userErrors).toEqual([{ code, field, message: expect.any(String), messageVi: expect.any(String) }]);
  const [error] = payload.userErrors;
  expect(error.message.trim()).not.toBe('');
  expect(error.messageVi.trim()).not.toBe('');
  expect(error.messageVi).not.toBe(error.message);
  expect(payload.nomination).toBeNull();
}

/** Runs `attempt` and asserts it left no nomination or audit event behind. */
async function expectNothingWritten(attempt: () => Promise<void>) {
  const [nominations, events] = [await countNominations(platform), await countAuditEvents(platform)];
  await attempt();
  expect(await countNominations(platform)).toBe(nominations);
  expect(await countAuditEvents(platform)).toBe(events);
}

describe('createNomination', () => {
  it.each<[string, string, string, DraftInput]>([
    ['an empty nomineeName', 'REQUIRED', 'nomineeName', { nomineeName: '' }],
    ['a whitespace nomineeName', 'REQUIRED', 'nomineeName', { nomineeName: '   \t ' }],
    ['empty achievements', 'REQUIRED', 'achievements', { achievements: '\n' }],
    ['a nomineeName over 200 characters', 'TEXT_TOO_LONG', 'nomineeName', { nomineeName: 'N'.repeat(201) }],
    ['achievements over 10 000 characters', 'TEXT_TOO_LONG', 'achievements', { achievements: 'a'.repeat(10_001) }],
    ['an unknown periodId', 'NOT_FOUND', 'periodId', { periodId: randomUUID() }],
    ['a malformed periodId', 'NOT_FOUND', 'periodId', { periodId: 'nam-2024' }],
    ['an unknown movementId', 'NOT_FOUND', 'movementId', { movementId: randomUUID() }],
    ['a malformed movementId', 'NOT_FOUND', 'movementId', { movementId: "1' OR '1'='1" }],
    ['an individual for the households-only movement', 'NOMINEE_KIND_NOT_ALLOWED', 'nomineeKind', { movementIndex: 0, nomineeKind: 'INDIVIDUAL' }],
    ['a household for an individuals-and-collectives movement', 'NOMINEE_KIND_NOT_ALLOWED', 'nomineeKind', { movementIndex: 3, nomineeKind: 'HOUSEHOLD' }],
  ])('refuses %s with %s on %s and writes nothing', async (_label, code, field, input) => {
    await expectNothingWritten(async () => {
      expectRefusal(await xuanTang(CREATE, { input: draftInput(catalog, input) }), 'createNomination', code, field);
    });
  });

  it("refuses a sibling commune's unitId with a top-level FORBIDDEN and writes nothing", async () => {
    await expectNothingWritten(async () => {
      const res = await xuanTang(CREATE, { input: draftInput(catalog, { unitId: catalog.unitIds['02641'] }) });
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    });
  });

  it('names the movement and the refused kind in the NOMINEE_KIND_NOT_ALLOWED message', async () => {
    const res = await xuanTang(CREATE, { input: draftInput(catalog, { movementIndex: 0, nomineeKind: 'INDIVIDUAL' }) });
    const [error] = dataOf(res).createNomination.userErrors;
    expect(error.messageVi).toContain('Các hộ gia đình thi đua tham gia lao động');
    expect(error.message).toContain('HOUSEHOLD, not INDIVIDUAL');
  });

  it('accepts achievements of exactly 10 000 characters and trims the name', async () => {
    const res = await xuanTang(CREATE, {
      input: draftInput(catalog, { achievements: 'a'.repeat(10_000), nomineeName: '  Hộ ông Vàng A Lử ' }),
    });
    const { nomination } = okPayload(res, 'createNomination');
    expect(nomination.achievements).toHaveLength(10_000);
    expect((await storedNomination(platform, nomination.id)).nomination.nomineeName).toBe('Hộ ông Vàng A Lử');
  });
});

describe('updateNomination', () => {
  it('refuses a stale expectedVersion with VERSION_CONFLICT and keeps the newer edit', async () => {
    const draft = await createDraft(xuanTang, catalog);
    const first = okPayload(
      await xuanTang(UPDATE, { input: { id: draft.id, expectedVersion: draft.version, nomineeName: 'Tên mới' } }),
      'updateNomination',
    );
    expect(first.nomination.version).toBe(draft.version + 1);
    const before = await storedNomination(platform, draft.id);
    const stale = await xuanTang(UPDATE, { input: { id: draft.id, expectedVersion: draft.version, nomineeName: 'Tên cũ' } });
    expectRefusal(stale, 'updateNomination', 'VERSION_CONFLICT', 'expectedVersion');
    const after = await storedNomination(platform, draft.id);
    expect(after.nomination).toMatchObject({ nomineeName: 'Tên mới', version: before.nomination.version });
    expect(after.audit).toBe(before.audit);
  });

  it('refuses the whole edit when one field is bad: the good field is not half-written', async () => {
    const draft = await createDraft(xuanTang, catalog, { nomineeName: 'Tên gốc' });
    const before = await storedNomination(platform, draft.id);
    const res = await xuanTang(UPDATE, {
      input: { id: draft.id, expectedVersion: draft.version, nomineeName: 'Tên hợp lệ', achievements: 'x'.repeat(10_001) },
    });
    expectRefusal(res, 'updateNomination', 'TEXT_TOO_LONG', 'achievements');
    const after = await storedNomination(platform, draft.id);
    expect(after.nomination).toMatchObject({ nomineeName: 'Tên gốc', version: before.nomination.version });
    expect(after.audit).toBe(before.audit);
  });

  // Product bug: both requests pass the version check, then the loser's audit insert hits the unique
  // idempotency key `nomination:<id>:updated:<version+1>` and the portal gets INTERNAL.
  it('concurrent edits of one version: one wins, the others answer VERSION_CONFLICT, not INTERNAL', async () => {
    const draft = await createDraft(xuanTang, catalog);
    const names = Array.from({ length: 8 }, (_, i) => `Tên song song ${i}`);
    const results = await Promise.all(
      names.map((nomineeName) => xuanTang(UPDATE, { input: { id: draft.id, expectedVersion: draft.version, nomineeName } })),
    );
    const outcomes = results.map((res) => res.errors?.[0]?.extensions?.code ?? (dataOf(res).updateNomination.userErrors[0]?.code || 'OK'));
    expect(outcomes.filter((o) => o === 'OK')).toHaveLength(1);
    expect(outcomes.filter((o) => o !== 'OK')).toEqual(Array(7).fill('VERSION_CONFLICT'));
    const winner = names[outcomes.indexOf('OK')];
    expect((await storedNomination(platform, draft.id)).nomination).toMatchObject({ nomineeName: winner, version: draft.version + 1 });
  });

  it.each<[string, string, string, Record<string, string>]>([
    ['a blank nomineeName', 'REQUIRED', 'nomineeName', { nomineeName: '  ' }],
    ['a household on an individuals-and-collectives movement', 'NOMINEE_KIND_NOT_ALLOWED', 'nomineeKind', { nomineeKind: 'HOUSEHOLD' }],
    ['an unknown id', 'NOT_FOUND', 'id', { id: randomUUID() }],
  ])('refuses %s with %s on %s', async (_label, code, field, patch) => {
    const draft = await createDraft(xuanTang, catalog);
    const res = await xuanTang(UPDATE, { input: { id: draft.id, expectedVersion: draft.version, ...patch } });
    expectRefusal(res, 'updateNomination', code, field);
    expect((await storedNomination(platform, draft.id)).nomination.nomineeName).toBe(draft.nomineeName);
  });

  it('refuses to edit a nomination under review with INVALID_STATE', async () => {
    const submitted = await submit(xuanTang, (await createDraft(xuanTang, catalog)).id);
    const res = await xuanTang(UPDATE, { input: { id: submitted.id, expectedVersion: submitted.version, nomineeName: 'Sửa' } });
    expectRefusal(res, 'updateNomination', 'INVALID_STATE', null);
    expect((await storedNomination(platform, submitted.id)).nomination.nomineeName).toBe(submitted.nomineeName);
  });
});

describe('submit, resubmit and withdraw', () => {
  it('a second submit answers ALREADY_SUBMITTED and opens no second task', async () => {
    const draft = await createDraft(xuanTang, catalog);
    const first = await submit(xuanTang, draft.id);
    expect(first).toMatchObject({ status: 'IN_REVIEW', currentTask: { stageKey: 'DISTRICT_REVIEW', round: 1 } });
    const before = await storedNomination(platform, draft.id);
    expectRefusal(await xuanTang(SUBMIT, { id: draft.id }), 'submitNomination', 'ALREADY_SUBMITTED', null);
    const after = await storedNomination(platform, draft.id);
    expect(after.audit).toBe(before.audit);
    const tasks = dataOf(await xuanTang(`query ($id: ID!) { nomination(id: $id) { tasks { id } } }`, { id: draft.id }));
    expect(tasks.nomination.tasks).toHaveLength(1);
  });

  it.each([
    ['a draft', false],
    ['a nomination in review', true],
  ])('resubmitting %s (not returned) answers INVALID_STATE', async (_label, submitted) => {
    const draft = await createDraft(xuanTang, catalog);
    if (submitted) await submit(xuanTang, draft.id);
    const before = await storedNomination(platform, draft.id);
    expectRefusal(await xuanTang(RESUBMIT, { id: draft.id, comment: 'Đã bổ sung' }), 'resubmitNomination', 'INVALID_STATE', null);
    const after = await storedNomination(platform, draft.id);
    expect(after.nomination).toMatchObject({ status: before.nomination.status, round: 1 });
    expect(after.audit).toBe(before.audit);
  });

  it.each([[''], ['   ']])('withdrawing with reason %j answers REASON_REQUIRED (draft and submitted alike)', async (reason) => {
    const draft = await createDraft(xuanTang, catalog);
    const submitted = await submit(xuanTang, (await createDraft(xuanTang, catalog)).id);
    for (const { id, status } of [
      { id: draft.id, status: 'DRAFT' },
      { id: submitted.id, status: 'IN_REVIEW' },
    ]) {
      const before = await storedNomination(platform, id);
      expectRefusal(await xuanTang(WITHDRAW, { id, reason }), 'withdrawNomination', 'REASON_REQUIRED', 'reason');
      const after = await storedNomination(platform, id);
      expect(after.nomination.status).toBe(status);
      expect(after.audit).toBe(before.audit);
    }
  });

  it('a withdrawn draft can be neither submitted nor withdrawn again', async () => {
    const draft = await createDraft(xuanTang, catalog);
    const withdrawn = okPayload(await xuanTang(WITHDRAW, { id: draft.id, reason: 'Hộ đã chuyển đi' }), 'withdrawNomination');
    expect(withdrawn.nomination.status).toBe('WITHDRAWN');
    expectRefusal(await xuanTang(SUBMIT, { id: draft.id }), 'submitNomination', 'INVALID_STATE', null);
    expectRefusal(await xuanTang(WITHDRAW, { id: draft.id, reason: 'Lần nữa' }), 'withdrawNomination', 'INVALID_STATE', null);
  });
});
