import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ApplicationFailure } from '@temporalio/activity';
import { AuditAction, Decision, NominationStatus, TaskStatus } from '../../domain/enums';
import { ErrorCode } from '../../domain/error-codes';
import type { RoutingPolicy, StageDefinition } from '../../domain/routing';
import { addWorkingDays } from '../../domain/working-days';
import type { Orm } from '../../server/db/open-database';
import { AdminUnit } from '../../server/entities/admin-unit.entity';
import { Nomination } from '../../server/entities/nomination.entity';
import { ReviewTask } from '../../server/entities/review-task.entity';
import { User } from '../../server/entities/user.entity';
import { hasAudit, recordAudit } from '../../server/services/audit';
import { ancestorAtLevel } from '../../server/services/unit-tree';
import type { ActorRef, CommendArgs } from '../nomination-pipeline.messages';

export interface OpenedTask {
  taskId: string;
  assigneeId: string | null;
  dueAt: string;
}

/**
 * Every pipeline state change: one transaction each, keyed by nomination, stage and round, so a
 * retry after a crash finds its own earlier write and does nothing twice.
 */
export function createPipelineActivities({ orm }: { orm: Orm }) {
  const inTransaction = <T>(work: (em: EntityManager) => Promise<T>) => orm.em.fork().transactional(work);

  async function lockNomination(em: EntityManager, id: string): Promise<Nomination> {
    const nomination = await em.findOne(Nomination, id, { lockMode: LockMode.PESSIMISTIC_WRITE });
    if (!nomination) throw ApplicationFailure.nonRetryable(`Nomination ${id} does not exist`, ErrorCode.NOT_FOUND);
    return nomination;
  }

  return {
    /** Moves a draft into review; reports the status instead when it stopped being a draft meanwhile. */
    async markSubmitted(args: {
      nominationId: string;
      policy: RoutingPolicy;
      actor: ActorRef;
    }): Promise<{ submitted: boolean; status: NominationStatus }> {
      return inTransaction(async (em) => {
        const key = `nomination:${args.nominationId}:submitted`;
        if (await hasAudit(em, key)) return { submitted: true, status: NominationStatus.IN_REVIEW };
        const nomination = await lockNomination(em, args.nominationId);
        if (nomination.status !== NominationStatus.DRAFT) return { submitted: false, status: nomination.status };
        nomination.status = NominationStatus.IN_REVIEW;
        nomination.routingPolicy = args.policy;
        nomination.stageIndex = 0;
        nomination.currentStageKey = args.policy.stages[0].key;
        nomination.submittedAt = new Date();
        await recordAudit(em, {
          key,
          nominationId: nomination.id,
          actor: args.actor,
          action: AuditAction.SUBMITTED,
          before: { status: NominationStatus.DRAFT },
          after: { status: nomination.status, policy: args.policy.code },
        });
        return { submitted: true, status: nomination.status };
      });
    },

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
    }): Promise<void> {
      await inTransaction(async (em) => {
        const key = `task:${args.taskId}:decided`;
        if (await hasAudit(em, key)) return;
        const nomination = await lockNomination(em, args.nominationId);
        const task = await em.findOneOrFail(ReviewTask, args.taskId);
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

    async resubmit(args: { nominationId: string; round: number; actor: ActorRef; comment: string | null }): Promise<void> {
      await inTransaction(async (em) => {
        const key = `nomination:${args.nominationId}:resubmitted:${args.round}`;
        if (await hasAudit(em, key)) return;
        const nomination = await lockNomination(em, args.nominationId);
        nomination.round = args.round;
        nomination.status = NominationStatus.IN_REVIEW;
        await recordAudit(em, {
          key,
          nominationId: nomination.id,
          actor: args.actor,
          action: AuditAction.RESUBMITTED,
          before: { status: NominationStatus.RETURNED, round: args.round - 1 },
          after: { status: nomination.status, round: args.round },
          comment: args.comment,
        });
      });
    },

    async withdraw(args: { nominationId: string; actor: ActorRef; reason: string }): Promise<void> {
      await inTransaction(async (em) => {
        const key = `nomination:${args.nominationId}:withdrawn`;
        if (await hasAudit(em, key)) return;
        const nomination = await lockNomination(em, args.nominationId);
        const open = await em.find(ReviewTask, { nomination, status: { $in: [TaskStatus.OPEN, TaskStatus.CLAIMED] } });
        for (const task of open) {
          task.status = TaskStatus.CANCELLED;
          task.closedAt = new Date();
        }
        const before = nomination.status;
        nomination.status = NominationStatus.WITHDRAWN;
        await recordAudit(em, {
          key,
          nominationId: nomination.id,
          actor: args.actor,
          action: AuditAction.WITHDRAWN,
          before: { status: before },
          after: { status: nomination.status },
          comment: args.reason,
        });
      });
    },

    async commend(args: CommendArgs & { nominationId: string }): Promise<void> {
      await inTransaction(async (em) => {
        const key = `nomination:${args.nominationId}:commended`;
        if (await hasAudit(em, key)) return;
        const nomination = await lockNomination(em, args.nominationId);
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

export type PipelineActivities = ReturnType<typeof createPipelineActivities>;

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
