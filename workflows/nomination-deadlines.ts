import { FINAL_STATUSES, NominationStatus } from '../domain/enums';
import type { PipelineState } from './nomination-pipeline.messages';

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
