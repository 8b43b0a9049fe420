import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Orm } from '../../server/db/open-database';
import { ApiMetrics } from '../../server/observability/api-metrics';
import { registerPoolMetrics } from '../../server/observability/pool-metrics';
import { WorkerMetrics } from '../../workflows/worker/activity-metrics';
import { dashboardMetricNames, dashboardPanels } from '../support/dashboard-metrics';

/**
 * The sample Grafana dashboard an operator imports reads only metrics the API and the worker
 * export, from the data source Grafana is provisioned with. (Its temporal_* metrics are checked
 * against a real worker's exporter in tests/workflows/worker-health.test.ts.)
 */
const DEPLOY = join(__dirname, '..', '..', 'deploy');

async function exportedNames(): Promise<Set<string>> {
  const api = new ApiMetrics();
  const worker = new WorkerMetrics();
  // No database here: the pool gauges read 0, their names are what counts.
  registerPoolMetrics(api.registry, {} as Orm);
  const metrics = [...(await api.registry.getMetricsAsJSON()), ...(await worker.registry.getMetricsAsJSON())];
  return new Set(metrics.map((metric) => metric.name));
}

it('queries only thidua_ metrics that the API or the worker registers', async () => {
  const exported = await exportedNames();
  const used = dashboardMetricNames('thidua_');
  expect(used.length).toBeGreaterThan(10);
  expect(used.filter((name) => !exported.has(name))).toEqual([]);
});

it('has a query on every panel, all on the provisioned Prometheus data source', () => {
  const datasources = readFileSync(join(DEPLOY, 'grafana', 'provisioning', 'datasources', 'prometheus.yml'), 'utf8');
  const uid = /uid:\s*(\S+)/.exec(datasources)?.[1];
  const graphs = dashboardPanels().filter((panel) => panel.type !== 'row');
  expect(graphs.length).toBeGreaterThan(15);
  for (const panel of graphs) {
    expect({ title: panel.title, uid: panel.datasource?.uid }).toEqual({ title: panel.title, uid });
    expect(panel.targets?.length).toBeGreaterThan(0);
  }
});

it('scrapes the API, the worker and the worker’s Temporal exporter by their compose service names', () => {
  const prometheus = readFileSync(join(DEPLOY, 'prometheus', 'prometheus.yml'), 'utf8');
  for (const [name, port] of [
    ['api', 4000],
    ['worker', 4001],
    ['worker', 9464],
  ]) {
    expect(prometheus).toMatch(new RegExp(`names: \\[${name}\\]\\s+type: A\\s+port: ${port}`));
  }
});
