import type { temporal } from '@temporalio/proto';
import { Gender, NomineeKind, Vote, type Client } from '../../client-sdk/index';
import { Role, Vote as StoredVote } from '../../domain/enums';
import { vietnamToday } from '../../server/auth/viewer';
import { AuditEvent } from '../../server/entities/audit-event.entity';
import { RoleAssignment } from '../../server/entities/role-assignment.entity';
import { resolveObjectionInDb } from '../../server/store/objections';
import { castBallotUpdate, PERIOD_WORKFLOW, periodWorkflowId, type PeriodInput } from '../../workflows/period.messages';
import { addUser } from '../support/nomination-fixtures';
import { approvedNomination, COUNCIL, eventually, roundCampaign, sdkAs, type Nominee, type RoundCampaign } from '../support/round-fixtures';
import { startTestPlatform, type TestPlatform } from '../support/test-platform';

/**
 * Ballots and objections do not grow the province's period history: 60 council members change
 * their votes ten times each (600 ballot papers, then each paper once more unchanged) and the
 * period workflow's history does not move while they vote; the tally counts the last votes. After
 * the notice a round waits on an objection; the run, past its history limit, continues as new with
 * its state, finds the objection resolved in the database without being told (a lost signal), and
 * the signed round concludes its nominations.
 */
let platform: TestPlatform;
let as: (username: string) => Promise<Client>;
let campaign: RoundCampaign;
const ids: Record<string, string> = {};
const MEMBERS = [...COUNCIL, ...Array.from({ length: 50 }, (_, i) => `council.${i + 11}`)];
const CHANGES = 10;
/** Low enough that the first run passes it while its round waits on the objection. */
const HISTORY_LIMIT = 50;

const individual = (name: string, score: number): Nominee => ({ name, kind: NomineeKind.INDIVIDUAL, gender: Gender.MALE, scores: [score, score] });
const NOMINEES = { a: individual('Nguyễn Văn Một', 95), b: individual('Trần Văn Hai', 90) };

beforeAll(async () => {
  platform = await startTestPlatform();
  as = sdkAs(platform);
  campaign = await roundCampaign(platform, 'ROUND-BOUNDED');
  for (const username of MEMBERS.slice(COUNCIL.length)) await addUser(platform, username, Role.COUNCIL_MEMBER, '15');
  await Promise.all(Object.entries(NOMINEES).map(async ([key, nominee]) => (ids[key] = await approvedNomination(platform, campaign.annualId, campaign.movementId, nominee))));
});
afterAll(() => platform?.stop());

const workflowId = () => periodWorkflowId(campaign.annualId);
const flip = (v: Vote) => (v === Vote.YES ? Vote.NO : Vote.YES);
/** Member i's k-th paper: alternating, ending on the final vote (k = CHANGES - 1, and once more unchanged). */
const voteAt = (final: Vote, k: number) => ((CHANGES - 1 - Math.min(k, CHANGES - 1)) % 2 === 0 ? final : flip(final));

/** Restarts the period (started by the campaign on its calendar days) with its window past, a small history limit and a quick poll. */
async function restart(): Promise<string> {
  await platform.temporal.workflow.getHandle(workflowId()).terminate('restarted on a compressed timing by the test');
  const at = (ms: number) => new Date(Date.now() + ms).toISOString();
  const input: PeriodInput = {
    periodId: campaign.annualId,
    timing: { windowOpensAt: at(-7200_000), windowClosesAt: at(-3600_000), cutoffs: [], roundStartsAt: at(3600_000), votingMs: 30_000, noticeMs: 5_000 },
    historyLimit: HISTORY_LIMIT,
    objectionPollMs: 2_000,
  };
  const handle = await platform.temporal.workflow.start(PERIOD_WORKFLOW, { workflowId: workflowId(), taskQueue: platform.config.taskQueue, args: [input] });
  return handle.firstExecutionRunId;
}

/** Every run of the workflow from the first, following continue-as-new: run id, event count, how it ended. */
async function runs(firstRunId: string) {
  const out: { runId: string; events: number; ended: string }[] = [];
  for (let runId: string | undefined = firstRunId; runId; ) {
    const history: temporal.api.history.v1.IHistory = await platform.temporal.workflow.getHandle(workflowId(), runId).fetchHistory();
    const events: temporal.api.history.v1.IHistoryEvent[] = history.events ?? [];
    const last: temporal.api.history.v1.IHistoryEvent = events[events.length - 1];
    out.push({ runId, events: events.length, ended: Object.keys(last).find((k) => k.startsWith('workflowExecution') && k.endsWith('Attributes')) ?? '' });
    runId = last.workflowExecutionContinuedAsNewEventAttributes?.newExecutionRunId ?? undefined;
  }
  return out;
}

it('60 members change their votes ten times: the period history does not grow, the last votes count, a long wait continues as new', async () => {
  const firstRunId = await restart();
  const handle = platform.temporal.workflow.getHandle(workflowId());
  const admin = await as('laocai2025.admin');
  const soon = (s: number) => new Date(Date.now() + s * 1000).toISOString();
  // Long enough for 660 papers on a loaded CI machine: a paper after the close is refused.
  const windows = { votingClosesAt: soon(60), noticeClosesAt: soon(66) };
  const started = (await admin.startRound({ input: { periodId: campaign.annualId, ...windows } })).startRound;
  expect(started.userErrors).toEqual([]);
  const round = started.rounds![0];
  const entry = Object.fromEntries(round.entries.map((e) => [e.nomineeName === NOMINEES.a.name ? 'a' : 'b', e.id]));

  // Before: one ballot sent as an update to the workflow (the old path, kept for runs in flight) costs this many events.
  const em = platform.db.orm.em.fork();
  const seat = await em.findOneOrFail(RoleAssignment, { user: { username: MEMBERS[0] }, role: Role.COUNCIL_MEMBER });
  const beforeUpdate = (await handle.describe()).historyLength;
  await handle.executeUpdate(castBallotUpdate, {
    args: [{ roundId: round.id, votes: [{ entryId: entry.a, vote: StoredVote.YES }], inWriting: false, actor: { userId: seat.user.id, role: Role.COUNCIL_MEMBER, unitId: seat.unit.id } }],
  });
  const votingStart = (await handle.describe()).historyLength;

  // a: 40 yes, 20 no (passes a simple majority); b: 20 yes, 40 no (does not).
  const final = (i: number) => ({ a: i < 40 ? Vote.YES : Vote.NO, b: i < 20 ? Vote.YES : Vote.NO });
  const clients = await Promise.all(MEMBERS.map((username) => as(username)));
  const began = Date.now();
  await Promise.all(clients.map(async (member, i) => {
    for (let k = 0; k <= CHANGES; k += 1) {
      const votes = [{ entryId: entry.a, vote: voteAt(final(i).a, k) }, { entryId: entry.b, vote: voteAt(final(i).b, k) }];
      const paper = (await member.castBallots({ input: { roundId: round.id, votes, inWriting: false } })).castBallots;
      expect(paper.userErrors).toEqual([]);
    }
  }));
  const votingEnd = (await handle.describe()).historyLength;
  console.log(`one ballot as a workflow update: ${votingStart - beforeUpdate} events; ${MEMBERS.length * (CHANGES + 1)} ballot papers through the API in ${Date.now() - began} ms: history ${votingStart} → ${votingEnd}`);
  expect(votingEnd).toBe(votingStart);
  // Every change is audited (and the one ballot of the old path); the unchanged papers write nothing.
  expect(await em.count(AuditEvent, { action: 'VOTE_CAST' as never, entityType: 'CouncilBallot' })).toBe(MEMBERS.length * CHANGES * 2 + 1);

  const tallied = await eventually(async () => {
    const r = (await admin.commendationRound({ id: round.id })).commendationRound;
    return r?.status === 'PUBLIC_NOTICE' ? r : undefined;
  }, 60_000);
  expect(tallied.entries.map((e) => [e.nomineeName, e.yesVotes, e.noVotes, e.outcome])).toEqual([
    [NOMINEES.a.name, 40, 20, 'PENDING'],
    [NOMINEES.b.name, 20, 40, 'NOT_AWARDED'],
  ]);

  // An objection during the notice, filed twice alike: one objection. The round waits on it after the close.
  const commune = await as('camduong.submitter');
  const object = async () => (await commune.fileObjection({ input: { entryId: entry.a, reason: 'Chưa hoàn thành nghĩa vụ đóng góp.' } })).fileObjection;
  const [filed, again] = [await object(), await object()];
  expect([filed.userErrors, again.userErrors]).toEqual([[], []]);
  expect(again.objection!.id).toBe(filed.objection!.id);
  await eventually(async () => ((await platform.temporal.workflow.getHandle(workflowId(), firstRunId).describe()).status.name === 'CONTINUED_AS_NEW' ? true : undefined), 30_000);
  expect((await admin.commendationRound({ id: round.id })).commendationRound?.status).toBe('PUBLIC_NOTICE');

  // Resolved in the database with no signal to the workflow (as if the API died right after its commit): the poll finds it.
  const adminSeat = await em.findOneOrFail(RoleAssignment, { user: { username: 'laocai2025.admin' }, role: Role.ADMIN });
  await em.fork().transactional((tx) => resolveObjectionInDb(tx, {
    objectionId: filed.objection!.id, upheld: false, resolution: 'Đã xác minh; không đúng.', actor: { userId: adminSeat.user.id, role: Role.ADMIN, unitId: adminSeat.unit.id },
  }));
  await eventually(async () => ((await admin.commendationRound({ id: round.id })).commendationRound?.status === 'SIGNING' ? true : undefined), 30_000);
  const signed = (await (await as('laocai2025.approver')).signRoundDecision({ input: { roundId: round.id, decisionDate: vietnamToday() } })).signRoundDecision;
  expect(signed.userErrors).toEqual([]);
  await handle.result();
  for (const [key, status] of [['a', 'COMMENDED'], ['b', 'NOT_AWARDED']]) {
    expect([key, (await admin.nomination({ id: ids[key] })).nomination!.status]).toEqual([key, status]);
  }

  const all = await runs(firstRunId);
  console.log(`period runs: ${JSON.stringify(all)}`);
  expect(all[0].ended).toBe('workflowExecutionContinuedAsNewEventAttributes');
  expect(all[all.length - 1].ended).toBe('workflowExecutionCompletedEventAttributes');
  expect(all.reduce((n, r) => n + r.events, 0)).toBeLessThan(300);
});
