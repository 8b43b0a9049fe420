import { createClient, type Client as WsClient } from 'graphql-ws';
import WebSocket from 'ws';
import { NotificationKind, Role } from '../../domain/enums';
import { openDatabase, type Orm } from '../../server/db/open-database';
import { Notification } from '../../server/entities/notification.entity';
import { ReviewTask } from '../../server/entities/review-task.entity';
import { RoleAssignment } from '../../server/entities/role-assignment.entity';
import { User } from '../../server/entities/user.entity';
import { NotificationListener, type NotificationSignal } from '../../server/notifications/notification-listener';
import { notificationStream } from '../../server/notifications/notification-stream';
import { notify, recipientsFor, type NotifyInput } from '../../server/store/notifications';
import { refusalOf } from '../support/campaign-fixtures';
import { graphqlAs } from '../support/graphql-request';
import { addUser, as, createDraft, dataOf, loadCatalog, okPayload, submit, USER_ERROR_FIELDS, type Gql } from '../support/nomination-fixtures';
import { startTestPlatform, type TestPlatform } from '../support/test-platform';

let platform: TestPlatform;
/** A second ORM with its own pool: what the worker process would write through. */
let workerOrm: Orm;
/** OBSERVERs, whom the pipeline itself never notifies: Lan and Minh in Lào Cai city, Vinh's in Nghệ An. */
const ids: Record<'lan' | 'minh' | 'vinh', string> = { lan: '', minh: '', vinh: '' };
let lan: Gql;
let minh: Gql;
let vinh: Gql;
let nomination: { id: string; currentTask: { id: string } };

const LIST = `query ($filter: NotificationFilter, $first: Int, $after: String) { notifications(filter: $filter, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } edges { node { id kind titleVi titleEn bodyVi bodyEn readAt nomination { id } task { id stageKey } } } } }`;
const COUNT = '{ unreadNotificationCount }';
const MARK = `mutation ($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) { count unreadCount ${USER_ERROR_FIELDS} } }`;
const SUBSCRIPTION = 'subscription { notificationAdded { id kind titleEn bodyVi nomination { id } task { id } } }';

let seq = 0;
function message(over: Partial<NotifyInput> & { recipients: string[] }): NotifyInput {
  seq += 1;
  return { key: `test:${seq}`, kind: NotificationKind.REMINDER, titleVi: `Nhắc việc ${seq}`, titleEn: `Reminder ${seq}`, bodyVi: 'Hồ sơ sắp đến hạn.', bodyEn: 'A dossier is nearly due.', ...over };
}
/** As an activity does: inside a transaction, through the given ORM. */
const send = (input: NotifyInput, orm: Orm = platform.db.orm) => orm.em.fork().transactional((tx) => notify(tx, input));
const list = async (gql: Gql, variables: Record<string, unknown> = {}) => dataOf(await gql(LIST, variables)).notifications;
const unread = async (gql: Gql) => dataOf(await gql(COUNT)).unreadNotificationCount as number;

beforeAll(async () => {
  platform = await startTestPlatform();
  workerOrm = await openDatabase(platform.db.url);
  ids.lan = await addUser(platform, 'lan.observer', Role.OBSERVER, '080');
  ids.minh = await addUser(platform, 'minh.observer', Role.OBSERVER, '080');
  ids.vinh = await addUser(platform, 'vinh.observer', Role.OBSERVER, '412');
  [lan, minh, vinh] = await Promise.all(['lan.observer', 'minh.observer', 'vinh.observer'].map((u) => as(platform, u)));
  const xuanTang = await as(platform, 'xuantang.submitter');
  nomination = await submit(xuanTang, (await createDraft(xuanTang, await loadCatalog(xuanTang))).id);
});
afterAll(async () => {
  await workerOrm?.close(true);
  await platform?.stop();
});

describe('notify, the list and the unread count', () => {
  it('writes one row per recipient; each sees only their own, newest first, with the nomination and task when readable', async () => {
    const first = await send(message({ recipients: [ids.lan, ids.vinh], nominationId: nomination.id, taskId: nomination.currentTask.id, bodyVi: 'Bạn đã xem hồ sơ chưa? Hạn là ngày mai.' }));
    const second = await send(message({ recipients: [ids.lan], kind: NotificationKind.ESCALATION }));
    expect([first.length, second.length]).toEqual([2, 1]);

    const mine = await list(lan);
    expect(mine.totalCount).toBe(2);
    expect(mine.edges.map((e: any) => e.node.kind)).toEqual(['ESCALATION', 'REMINDER']);
    expect(mine.edges[1].node).toMatchObject({ bodyVi: 'Bạn đã xem hồ sơ chưa? Hạn là ngày mai.', readAt: null, nomination: { id: nomination.id }, task: { id: nomination.currentTask.id, stageKey: 'DISTRICT_REVIEW' } });
    // Nghệ An's observer was told, but may not read a Lào Cai nomination: the links are null, not an error.
    expect((await list(vinh)).edges.map((e: any) => [e.node.kind, e.node.nomination, e.node.task])).toEqual([['REMINDER', null, null]]);
    expect((await list(minh)).totalCount).toBe(0);
    expect([await unread(lan), await unread(vinh), await unread(minh)]).toEqual([2, 1, 0]);
  });

  it('is idempotent per key and recipient, and a rolled-back transaction leaves nothing', async () => {
    const input = message({ recipients: [ids.minh, ids.minh] });
    expect((await send(input)).length).toBe(1);
    expect(await send(input)).toEqual([]);
    expect((await send({ ...input, recipients: [ids.minh, ids.lan] })).length).toBe(1);
    const em = platform.db.orm.em.fork();
    expect(await em.count(Notification, { idempotencyKey: { $like: `${input.key}:%` } })).toBe(2);

    const doomed = message({ recipients: [ids.minh] });
    await expect(platform.db.orm.em.fork().transactional(async (tx) => {
      await notify(tx, doomed);
      throw new Error('activity failed after notifying');
    })).rejects.toThrow('activity failed');
    expect(await em.count(Notification, { idempotencyKey: `${doomed.key}:${ids.minh}` })).toBe(0);
    expect(await send(doomed)).toHaveLength(1);
  });

  it('pages newest first', async () => {
    await send(message({ recipients: [ids.minh] }));
    const page1 = await list(minh, { first: 2 });
    const page2 = await list(minh, { first: 2, after: page1.pageInfo.endCursor });
    expect(page1.pageInfo.hasNextPage).toBe(true);
    expect(page2.pageInfo.hasNextPage).toBe(false);
    const all = [...page1.edges, ...page2.edges].map((e: any) => e.node.id);
    expect(all).toEqual((await list(minh)).edges.map((e: any) => e.node.id));
    expect(new Set(all).size).toBe(3);
  });
});

describe('the notice of a task opened by the pipeline', () => {
  it('gives the deadline as 24:00 Vietnam time of its last working day, dd/mm/yyyy, never a UTC date', async () => {
    const task = await platform.db.orm.em.fork().findOneOrFail(ReviewTask, nomination.currentTask.id);
    // The calendar clock ends a deadline at 00:00 of the next day in Vietnam: 17:00 UTC of the last working day.
    expect(task.dueAt.toISOString()).toMatch(/T17:00:00\.000Z$/);
    const lastDay = task.dueAt.toISOString().slice(0, 10);
    const shown = `${lastDay.slice(8, 10)}/${lastDay.slice(5, 7)}/${lastDay.slice(0, 4)}`;
    const reviewer = await as(platform, 'laocaicity.reviewer');
    const notice = (await list(reviewer)).edges.map((e: any) => e.node).find((n: any) => n.kind === 'TASK_ASSIGNED' && n.task?.id === task.id);
    expect(notice.bodyVi).toContain(`hạn 24:00 ngày ${shown}.`);
    expect(notice.bodyEn).toContain(`due ${shown} (end of day, Vietnam time).`);
    expect(`${notice.bodyVi} ${notice.bodyEn}`).not.toMatch(/\d{4}-\d{2}-\d{2}|UTC/);
  });
});

describe('markNotificationsRead', () => {
  it('marks own ids read once; others\' ids are NOT_FOUND and change nothing', async () => {
    const [newest, older] = (await list(lan)).edges.map((e: any) => e.node.id);
    const vinhsOwn = (await list(vinh)).edges[0].node.id;
    const before = await unread(lan);

    expect(refusalOf(await lan(MARK, { input: { ids: [newest, vinhsOwn] } }), 'markNotificationsRead')).toEqual([['NOT_FOUND', 'ids']]);
    expect(refusalOf(await lan(MARK, { input: { ids: ['not-a-uuid'] } }), 'markNotificationsRead')).toEqual([['NOT_FOUND', 'ids']]);
    expect(refusalOf(await lan(MARK, { input: {} }), 'markNotificationsRead')).toEqual([['REQUIRED', 'ids']]);
    expect(refusalOf(await lan(MARK, { input: { ids: [newest], all: true } }), 'markNotificationsRead')).toEqual([['INVALID_VALUE', 'ids']]);
    expect([await unread(lan), await unread(vinh)]).toEqual([before, 1]);

    expect(okPayload(await lan(MARK, { input: { ids: [newest] } }), 'markNotificationsRead')).toMatchObject({ count: 1, unreadCount: before - 1 });
    expect(okPayload(await lan(MARK, { input: { ids: [newest] } }), 'markNotificationsRead')).toMatchObject({ count: 0 });
    const unreadOnly = await list(lan, { filter: { unreadOnly: true } });
    expect(unreadOnly.edges.map((e: any) => e.node.id)).not.toContain(newest);
    expect(unreadOnly.edges.map((e: any) => e.node.id)).toContain(older);
    expect((await list(lan)).edges.find((e: any) => e.node.id === newest).node.readAt).not.toBeNull();

    expect(okPayload(await lan(MARK, { input: { all: true } }), 'markNotificationsRead')).toMatchObject({ count: before - 1, unreadCount: 0 });
    expect(await unread(vinh)).toBe(1);
  });

  it('needs a signed-in user', async () => {
    const anonymous = await graphqlAs(platform.url, null)(COUNT);
    expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('recipientsFor', () => {
  it('answers active holders of the role at exactly that unit today, deputies included', async () => {
    const em = platform.db.orm.em.fork();
    const holder = await addUser(platform, 'council.holder', Role.COUNCIL_MEMBER, '02641');
    const revoked = await addUser(platform, 'council.revoked', Role.COUNCIL_MEMBER, '02641');
    const expired = await addUser(platform, 'council.expired', Role.COUNCIL_MEMBER, '02641');
    const future = await addUser(platform, 'council.future', Role.COUNCIL_MEMBER, '02641');
    const inactive = await addUser(platform, 'council.inactive', Role.COUNCIL_MEMBER, '02641');
    await addUser(platform, 'council.above', Role.COUNCIL_MEMBER, '080');
    await em.nativeUpdate(RoleAssignment, { user: revoked }, { revokedAt: new Date() });
    await em.nativeUpdate(RoleAssignment, { user: expired }, { validTo: '2020-12-31' });
    await em.nativeUpdate(RoleAssignment, { user: future }, { validFrom: '2099-01-01' });
    await em.nativeUpdate(User, { id: inactive }, { active: false });
    const unitId = (await em.findOneOrFail(RoleAssignment, { user: holder })).unit.id;
    const deputy = await addUser(platform, 'council.deputy', Role.OBSERVER, '02641');
    em.create(RoleAssignment, { user: deputy, role: Role.COUNCIL_MEMBER, unit: unitId, delegatedBy: holder, validTo: '2099-12-31' });
    await em.flush();

    expect(await recipientsFor(em, { unitId, role: Role.COUNCIL_MEMBER })).toEqual([holder, deputy].sort());
    expect(await recipientsFor(em, { unitId, role: Role.APPROVER })).toEqual([]);
  });
});

/** A live `notificationAdded` feed over graphql-ws. */
function liveFeed(client: WsClient) {
  const events: any[] = [];
  let wake: () => void = () => undefined;
  let failure: unknown = null;
  const settle = (apply: () => void) => {
    apply();
    wake();
  };
  const unsubscribe = client.subscribe(
    { query: SUBSCRIPTION },
    { next: (result) => settle(() => events.push(result)), error: (error) => settle(() => (failure = error)), complete: () => undefined },
  );
  async function next(timeoutMs = 5000): Promise<any> {
    const deadline = Date.now() + timeoutMs;
    while (!events.length && !failure && Date.now() < deadline) {
      let timer: NodeJS.Timeout | undefined;
      await new Promise<void>((resolve) => {
        wake = resolve;
        timer = setTimeout(resolve, Math.max(1, deadline - Date.now()));
      });
      clearTimeout(timer);
    }
    if (failure) throw failure;
    return events.shift() ?? null;
  }
  return { next, unsubscribe, events };
}

function wsClient(params?: Record<string, unknown>) {
  return createClient({ url: platform.url.replace(/^http/, 'ws'), webSocketImpl: WebSocket, connectionParams: params, retryAttempts: 0 });
}

/** The server registers a subscription a moment after the client sends it: probe until one arrives. */
async function untilLive(feed: ReturnType<typeof liveFeed>, userId: string) {
  for (let attempt = 0; attempt < 50; attempt += 1) {
    await send(message({ recipients: [userId], titleEn: 'probe' }));
    if (await feed.next(200)) return void feed.events.splice(0);
  }
  throw new Error('the subscription never went live');
}

describe('Subscription.notificationAdded over graphql-ws', () => {
  it("delivers a notification written by another process's connection to its recipient only, loaded from the database", async () => {
    const client = wsClient({ authorization: `Bearer ${await platform.tokenFor('minh.observer')}` });
    const feed = liveFeed(client);
    try {
      await untilLive(feed, ids.minh);
      await send(message({ recipients: [ids.lan] }), workerOrm);
      await send(message({ recipients: [ids.minh], kind: NotificationKind.TASK_ASSIGNED, nominationId: nomination.id, taskId: nomination.currentTask.id, titleEn: 'For Minh' }), workerOrm);
      const committed = performance.now();
      const event = await feed.next();
      const received = performance.now();
      expect(event.data.notificationAdded).toMatchObject({ kind: 'TASK_ASSIGNED', titleEn: 'For Minh', nomination: { id: nomination.id }, task: { id: nomination.currentTask.id } });
      expect(received - committed).toBeLessThan(2000);
      expect(await feed.next(300)).toBeNull();
    } finally {
      feed.unsubscribe();
      await client.dispose();
    }
  });

  it('keeps delivering after the LISTEN connection is killed (reconnect, then catch-up)', async () => {
    const client = wsClient({ authorization: `Bearer ${await platform.tokenFor('lan.observer')}` });
    const feed = liveFeed(client);
    try {
      await untilLive(feed, ids.lan);
      const listeners = `from pg_stat_activity where application_name = 'thidua-notification-listener' and datname = current_database()`;
      const sql = workerOrm.em.getConnection();
      const [{ pid }] = await sql.execute(`select pid ${listeners}`);
      await sql.execute('select pg_terminate_backend(?)', [pid]);
      for (let i = 0; i < 100 && (await sql.execute('select 1 from pg_stat_activity where pid = ?', [pid])).length; i += 1) await new Promise((r) => setTimeout(r, 2));
      const [id] = await send(message({ recipients: [ids.lan], titleEn: 'During the outage' }), workerOrm);
      expect((await feed.next(10_000)).data.notificationAdded).toMatchObject({ id, titleEn: 'During the outage' });
      // The new LISTEN connection began after the row was written: the catch-up after the gap delivered it.
      const [{ later }] = await sql.execute(`select bool_and(a.backend_start > n.created_at) as later from notification n, pg_stat_activity a
        where n.id = ? and a.application_name = 'thidua-notification-listener' and a.datname = current_database()`, [id]);
      expect(later).toBe(true);
    } finally {
      feed.unsubscribe();
      await client.dispose();
    }
  });

  it.each([
    ['no connectionParams', undefined],
    ['a malformed header', { authorization: 'Token abc' }],
    ['a forged token', { authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9.e30.x' }],
  ])('refuses a connection with %s: closed 4401 with a reason', async (_name, params) => {
    const client = wsClient(params);
    try {
      const feed = liveFeed(client);
      const error: any = await feed.next().catch((e: unknown) => e);
      expect(error).toMatchObject({ code: 4401, reason: expect.stringContaining('connectionParams.authorization must be "Bearer <token>"') });
    } finally {
      await client.dispose();
    }
  });

  it('over plain HTTP the subscription says to use WebSocket', async () => {
    const res = await lan(SUBSCRIPTION);
    expect(res.errors?.[0]).toMatchObject({ message: expect.stringContaining('WebSocket'), extensions: { code: 'BAD_REQUEST' } });
  });
});

describe('the listener and the stream', () => {
  it('a listener reconnects after its connection dies and tells subscribers about the gap', async () => {
    const listener = new NotificationListener(platform.db.url, { minBackoffMs: 20, applicationName: 'thidua-listener-test' });
    const signals: NotificationSignal[] = [];
    const waitFor = async (kind: string) => {
      for (let i = 0; i < 200 && !signals.some((s) => s.kind === kind); i += 1) await new Promise((r) => setTimeout(r, 25));
      return signals.splice(0);
    };
    await listener.start();
    listener.subscribe(ids.vinh, (signal) => signals.push(signal));
    try {
      const [id] = await send(message({ recipients: [ids.vinh] }));
      expect(await waitFor('added')).toEqual([{ kind: 'added', id }]);
      const lostAt = Date.now();
      await workerOrm.em.getConnection().execute(`select pg_terminate_backend(pid) from pg_stat_activity where application_name = 'thidua-listener-test' and datname = current_database()`);
      const [gap] = await waitFor('gap');
      expect(gap).toMatchObject({ kind: 'gap' });
      expect((gap as { since: Date }).since.getTime()).toBeLessThanOrEqual(lostAt);
      expect(listener.listening).toBe(true);
      const [again] = await send(message({ recipients: [ids.vinh] }));
      expect(await waitFor('added')).toEqual([{ kind: 'added', id: again }]);
    } finally {
      await listener.stop();
    }
  });

  it('a stream waiting for its next event unsubscribes at once when returned', async () => {
    const handlers = new Set<(s: NotificationSignal) => void>();
    const hub = { subscribe: (_user: string, h: (s: NotificationSignal) => void) => (handlers.add(h), () => handlers.delete(h)) };
    const stream = notificationStream(hub, 'u', async (s) => (s.kind === 'added' ? [{ id: s.id }] : []));
    [...handlers][0]({ kind: 'added', id: 'a' });
    [...handlers][0]({ kind: 'added', id: 'a' });
    expect(await stream.next()).toEqual({ value: { id: 'a' }, done: false });
    const pending = stream.next();
    await stream.return?.();
    expect(handlers.size).toBe(0);
    expect(await pending).toEqual({ value: undefined, done: true });
  });
});
