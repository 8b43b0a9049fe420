import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { historyFromJSON } from '@temporalio/common/lib/proto-utils';
import { Worker } from '@temporalio/worker';
import { workflowBundle } from '../support/test-platform';

/**
 * Histories recorded from real runs must replay against today's workflow code: a change that
 * would break nominations or periods already in flight fails here with a non-determinism error.
 * `period-*.json` are period workflows (recorded by tests/workflows/period-round-batches.test.ts).
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
