import { randomUUID } from 'node:crypto';
import type { GraphQLResponse } from '../support/graphql-request';
import { as, createDraft, dataOf, loadCatalog, NGHE_AN_CAMPAIGN, submit, type Catalog, type Gql } from '../support/nomination-fixtures';
import { startTestPlatform, type TestPlatform } from '../support/test-platform';

let platform: TestPlatform;
let catalog: Catalog;
let phuongLaoCai: Gql;
let districtReviewer: Gql;
/** Ids of Phường Lào Cai's five drafts, oldest first. */
const drafts: string[] = [];
/** Phường Xuân Tăng: one draft and one submitted nomination. */
let xtDraft: string;
let xtSubmitted: string;

beforeAll(async () => {
  platform = await startTestPlatform();
  phuongLaoCai = await as(platform, 'phuonglaocai.submitter');
  districtReviewer = await as(platform, 'laocaicity.reviewer');
  const xuanTang = await as(platform, 'xuantang.submitter');
  catalog = await loadCatalog(phuongLaoCai);
  for (let i = 1; i <= 5; i += 1) drafts.push((await createDraft(phuongLaoCai, catalog, { nomineeName: `Hộ số ${i}`, movementIndex: 0 })).id);
  xtDraft = (await createDraft(xuanTang, catalog)).id;
  xtSubmitted = (await submit(xuanTang, (await createDraft(xuanTang, catalog)).id)).id;
});
afterAll(() => platform?.stop());

const PAGE = `query ($first: Int, $after: String, $filter: NominationFilter) {
  nominations(first: $first, after: $after, filter: $filter) {
    totalCount pageInfo { endCursor hasNextPage } edges { cursor node { id nomineeName status } } } }`;

interface Page {
  totalCount: number;
  pageInfo: { endCursor: string | null; hasNextPage: boolean };
  edges: { cursor: string; node: { id: string; nomineeName: string; status: string } }[];
}

async function page(gql: Gql, variables: Record<string, unknown>): Promise<Page> {
  return dataOf(await gql(PAGE, variables)).nominations;
}

const ids = (p: Page) => p.edges.map((e) => e.node.id);
const codeOf = (res: GraphQLResponse) => res.errors?.[0]?.extensions?.code;
const cursorOf = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('paging through nominations', () => {
  it('first: 2 pages through five drafts, newest first, without overlap or gaps', async () => {
    const first = await page(phuongLaoCai, { first: 2 });
    expect(first.totalCount).toBe(5);
    expect(first.pageInfo.hasNextPage).toBe(true);
    expect(first.pageInfo.endCursor).toBe(first.edges[1].cursor);
    const second = await page(phuongLaoCai, { first: 2, after: first.pageInfo.endCursor });
    expect(second).toMatchObject({ totalCount: 5, pageInfo: { hasNextPage: true } });
    const third = await page(phuongLaoCai, { first: 2, after: second.pageInfo.endCursor });
    expect(third.edges).toHaveLength(1);
    expect(third.pageInfo).toEqual({ hasNextPage: false, endCursor: third.edges[0].cursor });
    expect([...ids(first), ...ids(second), ...ids(third)]).toEqual([...drafts].reverse());
  });

  it('a page after the last one is empty, with no next page and no end cursor', async () => {
    const all = await page(phuongLaoCai, { first: 5 });
    expect(all.pageInfo.hasNextPage).toBe(false);
    const beyond = await page(phuongLaoCai, { first: 5, after: all.pageInfo.endCursor });
    expect(beyond).toEqual({ totalCount: 5, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] });
  });

  it('a nomination created between two pages does not shift the next page', async () => {
    const gql = await as(platform, 'dongvinh.submitter');
    const ngheAn = await loadCatalog(gql, NGHE_AN_CAMPAIGN);
    const own = [(await createDraft(gql, ngheAn)).id, (await createDraft(gql, ngheAn)).id, (await createDraft(gql, ngheAn)).id];
    const first = await page(gql, { first: 2 });
    const newest = (await createDraft(gql, ngheAn)).id;
    const second = await page(gql, { first: 2, after: first.pageInfo.endCursor });
    expect(ids(first)).toEqual([own[2], own[1]]);
    expect(ids(second)).toEqual([own[0]]);
    expect(second.totalCount).toBe(4);
    expect(ids(second)).not.toContain(newest);
  });

  it.each([[1], [100]])('first: %i is accepted', async (first) => {
    expect((await page(phuongLaoCai, { first })).edges.length).toBe(Math.min(first, 5));
  });

  it.each([[0], [-1], [101], [1000]])('first: %i answers a top-level INVALID_VALUE', async (first) => {
    const res = await phuongLaoCai(PAGE, { first });
    expect(codeOf(res)).toBe('INVALID_VALUE');
    expect(res.errors![0].extensions!.messageVi).toContain('first phải từ 1 đến 100');
    expect(res.data).toBeNull();
  });

  it('myTasks refuses first: 1000 the same way', async () => {
    expect(codeOf(await districtReviewer('{ myTasks(first: 1000) { totalCount } }'))).toBe('INVALID_VALUE');
  });

  it.each([
    ['not base64 JSON', 'not-a-cursor'],
    ['JSON of the wrong shape', cursorOf({ page: 2 })],
    ['a date that is not a date', cursorOf(['yesterday', randomUUID()])],
    ['an id that is not a string', cursorOf([new Date().toISOString(), 42])],
  ])('a cursor with %s answers a top-level INVALID_VALUE', async (_label, after) => {
    const res = await phuongLaoCai(PAGE, { first: 2, after });
    expect(codeOf(res)).toBe('INVALID_VALUE');
    expect(res.data).toBeNull();
  });

  // Product bug: decodeCursor (server/graphql/pagination.ts) checks only that the id is a string, so
  // PostgreSQL rejects `id < 'x'` on the uuid column and the portal gets INTERNAL instead of INVALID_VALUE.
  it('a well-formed cursor whose id is not a UUID answers INVALID_VALUE, not INTERNAL', async () => {
    const res = await phuongLaoCai(PAGE, { first: 2, after: cursorOf([new Date().toISOString(), 'x']) });
    expect(codeOf(res)).toBe('INVALID_VALUE');
  });
});

describe('filters', () => {
  it('status: IN_REVIEW lists only the submitted nomination; DRAFT only drafts', async () => {
    expect(ids(await page(districtReviewer, { filter: { status: ['IN_REVIEW'] } }))).toEqual([xtSubmitted]);
    const draftPage = await page(districtReviewer, { filter: { status: ['DRAFT'] } });
    expect(draftPage.edges.every((e) => e.node.status === 'DRAFT')).toBe(true);
    expect(draftPage.totalCount).toBe(6);
    const both = await page(districtReviewer, { filter: { status: ['DRAFT', 'IN_REVIEW'] } });
    expect(both.totalCount).toBe(7);
    expect((await page(districtReviewer, { filter: { status: ['COMMENDED'] } })).totalCount).toBe(0);
  });

  it('unitId narrows the district to one commune, or keeps the district whole', async () => {
    const commune = await page(districtReviewer, { filter: { unitId: catalog.unitIds['02641'] } });
    expect(ids(commune).sort()).toEqual([...drafts].sort());
    const xuanTang = await page(districtReviewer, { filter: { unitId: catalog.unitIds['02656'] } });
    expect(ids(xuanTang).sort()).toEqual([xtDraft, xtSubmitted].sort());
    expect((await page(districtReviewer, { filter: { unitId: catalog.unitIds['080'] } })).totalCount).toBe(7);
  });

  it('filters combine with paging: the count is of the filtered set', async () => {
    const first = await page(districtReviewer, { first: 3, filter: { unitId: catalog.unitIds['02641'], status: ['DRAFT'] } });
    expect(first).toMatchObject({ totalCount: 5, pageInfo: { hasNextPage: true } });
    expect(ids(first)).toEqual([drafts[4], drafts[3], drafts[2]]);
  });

  it('periodId filters by period: "Năm 2024" has them all, an unknown period none', async () => {
    expect((await page(districtReviewer, { filter: { periodId: catalog.periodId } })).totalCount).toBe(7);
    expect((await page(districtReviewer, { filter: { periodId: randomUUID() } })).totalCount).toBe(0);
  });

  it('an unknown unitId answers a top-level NOT_FOUND', async () => {
    expect(codeOf(await districtReviewer(PAGE, { filter: { unitId: randomUUID() } }))).toBe('NOT_FOUND');
  });
});
