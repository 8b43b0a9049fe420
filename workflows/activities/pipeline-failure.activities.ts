import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditAction, FINAL_STATUSES, NominationStatus, NotificationKind, Role } from '../../domain/enums';
import { STATUS_LABELS } from '../../domain/messages/labels';
import type { Nomination } from '../../server/entities/nomination.entity';
import { notify, recipientsFor } from '../../server/store/notifications';
import { pathIds } from '../../server/store/unit-tree';
import type { ActorRef } from '../nomination-pipeline.messages';
import type { ActivityDeps } from './activity-transaction';
import { keyedTransition } from './keyed-transition';

/** What the pipeline reports when one of its own steps failed for good. */
export interface PipelineFailureArgs {
  nominationId: string;
  /** The step that failed: SUBMIT, OPEN_TASK, or a clock (REMINDER, DEADLINE, TIMEOUT, EXPIRE). */
  step: string;
  /** The last failure's message, for the administrators. */
  failure: string;
  /** Counts the failures of this workflow: each is recorded and announced once. */
  sequence: number;
}

/** The administrators of the nomination's unit and of every unit above it. */
async function adminsOver(em: EntityManager, nomination: Nomination): Promise<string[]> {
  const unitIds = pathIds(nomination.unit.path);
  const lists = await Promise.all(unitIds.map((unitId) => recipientsFor(em, { unitId, role: Role.ADMIN })));
  return [...new Set(lists.flat())].sort();
}

/**
 * The failure path of the nomination pipeline: the nomination is marked PIPELINE_FAILED (so it is not
 * left IN_REVIEW with nobody told), the failure is audited and the administrators over its unit are
 * notified; an administrator's retry puts it back where it was.
 */
export function createPipelineFailureActivities({ orm }: ActivityDeps) {
  const transition = keyedTransition(orm);
  return {
    /** Answers the status the nomination had (the one a retry restores), or its final status if it ended meanwhile. */
    async markPipelineFailed(args: PipelineFailureArgs): Promise<{ marked: boolean; previous: NominationStatus }> {
      return transition<{ marked: boolean; previous: NominationStatus }>({
        nominationId: args.nominationId,
        key: `nomination:${args.nominationId}:pipeline-failed:${args.sequence}`,
        recorded: async (em) => {
          const event = await em
            .getConnection()
            .execute<{ before: { status: NominationStatus } | null }[]>(
              `select before from audit_event where idempotency_key = ?`,
              [`nomination:${args.nominationId}:pipeline-failed:${args.sequence}`],
            );
          return { marked: true, previous: event[0]?.before?.status ?? NominationStatus.IN_REVIEW };
        },
        change: async (em, nomination) => {
          const previous = nomination.status;
          if (FINAL_STATUSES.includes(previous) || previous === NominationStatus.PIPELINE_FAILED)
            return { answer: { marked: false, previous } };
          await em.populate(nomination, ['unit']);
          nomination.status = NominationStatus.PIPELINE_FAILED;
          await em.flush();
          const name = nomination.nomineeName;
          await notify(em, {
            key: `nomination:${nomination.id}:pipeline-failed:${args.sequence}`,
            recipients: await adminsOver(em, nomination),
            kind: NotificationKind.PIPELINE_FAILED,
            nominationId: nomination.id,
            titleVi: `Quy trình xử lý hồ sơ bị lỗi: ${name}`,
            titleEn: `Nomination pipeline failed: ${name}`,
            bodyVi:
              `Hồ sơ của ${name} (đang ${STATUS_LABELS[previous].vi}) không xử lý tiếp được sau nhiều lần thử lại. ` +
              'Hãy kiểm tra hệ thống rồi cho chạy lại bước bị lỗi.',
            bodyEn:
              `The nomination of ${name} (${STATUS_LABELS[previous].en}) could not go on after repeated retries ` +
              `(step ${args.step}: ${args.failure}). Check the platform, then retry the failed step.`,
          });
          return {
            answer: { marked: true, previous },
            audit: {
              actor: null,
              action: AuditAction.PIPELINE_FAILED,
              before: { status: previous },
              after: { status: NominationStatus.PIPELINE_FAILED, step: args.step, failure: args.failure.slice(0, 500) },
            },
          };
        },
      });
    },

    /** An administrator's retry: the nomination goes back to the status it had when the step failed. */
    async retryPipeline(args: {
      nominationId: string;
      sequence: number;
      resumedTo: NominationStatus;
      actor: ActorRef;
      comment: string | null;
    }): Promise<void> {
      await transition({
        nominationId: args.nominationId,
        key: `nomination:${args.nominationId}:pipeline-retried:${args.sequence}`,
        change: async (_em, nomination) => {
          if (nomination.status !== NominationStatus.PIPELINE_FAILED) return {};
          nomination.status = args.resumedTo;
          return {
            audit: {
              actor: args.actor,
              action: AuditAction.PIPELINE_RETRIED,
              before: { status: NominationStatus.PIPELINE_FAILED },
              after: { status: args.resumedTo },
              comment: args.comment,
            },
          };
        },
      });
    },
  };
}

export type PipelineFailureActivities = ReturnType<typeof createPipelineFailureActivities>;
