import { enterRegistry } from '../../server/store/award-registry';
import { LockMode } from '@mikro-orm/core';
import { asFinalRefusal } from './final-refusal';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ApplicationFailure } from '@temporalio/activity';
import type { DeadlineClock } from '../../domain/deadline-clock';
import { STAGE_KINDS } from '../../domain/stage-kinds';
import { AuditAction, Decision, NominationStatus, NotificationKind, TaskKind, TaskStatus } from '../../domain/enums';
import { ErrorCode } from '../../domain/error-codes';
import { deadlineEn, deadlineVi } from '../../domain/messages/format';
import type { StageDefinition } from '../../domain/routing';
import { AdminUnit } from '../../server/entities/admin-unit.entity';
import type { Nomination } from '../../server/entities/nomination.entity';
import { ReviewTask } from '../../server/entities/review-task.entity';
import { User } from '../../server/entities/user.entity';
import { registerCommendation } from '../../server/store/decision-register';
import { recordAudit } from '../../server/store/audit';
import { ancestorAtLevel } from '../../server/store/unit-tree';
import type { ActorRef, CommendArgs } from '../nomination-pipeline.messages';
import { lockNomination, type ActivityDeps, transactionRunner, clockFor } from './activity-transaction';
import { keyedTransition } from './keyed-transition';
import { assertCommendActor, assertTaskActor } from './actor-guard';
import { assertDecisionQuota, assertForwardQuota } from './quota-checks';
import { noticeAboutTask, noticeOutcome } from './task-notices';

export interface OpenedTask {
  taskId: string;
  assigneeId: string | null;
  dueAt: string;
  /** When reminders fall due (ISO instants), from the stage's offsets before the deadline. */
  reminderAts: { offset: number; at: string }[];
}

/** What a RETURN leaves for later: the reviewing stage's unused days and the commune's own deadline. */
export interface DecisionOutcome {
  remainingWorkingDays: number | null;
  revisionDueAt: string | null;
}

/** A pipeline's own actions (timeouts) have no person: they are recorded with a null actor. */
export type Actor = ActorRef | null;

/**
 * The stages' work: opening tasks, claims, decisions and the commendation. Tasks are unique per
 * nomination, stage and round, and decisions keyed per task, so retries never duplicate them.
 */
export function createReviewActivities(deps: ActivityDeps) {
  const inTransaction = transactionRunner(deps.orm);
  const transition = keyedTransition(deps.orm);

  return {
    async openTask(args: {
      nominationId: string;
      stageIndex: number;
      stage: StageDefinition;
      round: number;
      workingDays: number;
    }): Promise<OpenedTask> {
      return inTransaction(async (em) => {
        const clock = await clockFor(em, deps);
        const nomination = await lockNomination(em, args.nominationId);
        const existing = await em.findOne(ReviewTask, { nomination, stageKey: args.stage.key, round: args.round });
        const task = existing ?? (await createTask(em, clock, nomination, args.stage, args.round, args.workingDays));
        nomination.stageIndex = args.stageIndex;
        nomination.currentStageKey = args.stage.key;
        nomination.revisionDueAt = null;
        return {
          taskId: task.id,
          assigneeId: task.assignee?.id ?? null,
          dueAt: task.dueAt.toISOString(),
          reminderAts: reminderTimes(clock, task.dueAt, args.stage.reminderOffsets),
        };
      });
    },

    async claimTask(args: { taskId: string; actor: ActorRef }): Promise<void> {
      await inTransaction(async (em) => {
        const task = await em.findOneOrFail(ReviewTask, args.taskId, { lockMode: LockMode.PESSIMISTIC_WRITE });
        await assertTaskActor(em, task, args.actor);
        if (task.assignee?.id === args.actor.userId) return;
        task.assignee = em.getReference(User, args.actor.userId);
        task.status = TaskStatus.CLAIMED;
        await recordAudit(em, {
          key: `task:${task.id}:claimed:${args.actor.userId}`,
          nominationId: task.nomination.id,
          actor: args.actor,
          action: AuditAction.TASK_CLAIMED,
          after: { taskId: task.id, stageKey: task.stageKey },
        });
      });
    },

    /** A decision by a person, or by the pipeline when a timeout action applies (`auto`). */
    async recordDecision(args: {
      nominationId: string;
      taskId: string;
      decision: Decision;
      comment: string | null;
      actor: Actor;
      nextStatus: NominationStatus;
      stageKind: TaskKind;
      score?: number | null;
      auto?: boolean;
      revisionWorkingDays?: number;
    }): Promise<DecisionOutcome> {
      // Only a return needs the calendar (with its overrides, read from the database).
      const outcomeOf = async (em: EntityManager, task: ReviewTask): Promise<DecisionOutcome> =>
        args.decision === Decision.RETURN
          ? returnOutcome(await clockFor(em, deps), task, args.revisionWorkingDays ?? 10)
          : { remainingWorkingDays: null, revisionDueAt: null };
      return transition<DecisionOutcome>({
        nominationId: args.nominationId,
        key: `task:${args.taskId}:decided`,
        recorded: async (em) => outcomeOf(em, await em.findOneOrFail(ReviewTask, args.taskId)),
        change: async (em, nomination) => {
          const task = await em.findOneOrFail(ReviewTask, args.taskId);
          if (args.actor) await assertTaskActor(em, task, args.actor);
          const outcome = await outcomeOf(em, task);
          if (args.decision === Decision.APPROVE && STAGE_KINDS[args.stageKind].approvalTakesQuota) {
            await asFinalRefusal(() => assertForwardQuota(em, nomination, task.unit.id));
          }
          closeTask(em, task, args.decision, args.comment, args.actor);
          task.score = args.score ?? null;
          task.forwardedWithoutReview = !!args.auto && args.decision === Decision.APPROVE;
          const before = nomination.status;
          nomination.status = args.nextStatus;
          nomination.revisionDueAt = outcome.revisionDueAt ? new Date(outcome.revisionDueAt) : null;
          if (args.decision !== Decision.APPROVE)
            await noticeOutcome(
              em,
              nomination,
              args.decision === Decision.RETURN ? 'RETURNED' : 'REJECTED',
              args.comment,
            );
          const audit = {
            actor: args.actor,
            action: args.auto ? AUTO_AUDIT[args.decision] : DECISION_AUDIT[args.decision],
            before: { status: before, stageKey: task.stageKey, round: task.round },
            after: { status: nomination.status, score: task.score, ...outcome },
            comment: args.comment,
          };
          return { answer: outcome, audit };
        },
      });
    },

    async commend(
      args: Omit<CommendArgs, 'actor'> & { nominationId: string; actor: Actor; certificateNumber?: string | null },
    ): Promise<void> {
      await transition({
        nominationId: args.nominationId,
        key: `nomination:${args.nominationId}:commended`,
        change: async (em, nomination) => {
          const task = await em.findOneOrFail(ReviewTask, args.taskId);
          if (args.actor) await assertCommendActor(em, task, args.actor);
          await asFinalRefusal(() => assertDecisionQuota(em, nomination));
          // The decision takes its place in the unit's register (a round's is there already).
          const registered = await asFinalRefusal(() => registerCommendation(em, task.unit.id, args));
          closeTask(em, task, Decision.APPROVE, args.comment, args.actor);
          const before = nomination.status;
          Object.assign(nomination, {
            status: NominationStatus.COMMENDED,
            decisionNumber: registered.decisionNumber,
            decisionDate: args.decisionDate,
            certificateNumber: registered.certificateNumber,
            currentStageKey: null,
          });
          await enterRegistry(em, nomination.id, {
            issuerUnitId: task.unit.id,
            ...registered,
            decisionDate: args.decisionDate,
          });
          await noticeOutcome(em, nomination, 'COMMENDED', registered.decisionNumber);
          const after = {
            status: nomination.status,
            decisionNumber: registered.decisionNumber,
            decisionDate: args.decisionDate,
            certificateNumber: nomination.certificateNumber,
          };
          return {
            audit: {
              actor: args.actor,
              action: AuditAction.COMMENDED,
              before: { status: before },
              after,
              comment: args.comment,
            },
          };
        },
      });
    },
  };
}

const DECISION_AUDIT: Record<Decision, AuditAction> = {
  APPROVE: AuditAction.APPROVED,
  RETURN: AuditAction.RETURNED,
  REJECT: AuditAction.REJECTED,
};

const AUTO_AUDIT: Record<Decision, AuditAction> = {
  APPROVE: AuditAction.AUTO_FORWARDED,
  RETURN: AuditAction.AUTO_RETURNED,
  REJECT: AuditAction.REJECTED,
};

/** The reviewing level's clock stops on a return: it keeps the working days it had left. */
function returnOutcome(clock: DeadlineClock, task: ReviewTask, revisionWorkingDays: number): DecisionOutcome {
  const decidedAt = task.closedAt ?? new Date();
  return {
    remainingWorkingDays: Math.max(1, clock.between(decidedAt, task.dueAt)),
    revisionDueAt: clock.add(decidedAt, revisionWorkingDays).toISOString(),
  };
}

export function reminderTimes(clock: DeadlineClock, dueAt: Date, offsets: readonly number[]) {
  return offsets
    .map((offset) => ({ offset, at: clock.subtract(dueAt, offset).toISOString() }))
    .filter((r) => Date.parse(r.at) > Date.now());
}

async function createTask(
  em: EntityManager,
  clock: DeadlineClock,
  nomination: Nomination,
  stage: StageDefinition,
  round: number,
  workingDays: number,
) {
  const origin = await em.findOneOrFail(AdminUnit, nomination.unit.id);
  // An agency's own council and head act at the agency; every other stage at the level's unit above.
  const unit = stage.atNominatingUnit ? origin : await ancestorAtLevel(em, origin, stage.level);
  if (!unit) {
    throw ApplicationFailure.nonRetryable(
      `No ${stage.level} unit above ${origin.code} for stage ${stage.key}`,
      ErrorCode.UNIT_LEVEL_MISMATCH,
    );
  }
  const openedAt = new Date();
  const task = em.create(ReviewTask, {
    nomination,
    stageKey: stage.key,
    stageName: stage.nameVi,
    kind: stage.kind,
    round,
    unit,
    candidateRole: stage.role,
    dueAt: clock.add(openedAt, workingDays),
    createdAt: openedAt,
  });
  await recordAudit(em, {
    key: `nomination:${nomination.id}:task:${stage.key}:${round}`,
    nominationId: nomination.id,
    actor: null,
    action: AuditAction.TASK_OPENED,
    after: {
      stageKey: stage.key,
      round,
      unitCode: unit.code,
      role: stage.role,
      workingDays,
      dueAt: task.dueAt.toISOString(),
    },
  });
  await em.flush(); // the notice below refers to the task row by SQL
  await noticeAboutTask(em, task, {
    kind: NotificationKind.TASK_ASSIGNED,
    key: 'opened',
    titleVi: `Nhiệm vụ mới: ${stage.nameVi}`,
    titleEn: `New task: ${stage.name}`,
    bodyVi: `Hồ sơ "${nomination.nomineeName}" (vòng ${round}) chờ ${unit.name} xử lý, hạn ${deadlineVi(task.dueAt)}.`,
    bodyEn: `Nomination "${nomination.nomineeName}" (round ${round}) awaits ${unit.name}, due ${deadlineEn(task.dueAt)}.`,
  });
  return task;
}

function closeTask(em: EntityManager, task: ReviewTask, outcome: Decision, comment: string | null, actor: Actor) {
  task.status = TaskStatus.DONE;
  task.outcome = outcome;
  task.comment = comment;
  task.closedAt = new Date();
  task.decidedBy = actor ? em.getReference(User, actor.userId) : null;
  task.assignee ??= task.decidedBy;
}
