import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { historyFromJSON } from '@temporalio/common/lib/proto-utils';
import { Worker } from '@temporalio/worker';
import { workflowBundle } from '../support/test-platform';

/**
 * Histories recorded from real runs must replay against today's workflow code: a change that
 * would break nominations or periods already in flight fails here with a non-determinism error.
 * `period-*.json` are period workflows, the others nomination pipelines. Re-record one only when the workflow
 * changes on purpose, and record a new shape under a new name while runs of the old one may still be in flight:
 * - returned-resubmitted-commended.json: THIDUA_RECORD_HISTORY=1 npx jest tests/e2e/nomination-pipeline.e2e.test.ts
 * - period-round-signed.json, period-round-batched.json: THIDUA_RECORD_PERIOD_HISTORY=<name>.json npx jest tests/workflows/period-round-batches.test.ts
 *   (period-round-signed.json predates the round-counts and conclusion-batch patches: today's code would record the patched shape, so keep it)
 *   period-round-objections-in-db.json: THIDUA_RECORD_PERIOD_HISTORY=period-round-objections-in-db.json (ballots and objections in the database, the objections-in-db patch)
 * - escalated-auto-returned-expired.json: THIDUA_RECORD_HISTORIES=1 npx jest tests/workflows/pipeline-histories-deadlines.test.ts -t 'AUTO_RETURN'
 * - escalated-auto-forwarded-commended.json: THIDUA_RECORD_HISTORIES=1 npx jest tests/workflows/pipeline-histories-deadlines.test.ts -t 'AUTO_FORWARD:'
 * - auto-forward-over-quota-escalated-rejected.json: THIDUA_RECORD_HISTORIES=1 npx jest tests/workflows/pipeline-histories-deadlines.test.ts -t 'used-up district quota'
 * - escalated-twice-approved-commended.json: THIDUA_RECORD_HISTORIES=1 npx jest tests/workflows/pipeline-histories-deadlines.test.ts -t 'ESCALATE:'
 * - deadline-extended-commended.json: THIDUA_RECORD_HISTORIES=1 npx jest tests/workflows/pipeline-histories-deadlines.test.ts -t 'extension'
 * - suspended-resumed-commended.json: THIDUA_RECORD_HISTORIES=1 npx jest tests/workflows/pipeline-histories-actions.test.ts -t 'suspended'
 * - withdrawn-in-review.json: THIDUA_RECORD_HISTORIES=1 npx jest tests/workflows/pipeline-histories-actions.test.ts -t 'withdrawn'
 * - revision-expired.json: THIDUA_RECORD_HISTORIES=1 npx jest tests/workflows/pipeline-histories-actions.test.ts -t 'revision deadline'
 * - cutoff-auto-forwarded-commended.json: THIDUA_RECORD_HISTORIES=1 npx jest tests/workflows/pipeline-histories-actions.test.ts -t 'cut-off'
 * - pipeline-failed-retried.json: THIDUA_RECORD_HISTORIES=1 npx jest tests/workflows/pipeline-failure.test.ts
 *   (without -t a file re-records all of its histories)
 */
const HISTORIES = join(__dirname, 'histories');
const files = readdirSync(HISTORIES).filter((name) => name.endsWith('.json'));

it('has recorded histories to replay', () => {
  expect(files.length).toBeGreaterThan(0);
});

it.each(files)('replays %s without non-determinism', async (file) => {
  const history = historyFromJSON(JSON.parse(readFileSync(join(HISTORIES, file), 'utf8')));
  const started = history.events?.[0]?.workflowExecutionStartedEventAttributes;
  expect(started?.workflowType?.name).toBe(file.startsWith('period-') ? 'periodWorkflow' : 'nominationPipeline');
  await expect(
    Worker.runReplayHistory({ workflowBundle: await workflowBundle() }, history, `replay-${file}`),
  ).resolves.toBeUndefined();
});
