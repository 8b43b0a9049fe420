import type { Context as ActivityContext } from '@temporalio/activity';
import { ApplicationFailure, CancelledFailure } from '@temporalio/common';
import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { databaseAnswers } from '../../server/observability/database-ping';
import { registerPoolMetrics } from '../../server/observability/pool-metrics';
import { activityMetricsInterceptor, WorkerMetrics } from '../../workflows/worker/activity-metrics';
import { createPipelineWorker } from '../../workflows/worker/pipeline-worker';
import { startWorkerHealthServer } from '../../workflows/worker/worker-health';
import { installWorkerRuntime } from '../../workflows/worker/worker-runtime';
import { createLogger } from '../../server/logging/logger';
import { dashboardMetricNames } from '../support/dashboard-metrics';
import { sampleValue } from '../support/prometheus-text';
import { startTestPlatform, workflowBundle, type TestPlatform } from '../support/test-platform';
import { killHard, spawnWorkerProcess } from '../support/worker-process';

/**
 * What compose, a load balancer and Prometheus see of a worker: /healthz and /readyz, the activity
 * outcomes on /metrics, Temporal's own exporter, and a SIGTERM that drains and says so in one line.
 */
const METRICS_TOKEN = 'worker-metrics-token-0123456789';
let platform: TestPlatform;

beforeAll(async () => {
  // The in-process worker below logs through the same pino adapter as worker.main, at warn.
  installWorkerRuntime({ logger: createLogger('worker', 'warn'), metricsBindAddress: null });
  platform = await startTestPlatform({ worker: false });
});

afterAll(async () => {
  await platform?.stop();
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

async function getJson(url: string) {
  const response = await fetch(url);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

function runReconciliation(id: string) {
  return platform.temporal.workflow.execute('pipelineReconciliation', {
    taskQueue: platform.config.taskQueue,
    workflowId: `reconcile-test-${id}-${Date.now()}`,
  });
}

describe('the worker process', () => {
  let child: ChildProcess | null = null;
  let output = '';
  let health: string;
  let temporalMetrics: string;

  beforeAll(async () => {
    const [healthPort, temporalPort] = [await freePort(), await freePort()];
    health = `http://127.0.0.1:${healthPort}`;
    temporalMetrics = `http://127.0.0.1:${temporalPort}/metrics`;
    child = await spawnWorkerProcess(platform.config, platform.db.url, {
      env: {
        WORKER_HTTP_PORT: String(healthPort),
        WORKER_HTTP_HOST: '127.0.0.1',
        WORKER_TEMPORAL_METRICS_ADDRESS: `127.0.0.1:${temporalPort}`,
        METRICS_TOKEN,
      },
      onOutput: (text) => (output += text),
    });
  });

  afterAll(async () => {
    if (child) await killHard(child);
  });

  it('is healthy and ready while it polls, and counts each activity outcome on /metrics', async () => {
    expect(await getJson(`${health}/healthz`)).toEqual({ status: 200, body: { status: 'ok', worker: 'RUNNING', db: 'up' } });
    expect((await getJson(`${health}/readyz`)).status).toBe(200);
    expect((await fetch(`${health}/metrics`)).status).toBe(401);

    await runReconciliation('process');
    const response = await fetch(`${health}/metrics`, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    const text = await response.text();
    const completed = { activity_type: 'reconcilePipelines', outcome: 'completed' };
    expect(sampleValue(text, 'thidua_activity_executions_total', completed)).toBe(1);
    expect(sampleValue(text, 'thidua_activity_duration_seconds_count', completed)).toBe(1);
    expect(sampleValue(text, 'thidua_db_pool_max_connections')).toBeGreaterThan(0);
    expect(text).toContain('thidua_process_resident_memory_bytes');
  });

  it("serves Temporal's own worker metrics on WORKER_TEMPORAL_METRICS_ADDRESS", async () => {
    const text = await (await fetch(temporalMetrics)).text();
    // Every temporal_ metric the Grafana dashboard reads, except failures, which appear with the first one.
    const names = dashboardMetricNames('temporal_').filter((name) => name !== 'temporal_activity_execution_failed');
    expect(names).toContain('temporal_workflow_task_schedule_to_start_latency');
    for (const name of names) {
      const labels = { task_queue: platform.config.taskQueue };
      const value = sampleValue(text, name, labels) ?? sampleValue(text, `${name}_bucket`, labels);
      expect({ name, value }).toEqual({
        name,
        value: expect.any(Number),
      });
    }
  });

  it('logs JSON only, and on SIGTERM one line before it drains and exits 0', async () => {
    const before = output.length;
    const exited = new Promise<number | null>((resolve) => child!.once('exit', (code) => resolve(code)));
    child!.kill('SIGTERM');
    expect(await exited).toBe(0);
    child = null;
    const lines = output.trim().split('\n');
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
    const afterSignal = output.slice(before).trim().split('\n');
    expect(afterSignal).toHaveLength(1);
    expect(JSON.parse(afterSignal[0])).toMatchObject({ level: 'info', service: 'worker', signal: 'SIGTERM' });
  });
});

describe('the health server of a worker that shuts down', () => {
  it('answers 503 on /healthz and "draining" on /readyz once shutdown starts', async () => {
    const metrics = new WorkerMetrics();
    registerPoolMetrics(metrics.registry, platform.db.orm);
    const { worker, connection } = await createPipelineWorker({
      config: platform.config,
      orm: platform.db.orm,
      workflowBundle: await workflowBundle(),
      process: { activityInterceptors: [activityMetricsInterceptor(metrics)], shutdownGraceTime: '5s' },
    });
    const server = await startWorkerHealthServer({
      port: 0,
      host: '127.0.0.1',
      state: () => worker.getState(),
      database: () => databaseAnswers(platform.db.orm),
      registry: metrics.registry,
      token: null,
    });
    const url = `http://127.0.0.1:${server.port}`;
    try {
      expect((await getJson(`${url}/healthz`)).body).toEqual({ status: 'degraded', worker: 'INITIALIZED', db: 'up' });
      const running = worker.run();
      await runReconciliation('in-process');
      expect((await getJson(`${url}/healthz`)).status).toBe(200);
      const text = await metrics.registry.metrics();
      expect(sampleValue(text, 'thidua_activity_executions_total', { activity_type: 'reconcilePipelines' })).toBe(1);

      server.drain();
      worker.shutdown();
      const healthz = await getJson(`${url}/healthz`);
      expect(healthz.status).toBe(503);
      expect((healthz.body as { worker: string }).worker).not.toBe('RUNNING');
      expect(await getJson(`${url}/readyz`)).toEqual({ status: 503, body: expect.objectContaining({ status: 'draining' }) });
      await running;
      expect((await getJson(`${url}/healthz`)).body).toMatchObject({ status: 'degraded', worker: 'STOPPED' });
    } finally {
      await connection.close();
      await server.close();
    }
  });

  it.each([
    ['completed', async () => 'done'],
    ['failed', async () => Promise.reject(ApplicationFailure.nonRetryable('quota exceeded', 'QUOTA_EXCEEDED'))],
    ['cancelled', async () => Promise.reject(new CancelledFailure('the workflow cancelled it'))],
  ])('counts an activity attempt that ends %s', async (outcome, next) => {
    const metrics = new WorkerMetrics();
    const context = { info: { activityType: 'signDecision' }, cancellationSignal: new AbortController().signal };
    const interceptors = activityMetricsInterceptor(metrics)(context as unknown as ActivityContext);
    await interceptors.inbound!.execute!({ args: [], headers: {} }, next).catch(() => undefined);
    const text = await metrics.registry.metrics();
    expect(sampleValue(text, 'thidua_activity_executions_total', { activity_type: 'signDecision', outcome })).toBe(1);
  });
});
