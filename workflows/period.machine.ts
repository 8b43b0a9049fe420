import { allHandlersFinished, condition, patched, sleep, uuid4 } from '@temporalio/workflow';
import { RoundStatus } from '../domain/enums';
import { concludeInBatches, DEFAULT_CONCLUSION, slotLimiter } from './period.conclusion';
import { asUpdateFailure } from './update-failures';
import type * as msg from './period.messages';
import type { PeriodInput, PeriodState, RoundState, StartRoundArgs } from './period.messages';
import { acts, batches, concluding } from './period.proxies';
import { countedRounds, listedRounds } from './period.rounds';

/**
 * Patches (old histories replay the branch they took; see tests/replay):
 * - ROUND_COUNTS: rounds are opened and tallied as counts, their ids stay in the database.
 * - CONCLUSION_BATCHES: a signed round is concluded in batches, a few at a time for the whole period.
 */
const ROUND_COUNTS = 'round-counts';
const CONCLUSION_BATCHES = 'round-conclusion-batches';

const msUntil = (iso: string) => Date.parse(iso) - Date.now();
const iso = (ms: number) => new Date(ms).toISOString();

/** Sleeps until an instant; one already past returns at once (a workflow started late catches up). */
async function untilInstant(at: string): Promise<void> {
  const ms = msUntil(at);
  if (ms > 0) await sleep(ms);
}

/** One period's state and what each message does to it; `run` is its timeline. */
export class PeriodMachine {
  readonly state: PeriodState;
  private readonly bounds;
  private readonly inSlot;
  private startRequest: StartRoundArgs | null = null;

  constructor(private readonly input: PeriodInput) {
    this.bounds = { ...DEFAULT_CONCLUSION, ...input.conclusion };
    this.inSlot = slotLimiter(this.bounds.maxPending);
    this.state = {
      periodId: input.periodId,
      windowOpen: false,
      cutoffsDone: [],
      phase: 'WAITING',
      votingClosesAt: null,
      noticeClosesAt: null,
      rounds: [],
      inFlight: 0,
    };
  }

  private round = (id: string) => this.state.rounds.find((r) => r.roundId === id)!;

  /** Counts a ballot or objection handler as writing, so its window waits for it before closing. */
  private async writing<T>(work: () => Promise<T>): Promise<T> {
    this.state.inFlight += 1;
    try {
      return await work();
    } catch (error) {
      throw asUpdateFailure(error);
    } finally {
      this.state.inFlight -= 1;
    }
  }

  async startRoundNow(args: StartRoundArgs): Promise<PeriodState> {
    this.startRequest ??= args;
    await condition(() => this.state.phase !== 'WAITING' && this.state.phase !== 'SHORTLISTING');
    return this.state;
  }

  // uuid4 is replay-safe: the key makes a retried write land once.
  castBallot(args: msg.CastBallotArgs) {
    return this.writing(() => acts.recordBallots({ ...args, key: uuid4() }));
  }

  fileObjection(args: msg.FileObjectionArgs) {
    return this.writing(async () => {
      const result = await acts.recordObjection({ ...args, objectionId: uuid4() });
      const r = this.round(args.roundId);
      if (!r.openObjectionIds.includes(result.objectionId)) r.openObjectionIds.push(result.objectionId);
      return result;
    });
  }

  resolveObjection(args: msg.ResolveObjectionArgs) {
    return this.writing(async () => {
      await acts.resolveObjection(args);
      const r = this.round(args.roundId);
      r.openObjectionIds = r.openObjectionIds.filter((id) => id !== args.objectionId);
      return this.state;
    });
  }

  async signRound(args: msg.SignRoundArgs): Promise<PeriodState> {
    const r = this.round(args.roundId);
    r.signing = true;
    try {
      await acts.signRound({ ...args, ...(r.counts ? {} : { leftOutNominationIds: r.leftOutNominationIds }) });
      r.status = RoundStatus.ISSUED;
    } catch (error) {
      throw asUpdateFailure(error);
    } finally {
      r.signing = false;
    }
    return this.state;
  }

  /** The submission window's opening and closing, and each level's cut-off sweep, in time order. */
  private async windowAndCutoffs() {
    const { state } = this;
    const { periodId, timing } = this.input;
    await untilInstant(timing.windowOpensAt);
    // A workflow started after the window closed has nothing to announce about it.
    if (msUntil(timing.windowClosesAt) > 0) {
      await acts.recordWindow({ periodId, event: 'OPENED' });
      state.windowOpen = true;
    }
    const milestones = [
      ...timing.cutoffs.map((c) => ({ ...c, kind: 'CUTOFF' as const })),
      { level: null, at: timing.windowClosesAt, kind: 'CLOSE' as const },
    ];
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
  private async finishRound(r: RoundState) {
    await condition(() => r.openObjectionIds.length === 0 && this.state.inFlight === 0);
    await acts.openSigning({ roundId: r.roundId });
    r.status = RoundStatus.SIGNING;
    await condition(() => r.status === RoundStatus.ISSUED);
    if (patched(CONCLUSION_BATCHES)) {
      const total = r.counts
        ? r.counts.entries + r.counts.leftOut
        : r.nominationIds.length + r.leftOutNominationIds.length;
      const call = batches.concludeNominations;
      await concludeInBatches(r.roundId, total, this.bounds, this.inSlot, { page: call, retry: call });
    } else {
      await Promise.all(
        [...r.nominationIds, ...r.leftOutNominationIds].map((nominationId) =>
          concluding.concludeNomination({ roundId: r.roundId, nominationId }),
        ),
      );
    }
    r.concluded = true;
  }

  /** Window and cut-offs alongside the round: shortlist → vote → tally → public notice → each round's end. */
  async run(): Promise<PeriodState> {
    const { state } = this;
    const { periodId, timing } = this.input;
    const sweeps = this.windowAndCutoffs();
    const wait = msUntil(timing.roundStartsAt);
    if (wait > 0) await condition(() => this.startRequest !== null, wait);
    state.phase = 'SHORTLISTING';
    const request = this.startRequest as StartRoundArgs | null;
    const opening = { periodId, actor: request?.actor ?? null };
    // Decided once: patched() may answer differently after a replay catches up, the rounds' shape may not.
    const counted = patched(ROUND_COUNTS);
    state.rounds = counted
      ? countedRounds(await acts.openRoundCounts(opening))
      : listedRounds(await acts.openRounds(opening));
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
    await Promise.all(state.rounds.map((r) => this.finishRound(r)));
    await sweeps;
    await condition(allHandlersFinished);
    return state;
  }
}
