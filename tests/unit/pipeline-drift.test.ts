import { DriftKind, NominationStatus as S } from '../../domain/enums';
import { driftOf } from '../../domain/pipeline-drift';

const db = { status: S.IN_REVIEW, stageKey: 'DISTRICT_REVIEW', openTaskIds: ['t1'] };
const running = (state: Partial<{ status: S; stageKey: string | null; openTaskId: string | null; busy: boolean }> = {}) => ({
  execution: 'RUNNING',
  state: { status: S.IN_REVIEW, stageKey: 'DISTRICT_REVIEW', openTaskId: 't1', busy: false, ...state },
});

describe('driftOf', () => {
  it('agrees when status, stage and open task match', () => {
    expect(driftOf(db, running())).toBeNull();
    expect(driftOf({ ...db, status: S.RETURNED, openTaskIds: [] }, running({ status: S.RETURNED, openTaskId: null }))).toBeNull();
  });
  it.each([
    [{ execution: null }, DriftKind.WORKFLOW_MISSING],
    [{ execution: 'TERMINATED' }, DriftKind.WORKFLOW_CLOSED],
    [{ execution: 'RUNNING', state: null, queryError: 'timeout' }, DriftKind.QUERY_FAILED],
    [running({ status: S.APPROVED }), DriftKind.STATUS_MISMATCH],
    [running({ stageKey: 'PROVINCE_REVIEW' }), DriftKind.STAGE_MISMATCH],
    [running({ openTaskId: 't2' }), DriftKind.TASK_MISMATCH],
  ])('%j is %s', (wf, kind) => {
    expect(driftOf(db, wf)?.kind).toBe(kind);
  });
  it('does not judge a pipeline in the middle of a change, and reports a failed one whatever its workflow', () => {
    expect(driftOf(db, running({ status: S.APPROVED, busy: true }))).toBeNull();
    expect(driftOf({ ...db, status: S.PIPELINE_FAILED }, running({ status: S.PIPELINE_FAILED }))?.kind).toBe(DriftKind.PIPELINE_FAILED);
  });
});
