import { allHandlersFinished, condition, patched, proxyActivities, setHandler, sleep, uuid4 } from '@temporalio/workflow';
import { RoundStatus } from '../domain/enums';
import type { PeriodActivities } from './activities/period.activities';
import { concludeInBatches, DEFAULT_CONCLUSION, slotLimiter } from './period.conclusion';
import * as guard from './period.guards';
import * as msg from './period.messages';
import type { PeriodInput, PeriodState, RoundState, StartRoundArgs } from './period.messages';
import { countedRounds, listedRounds } from './period.rounds';

const retry = { initialInterval: '1 second', maximumInterval: '1 minute', backoffCoefficient: 2 } as const;
// Every activity is idempotent (keyed by period, round, entry or nomination), so retries are safe.
const acts = proxyActivities<PeriodActivities>({ startToCloseTimeout: '30 seconds', retry });
// Concluding waits on a nomination's own workflow; it retries while that one is busy or suspended.
const concluding = proxyActivities<PeriodActivities>({ startToCloseTimeout: '1 minute', retry: { ...retry, maximumInterval: '5 minutes' } });
// A batch concludes up to a hundred nominations one after another, heartbeating after each.
const batches = proxyActivities<PeriodActivities>({ startToCloseTimeout: '15 minutes', heartbeatTimeout: '1 minute', retry: { ...retry, maximumInterval: '5 minutes' } });

/**
 * Patches (old histories replay the branch they took; see tests/replay):
 * - ROUND_COUNTS: rounds are opened and tallied as counts, their ids stay in the database.
 * - CONCLUSION_BATCHES: a signed round is concluded in batches, a few at a time for the whole period.
 */
const ROUND_COUNTS = 'round-counts';
const CONCLUSION_BATCHES = 'round-conclusion-batches';

const msUntil = (iso: string) => Date.parse(iso) - Date.now();
const iso = (ms: number) => new Date(ms).toISOString();

/**
 * One campaign period (`period:<id>`): records the submission window opening and closing, sweeps
 * each level at its cut-off, and runs the end-of-period commendation round of every deciding unit:
 * shortlist → council vote → public notice (objections pause the round) → the chair's signature →
 * each nomination concluded through its own workflow. Every change is an idempotent activity.
 */
export async function periodWorkflow(input: PeriodInput): Promise<PeriodState> {
  const { periodId, timing } = input;
  const bounds = { ...DEFAULT_CONCLUSION, ...input.conclusion };
  const inSlot = slotLimiter(bounds.maxPending);
  const state: PeriodState = {
    periodId, windowOpen: false, cutoffsDone: [], phase: 'WAITING', votingClosesAt: null, noticeClosesAt: null, rounds: [], inFlight: 0,
  };
  let startRequest: StartRoundArgs | null = null;
  const round = (id: string) => state.rounds.find((r) => r.roundId === id)!;

  /** Counts a ballot or objection handler as writing, so its window waits for it before closing. */
  async function writing<T>(work: () => Promise<T>): Promise<T> {
    state.inFlight += 1;
    try {
      return await work();
    } catch (error) {
      throw guard.asUpdateFailure(error);
    } finally {
      state.inFlight -= 1;
    }
  }

  setHandler(msg.periodStateQuery, () => state);
  setHandler(
    msg.startRoundNowUpdate,
    async (args) => {
      startRequest ??= args;
      await condition(() => state.phase !== 'WAITING' && state.phase !== 'SHORTLISTING');
      return state;
    },
    { validator: (args) => guard.validateStartRound(state, args) },
  );
  // uuid4 is replay-safe: the key makes a retried write land once.
  setHandler(msg.castBallotUpdate, (args) => writing(() => acts.recordBallots({ ...args, key: uuid4() })), { validator: (args) => guard.validateBallot(state, args) });
  setHandler(
    msg.fileObjectionUpdate,
    (args) =>
      writing(async () => {
        const result = await acts.recordObjection({ ...args, objectionId: uuid4() });
        const r = round(args.roundId);
        if (!r.openObjectionIds.includes(result.objectionId)) r.openObjectionIds.push(result.objectionId);
        return result;
      }),
    { validator: (args) => guard.validateObjection(state, args) },
  );
  setHandler(
    msg.resolveObjectionUpdate,
    (args) =>
      writing(async () => {
        await acts.resolveObjection(args);
        const r = round(args.roundId);
        r.openObjectionIds = r.openObjectionIds.filter((id) => id !== args.objectionId);
        return state;
      }),
    { validator: (args) => guard.validateResolve(state, args) },
  );
  setHandler(
    msg.signRoundUpdate,
    async (args) => {
      const r = round(args.roundId);
      r.signing = true;
      try {
        await acts.signRound({ ...args, ...(r.counts ? {} : { leftOutNominationIds: r.leftOutNominationIds }) });
        r.status = RoundStatus.ISSUED;
      } catch (error) {
        throw guard.asUpdateFailure(error);
      } finally {
        r.signing = false;
      }
      return state;
    },
    { validator: (args) => guard.validateSign(state, args) },
  );

  async function windowAndCutoffs() {
    await untilInstant(timing.windowOpensAt);
    // A workflow started after the window closed has nothing to announce about it.
    if (msUntil(timing.windowClosesAt) > 0) {
      await acts.recordWindow({ periodId, event: 'OPENED' });
      state.windowOpen = true;
    }
    const milestones = [...timing.cutoffs.map((c) => ({ ...c, kind: 'CUTOFF' as const })), { level: null, at: timing.windowClosesAt, kind: 'CLOSE' as const }];
    for (const m of milestones.sort((a, b) => a.at.localeCompare(b.at))) {
      await untilInstant(m.at);
      if (m.kind === 'CLOSE') {
        if (state.windowOpen) await acts.recordWindow({ periodId, event: 'CLOSED' });
        state.windowOpen = false;
      } else {
        await acts.sweepCutoff({ periodId, level: m.level });
        state.cutoffsDone.push(m.level);
      }
    }
  }

  /** After the notice: each round waits for its objections, then for its chair, then concludes. */
  async function finishRound(r: RoundState) {
    await condition(() => r.openObjectionIds.length === 0 && state.inFlight === 0);
    await acts.openSigning({ roundId: r.roundId });
    r.status = RoundStatus.SIGNING;
    await condition(() => r.status === RoundStatus.ISSUED);
    if (patched(CONCLUSION_BATCHES)) {
      const total = r.counts ? r.counts.entries + r.counts.leftOut : r.nominationIds.length + r.leftOutNominationIds.length;
      const call = batches.concludeNominations;
      await concludeInBatches(r.roundId, total, bounds, inSlot, { page: call, retry: call });
    } else {
      await Promise.all([...r.nominationIds, ...r.leftOutNominationIds].map((nominationId) => concluding.concludeNomination({ roundId: r.roundId, nominationId })));
    }
    r.concluded = true;
  }

  const sweeps = windowAndCutoffs();
  const wait = msUntil(timing.roundStartsAt);
  if (wait > 0) await condition(() => startRequest !== null, wait);
  state.phase = 'SHORTLISTING';
  const request = startRequest as StartRoundArgs | null;
  const opening = { periodId, actor: request?.actor ?? null };
  // Decided once: patched() may answer differently after a replay catches up, the rounds' shape may not.
  const counted = patched(ROUND_COUNTS);
  state.rounds = counted ? countedRounds(await acts.openRoundCounts(opening)) : listedRounds(await acts.openRounds(opening));
  const votingClosesAt = request?.votingClosesAt ?? iso(Date.now() + timing.votingMs);
  const noticeClosesAt = request?.noticeClosesAt ?? iso(Date.parse(votingClosesAt) + timing.noticeMs);
  await acts.startVoting({ periodId, votingClosesAt, noticeClosesAt });
  Object.assign(state, { phase: 'VOTING', votingClosesAt, noticeClosesAt });
  state.rounds.forEach((r) => (r.status = RoundStatus.VOTING));

  await untilInstant(votingClosesAt);
  state.phase = 'TALLYING';
  await condition(() => state.inFlight === 0);
  if (counted) {
    const tally = await acts.closeVotingCounts({ periodId });
    for (const r of state.rounds) r.counts!.passed = tally.find((t) => t.roundId === r.roundId)?.passed ?? 0;
  } else {
    const tally = await acts.closeVoting({ periodId });
    for (const r of state.rounds) r.passedEntryIds = tally.find((t) => t.roundId === r.roundId)?.passedEntryIds ?? [];
  }
  state.rounds.forEach((r) => (r.status = RoundStatus.PUBLIC_NOTICE));
  state.phase = 'PUBLIC_NOTICE';

  await untilInstant(noticeClosesAt);
  state.phase = 'NOTICE_CLOSED';
  await Promise.all(state.rounds.map(finishRound));
  await sweeps;
  await condition(allHandlersFinished);
  return state;
}

/** Sleeps until an instant; one already past returns at once (a workflow started late catches up). */
async function untilInstant(at: string): Promise<void> {
  const ms = msUntil(at);
  if (ms > 0) await sleep(ms);
}
