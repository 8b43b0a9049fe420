import {
  attempt,
  clientsFor,
  DECIDE_MUTATION,
  inParallel,
  openTaskOf,
  prepareDrafts,
  SUBMIT_MUTATION,
  untilAnswered,
  type Draft,
  type Outcome,
} from './fault-burst';
import { duplicates, nominationRows, partsMissing, workflowDisagreements, type NominationRow } from './fault-checks';
import { waitUntil } from './fault-processes';
import type { FaultStack } from './fault-stack';

/**
 * The burst the Temporal and PostgreSQL faults run: communes submit, the district reviewer approves
 * a third and returns a third at once; the fault is injected when `faultAt` of the requests have
 * started. What was not answered the users try again afterwards, until the platform answers.
 */

export type Plan = 'APPROVE' | 'RETURN' | 'NONE';
export interface Told {
  submit?: Outcome;
  decide?: Outcome;
}

export const SUBMITTERS = ['xuantang.submitter', 'phuonglaocai.submitter'];
export const REVIEWER = 'laocaicity.reviewer';
/** Refusals that say the action already happened: retrying cannot change them. */
const SETTLED = ['ALREADY_SUBMITTED', 'TASK_CLOSED', 'STALE_ROUND', 'INVALID_STATE'];

export interface BurstRun {
  drafts: Draft[];
  plan: Map<string, Plan>;
  told: Map<string, Told>;
  /** Requests that got no result in the burst (refused, cut or timed out), with their codes. */
  failed: string;
  /** How long the fault took (from its start until the platform was back). */
  faultMs: number;
}

export async function runBurst(stack: FaultStack, count: number, faultAt: number, fault: () => Promise<void>): Promise<BurstRun> {
  stack.note('preparing drafts');
  const drafts = await prepareDrafts(stack, count, SUBMITTERS);
  const clients = await clientsFor(stack, [...SUBMITTERS, REVIEWER]);
  const plan = new Map<string, Plan>(drafts.map((d, i) => [d.id, (['APPROVE', 'RETURN', 'NONE'] as const)[i % 3]]));
  const told = new Map<string, Told>(drafts.map((d) => [d.id, {}]));
  const decide = (taskId: string, round: number, decision: Plan) =>
    attempt(clients[REVIEWER], DECIDE_MUTATION, { input: { taskId, round, decision, comment: decision === 'RETURN' ? 'Bổ sung minh chứng' : null } }, 'decideTask');
  const submit = (draft: Draft) => attempt(clients[draft.submitter], SUBMIT_MUTATION, { id: draft.id }, 'submitNomination');

  let injected: Promise<void> | null = null;
  let faultMs = 0;
  const killAt = Math.floor(count * faultAt);
  stack.note('burst');
  await inParallel(
    drafts.map((draft) => async () => {
      const answer = told.get(draft.id)!;
      answer.submit = await submit(draft);
      const task = answer.submit.payload?.nomination.currentTask;
      const decision = plan.get(draft.id)!;
      if (task && decision !== 'NONE') answer.decide = await decide(task.id, task.round, decision);
    }),
    6,
    (i) => {
      if (i !== killAt) return;
      const started = Date.now();
      stack.note('fault');
      injected = fault().then(() => {
        faultMs = Date.now() - started;
        stack.note('fault over');
      });
    },
  );
  await injected;
  const failures = [...told.values()].flatMap((a) => [a.submit, a.decide]).filter((o): o is Outcome => !!o && !o.ok);
  const codes = new Map<string, number>();
  for (const o of failures) codes.set(o.code ?? 'no answer', (codes.get(o.code ?? 'no answer') ?? 0) + 1);
  const failed = failures.length ? `${failures.length} (${[...codes].map(([c, n]) => `${c} ${n}`).join(', ')})` : '0';

  stack.note('repairs');
  await inParallel(
    drafts.map((draft) => async () => {
      const answer = told.get(draft.id)!;
      if (!answer.submit?.ok) await untilAnswered(() => submit(draft), (o) => SETTLED.includes(o.code ?? ''));
      const decision = plan.get(draft.id)!;
      if (decision === 'NONE' || answer.decide?.ok) return;
      await untilAnswered(async () => {
        const task = await waitUntil(() => openTaskOf(stack.pool, draft.id).then((t) => t ?? false), `a task of ${draft.id}`, 30_000).catch(() => null);
        if (!task || task.stage_key !== 'DISTRICT_REVIEW') return { ok: true };
        return decide(task.id, task.round, decision);
      }, (o) => SETTLED.includes(o.code ?? ''));
    }),
    6,
  );
  return { drafts, plan, told, failed, faultMs };
}

const summary = (answer: Told) =>
  Object.entries(answer)
    .map(([what, o]) => `${what} ${(o as Outcome).ok ? 'ok' : ((o as Outcome).code ?? (o as Outcome).error)}`)
    .join(', ');

export interface Verdict {
  rows: Map<string, NominationRow>;
  unsettled: string[];
  broken: string[];
  unkept: string[];
  dupes: string[];
  disagreements: string[];
  lost: number;
}

/**
 * Waits until each nomination is where its plan leads (`expected`), then checks: each is whole, each
 * answered request is kept, nothing is doubled, and each workflow agrees with the database.
 */
export async function verdict(
  stack: FaultStack,
  run: BurstRun,
  expected: (plan: Plan, row: NominationRow) => boolean,
  extraSettled: () => Promise<boolean> = async () => true,
): Promise<Verdict> {
  const ids = run.drafts.map((d) => d.id);
  const reached = (id: string, rows: Map<string, NominationRow>) => !!rows.get(id) && expected(run.plan.get(id)!, rows.get(id)!);
  stack.note('settling');
  await waitUntil(
    async () => {
      const rows = await nominationRows(stack.pool, ids);
      return ids.every((id) => reached(id, rows)) && (await extraSettled());
    },
    'every nomination to reach its expected state',
    90_000,
    1000,
  ).catch(() => undefined); // what did not settle is named below
  stack.note('checks');
  const rows = await nominationRows(stack.pool, ids);
  const unsettled = ids
    .filter((id) => !reached(id, rows))
    .map((id) => `${id} (${run.plan.get(id)}): ${rows.get(id)?.status} at ${rows.get(id)?.stageKey}; told ${summary(run.told.get(id)!)}`);
  const broken = ids.flatMap((id) => partsMissing(rows.get(id)).map((p) => `${id}: ${p}`));
  // Answered as done but not done: the worst kind of loss.
  const unkept = ids.flatMap((id) => {
    const answer = run.told.get(id)!;
    const row = rows.get(id);
    const problems: string[] = [];
    if (answer.submit?.ok && row?.status === 'DRAFT') problems.push(`${id}: submitted per the API, still a draft`);
    if (answer.decide?.ok && row && !expected(run.plan.get(id)!, row)) problems.push(`${id}: decided per the API, now ${row.status}`);
    return problems;
  });
  const dupes = await duplicates(stack.pool);
  const disagreements = await workflowDisagreements(stack.temporal.ready.address, [...rows.values()]);
  const lost = new Set([...unsettled, ...broken, ...unkept].map((p) => p.slice(0, 36))).size;
  return { rows, unsettled, broken, unkept, dupes, disagreements, lost };
}
