import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  AuditAction,
  EscalationTarget,
  NominationStatus,
  NotificationKind,
  Role,
  TaskStatus,
} from '../../domain/enums';
import { vietnamDayNumber } from '../../domain/calendar/civil-day';
import { ROLE_LABELS, deadlineEn, deadlineVi } from '../../domain/messages';
import type { StageDefinition } from '../../domain/routing';
import { AdminUnit } from '../../server/entities/admin-unit.entity';
import { ReviewTask } from '../../server/entities/review-task.entity';
import { hasAudit, recordAudit } from '../../server/store/audit';
import type { ActorRef } from '../nomination-pipeline.messages';
import { clockFor, transactionRunner, type ActivityDeps } from './activity-transaction';
import { assertActorFor } from './actor-guard';
import { keyedTransition } from './keyed-transition';
import { reminderTimes } from './review.activities';
import { noticeAboutTask } from './task-notices';

export interface EscalationResult {
  level: number;
  unitId: string;
  role: Role;
  escalationDueAt: string;
}

/**
 * Where a time limit that follows a passed deadline (an escalation window) starts: from that
 * deadline (24:00 of its day, so counting starts the next day) when it is acted on the Vietnam day
 * the deadline opened into, as the timer does; from now when the worker came to it later.
 */
function startAfter(passed: Date, now: Date): Date {
  return now >= passed && vietnamDayNumber(now) === vietnamDayNumber(passed) ? passed : now;
}

/** Deadlines at work: reminders, escalations, extensions and the commune's revision deadline. */
export function createDeadlineActivities(deps: ActivityDeps) {
  const inTransaction = transactionRunner(deps.orm);
  const transition = keyedTransition(deps.orm);

  return {
    async remind(args: { taskId: string; offset: number }): Promise<void> {
      await inTransaction(async (em) => {
        const task = await em.findOneOrFail(ReviewTask, args.taskId);
        const key = `task:${task.id}:reminder:${args.offset}:${task.dueAt.toISOString()}`;
        if (task.status === TaskStatus.DONE || task.status === TaskStatus.CANCELLED || (await hasAudit(em, key)))
          return;
        await recordAudit(em, {
          key,
          nominationId: task.nomination.id,
          actor: null,
          action: AuditAction.REMINDER_SENT,
          after: { taskId: task.id, offset: args.offset, dueAt: task.dueAt.toISOString() },
        });
        await noticeAboutTask(em, task, {
          kind: NotificationKind.REMINDER,
          key: `reminder:${args.offset}:${task.dueAt.toISOString()}`,
          titleVi: `Nhắc việc: còn ${args.offset} ngày làm việc`,
          titleEn: `Reminder: ${args.offset} working day(s) left`,
          bodyVi: `Nhiệm vụ "${task.stageName}" (vòng ${task.round}) hết hạn lúc ${deadlineVi(task.dueAt)}.`,
          bodyEn: `Task "${task.stageKey}" (round ${task.round}) is due ${deadlineEn(task.dueAt)}.`,
        });
      });
    },

    /** Level 1 goes to the stage's escalation target; each later level one unit further up. */
    async escalate(args: { taskId: string; level: number; stage: StageDefinition }): Promise<EscalationResult> {
      return inTransaction(async (em) => {
        const clock = await clockFor(em, deps);
        const task = await em.findOneOrFail(ReviewTask, args.taskId, { lockMode: LockMode.PESSIMISTIC_WRITE });
        if (
          task.escalationLevel >= args.level &&
          task.escalatedToUnit &&
          task.escalatedToRole &&
          task.escalationDueAt
        ) {
          return {
            level: task.escalationLevel,
            unitId: task.escalatedToUnit.id,
            role: task.escalatedToRole,
            escalationDueAt: task.escalationDueAt.toISOString(),
          };
        }
        const { unit, role } = await escalationTarget(em, task, args.level, args.stage);
        const passed = args.level > 1 && task.escalationDueAt ? task.escalationDueAt : task.dueAt;
        Object.assign(task, {
          escalationLevel: args.level,
          escalatedToUnit: unit,
          escalatedToRole: role,
          escalationDueAt: clock.add(startAfter(passed, new Date()), args.stage.escalationWorkingDays),
        });
        const after = {
          taskId: task.id,
          level: args.level,
          unitCode: unit.code,
          role,
          escalationDueAt: task.escalationDueAt!.toISOString(),
        };
        await recordAudit(em, {
          key: `task:${task.id}:escalated:${args.level}`,
          nominationId: task.nomination.id,
          actor: null,
          action: AuditAction.TASK_ESCALATED,
          after,
        });
        await noticeAboutTask(
          em,
          task,
          {
            kind: NotificationKind.ESCALATION,
            key: `escalated:${args.level}`,
            titleVi: `Quá hạn: nhiệm vụ được chuyển lên ${unit.name}`,
            titleEn: `Overdue: task escalated to ${unit.name}`,
            bodyVi: `Nhiệm vụ "${task.stageName}" đã quá hạn (${deadlineVi(task.dueAt)}); ${ROLE_LABELS[role].vi} của ${unit.name} xử lý, hạn ${deadlineVi(after.escalationDueAt)}.`,
            bodyEn: `Task "${task.stageKey}" passed its deadline (${deadlineEn(task.dueAt)}); the ${ROLE_LABELS[role].en} of ${unit.name} has until ${deadlineEn(after.escalationDueAt)}.`,
          },
          { unitId: unit.id, role },
        );
        return { level: args.level, unitId: unit.id, role, escalationDueAt: after.escalationDueAt };
      });
    },

    async extendDeadline(args: {
      taskId: string;
      workingDays: number;
      reason: string;
      actor: ActorRef;
      stage: StageDefinition;
    }) {
      return inTransaction(async (em) => {
        const clock = await clockFor(em, deps);
        const task = await em.findOneOrFail(ReviewTask, args.taskId, { lockMode: LockMode.PESSIMISTIC_WRITE });
        await assertActorFor(em, 'EXTEND', { id: task.nomination.id, unit: task.unit }, args.actor);
        const now = new Date();
        const before = {
          dueAt: task.dueAt.toISOString(),
          escalationDueAt: task.escalationDueAt?.toISOString() ?? null,
        };
        task.dueAt = clock.add(task.dueAt > now ? task.dueAt : now, args.workingDays);
        if (task.escalationDueAt)
          task.escalationDueAt = clock.add(task.escalationDueAt > now ? task.escalationDueAt : now, args.workingDays);
        const after = {
          dueAt: task.dueAt.toISOString(),
          escalationDueAt: task.escalationDueAt?.toISOString() ?? null,
          workingDays: args.workingDays,
        };
        await recordAudit(em, {
          key: `task:${task.id}:extended:${after.dueAt}`,
          nominationId: task.nomination.id,
          actor: args.actor,
          action: AuditAction.DEADLINE_EXTENDED,
          before,
          after,
          comment: args.reason,
        });
        await noticeAboutTask(em, task, {
          kind: NotificationKind.DEADLINE_EXTENDED,
          key: `extended:${after.dueAt}`,
          titleVi: 'Gia hạn xử lý',
          titleEn: 'Deadline extended',
          bodyVi: `Nhiệm vụ "${task.stageName}" được gia hạn đến ${deadlineVi(task.dueAt)}: ${args.reason}`,
          bodyEn: `Task "${task.stageKey}" now due ${deadlineEn(task.dueAt)}: ${args.reason}`,
        });
        return {
          ...after,
          reminderAts: task.escalationLevel ? [] : reminderTimes(clock, task.dueAt, args.stage.reminderOffsets),
        };
      });
    },

    /** The commune did not resubmit before its revision deadline: the nomination ends. */
    async expire(args: { nominationId: string }): Promise<void> {
      await transition({
        nominationId: args.nominationId,
        key: `nomination:${args.nominationId}:expired`,
        change: async (_em, nomination) => {
          const before = nomination.status;
          nomination.status = NominationStatus.EXPIRED;
          const after = { status: nomination.status, revisionDueAt: nomination.revisionDueAt?.toISOString() };
          return { audit: { actor: null, action: AuditAction.EXPIRED, before: { status: before }, after } };
        },
      });
    },
  };
}

/** UNIT_HEAD: the ADMIN of the task's own unit; NEXT_LEVEL: the stage's role one unit up; then further up. */
async function escalationTarget(em: EntityManager, task: ReviewTask, level: number, stage: StageDefinition) {
  const own = await em.findOneOrFail(AdminUnit, task.unit.id);
  const first =
    stage.escalationTarget === EscalationTarget.UNIT_HEAD
      ? { unit: own, role: Role.ADMIN }
      : { unit: (await parentOf(em, own)) ?? own, role: stage.role };
  let target = first;
  for (let i = 1; i < level; i += 1)
    target = { unit: (await parentOf(em, target.unit)) ?? target.unit, role: target.role };
  return target;
}

async function parentOf(em: EntityManager, unit: AdminUnit): Promise<AdminUnit | null> {
  return unit.parent ? em.findOne(AdminUnit, unit.parent.id) : null;
}
