// The monitoring kept as code, checked without a cluster: the log-based metrics read fields the
// functions really log, the alert rules pass promtool's checks and unit tests, and the
// dashboards are well-formed Grafana JSON whose pipeline queries name defined metrics. The web
// app's queries are checked against a real Prometheus in prometheus.test.ts.
import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PIPELINE_FIELDS, pipeline, secondsSince } from '../../functions/src/helpers/logger';
import { ROOT } from '../support/env';
import {
  DEPLOY,
  LOG_METRIC_PREFIX,
  alertRules,
  dashboards,
  logMetricSeries,
  logMetrics,
  metricNames,
  panelQueries,
  prometheusTools,
  unknownMetrics,
} from './monitoring';

/** Every TypeScript source file of the functions, as text. */
function functionsSources(): string {
  const dir = join(ROOT, 'functions', 'src');
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.ts'))
    .map((f) => readFileSync(join(dir, f), 'utf8'))
    .join('\n');
}

describe('log-based metrics (deploy/monitoring/log-metrics)', () => {
  const metrics = logMetrics();
  const sources = functionsSources();

  it('cover every pipeline figure the functions log, and each is logged somewhere', () => {
    const events = Object.keys(PIPELINE_FIELDS);
    const filtered = metrics.map((m) => /jsonPayload\.pipeline="(\w+)"/.exec(m.filter)?.[1]);
    expect([...new Set(filtered)].sort()).toEqual([...events].sort());
    for (const event of events) {
      // A call of the typed helper: the compiler makes it carry the event's fields.
      expect([event, sources.includes(`pipeline('${event}'`)]).toEqual([event, true]);
    }
  });

  it('the fields helpers give the event name and the seconds a latency metric reads', () => {
    expect(pipeline('webhook', { result: 'stored' })).toEqual({
      pipeline: 'webhook',
      result: 'stored',
    });
    const now = Date.parse('2026-12-01T12:00:10Z');
    expect(secondsSince(new Date('2026-12-01T12:00:00Z'), now)).toBe(10);
    // A Firestore Timestamp as a raw document holds it.
    expect(secondsSince({ toMillis: () => now - 2500 }, now)).toBe(2.5);
    expect(secondsSince(null, now)).toBeNull();
    expect(secondsSince(undefined, now)).toBeNull();
  });

  it.each(metrics.map((m) => [m.name, m] as const))(
    '%s filters on and extracts only fields its event carries',
    (_name, metric) => {
      expect(metric.filter).toMatch(/^resource\.type="cloud_run_revision" AND /);
      const event = /jsonPayload\.pipeline="(\w+)"/.exec(metric.filter)?.[1] ?? '';
      const fields: readonly string[] = PIPELINE_FIELDS[event as keyof typeof PIPELINE_FIELDS];
      const named = [
        ...metric.filter.matchAll(/jsonPayload\.(\w+)/g),
        ...Object.values(metric.labelExtractors ?? {}).flatMap((e) => [
          ...e.matchAll(/jsonPayload\.(\w+)/g),
        ]),
        ...(metric.valueExtractor ?? '').matchAll(/jsonPayload\.(\w+)/g),
      ].map((m) => m[1] ?? '');
      for (const field of named) {
        expect([field, field === 'pipeline' || fields.includes(field)]).toEqual([field, true]);
      }
      // Every declared label has an extractor and the other way round.
      expect(Object.keys(metric.labelExtractors ?? {}).sort()).toEqual(
        (metric.metricDescriptor.labels ?? []).map((l) => l.key).sort(),
      );
      for (const extractor of Object.values(metric.labelExtractors ?? {})) {
        expect(extractor).toMatch(/^EXTRACT\(jsonPayload\.\w+\)$/);
      }
      if (metric.metricDescriptor.valueType === 'DISTRIBUTION') {
        expect(metric.valueExtractor).toMatch(/^EXTRACT\(jsonPayload\.\w+\)$/);
        expect(metric.bucketOptions).toBeDefined();
      } else {
        expect(metric.metricDescriptor).toMatchObject({ metricKind: 'DELTA', valueType: 'INT64' });
        expect(metric.valueExtractor).toBeUndefined();
      }
      // Log-based metric names: letters, digits and _ (Cloud Logging's own limit).
      expect(metric.name).toMatch(/^[a-z][a-z0-9_]{0,99}$/);
    },
  );
});

describe('alerting rules (deploy/prometheus/alerts.yml)', () => {
  const { promtool } = prometheusTools();
  const run = (args: string[]) => {
    const result = spawnSync(promtool, args, { cwd: join(DEPLOY, 'prometheus'), encoding: 'utf8' });
    return { status: result.status, output: `${result.stdout}${result.stderr}` };
  };

  it('pass promtool check rules', () => {
    const result = run(['check', 'rules', 'alerts.yml']);
    expect(result).toEqual({ status: 0, output: expect.stringContaining('SUCCESS') as unknown });
  });

  it('pass their unit tests (promtool test rules)', () => {
    const result = run(['test', 'rules', 'alerts.test.yml']);
    expect(result).toEqual({ status: 0, output: expect.stringContaining('SUCCESS') as unknown });
  });

  it('cover error rate, latency and feedback failures, each with a test', () => {
    const tests = readFileSync(join(DEPLOY, 'prometheus', 'alerts.test.yml'), 'utf8');
    const alerts = alertRules().map((r) => r.alert);
    expect(alerts).toEqual(
      expect.arrayContaining([
        'CandorWebHighErrorRate',
        'CandorWebSlowRequests',
        'CandorFeedbackFailures',
      ]),
    );
    for (const alert of alerts) expect(tests).toContain(`alertname: ${alert}`);
  });

  it('read only log-based metrics that are defined', () => {
    const defined = logMetrics().flatMap(logMetricSeries);
    const used = alertRules().flatMap((r) => metricNames(r.expr));
    const pipeline = used.filter((n) => n.startsWith(LOG_METRIC_PREFIX));
    expect(pipeline.length).toBeGreaterThan(0);
    for (const name of pipeline) expect([name, defined.includes(name)]).toEqual([name, true]);
  });
});

describe('Grafana dashboards (deploy/grafana)', () => {
  const all = dashboards();

  it('are the web app and the pipeline', () => {
    expect(all.map((d) => d.file)).toEqual(['pipeline.json', 'web.json']);
  });

  it.each(all.map((d) => [d.file, d.dashboard] as const))(
    '%s is a dashboard model Grafana imports',
    (_file, dashboard) => {
      expect(dashboard.uid).toMatch(/^[\w-]{1,40}$/);
      expect(dashboard.schemaVersion).toBeGreaterThanOrEqual(36);
      expect(dashboard.templating.list).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ name: 'datasource', type: 'datasource', query: 'prometheus' }),
        ]),
      );
      const ids = dashboard.panels.map((p) => p.id);
      expect(new Set(ids).size).toBe(ids.length);
      for (const panel of dashboard.panels) {
        expect(panel.datasource).toEqual({ type: 'prometheus', uid: '${datasource}' });
        expect(panel.targets?.length).toBeGreaterThan(0);
        expect(panel.gridPos.x + panel.gridPos.w).toBeLessThanOrEqual(24);
        const refIds = (panel.targets ?? []).map((t) => t.refId);
        expect(new Set(refIds).size).toBe(refIds.length);
      }
    },
  );

  it('pipeline: every query names a defined log-based metric', () => {
    const defined = logMetrics().flatMap(logMetricSeries);
    const pipeline = all.find((d) => d.file === 'pipeline.json')?.dashboard;
    const queries = pipeline ? panelQueries(pipeline) : [];
    expect(queries.length).toBeGreaterThan(0);
    expect(unknownMetrics(queries, defined)).toEqual([]);
    // Time to questions, time to feedback and failures by cause are all there.
    const titles = pipeline?.panels.map((p) => p.title) ?? [];
    expect(titles).toEqual(
      expect.arrayContaining(['Time to questions', 'Time to feedback', 'Model failures by kind']),
    );
  });

  it('the metric-name reader sees through PromQL syntax', () => {
    expect(
      metricNames(
        'histogram_quantile(0.95, sum by (le, route) (rate(a_bucket{route!="x",le=~"1.*"}[5m]))) / on (job) group_left b:c offset 5m',
      ),
    ).toEqual(['a_bucket', 'b:c']);
  });
});
