// What the monitoring tests share: the dashboards' queries, the metric names a PromQL
// expression reads, and the log-based metric definitions.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from '../support/env';

export const DEPLOY = join(ROOT, 'deploy');

export type Panel = {
  id: number;
  type: string;
  title: string;
  datasource?: { type: string; uid: string };
  gridPos: { x: number; y: number; w: number; h: number };
  targets?: { refId: string; expr: string; datasource?: { type: string; uid: string } }[];
};
export type Dashboard = {
  uid: string;
  title: string;
  schemaVersion: number;
  panels: Panel[];
  templating: { list: { name: string; type: string; query?: string }[] };
};

export function dashboards(): { file: string; dashboard: Dashboard }[] {
  const dir = join(DEPLOY, 'grafana');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({
      file,
      dashboard: JSON.parse(readFileSync(join(dir, file), 'utf8')) as Dashboard,
    }));
}

export function panelQueries(dashboard: Dashboard): { panel: string; expr: string }[] {
  return dashboard.panels.flatMap((p) =>
    (p.targets ?? []).map((t) => ({ panel: p.title, expr: t.expr })),
  );
}

/** Grafana's interval variables, as Grafana would substitute them for a 15 s scrape. */
export function withGrafanaVariables(expr: string, interval = '1m'): string {
  return expr.replaceAll('$__rate_interval', interval).replaceAll('$__interval', interval);
}

const KEYWORDS = new Set([
  'by',
  'without',
  'on',
  'ignoring',
  'group_left',
  'group_right',
  'and',
  'or',
  'unless',
  'bool',
  'offset',
  'inf',
  'nan',
]);

/** The metric names a PromQL expression selects (not functions, labels or keywords). */
export function metricNames(expr: string): string[] {
  const bare = expr
    .replace(/"(?:[^"\\]|\\.)*"/g, '""') // label values
    .replace(/\{[^}]*\}/g, ' ') // label matchers
    .replace(/\[[^\]]*\]/g, ' ') // ranges
    .replace(/\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)/g, ' '); // label lists
  const names = new Set<string>();
  for (const match of bare.matchAll(/(?<![\w:$.])([a-zA-Z_:][\w:]*)(?![\w:])(?!\s*\()/g)) {
    const name = match[1] ?? '';
    if (!KEYWORDS.has(name.toLowerCase())) names.add(name);
  }
  return [...names].sort();
}

export type LogMetric = {
  name: string;
  description: string;
  filter: string;
  metricDescriptor: {
    metricKind: string;
    valueType: string;
    labels?: { key: string; valueType: string }[];
  };
  labelExtractors?: Record<string, string>;
  valueExtractor?: string;
  bucketOptions?: unknown;
};

export function logMetrics(): LogMetric[] {
  const dir = join(DEPLOY, 'monitoring', 'log-metrics');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((file) => ({
      name: file.replace(/\.yaml$/, ''),
      ...(parse(readFileSync(join(dir, file), 'utf8')) as Omit<LogMetric, 'name'>),
    }));
}

/**
 * How Cloud Monitoring names a user-defined log-based metric in PromQL (Managed Service for
 * Prometheus): logging.googleapis.com/user/<name> becomes logging_googleapis_com:user_<name>;
 * distributions are read as histograms (_bucket, _count, _sum).
 */
export const LOG_METRIC_PREFIX = 'logging_googleapis_com:user_';

export function logMetricSeries(metric: LogMetric): string[] {
  const name = `${LOG_METRIC_PREFIX}${metric.name}`;
  return metric.metricDescriptor.valueType === 'DISTRIBUTION'
    ? [`${name}_bucket`, `${name}_count`, `${name}_sum`]
    : [name];
}

export function alertRules(): { alert: string; expr: string }[] {
  const file = join(DEPLOY, 'prometheus', 'alerts.yml');
  const { groups } = parse(readFileSync(file, 'utf8')) as {
    groups: { rules: { alert: string; expr: string }[] }[];
  };
  return groups.flatMap((g) => g.rules);
}

/** Panels whose queries name a metric outside `known`, or no metric at all: [panel, name]. */
export function unknownMetrics(
  queries: { panel: string; expr: string }[],
  known: readonly string[],
): [string, string][] {
  return queries.flatMap(({ panel, expr }) => {
    const names = metricNames(expr);
    if (names.length === 0) return [[panel, '(no metric)'] as [string, string]];
    return names.filter((n) => !known.includes(n)).map((n) => [panel, n] as [string, string]);
  });
}

/** Prometheus and promtool (scripts/ensure-prometheus.mjs installs them when missing). */
export function prometheusTools(): { prometheus: string; promtool: string } {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts', 'ensure-prometheus.mjs')], {
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout) as { prometheus: string; promtool: string };
}
