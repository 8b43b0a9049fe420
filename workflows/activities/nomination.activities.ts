import { AuditAction, NominationStatus, TaskStatus } from '../../domain/enums';
import type { RoutingPolicy } from '../../domain/routing';
import { ReviewTask } from '../../server/entities/review-task.entity';
import { freezeDossier } from '../../server/store/dossier-freeze';
import type { ActorRef } from '../nomination-pipeline.messages';
import type { ActivityDeps } from './activity-transaction';
import { assertActorFor, assertCommendActor } from './actor-guard';
import { keyedTransition } from './keyed-transition';
import { noticeOutcome } from './task-notices';

/**
 * The nomination's own moves: submission, resubmission, suspension and withdrawal. Each is one
 * transaction keyed so that a retry after a crash finds its earlier write and does nothing twice.
 */
export function createNominationActivities({ orm }: ActivityDeps) {
  const transition = keyedTransition(orm);

  return {
    /** Moves a draft into review; reports the status instead when it stopped being a draft meanwhile. */
    async markSubmitted(args: {
      nominationId: string;
      policy: RoutingPolicy;
      actor: ActorRef;
    }): Promise<{ submitted: boolean; status: NominationStatus }> {
      return transition<{ submitted: boolean; status: NominationStatus }>({
        nominationId: args.nominationId,
        key: `nomination:${args.nominationId}:submitted`,
        recorded: () => ({ submitted: true, status: NominationStatus.IN_REVIEW }),
        change: async (em, nomination) => {
          if (nomination.status !== NominationStatus.DRAFT)
            return { answer: { submitted: false, status: nomination.status } };
          await assertActorFor(em, 'SUBMIT', nomination, args.actor);
          nomination.status = NominationStatus.IN_REVIEW;
          nomination.routingPolicy = args.policy;
          nomination.stageIndex = 0;
          nomination.currentStageKey = args.policy.stages[0].key;
          nomination.submittedAt = new Date();
          // What was submitted is what the levels review: the documents can no longer change.
          await freezeDossier(em, nomination.id);
          return {
            answer: { submitted: true, status: nomination.status },
            audit: {
              actor: args.actor,
              action: AuditAction.SUBMITTED,
              before: { status: NominationStatus.DRAFT },
              after: { status: nomination.status, policy: args.policy.code },
            },
          };
        },
      });
    },
    async resubmit(args: {
      nominationId: string;
      round: number;
      actor: ActorRef;
      comment: string | null;
    }): Promise<void> {
      await transition({
        nominationId: args.nominationId,
        key: `nomination:${args.nominationId}:resubmitted:${args.round}`,
        change: async (em, nomination) => {
          await assertActorFor(em, 'RESUBMIT', nomination, args.actor);
          nomination.round = args.round;
          nomination.status = NominationStatus.IN_REVIEW;
          await freezeDossier(em, nomination.id);
          return {
            audit: {
              actor: args.actor,
              action: AuditAction.RESUBMITTED,
              before: { status: NominationStatus.RETURNED, round: args.round - 1 },
              after: { status: nomination.status, round: args.round },
              comment: args.comment,
            },
          };
        },
      });
    },
    async suspend(args: { nominationId: string; actor: ActorRef; reason: string }): Promise<void> {
      await transition({
        nominationId: args.nominationId,
        key: (nomination) => `nomination:${args.nominationId}:suspended:${nomination.version}`,
        change: async (em, nomination) => {
          if (nomination.status === NominationStatus.SUSPENDED) return {};
          await assertActorFor(em, 'SUSPEND', nomination, args.actor);
          nomination.statusBeforeSuspension = nomination.status;
          nomination.suspensionReason = args.reason;
          nomination.status = NominationStatus.SUSPENDED;
          return {
            audit: {
              actor: args.actor,
              action: AuditAction.SUSPENDED,
              before: { status: nomination.statusBeforeSuspension },
              after: { status: NominationStatus.SUSPENDED },
              comment: args.reason,
            },
          };
        },
      });
    },
    async resume(args: {
      nominationId: string;
      actor: ActorRef;
      comment: string | null;
      resumedTo: NominationStatus;
    }): Promise<void> {
      await transition({
        nominationId: args.nominationId,
        key: (nomination) => `nomination:${args.nominationId}:resumed:${nomination.version}`,
        change: async (em, nomination) => {
          if (nomination.status !== NominationStatus.SUSPENDED) return {};
          await assertActorFor(em, 'RESUME', nomination, args.actor);
          nomination.status = args.resumedTo;
          nomination.statusBeforeSuspension = null;
          nomination.suspensionReason = null;
          return {
            audit: {
              actor: args.actor,
              action: AuditAction.RESUMED,
              before: { status: NominationStatus.SUSPENDED },
              after: { status: args.resumedTo },
              comment: args.comment,
            },
          };
        },
      });
    },
    /** The commendation round ended without an award for this nomination. */
    async markNotAwarded(args: {
      nominationId: string;
      taskId: string;
      comment: string | null;
      actor: ActorRef | null;
    }): Promise<void> {
      await transition({
        nominationId: args.nominationId,
        key: `nomination:${args.nominationId}:not-awarded`,
        change: async (em, nomination) => {
          const task = await em.findOneOrFail(ReviewTask, args.taskId);
          if (args.actor) await assertCommendActor(em, task, args.actor);
          task.status = TaskStatus.DONE;
          task.closedAt = new Date();
          const before = nomination.status;
          nomination.status = NominationStatus.NOT_AWARDED;
          await noticeOutcome(em, nomination, 'NOT_AWARDED', args.comment);
          nomination.currentStageKey = null;
          return {
            audit: {
              actor: args.actor,
              action: AuditAction.NOT_AWARDED,
              before: { status: before },
              after: { status: nomination.status },
              comment: args.comment,
            },
          };
        },
      });
    },

    async withdraw(args: { nominationId: string; actor: ActorRef; reason: string }): Promise<void> {
      await transition({
        nominationId: args.nominationId,
        key: `nomination:${args.nominationId}:withdrawn`,
        change: async (em, nomination) => {
          await assertActorFor(em, 'WITHDRAW', nomination, args.actor);
          const open = await em.find(ReviewTask, {
            nomination,
            status: { $in: [TaskStatus.OPEN, TaskStatus.CLAIMED] },
          });
          for (const task of open) {
            task.status = TaskStatus.CANCELLED;
            task.closedAt = new Date();
          }
          const before = nomination.status;
          nomination.status = NominationStatus.WITHDRAWN;
          return {
            audit: {
              actor: args.actor,
              action: AuditAction.WITHDRAWN,
              before: { status: before },
              after: { status: nomination.status },
              comment: args.reason,
            },
          };
        },
      });
    },
  };
}
