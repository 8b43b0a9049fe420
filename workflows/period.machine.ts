import {
  allHandlersFinished,
  condition,
  continueAsNew,
  patched,
  sleep,
  uuid4,
  workflowInfo,
} from '@temporalio/workflow';
import { RoundStatus } from '../domain/enums';
import { concludeInBatches, DEFAULT_CONCLUSION, slotLimiter } from './period.conclusion';
import { asUpdateFailure } from './update-failures';
import type * as msg from './period.messages';
import type { PeriodInput, PeriodState, RoundState, StartRoundArgs } from './period.messages';
import { acts, batches, concluding } from './period.proxies';
import { countedRounds, listedRounds } from './period.rounds';
import { keepSearchAttributes, periodAttributes } from './search-attributes';

/**
 * Patches (old histories replay the branch they took; see tests/replay):
 * - ROUND_COUNTS: rounds are opened and tallied as counts, their ids stay in the database.
 * - CONCLUSION_BATCHES: a signed round is concluded in batches, a few at a time for the whole period.
 * - OBJECTIONS_IN_DB: the API files and resolves objections in the database; at the notice's close
 *   the workflow counts them, and a resolution's signal (or a slow poll) makes it count again.
 * - PERIOD_SEARCH_ATTRIBUTES: the round's phase and the close of its vote or notice are search attributes.
 */
const ROUND_COUNTS = 'round-counts';
const CONCLUSION_BATCHES = 'round-conclusion-batches';
const OBJECTIONS_IN_DB = 'objections-in-db';
const PERIOD_SEARCH_ATTRIBUTES = 'period-search-attributes';

const DEFAULT_HISTORY_LIMIT = 10_000;
const DEFAULT_OBJECTION_POLL_MS = 6 * 3600_000;

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
  private objectionsInDb = false;
  /** Rounds told (by a signal) that an objection was resolved: they count their open ones again. */
  private readonly recheck = new Set<string>();
  /** Steps of the rounds' ends in flight: a run continues as new only between them. */
  private working = 0;
  private continuing = false;

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
    if (input.carried) {
      Object.assign(this.state, input.carried.state);
      this.objectionsInDb = input.carried.objectionsInDb;
      this.state.rounds.forEach((r) => this.recheck.add(r.roundId));
    }
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

  /** An objection was resolved in the database (a round of an older run may still hold its id). */
  objectionResolved({ roundId, objectionId }: msg.ObjectionResolvedArgs): void {
    const r = this.state.rounds.find((x) => x.roundId === roundId);
    if (!r) return;
    r.openObjectionIds = r.openObjectionIds.filter((id) => id !== objectionId);
    this.recheck.add(roundId);
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

  /** Runs one step of a round's end; none starts once the run is about to continue as new. */
  private async step<T>(work: () => Promise<T>): Promise<T> {
    if (this.continuing) await condition(() => !this.continuing);
    this.working += 1;
    try {
      return await work();
    } finally {
      this.working -= 1;
    }
  }

  /** At the notice's close: no objection is filed after it; how many each round has open. */
  private async closeNotice() {
    this.objectionsInDb = true;
    await condition(() => this.state.inFlight === 0);
    const open = await acts.closeNotice({ periodId: this.input.periodId });
    for (const r of this.state.rounds) r.openObjections = open.find((o) => o.roundId === r.roundId)?.open ?? 0;
  }

  /** Until the round has no open objection: held as ids (older runs) or counted in the database. */
  private async objectionsSettled(r: RoundState) {
    if (!this.objectionsInDb) {
      await condition(() => r.openObjectionIds.length === 0 && this.state.inFlight === 0);
      return;
    }
    const pollMs = this.input.objectionPollMs ?? DEFAULT_OBJECTION_POLL_MS;
    while ((r.openObjections ?? 0) > 0) {
      await condition(() => this.recheck.has(r.roundId), pollMs);
      this.recheck.delete(r.roundId);
      r.openObjections = await this.step(() => acts.countOpenObjections({ roundId: r.roundId }));
    }
  }

  /** After the notice: each round waits for its objections, then for its chair, then concludes. */
  private async finishRound(r: RoundState) {
    if (r.status === RoundStatus.PUBLIC_NOTICE) {
      await this.objectionsSettled(r);
      await this.step(() => acts.openSigning({ roundId: r.roundId }));
      r.status = RoundStatus.SIGNING;
    }
    await condition(() => r.status === RoundStatus.ISSUED);
    if (r.concluded) return;
    await this.step(() => this.conclude(r));
    r.concluded = true;
  }

  private async conclude(r: RoundState) {
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
  }

  private historyTooLong(): boolean {
    const info = workflowInfo();
    return info.continueAsNewSuggested || info.historyLength >= (this.input.historyLimit ?? DEFAULT_HISTORY_LIMIT);
  }

  /**
   * Each round's end; the rounds may wait for months on objections and signatures, so a run whose
   * history grows long hands its state to a new run between two steps, once every handler is done.
   */
  private async roundsEnd(sweeps: Promise<void> | null): Promise<PeriodState> {
    let swept = sweeps === null;
    void sweeps?.then(() => (swept = true));
    const ends = Promise.all(this.state.rounds.map((r) => this.finishRound(r))).then(() => false);
    const long = condition(() => swept && this.working === 0 && this.historyTooLong()).then(() => true);
    if (await Promise.race([ends, long])) {
      this.continuing = true;
      await condition(allHandlersFinished);
      const carried = { state: this.state, objectionsInDb: this.objectionsInDb };
      return continueAsNew<(input: PeriodInput) => Promise<PeriodState>>({ ...this.input, carried });
    }
    await sweeps;
    await condition(allHandlersFinished);
    return this.state;
  }

  /** Window and cut-offs alongside the round: shortlist → vote → tally → public notice → each round's end. */
  async run(): Promise<PeriodState> {
    keepSearchAttributes(PERIOD_SEARCH_ATTRIBUTES, () => periodAttributes(this.state));
    if (this.input.carried) return this.roundsEnd(null);
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
    if (patched(OBJECTIONS_IN_DB)) await this.closeNotice();
    return this.roundsEnd(sweeps);
  }
}
