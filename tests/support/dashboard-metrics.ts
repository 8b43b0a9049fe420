import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const DASHBOARD_FILE = join(__dirname, '..', '..', 'deploy', 'grafana', 'dashboards', 'thidua.json');

interface Panel {
  type: string;
  title: string;
  datasource?: { uid?: string };
  targets?: { expr: string }[];
}

export function dashboardPanels(): Panel[] {
  return (JSON.parse(readFileSync(DASHBOARD_FILE, 'utf8')) as { panels: Panel[] }).panels;
}

/** The metric names the sample dashboard's queries read, histogram series folded into their metric. */
export function dashboardMetricNames(prefix: 'thidua_' | 'temporal_'): string[] {
  const names = new Set<string>();
  for (const panel of dashboardPanels()) {
    for (const { expr } of panel.targets ?? []) {
      for (const [name] of expr.matchAll(new RegExp(`\\b${prefix}[a-z0-9_]+`, 'g'))) {
        names.add(name.replace(/_(bucket|sum|count)$/, ''));
      }
    }
  }
  return [...names].sort();
}
