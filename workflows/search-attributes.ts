import {
  defineSearchAttributeKey,
  SearchAttributeType,
  type SearchAttributePair,
  type SearchAttributeUpdatePair,
} from '@temporalio/common';
import { condition, patched, upsertSearchAttributes } from '@temporalio/workflow';
import { FINAL_STATUSES, NominationStatus } from '../domain/enums';
import type { PipelineState } from './nomination-pipeline.messages';
import type { PeriodState } from './period.messages';

/**
 * The custom search attributes that make a workflow findable in the Temporal UI and with
 * `temporal workflow list --query`. Registered by ensureSearchAttributes (workflows/worker) before
 * the worker polls and before the API starts a workflow.
 */
export const ThiduaStatus = defineSearchAttributeKey('ThiduaStatus', SearchAttributeType.KEYWORD);
/** GSO codes of the unit and of each of its ancestors (commune/ward, district before the reform, province). */
export const ThiduaUnits = defineSearchAttributeKey('ThiduaUnits', SearchAttributeType.KEYWORD_LIST);
/** The campaign's code, e.g. VI_NGUOI_NGHEO_2021_2025. */
export const ThiduaCampaign = defineSearchAttributeKey('ThiduaCampaign', SearchAttributeType.KEYWORD);
/** The period's id. */
export const ThiduaPeriod = defineSearchAttributeKey('ThiduaPeriod', SearchAttributeType.KEYWORD);
/** The open step: a routing stage's key for a nomination, the round's phase for a period. */
export const ThiduaStage = defineSearchAttributeKey('ThiduaStage', SearchAttributeType.KEYWORD);
/** When the open step is due; absent when nothing is waiting on a clock. */
export const ThiduaDeadline = defineSearchAttributeKey('ThiduaDeadline', SearchAttributeType.DATETIME);

export const THIDUA_SEARCH_ATTRIBUTES = [
  ThiduaStatus,
  ThiduaUnits,
  ThiduaCampaign,
  ThiduaPeriod,
  ThiduaStage,
  ThiduaDeadline,
] as const;

/** What the starter knows and the workflow does not: set once with the start (typedSearchAttributes). */
export interface StartAttributes {
  unitCodes?: string[];
  campaignCode?: string;
  periodId?: string;
  status?: string;
}

export function startSearchAttributes({ unitCodes, campaignCode, periodId, status }: StartAttributes) {
  const pairs: SearchAttributePair[] = [];
  if (unitCodes?.length) pairs.push({ key: ThiduaUnits, value: unitCodes });
  if (campaignCode) pairs.push({ key: ThiduaCampaign, value: campaignCode });
  if (periodId) pairs.push({ key: ThiduaPeriod, value: periodId });
  if (status) pairs.push({ key: ThiduaStatus, value: status });
  return pairs;
}

/** What the workflow itself keeps up to date as it moves (null clears an attribute). */
export interface MovingAttributes {
  status: string;
  stage: string | null;
  deadline: string | null;
}

/**
 * Upserts the moving attributes whenever they change, from a watcher that wakes on any state change;
 * an unchanged value adds no event. Histories recorded before `patchId` replay without upserts; a
 * run that catches up upserts from its next change on. Answers a flush for the workflow's last step.
 */
export function keepSearchAttributes(patchId: string, current: () => MovingAttributes): () => void {
  let published = '';
  const flush = () => {
    const next = current();
    const signature = JSON.stringify(next);
    if (signature === published) return;
    published = signature;
    if (!patched(patchId)) return;
    const updates: SearchAttributeUpdatePair[] = [
      { key: ThiduaStatus, value: next.status },
      { key: ThiduaStage, value: next.stage },
      { key: ThiduaDeadline, value: next.deadline ? new Date(next.deadline) : null },
    ];
    upsertSearchAttributes(updates);
  };
  void (async () => {
    for (;;) {
      await condition(() => JSON.stringify(current()) !== published);
      flush();
    }
  })();
  return flush;
}

/** A nomination's moving attributes: its status, the open stage and that stage's deadline. */
export function pipelineAttributes(state: PipelineState): MovingAttributes {
  const { status, openTask } = state;
  if (FINAL_STATUSES.includes(status)) return { status, stage: null, deadline: null };
  const stage = openTask?.stageKey ?? state.stageKey;
  // Suspension and a failed step stop every clock; a returned dossier waits for the commune's resubmission.
  const stopped = status === NominationStatus.SUSPENDED || status === NominationStatus.PIPELINE_FAILED;
  const due = status === NominationStatus.RETURNED ? state.revisionDueAt : openTask?.dueAt;
  return { status, stage, deadline: stopped ? null : (due ?? null) };
}

/** A period's moving attributes: the round's phase and the close of its vote or public notice. */
export function periodAttributes(state: PeriodState): MovingAttributes {
  const deadline =
    state.phase === 'VOTING' ? state.votingClosesAt : state.phase === 'PUBLIC_NOTICE' ? state.noticeClosesAt : null;
  return { status: state.phase, stage: null, deadline };
}
