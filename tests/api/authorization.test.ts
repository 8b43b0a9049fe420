import { WorkflowNotFoundError } from '@temporalio/client';
import jwt from 'jsonwebtoken';
import { User } from '../../server/entities/user.entity';
import { graphqlAs, type GraphQLResponse } from '../support/graphql-request';
import {
  as,
  CLAIM,
  countNominations,
  createDraft,
  dataOf,
  DECIDE,
  draftInput,
  loadCatalog,
  storedNomination,
  submit,
  SUBMIT,
  USER_ERROR_FIELDS,
  WITHDRAW,
  type Catalog,
  type Gql,
} from '../support/nomination-fixtures';
import { startTestPlatform, type TestPlatform } from '../support/test-platform';

let platform: TestPlatform;
let catalog: Catalog;
let xuanTang: Gql;
let phuongLaoCai: Gql;
/** Phường Xuân Tăng's draft and its submitted nomination (open district task); Phường Lào Cai's draft. */
let xtDraft: any;
let xtSubmitted: any;
let plcDraft: any;

beforeAll(async () => {
  platform = await startTestPlatform();
  xuanTang = await as(platform, 'xuantang.submitter');
  phuongLaoCai = await as(platform, 'phuonglaocai.submitter');
  catalog = await loadCatalog(xuanTang);
  xtDraft = await createDraft(xuanTang, catalog, { nomineeName: 'Hộ bà Lý Thị Sáu', movementIndex: 0 });
  xtSubmitted = await submit(xuanTang, (await createDraft(xuanTang, catalog, { nomineeName: 'Ông Giàng A Páo' })).id);
  plcDraft = await createDraft(phuongLaoCai, catalog, { nomineeName: 'Bà Lò Thị Hiền' });
});
afterAll(() => platform?.stop());

const NOMINATION = `query ($id: ID!) { nomination(id: $id) { id nomineeName } }`;
const LIST = `query ($filter: NominationFilter) { nominations(first: 100, filter: $filter) { totalCount edges { node { id } } } }`;
const UPDATE = `mutation ($input: UpdateNominationInput!) { updateNomination(input: $input) { nomination { id } ${USER_ERROR_FIELDS} } }`;

function codeOf(res: GraphQLResponse): string | undefined {
  return res.errors?.[0]?.extensions?.code;
}

async function listedIds(gql: Gql, filter?: Record<string, unknown>): Promise<string[]> {
  return dataOf(await gql(LIST, { filter })).nominations.edges.map((e: { node: { id: string } }) => e.node.id);
}

describe('authentication', () => {
  it('a valid token answers viewer with the roles held and their units', async () => {
    const res = await (await as(platform, 'laocai.admin'))('{ viewer { username active roles { role unit { name } } } }');
    expect(dataOf(res).viewer).toEqual({ username: 'laocai.admin', active: true, roles: [{ role: 'ADMIN', unit: { name: 'Tỉnh Lào Cai' } }] });
  });

  it('without a token, viewer and mutations answer UNAUTHENTICATED and nothing is created', async () => {
    const anonymous = graphqlAs(platform.url, null);
    const before = await countNominations(platform);
    const viewer = await anonymous('{ viewer { username } }');
    expect(codeOf(viewer)).toBe('UNAUTHENTICATED');
    expect(viewer.errors![0].extensions!.messageVi).toBe('Bạn cần đăng nhập.');
    expect(viewer.data).toBeNull();
    const create = await anonymous(
      `mutation ($input: CreateNominationInput!) { createNomination(input: $input) { nomination { id } ${USER_ERROR_FIELDS} } }`,
      { input: draftInput(catalog) },
    );
    expect(codeOf(create)).toBe('UNAUTHENTICATED');
    expect(await countNominations(platform)).toBe(before);
  });

  const userId = () => platform.db.orm.em.fork().findOneOrFail(User, { username: 'laocai.admin' }).then((u) => u.id);
  const secret = () => platform.config.jwtSecret;
  it.each<[string, () => Promise<string>]>([
    ['signed with another secret', async () => jwt.sign({}, 'not-the-secret', { subject: await userId(), issuer: 'thidua' })],
    ['expired', async () => jwt.sign({ exp: Math.floor(Date.now() / 1000) - 60 }, secret(), { subject: await userId(), issuer: 'thidua' })],
    ['from another issuer', async () => jwt.sign({}, secret(), { subject: await userId(), issuer: 'someone-else' })],
    ['unsigned (alg none)', async () => jwt.sign({}, '', { algorithm: 'none', subject: await userId(), issuer: 'thidua' })],
    ['for a user who does not exist', async () => jwt.sign({}, secret(), { subject: '00000000-0000-4000-8000-000000000000', issuer: 'thidua' })],
    ['not a JWT at all', async () => 'garbage'],
  ])('a token %s → UNAUTHENTICATED', async (_label, makeToken) => {
    const res = await graphqlAs(platform.url, await makeToken())('{ viewer { username } }');
    expect(codeOf(res)).toBe('UNAUTHENTICATED');
    expect(res.data).toBeNull();
  });

  it('an inactive user is signed out even with a token issued while active', async () => {
    const gql = await as(platform, 'tinhbien.submitter');
    expect(dataOf(await gql('{ viewer { username } }')).viewer.username).toBe('tinhbien.submitter');
    const em = platform.db.orm.em.fork();
    const user = await em.findOneOrFail(User, { username: 'tinhbien.submitter' });
    user.active = false;
    await em.flush();
    expect(codeOf(await gql('{ viewer { username } }'))).toBe('UNAUTHENTICATED');
    expect(codeOf(await gql(LIST))).toBe('UNAUTHENTICATED');
  });
});

describe("a commune cannot see or touch a sibling commune's nominations", () => {
  it('nomination(id) answers FORBIDDEN and null, without the nominee in the message', async () => {
    const res = await phuongLaoCai(NOMINATION, { id: xtDraft.id });
    expect(codeOf(res)).toBe('FORBIDDEN');
    expect(res.data?.nomination).toBeNull();
    expect(JSON.stringify(res.errors)).not.toContain('Lý Thị Sáu');
  });

  it('nested tasks and history of the nomination do not leak either; the owner sees them', async () => {
    const nested = `query ($id: ID!) { nomination(id: $id) { id tasks { id nomination { id nomineeName } } history { action comment } } }`;
    const res = await phuongLaoCai(nested, { id: xtSubmitted.id });
    expect(codeOf(res)).toBe('FORBIDDEN');
    expect(res.data?.nomination).toBeNull();
    expect(JSON.stringify(res)).not.toContain('Giàng A Páo');
    const own = dataOf(await xuanTang(nested, { id: xtSubmitted.id })).nomination;
    expect(own.tasks).toHaveLength(1);
    expect(own.tasks[0].nomination).toEqual({ id: xtSubmitted.id, nomineeName: 'Ông Giàng A Páo' });
  });

  it('nominations lists only its own, even when filtered by the other commune', async () => {
    const ids = await listedIds(phuongLaoCai);
    expect(ids).toContain(plcDraft.id);
    expect(ids).not.toContain(xtDraft.id);
    expect(ids).not.toContain(xtSubmitted.id);
    expect(await listedIds(phuongLaoCai, { unitId: catalog.unitIds['02656'] })).toEqual([]);
  });

  it('updateNomination, submitNomination and withdrawNomination answer FORBIDDEN and change nothing', async () => {
    const before = await storedNomination(platform, xtDraft.id);
    const attempts = [
      await phuongLaoCai(UPDATE, { input: { id: xtDraft.id, expectedVersion: xtDraft.version, nomineeName: 'Đổi tên' } }),
      await phuongLaoCai(SUBMIT, { id: xtDraft.id }),
      await phuongLaoCai(WITHDRAW, { id: xtDraft.id, reason: 'Rút hộ' }),
    ];
    expect(attempts.map(codeOf)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
    expect(attempts.map((res) => res.data)).toEqual([null, null, null]);
    const after = await storedNomination(platform, xtDraft.id);
    expect(after.nomination).toMatchObject({ status: 'DRAFT', nomineeName: 'Hộ bà Lý Thị Sáu', version: before.nomination.version });
    expect(after.audit).toBe(before.audit);
    const workflow = platform.temporal.workflow.getHandle(`nomination:${xtDraft.id}`).describe();
    await expect(workflow).rejects.toBeInstanceOf(WorkflowNotFoundError);
  });

  it('withdrawing a submitted nomination of the other commune is refused and the pipeline runs on', async () => {
    const res = await phuongLaoCai(WITHDRAW, { id: xtSubmitted.id, reason: 'Rút hộ' });
    expect(codeOf(res)).toBe('FORBIDDEN');
    expect((await storedNomination(platform, xtSubmitted.id)).nomination.status).toBe('IN_REVIEW');
  });
});

describe('the district sees its communes', () => {
  it("a district reviewer lists both communes' nominations, drafts included", async () => {
    const ids = await listedIds(await as(platform, 'laocaicity.reviewer'));
    expect(ids).toEqual(expect.arrayContaining([xtDraft.id, xtSubmitted.id, plcDraft.id]));
  });

  it("a reviewer of another province's district lists none of them and cannot read one", async () => {
    const vinh = await as(platform, 'vinh.reviewer');
    const ids = await listedIds(vinh);
    expect(ids).not.toContain(xtSubmitted.id);
    expect(ids).not.toContain(plcDraft.id);
    expect(codeOf(await vinh(NOMINATION, { id: xtSubmitted.id }))).toBe('FORBIDDEN');
  });
});

describe('an observer reads but does not act', () => {
  let observer: Gql;
  beforeAll(async () => {
    observer = await as(platform, 'laocaicity.observer');
  });

  it('reads and lists the nominations of the district', async () => {
    const res = await observer(`query ($id: ID!) { nomination(id: $id) { id nomineeName currentTask { stageKey } } }`, {
      id: xtSubmitted.id,
    });
    expect(dataOf(res).nomination).toEqual({ id: xtSubmitted.id, nomineeName: 'Ông Giàng A Páo', currentTask: { stageKey: 'DISTRICT_REVIEW' } });
    expect(await listedIds(observer)).toEqual(expect.arrayContaining([xtDraft.id, xtSubmitted.id, plcDraft.id]));
  });

  it('has no tasks, and every action answers FORBIDDEN without changing the nomination', async () => {
    expect(dataOf(await observer('{ myTasks { totalCount } }')).myTasks.totalCount).toBe(0);
    const task = xtSubmitted.currentTask;
    const before = await storedNomination(platform, xtSubmitted.id);
    const attempts = [
      await observer(UPDATE, { input: { id: xtDraft.id, expectedVersion: xtDraft.version, nomineeName: 'X' } }),
      await observer(SUBMIT, { id: xtDraft.id }),
      await observer(WITHDRAW, { id: xtSubmitted.id, reason: 'Rút' }),
      await observer(CLAIM, { taskId: task.id }),
      await observer(DECIDE, { input: { taskId: task.id, round: task.round, decision: 'APPROVE' } }),
    ];
    expect(attempts.map(codeOf)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
    const after = await storedNomination(platform, xtSubmitted.id);
    expect(after.nomination.status).toBe('IN_REVIEW');
    expect(after.audit).toBe(before.audit);
    const draft = dataOf(await xuanTang(`query ($id: ID!) { nomination(id: $id) { status nomineeName } }`, { id: xtDraft.id }));
    expect(draft.nomination).toEqual({ status: 'DRAFT', nomineeName: 'Hộ bà Lý Thị Sáu' });
  });
});
