import type { EntityManager } from '@mikro-orm/postgresql';
import {
  WithStartWorkflowOperation,
  WorkflowExecutionAlreadyStartedError,
  WorkflowNotFoundError,
  type Client,
  type WorkflowHandle,
} from '@temporalio/client';
import { Role, type Vote } from '../../domain/enums';
import { DomainError, ErrorCode } from '../../domain/error-codes';
import { periodTiming, vietnamDayEnd } from '../../domain/period-timing';
import { NOTICE_WORKING_DAYS, VOTING_WORKING_DAYS } from '../../domain/round-rules';
import { requireReason } from '../../domain/text-rules';
import type { ActorRef } from '../../workflows/nomination-pipeline.messages';
import * as msg from '../../workflows/period.messages';
import { actorFor, forbidden, taskActorFor } from '../auth/access';
import { vietnamToday, type Viewer } from '../auth/viewer';
import type { AppConfig } from '../config/config';
import { CommendationRound } from '../entities/commendation-round.entity';
import { CouncilBallot } from '../entities/council-ballot.entity';
import { Objection } from '../entities/objection.entity';
import { Period } from '../entities/period.entity';
import { RoundEntry } from '../entities/round-entry.entity';
import { periodStartAttributes } from '../temporal/start-search-attributes';
import { toDomainError } from '../temporal/update-errors';
import { requireCampaignAdmin } from './config-access';
import { precheckDecisionNumber } from '../store/decision-register';
import { loadDeadlineClock } from '../store/deadline-clock';
import { recordBallotPaper } from '../store/ballots';
import { findOrRefuse } from '../store/load';
import { fileObjectionInDb, resolveObjectionInDb } from '../store/objections';
import { readableNomination } from './nomination.service';

export interface RoundDeps {
  em: EntityManager;
  viewer: Viewer;
  temporal: Client;
  config: Pick<AppConfig, 'taskQueue' | 'workingDayMs'>;
}

const UPDATE_WAIT_MS = 20_000;
const SIGNAL_WAIT_MS = 5_000;
const notRunning = () =>
  DomainError.of(ErrorCode.INVALID_STATE, 'periodId', {
    en: "The period's workflow is not running; start the round first.",
    vi: 'Quy trình của đợt chưa chạy; hãy bắt đầu đợt xét trước.',
  });

/** Runs a call on the period workflow with a deadline and turns its refusals into payload errors. */
async function viaPeriod<T>(
  deps: RoundDeps,
  periodId: string,
  call: (handle: WorkflowHandle) => Promise<T>,
): Promise<T> {
  try {
    return await deps.temporal.withAbortSignal(AbortSignal.timeout(UPDATE_WAIT_MS), () =>
      call(deps.temporal.workflow.getHandle(msg.periodWorkflowId(periodId))),
    );
  } catch (error) {
    if (error instanceof WorkflowNotFoundError) throw notRunning();
    if (error instanceof WorkflowExecutionAlreadyStartedError) {
      throw DomainError.of(ErrorCode.INVALID_STATE, 'periodId', {
        en: "The period's workflow has already finished.",
        vi: 'Quy trình của đợt đã kết thúc.',
      });
    }
    throw toDomainError(error);
  }
}

/** The start options of a period's workflow: its timing comes from the period's days and the working calendar. */
async function startOptions(deps: RoundDeps, period: Period) {
  const clock = await loadDeadlineClock(deps.em, deps.config.workingDayMs);
  const start = vietnamDayEnd(period.endsOn);
  const votingEnd = clock.add(start, VOTING_WORKING_DAYS);
  const timing = periodTiming(period, {
    votingMs: votingEnd.getTime() - start.getTime(),
    noticeMs: clock.add(votingEnd, NOTICE_WORKING_DAYS).getTime() - votingEnd.getTime(),
  });
  return {
    workflowId: msg.periodWorkflowId(period.id),
    taskQueue: deps.config.taskQueue,
    args: [{ periodId: period.id, timing }] as [msg.PeriodInput],
    typedSearchAttributes: await periodStartAttributes(deps.em, period),
    // One workflow per period: starting again joins the running one; a completed one stays finished (one
    // terminated by a rolled-back launch, or failed, may start again).
    workflowIdConflictPolicy: 'USE_EXISTING' as const,
    workflowIdReusePolicy: 'ALLOW_DUPLICATE_FAILED_ONLY' as const,
  };
}

async function periodAsAdmin(deps: RoundDeps, periodId: string) {
  const period = await findOrRefuse(deps.em, Period, periodId, 'periodId');
  const { unit } = await requireCampaignAdmin(deps.em, deps.viewer, period.campaign.id, 'periodId');
  return { period, actor: actorFor(deps.viewer, Role.ADMIN, unit.path) };
}

export function roundsOf(em: EntityManager, periodId: string) {
  return em.find(CommendationRound, { period: periodId }, { orderBy: { createdAt: 'asc', id: 'asc' }, refresh: true });
}

/** ADMIN of the issuing unit: makes sure the period's workflow runs (periods created before it existed). */
export async function startPeriodWorkflow(deps: RoundDeps, periodId: string) {
  const { period } = await periodAsAdmin(deps, periodId);
  const options = await startOptions(deps, period);
  await viaPeriod(deps, period.id, () => deps.temporal.workflow.start(msg.PERIOD_WORKFLOW, options));
  return { period, rounds: await roundsOf(deps.em, period.id) };
}

/** ADMIN of the issuing unit: starts the round now (starting the workflow if needed); answers once voting is open. */
export async function startRound(
  deps: RoundDeps,
  input: { periodId: string; votingClosesAt?: Date | null; noticeClosesAt?: Date | null },
) {
  const { period, actor } = await periodAsAdmin(deps, input.periodId);
  const voting = input.votingClosesAt ?? null;
  const notice = input.noticeClosesAt ?? null;
  if ((voting && voting.getTime() <= Date.now()) || (notice && notice.getTime() <= (voting ?? new Date()).getTime())) {
    throw DomainError.of(
      ErrorCode.INVALID_DATE_RANGE,
      voting && voting.getTime() <= Date.now() ? 'votingClosesAt' : 'noticeClosesAt',
      {
        en: 'Voting must close in the future and the public notice after it.',
        vi: 'Hạn bỏ phiếu phải ở tương lai và hạn công khai phải sau hạn bỏ phiếu.',
      },
    );
  }
  const startWorkflowOperation = new WithStartWorkflowOperation(msg.PERIOD_WORKFLOW, await startOptions(deps, period));
  const args: msg.StartRoundArgs = {
    actor,
    votingClosesAt: voting?.toISOString() ?? null,
    noticeClosesAt: notice?.toISOString() ?? null,
  };
  await viaPeriod(deps, period.id, () =>
    deps.temporal.workflow.executeUpdateWithStart(msg.startRoundNowUpdate, { args: [args], startWorkflowOperation }),
  );
  return { period, rounds: await roundsOf(deps.em, period.id) };
}

async function entryWithRound(em: EntityManager, entryId: string) {
  const entry = await findOrRefuse(em, RoundEntry, entryId, 'entryId', ['round', 'round.unit', 'nomination'] as const);
  return { entry, round: entry.round };
}

/** COUNCIL_MEMBER of the round's own unit (in person, not by delegation: a seat is personal). */
function councilActor(viewer: Viewer, round: CommendationRound): ActorRef {
  const held = viewer.roles.find(
    (r) => r.role === Role.COUNCIL_MEMBER && r.unitId === round.unit.id && !r.delegatedByUserId,
  );
  if (!held)
    throw forbidden(
      "Only members of this unit's council vote on its round.",
      'Chỉ thành viên Hội đồng của đơn vị mới được bỏ phiếu.',
    );
  return { userId: viewer.user.id, role: held.role, unitId: held.unitId };
}

/** Written by the API in one transaction, not sent to the period's workflow: its history stays short whatever the votes. */
async function recordBallots(
  deps: RoundDeps,
  round: CommendationRound,
  votes: { entryId: string; vote: Vote }[],
  inWriting: boolean,
) {
  const actor = councilActor(deps.viewer, round);
  await deps.em.transactional((tx) => recordBallotPaper(tx, { roundId: round.id, votes, inWriting, actor }));
}

/** One vote; cast again to change it until voting closes. */
export async function castBallot(deps: RoundDeps, input: { entryId: string; vote: Vote; inWriting: boolean }) {
  const { entry, round } = await entryWithRound(deps.em, input.entryId);
  await recordBallots(deps, round, [{ entryId: entry.id, vote: input.vote }], input.inWriting);
  const ballot = await deps.em.findOneOrFail(
    CouncilBallot,
    { entry: entry.id, member: deps.viewer.user.id },
    { refresh: true },
  );
  return { ballot, entry: await deps.em.refreshOrFail(entry) };
}

/** A whole ballot paper in one step: every vote is recorded, or none. */
export async function castBallots(
  deps: RoundDeps,
  input: { roundId: string; votes: { entryId: string; vote: Vote }[]; inWriting: boolean },
) {
  const round = await findOrRefuse(deps.em, CommendationRound, input.roundId, 'roundId', ['unit'] as const);
  const entryIds = input.votes.map((v) => v.entryId);
  if (!entryIds.length || new Set(entryIds).size !== entryIds.length) {
    throw DomainError.of(ErrorCode.INVALID_VALUE, 'votes', {
      en: 'Give one vote for each entry, at least one.',
      vi: 'Mỗi hồ sơ chỉ một phiếu, ít nhất một hồ sơ.',
    });
  }
  await recordBallots(deps, round, input.votes, input.inWriting);
  const ballots = await deps.em.find(
    CouncilBallot,
    { entry: { $in: entryIds }, member: deps.viewer.user.id },
    { refresh: true },
  );
  return { ballots, round: await deps.em.refreshOrFail(round) };
}

/** Anyone who may read the nomination may object while it is on public notice. */
export async function fileObjection(deps: RoundDeps, input: { entryId: string; reason: string }) {
  const { entry, round } = await entryWithRound(deps.em, input.entryId);
  const nomination = await readableNomination(deps.em, deps.viewer, entry.nomination.id, 'entryId');
  const held = deps.viewer.roles.find((r) => nomination.unit.path.startsWith(r.unitPath))!;
  const actor: ActorRef = {
    userId: deps.viewer.user.id,
    role: held.role,
    unitId: held.unitId,
    onBehalfOfUserId: held.delegatedByUserId,
  };
  const reason = requireReason('reason', input.reason);
  const filed = await deps.em.transactional((tx) =>
    fileObjectionInDb(tx, { roundId: round.id, entryId: entry.id, reason, actor }),
  );
  return { objection: await deps.em.findOneOrFail(Objection, filed.id), entry: await deps.em.refreshOrFail(entry) };
}

/** ADMIN over the round's unit: upheld means the nominee is not awarded; either way the pause ends. */
export async function resolveObjection(
  deps: RoundDeps,
  input: { objectionId: string; upheld: boolean; resolution: string },
) {
  const objection = await findOrRefuse(deps.em, Objection, input.objectionId, 'objectionId', [
    'entry',
    'entry.round',
    'entry.round.unit',
  ] as const);
  const round = objection.entry.round;
  const actor = actorFor(deps.viewer, Role.ADMIN, round.unit.path);
  const resolution = requireReason('resolution', input.resolution);
  const args = { objectionId: objection.id, upheld: input.upheld, resolution, actor };
  await deps.em.transactional((tx) => resolveObjectionInDb(tx, args));
  await tellPeriod(deps, round.period.id, { roundId: round.id, objectionId: objection.id });
  return { objection: await deps.em.refreshOrFail(objection), entry: await deps.em.refreshOrFail(objection.entry) };
}

/**
 * One signal per resolution lets a round waiting on its objections go on at once. The resolution
 * is committed already: if the signal is lost, the workflow finds it when it next looks.
 */
async function tellPeriod(deps: RoundDeps, periodId: string, args: msg.ObjectionResolvedArgs) {
  try {
    await deps.temporal.withAbortSignal(AbortSignal.timeout(SIGNAL_WAIT_MS), () =>
      deps.temporal.workflow.getHandle(msg.periodWorkflowId(periodId)).signal(msg.objectionResolvedSignal, args),
    );
  } catch {
    // Not running (or not answering): the round's next look at the database picks the resolution up.
  }
}

/**
 * The chair (APPROVER of the round's unit, or their delegate: KT.) signs; the decision takes its
 * place in the unit's register: the next number, or the one its văn thư gave (`decisionNumber`).
 */
export async function signRoundDecision(
  deps: RoundDeps,
  input: { roundId: string; decisionDate: string; decisionNumber?: string | null },
) {
  const round = await findOrRefuse(deps.em, CommendationRound, input.roundId, 'roundId', ['unit'] as const);
  const actor = taskActorFor(deps.viewer, Role.APPROVER, round.unit.id);
  const decisionDate = cleanDecisionDate(input.decisionDate);
  const decisionNumber = await precheckDecisionNumber(deps.em, round.unit.id, decisionDate, input.decisionNumber);
  // The activity reads `decisionNumber` from the update's arguments (the workflow passes them on as they are).
  const args: msg.SignRoundArgs & { decisionNumber: string | null } = {
    roundId: round.id,
    decisionDate,
    actor,
    decisionNumber,
  };
  await viaPeriod(deps, round.period.id, (handle) => handle.executeUpdate(msg.signRoundUpdate, { args: [args] }));
  return { round: await deps.em.refreshOrFail(round) };
}

/** A real calendar day (YYYY-MM-DD), not in the future: a decision is recorded once signed. */
function cleanDecisionDate(value: string): string {
  const day = /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T00:00:00Z`) : null;
  if (!day || Number.isNaN(day.getTime()) || !day.toISOString().startsWith(value) || value > vietnamToday()) {
    throw DomainError.of(ErrorCode.INVALID_VALUE, 'decisionDate', {
      en: `decisionDate must be a past or present day written YYYY-MM-DD, got "${value}".`,
      vi: `Ngày quyết định phải là ngày đã qua hoặc hôm nay, dạng YYYY-MM-DD; nhận được "${value}".`,
    });
  }
  return value;
}
