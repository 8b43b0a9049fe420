import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ApplicationFailure } from '@temporalio/activity';
import { AuditAction, Decision, NominationStatus, TaskKind, TaskStatus } from '../../domain/enums';
import { DomainError, ErrorCode } from '../../domain/error-codes';
import type { StageDefinition } from '../../domain/routing';
import { addWorkingDays } from '../../domain/working-days';
import type { Orm } from '../../server/db/open-database';
import { AdminUnit } from '../../server/entities/admin-unit.entity';
import type { Nomination } from '../../server/entities/nomination.entity';
import { ReviewTask } from '../../server/entities/review-task.entity';
import { User } from '../../server/entities/user.entity';
import { hasAudit, recordAudit } from '../../server/services/audit';
import { ancestorAtLevel } from '../../server/services/unit-tree';
import type { ActorRef, CommendArgs } from '../nomination-pipeline.messages';
import { lockNomination, transactionRunner } from './activity-transaction';
import { assertDecisionQuota, assertForwardQuota } from './quota-checks';

export interface OpenedTask {
  taskId: string;
  assigneeId: string | null;
  dueAt: string;
}

/**
 * The stages' work: opening tasks, claims, decisions and the commendation. Tasks are unique per
 * nomination, stage and round, and decisions keyed per task, so retries never duplicate them.
 */
export function createReviewActivities({ orm }: { orm: Orm }) {
  const inTransaction = transactionRunner(orm);

  return {
    async openTask(args: { nominationId: string; stageIndex: number; stage: StageDefinition; round: number }): Promise<OpenedTask> {
      return inTransaction(async (em) => {
        const nomination = await lockNomination(em, args.nominationId);
        const existing = await em.findOne(ReviewTask, { nomination, stageKey: args.stage.key, round: args.round });
        const task = existing ?? (await createTask(em, nomination, args.stage, args.round));
        nomination.stageIndex = args.stageIndex;
        nomination.currentStageKey = args.stage.key;
        return { taskId: task.id, assigneeId: task.assignee?.id ?? null, dueAt: task.dueAt.toISOString() };
      });
    },
    async claimTask(args: { taskId: string; actor: ActorRef }): Promise<void> {
      await inTransaction(async (em) => {
        const task = await em.findOneOrFail(ReviewTask, args.taskId, { lockMode: LockMode.PESSIMISTIC_WRITE });
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
    async recordDecision(args: {
      nominationId: string;
      taskId: string;
      decision: Decision;
      comment: string | null;
      actor: ActorRef;
      nextStatus: NominationStatus;
      stageKind: TaskKind;
    }): Promise<void> {
      await inTransaction(async (em) => {
        const key = `task:${args.taskId}:decided`;
        if (await hasAudit(em, key)) return;
        const nomination = await lockNomination(em, args.nominationId);
        const task = await em.findOneOrFail(ReviewTask, args.taskId);
        if (args.decision === Decision.APPROVE && args.stageKind === TaskKind.REVIEW) {
          await refuseOverQuota(() => assertForwardQuota(em, nomination, task.unit.id));
        }
        closeTask(em, task, args.decision, args.comment, args.actor);
        const before = nomination.status;
        nomination.status = args.nextStatus;
        await recordAudit(em, {
          key,
          nominationId: nomination.id,
          actor: args.actor,
          action: DECISION_AUDIT[args.decision],
          before: { status: before, stageKey: task.stageKey, round: task.round },
          after: { status: nomination.status },
          comment: args.comment,
        });
      });
    },
    async commend(args: CommendArgs & { nominationId: string }): Promise<void> {
      await inTransaction(async (em) => {
        const key = `nomination:${args.nominationId}:commended`;
        if (await hasAudit(em, key)) return;
        const nomination = await lockNomination(em, args.nominationId);
        await refuseOverQuota(() => assertDecisionQuota(em, nomination));
        const task = await em.findOneOrFail(ReviewTask, args.taskId);
        closeTask(em, task, Decision.APPROVE, args.comment, args.actor);
        const before = nomination.status;
        nomination.status = NominationStatus.COMMENDED;
        nomination.decisionNumber = args.decisionNumber;
        nomination.decisionDate = args.decisionDate;
        nomination.currentStageKey = null;
        await recordAudit(em, {
          key,
          nominationId: nomination.id,
          actor: args.actor,
          action: AuditAction.COMMENDED,
          before: { status: before },
          after: { status: nomination.status, decisionNumber: args.decisionNumber, decisionDate: args.decisionDate },
          comment: args.comment,
        });
      });
    },
  };
}

const DECISION_AUDIT: Record<Decision, AuditAction> = {
  APPROVE: AuditAction.APPROVED,
  RETURN: AuditAction.RETURNED,
  REJECT: AuditAction.REJECTED,
};

async function createTask(em: EntityManager, nomination: Nomination, stage: StageDefinition, round: number) {
  const origin = await em.findOneOrFail(AdminUnit, nomination.unit.id);
  const unit = await ancestorAtLevel(em, origin, stage.level);
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
    dueAt: addWorkingDays(openedAt, stage.deadlineWorkingDays),
    createdAt: openedAt,
  });
  await recordAudit(em, {
    key: `nomination:${nomination.id}:task:${stage.key}:${round}`,
    nominationId: nomination.id,
    actor: null,
    action: AuditAction.TASK_OPENED,
    after: { stageKey: stage.key, round, unitCode: unit.code, role: stage.role, dueAt: task.dueAt.toISOString() },
  });
  return task;
}

function closeTask(em: EntityManager, task: ReviewTask, outcome: Decision, comment: string | null, actor: ActorRef) {
  task.status = TaskStatus.DONE;
  task.outcome = outcome;
  task.comment = comment;
  task.closedAt = new Date();
  task.decidedBy = em.getReference(User, actor.userId);
  task.assignee ??= task.decidedBy;
}

/** A quota refusal is final: retrying cannot free a place, so the update is refused with its reason. */
async function refuseOverQuota(check: () => Promise<void>): Promise<void> {
  try {
    await check();
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    throw ApplicationFailure.create({
      type: error.code,
      message: error.error.message,
      details: [error.error.messageVi],
      nonRetryable: true,
    });
  }
}
