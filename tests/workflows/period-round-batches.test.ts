import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { historyToJSON } from '@temporalio/common/lib/proto-utils';
import type { temporal } from '@temporalio/proto';
import { Gender, NomineeKind, Vote, type Client } from '../../client-sdk/index';
import { AdminLevel } from '../../domain/enums';
import { vietnamToday } from '../../server/auth/viewer';
import { AuditEvent } from '../../server/entities/audit-event.entity';
import { Notification } from '../../server/entities/notification.entity';
import { PERIOD_WORKFLOW, periodWorkflowId, type PeriodInput } from '../../workflows/period.messages';
import { approvedNomination, COUNCIL, eventually, roundCampaign, sdkAs, type Nominee, type RoundCampaign } from '../support/round-fixtures';
import { startTestPlatform, type TestPlatform } from '../support/test-platform';

/**
 * A whole period workflow on a compressed timing (the window opens and closes, a commune cut-off is
 * swept, the round is shortlisted, voted, objected to, resolved, signed and concluded) with a round
 * larger than one conclusion batch: every nomination ends once, in batches of BATCH, never more
 * than MAX_PENDING of them at a time.
 *
 * Re-record a replay fixture from it: THIDUA_RECORD_PERIOD_HISTORY=<name>.json npx jest tests/workflows/period-round-batches.test.ts
 * (period-round-signed.json predates the round-counts and round-conclusion-batches patches, period-round-batched.json
 * takes both; keep them, and record a new shape under a new name).
 */
let platform: TestPlatform;
let as: (username: string) => Promise<Client>;
let campaign: RoundCampaign;
const ids: Record<string, string> = {};
const BATCH = 3;
const MAX_PENDING = 2;

const individual = (name: string, score: number): Nominee => ({ name, kind: NomineeKind.INDIVIDUAL, gender: Gender.MALE, scores: [score, score] });
const collective = (name: string, score: number): Nominee => ({ name, kind: NomineeKind.COLLECTIVE, members: [10, 3], scores: [score, score] });
// The annual quota is 2 individuals and 3 collectives, applied after the vote: every approved entry is
// voted on; c3 fails the vote, so c4 takes the third collective place; i3…i6 pass but fall outside the quota.
const NOMINEES: Record<string, Nominee> = {
  i1: individual('Nguyễn Văn Một', 95), i2: individual('Trần Văn Hai', 90), i3: individual('Lê Văn Ba', 85),
  i4: individual('Phạm Văn Bốn', 80), i5: individual('Hoàng Văn Năm', 75), i6: individual('Vũ Văn Sáu', 70),
  c1: collective('Tổ tự quản số 1', 90), c2: collective('Tổ tự quản số 2', 85), c3: collective('Tổ tự quản số 3', 80), c4: collective('Tổ tự quản số 4', 75),
};
const COMMENDED = ['i1', 'c1', 'c2', 'c4'];

beforeAll(async () => {
  platform = await startTestPlatform();
  as = sdkAs(platform);
  campaign = await roundCampaign(platform, 'ROUND-BATCH');
  const keys = Object.keys(NOMINEES);
  for (const group of [keys.slice(0, 5), keys.slice(5)]) {
    await Promise.all(group.map(async (key) => (ids[key] = await approvedNomination(platform, campaign.annualId, campaign.movementId, NOMINEES[key]))));
  }
});
afterAll(() => platform?.stop());

/** The campaign's activation started the period on its calendar days; restart it on seconds instead. */
async function restartOnCompressedTiming(): Promise<void> {
  const workflowId = periodWorkflowId(campaign.annualId);
  await platform.temporal.workflow.getHandle(workflowId).terminate('restarted on a compressed timing by the test');
  const at = (ms: number) => new Date(Date.now() + ms).toISOString();
  const input: PeriodInput & { conclusion: { batchSize: number; maxPending: number } } = {
    periodId: campaign.annualId,
    timing: { windowOpensAt: at(-60_000), windowClosesAt: at(3_000), cutoffs: [{ level: AdminLevel.COMMUNE, at: at(1_500) }], roundStartsAt: at(3600_000), votingMs: 10_000, noticeMs: 4_000 },
    conclusion: { batchSize: BATCH, maxPending: MAX_PENDING },
  };
  await platform.temporal.workflow.start(PERIOD_WORKFLOW, { workflowId, taskQueue: platform.config.taskQueue, args: [input] });
}

type HistoryEvent = temporal.api.history.v1.IHistoryEvent;

/** The most conclusion activities the history ever had scheduled and not yet closed. */
function peakPending(events: HistoryEvent[], activityTypes: string[]): { scheduled: number; peak: number } {
  const open = new Set<string>();
  let scheduled = 0;
  let peak = 0;
  for (const event of events) {
    const type = event.activityTaskScheduledEventAttributes?.activityType?.name;
    if (type && activityTypes.includes(type)) {
      open.add(String(event.eventId));
      scheduled += 1;
      peak = Math.max(peak, open.size);
    }
    const closed = event.activityTaskCompletedEventAttributes ?? event.activityTaskFailedEventAttributes ?? event.activityTaskTimedOutEventAttributes ?? event.activityTaskCanceledEventAttributes;
    if (closed?.scheduledEventId) open.delete(String(closed.scheduledEventId));
  }
  return { scheduled, peak };
}

it('runs a period whose round is larger than one conclusion batch, and concludes each nomination once', async () => {
  await restartOnCompressedTiming();
  const em = () => platform.db.orm.em.fork();
  await eventually(async () => (await em().findOne(AuditEvent, { idempotencyKey: `period:${campaign.annualId}:window:CLOSED` })) ?? undefined);

  const admin = await as('laocai2025.admin');
  const soon = (s: number) => new Date(Date.now() + s * 1000).toISOString();
  const windows = { votingClosesAt: soon(10), noticeClosesAt: soon(15) };
  const started = (await admin.startRound({ input: { periodId: campaign.annualId, ...windows } })).startRound;
  expect(started.userErrors).toEqual([]);
  const round = started.rounds![0];
  const entryOf = Object.fromEntries(round.entries.map((e) => [e.nomineeName, e.id]));
  expect(round.entries.map((e) => e.nomineeName).sort()).toEqual(Object.values(NOMINEES).map((n) => n.name).sort());

  // Everyone approves everything but c3, which 6 of 10 members turn down.
  await Promise.all(COUNCIL.map(async (username, i) => {
    const votes = round.entries.map((e) => ({ entryId: e.id, vote: e.nomineeName === NOMINEES.c3.name && i < 6 ? Vote.NO : Vote.YES }));
    expect((await (await as(username)).castBallots({ input: { roundId: round.id, votes, inWriting: false } })).castBallots.userErrors).toEqual([]);
  }));
  await eventually(async () => ((await admin.commendationRound({ id: round.id })).commendationRound?.status === 'PUBLIC_NOTICE' ? true : undefined));
  const filed = (await (await as('camduong.submitter')).fileObjection({ input: { entryId: entryOf[NOMINEES.i2.name], reason: 'Chưa hoàn thành nghĩa vụ đóng góp của địa phương.' } })).fileObjection;
  expect(filed.userErrors).toEqual([]);
  // The notice closes with the objection open: the round waits for it before the signature.
  await eventually(async () => (Date.now() > Date.parse(windows.noticeClosesAt) + 1500 ? true : undefined));
  expect((await admin.commendationRound({ id: round.id })).commendationRound?.status).toBe('PUBLIC_NOTICE');
  const resolved = (await admin.resolveObjection({ input: { objectionId: filed.objection!.id, upheld: true, resolution: 'Phản ánh đúng; không khen thưởng.' } })).resolveObjection;
  expect(resolved.userErrors).toEqual([]);
  await eventually(async () => ((await admin.commendationRound({ id: round.id })).commendationRound?.status === 'SIGNING' ? true : undefined));
  const signed = (await (await as('laocai2025.approver')).signRoundDecision({ input: { roundId: round.id, decisionDate: vietnamToday() } })).signRoundDecision;
  expect(signed.userErrors).toEqual([]);

  const handle = platform.temporal.workflow.getHandle(periodWorkflowId(campaign.annualId));
  await handle.result();
  for (const [key, id] of Object.entries(ids)) {
    const { nomination } = await admin.nomination({ id });
    expect([key, nomination!.status]).toEqual([key, COMMENDED.includes(key) ? 'COMMENDED' : 'NOT_AWARDED']);
    const outcomes = await em().find(AuditEvent, { nomination: id, action: { $in: ['COMMENDED', 'NOT_AWARDED'] as never[] } });
    expect([key, outcomes.map((e) => e.action)]).toEqual([key, [nomination!.status]]);
  }
  expect(await em().count(AuditEvent, { idempotencyKey: { $like: `round:${round.id}:not-concluded:%` } })).toBe(0);
  const told = await em().find(Notification, { kind: 'DECISION' as never, nomination: { $in: Object.values(ids) } });
  expect(new Set(told.map((n) => n.nomination!.id)).size).toBe(Object.keys(ids).length);

  const history = await handle.fetchHistory();
  if (process.env.THIDUA_RECORD_PERIOD_HISTORY) {
    writeFileSync(join(__dirname, '..', 'replay', 'histories', process.env.THIDUA_RECORD_PERIOD_HISTORY), historyToJSON(history));
  }
  const conclusion = peakPending(history.events ?? [], ['concludeNomination', 'concludeNominations']);
  expect(conclusion).toEqual({ scheduled: Math.ceil(Object.keys(ids).length / BATCH), peak: MAX_PENDING });
});
