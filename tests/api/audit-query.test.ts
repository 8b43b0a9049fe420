import { AuditAction } from '../../domain/enums';
import { AdminUnit } from '../../server/entities/admin-unit.entity';
import { AuditEvent } from '../../server/entities/audit-event.entity';
import { Nomination } from '../../server/entities/nomination.entity';
import { AUDIT_EVENTS, auditEvents, codeOf, createUser, grant, unitIdOf, userIdOf } from '../support/access-fixtures';
import { as, createDraft, dataOf, decideCurrent, loadCatalog, NGHE_AN_CAMPAIGN, submit, type Gql } from '../support/nomination-fixtures';
import { startTestPlatform, type TestPlatform } from '../support/test-platform';

let platform: TestPlatform;
let admin: Gql;
/** A: Xuân Tăng's, approved by the district; C: Phường Lào Cai's draft; B: Đông Vĩnh's (Nghệ An) draft. */
let a: any;
let b: any;
let c: any;

const WITH_NOMINATION = `query ($filter: AuditEventFilter) { auditEvents(filter: $filter, first: 100) {
  edges { node { id action nomination { id nomineeName } } } } }`;
const nominationIds = (events: any[]) => new Set(events.map((e) => e.nomination?.id ?? null));
const withNominations = async (gql: Gql, filter: Record<string, unknown> = {}) =>
  dataOf(await gql(WITH_NOMINATION, { filter })).auditEvents.edges.map((e: { node: any }) => e.node);

beforeAll(async () => {
  platform = await startTestPlatform();
  admin = await as(platform, 'laocai.admin');
  const xuanTang = await as(platform, 'xuantang.submitter');
  const catalog = await loadCatalog(xuanTang);
  a = await submit(xuanTang, (await createDraft(xuanTang, catalog, { nomineeName: 'Ông Sần Seo Lử' })).id);
  a = await decideCurrent(await as(platform, 'laocaicity.reviewer'), a, 'APPROVE', 'Đạt');
  c = await createDraft(await as(platform, 'phuonglaocai.submitter'), catalog, { nomineeName: 'Bà Tẩn Mẩy' });
  const dongVinh = await as(platform, 'dongvinh.submitter');
  b = await createDraft(dongVinh, await loadCatalog(dongVinh, NGHE_AN_CAMPAIGN), { nomineeName: 'Bà Hồ Thị Kín' });
  const clerk = await createUser(admin, 'phuonglaocai.observer');
  await grant(admin, { userId: clerk.id, role: 'OBSERVER', unitId: await unitIdOf(platform, '02641') });
});
afterAll(() => platform?.stop());

describe('who sees what', () => {
  it('the Lào Cai ADMIN sees its nominations and its own user changes, not Nghệ An', async () => {
    const events = await withNominations(admin);
    expect(nominationIds(events)).toEqual(new Set([a.id, c.id, null]));
    expect(events.map((e: any) => e.action)).toEqual(expect.arrayContaining(['CREATED', 'SUBMITTED', 'APPROVED', 'USER_CHANGED', 'ROLE_GRANTED']));
    expect(JSON.stringify(events)).not.toContain('Hồ Thị Kín');
  });

  it('the Nghệ An ADMIN sees only Nghệ An', async () => {
    const events = await withNominations(await as(platform, 'nghean.admin'));
    expect(events.map((e: any) => [e.action, e.nomination?.id])).toEqual([['CREATED', b.id]]);
  });

  it("a district OBSERVER sees its communes' nominations, not the province's user administration", async () => {
    const events = await withNominations(await as(platform, 'laocaicity.observer'));
    expect(nominationIds(events)).toEqual(new Set([a.id, c.id]));
  });

  it('others need a nominationId they can read', async () => {
    const xuanTang = await as(platform, 'xuantang.submitter');
    expect(codeOf(await xuanTang(AUDIT_EVENTS))).toBe('FORBIDDEN');
    const own = await withNominations(xuanTang, { nominationId: a.id });
    expect(own.length).toBe((await withNominations(admin, { nominationId: a.id })).length);
    expect(nominationIds(own)).toEqual(new Set([a.id]));
    expect(own[0].nomination.nomineeName).toBe('Ông Sần Seo Lử');
    expect(codeOf(await xuanTang(AUDIT_EVENTS, { filter: { nominationId: c.id } }))).toBe('FORBIDDEN');
    expect(codeOf(await (await as(platform, 'vinh.reviewer'))(AUDIT_EVENTS, { filter: { nominationId: a.id } }))).toBe('FORBIDDEN');
    expect(codeOf(await xuanTang(AUDIT_EVENTS, { filter: { nominationId: '00000000-0000-4000-8000-000000000000' } }))).toBe('NOT_FOUND');
  });
});

describe('filters', () => {
  it('by nomination: its whole trail, newest first', async () => {
    const events = await auditEvents(admin, { nominationId: a.id });
    expect(events.map((e: any) => e.action).reverse().slice(0, 5)).toEqual([
      'CREATED',
      'DOCUMENT_UPLOADED',
      'DOCUMENT_UPLOADED',
      'DOCUMENT_UPLOADED',
      'SUBMITTED',
    ]);
    expect(events.map((e: any) => e.action)).toContain('APPROVED');
    const times = events.map((e: any) => Date.parse(e.occurredAt));
    expect([...times].sort((x, y) => y - x)).toEqual(times);
  });

  it('by actor', async () => {
    const events = await auditEvents(admin, { actorId: await userIdOf(platform, 'laocaicity.reviewer') });
    expect(events.map((e: any) => [e.action, e.actor.username, e.comment])).toEqual([['APPROVED', 'laocaicity.reviewer', 'Đạt']]);
  });

  it('by unit subtree: by the nomination’s unit or where the actor acted', async () => {
    const commune = await withNominations(admin, { unitId: await unitIdOf(platform, '02641') });
    expect(commune.map((e: any) => [e.action, e.nomination.id])).toEqual([['CREATED', c.id]]);
    const district = await auditEvents(admin, { unitId: await unitIdOf(platform, '080') });
    expect(district.map((e: any) => e.unit?.code ?? null)).not.toContain('10');
    expect(district.some((e: any) => e.action === 'APPROVED' && e.unit.code === '080')).toBe(true);
  });

  it('by actions', async () => {
    const events = await auditEvents(admin, { actions: ['USER_CHANGED', 'ROLE_GRANTED'] });
    expect(events.map((e: any) => [e.action, e.entityType])).toEqual([
      ['ROLE_GRANTED', 'RoleAssignment'],
      ['USER_CHANGED', 'User'],
    ]);
  });

  it('by time range: from is inclusive, to exclusive, so one instant splits the trail exactly', async () => {
    const all = await auditEvents(admin);
    const pivot = all[Math.floor(all.length / 2)].occurredAt;
    const newer = await auditEvents(admin, { from: pivot });
    const older = await auditEvents(admin, { to: pivot });
    expect(newer.length + older.length).toBe(all.length);
    expect([...newer, ...older].map((e: any) => e.id)).toEqual(all.map((e: any) => e.id));
    expect(newer.every((e: any) => e.occurredAt >= pivot) && older.every((e: any) => e.occurredAt < pivot)).toBe(true);
    const window = await auditEvents(admin, { from: all[all.length - 1].occurredAt, to: all[0].occurredAt });
    expect(window.map((e: any) => e.id)).toEqual(all.filter((e: any) => e.occurredAt < all[0].occurredAt).map((e: any) => e.id));
  });

  it('refuses an empty or reversed range and a non-ISO instant', async () => {
    const at = new Date().toISOString();
    expect(codeOf(await admin(AUDIT_EVENTS, { filter: { from: at, to: at } }))).toBe('INVALID_DATE_RANGE');
    expect(codeOf(await admin(AUDIT_EVENTS, { filter: { from: 'yesterday' } }))).toBe('BAD_USER_INPUT');
  });
});

describe('pagination', () => {
  it('pages newest first (occurredAt, then id) without gaps or repeats', async () => {
    const all = await auditEvents(admin);
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page: any = dataOf(await admin(AUDIT_EVENTS, { first: 2, after })).auditEvents;
      expect(page.totalCount).toBe(all.length);
      seen.push(...page.edges.map((e: any) => e.node.id));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(all.map((e: any) => e.id));
  });

  it('refuses a forged cursor and a page over 100', async () => {
    expect(codeOf(await admin(AUDIT_EVENTS, { after: 'bm9wZQ' }))).toBe('INVALID_VALUE');
    expect(codeOf(await admin(AUDIT_EVENTS, { first: 101 }))).toBe('INVALID_VALUE');
  });
});

describe('the trail cannot be edited or deleted', () => {
  it('the API has no mutation on audit events', async () => {
    const schema = dataOf(await admin('{ __schema { mutationType { fields { name type { ofType { name fields { type { name ofType { name } } } } } } } } }'));
    const fields = schema.__schema.mutationType.fields;
    expect(fields.filter((f: any) => /audit|history|event/i.test(f.name))).toEqual([]);
    const returnsEvent = fields.filter((f: any) =>
      (f.type.ofType?.fields ?? []).some((p: any) => [p.type.name, p.type.ofType?.name].includes('AuditEvent')),
    );
    expect(returnsEvent).toEqual([]);
  });

  it('the database refuses UPDATE and DELETE on audit_event', async () => {
    const connection = platform.db.orm.em.fork().getConnection();
    const before = await platform.db.orm.em.fork().count(AuditEvent, {});
    await expect(connection.execute(`update audit_event set comment = 'sửa' where action = 'APPROVED'`)).rejects.toThrow(/append-only/);
    await expect(connection.execute(`delete from audit_event`)).rejects.toThrow(/append-only/);
    expect(await platform.db.orm.em.fork().count(AuditEvent, {})).toBe(before);
    expect((await auditEvents(admin, { actorId: await userIdOf(platform, 'laocaicity.reviewer') }))[0].comment).toBe('Đạt');
  });
});

describe('AuditEvent.nomination is guarded like the nomination', () => {
  it('an event visible by its unit whose nomination the viewer cannot read shows null and FORBIDDEN', async () => {
    const em = platform.db.orm.em.fork();
    em.create(AuditEvent, {
      idempotencyKey: 'test:stray-event',
      nomination: em.getReference(Nomination, b.id),
      unit: await em.findOneOrFail(AdminUnit, { code: '080' }),
      action: AuditAction.UPDATED,
      comment: 'sự kiện thử',
    });
    await em.flush();
    const res = await (await as(platform, 'laocaicity.observer'))(WITH_NOMINATION, { filter: { actions: ['UPDATED'] } });
    expect(res.data!.auditEvents.edges.map((e: any) => e.node.nomination)).toEqual([null]);
    expect(res.errors!.map((e) => [e.extensions!.code, e.path!.slice(-1)[0]])).toEqual([['FORBIDDEN', 'nomination']]);
    expect(JSON.stringify(res)).not.toContain('Hồ Thị Kín');
  });
});
