import { condition } from '@temporalio/workflow';
import { Decision, FINAL_STATUSES, NominationStatus, TimeoutAction } from '../domain/enums';
import { timeoutActionOf } from '../domain/stage-kinds';
import { isQuotaRefusal } from './update-failures';
import type { NominationPipeline } from './nomination-pipeline.machine';
import type { PipelineState } from './nomination-pipeline.messages';
import { activities } from './nomination-pipeline.proxies';

/** The next moment the pipeline acts on its own: a reminder, the deadline, the timeout, or expiry. */
export type TimedEvent =
  | { kind: 'REMINDER'; at: number; offset: number }
  | { kind: 'DEADLINE'; at: number }
  | { kind: 'TIMEOUT'; at: number }
  | { kind: 'EXPIRE'; at: number };

/** Pure: what to wait for given the state. Suspension stops every clock. */
export function nextTimedEvent(state: PipelineState): TimedEvent | null {
  if (FINAL_STATUSES.includes(state.status) || state.status === NominationStatus.SUSPENDED) return null;
  if (state.status === NominationStatus.RETURNED) {
    return state.revisionDueAt ? { kind: 'EXPIRE', at: Date.parse(state.revisionDueAt) } : null;
  }
  const task = state.openTask;
  if (!task) return null;
  if (state.cutoffTaskId === task.taskId) return { kind: 'TIMEOUT', at: 0 };
  if (task.escalationLevel > 0) {
    return task.escalationDueAt ? { kind: 'TIMEOUT', at: Date.parse(task.escalationDueAt) } : null;
  }
  const events: TimedEvent[] = [
    { kind: 'DEADLINE', at: Date.parse(task.dueAt) },
    ...task.reminders.map((r) => ({ kind: 'REMINDER' as const, at: Date.parse(r.at), offset: r.offset })),
  ];
  return events.sort((a, b) => a.at - b.at)[0];
}

/** Changes whenever the clocks should be recomputed. */
export function timingSignature(state: PipelineState): string {
  const t = state.openTask;
  return [
    state.status,
    state.revisionDueAt ?? '',
    state.cutoffTaskId ?? '',
    t?.taskId ?? '',
    t?.dueAt ?? '',
    t?.escalationLevel ?? '',
    t?.escalationDueAt ?? '',
    t?.reminders.length ?? '',
  ].join('|');
}

/** What the pipeline does when a clock runs out; skipped if an action changed things meanwhile. */
export async function onTime(pipeline: NominationPipeline, event: TimedEvent, signature: string): Promise<void> {
  const { state } = pipeline;
  await condition(() => !state.busy);
  if (timingSignature(state) !== signature) return;
  state.busy = true;
  try {
    if (event.kind === 'EXPIRE') {
      await activities.expire({ nominationId: state.nominationId });
      state.status = NominationStatus.EXPIRED;
    } else if (event.kind === 'REMINDER') {
      await activities.remind({ taskId: state.openTask!.taskId, offset: event.offset });
      state.openTask!.reminders = state.openTask!.reminders.filter((r) => r.offset !== event.offset);
    } else if (event.kind === 'DEADLINE') {
      await escalate(pipeline, 1);
    } else {
      await timeOut(pipeline);
    }
  } finally {
    state.busy = false;
  }
}

/** The deadline (level 1) or an escalation window passed: the task goes up to the next level's target. */
async function escalate(pipeline: NominationPipeline, level: number): Promise<void> {
  const task = pipeline.state.openTask!;
  const result = await activities.escalate({ taskId: task.taskId, level, stage: pipeline.stage });
  Object.assign(task, {
    escalationLevel: result.level,
    escalationDueAt: result.escalationDueAt,
    escalatedRole: result.role,
    escalatedUnitId: result.unitId,
    reminders: [],
  });
}

const AUTO_RETURNED = 'Quá hạn xử lý: hồ sơ tự động trả lại. / Overdue: returned automatically.';
const AUTO_FORWARDED = 'Quá hạn xử lý: chuyển tiếp không qua thẩm định. / Overdue: forwarded without review.';

/** The escalation window (or the level's cut-off) passed: the stage's timeout action applies. */
async function timeOut(pipeline: NominationPipeline): Promise<void> {
  const task = pipeline.state.openTask!;
  pipeline.state.cutoffTaskId = null;
  const action = timeoutActionOf(pipeline.stage);
  if (action === TimeoutAction.AUTO_RETURN) {
    await pipeline.applyDecision(Decision.RETURN, AUTO_RETURNED, null, { auto: true });
  } else if (action === TimeoutAction.AUTO_FORWARD) {
    try {
      await pipeline.applyDecision(Decision.APPROVE, AUTO_FORWARDED, null, { auto: true });
    } catch (error) {
      // A quota already used up cannot take an unreviewed nomination: escalate instead.
      if (!isQuotaRefusal(error)) throw error;
      await escalate(pipeline, task.escalationLevel + 1);
    }
  } else {
    await escalate(pipeline, task.escalationLevel + 1);
  }
}
