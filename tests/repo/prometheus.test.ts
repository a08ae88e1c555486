// A real Prometheus (Debian's, installed by scripts/ensure-prometheus.mjs when missing) scrapes
// the runner image replayed as docker-steps.test.ts starts it, with metrics on, through the
// project's own scrape config: Kubernetes pod discovery is the one part swapped out, for a
// static target carrying the same meta labels the pod discovery gives (annotations, namespace,
// pod name), so the project's relabelling runs unchanged and must find the metrics port.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import {
  RUNTIME_ENV,
  buildStage,
  containerEnv,
  freePort,
  start,
  stop,
  waitForHttp,
  workdirOf,
  type Started,
  type StageResult,
} from './docker';
import {
  DEPLOY,
  dashboards,
  panelQueries,
  prometheusTools,
  unknownMetrics,
  withGrafanaVariables,
} from './monitoring';

type ScrapeConfig = { job_name: string; metrics_path: string; [key: string]: unknown };
type Config = {
  global: Record<string, string>;
  rule_files: string[];
  scrape_configs: ScrapeConfig[];
};
type Sample = { metric: Record<string, string>; value: [number, string] };

const tools = prometheusTools();

describe('Prometheus scraping the runner', () => {
  let out: string;
  let image: StageResult;
  // Unset when beforeAll failed before starting them.
  let server: Started | undefined;
  let prometheus: Started | undefined;
  let origin: string;
  let api: string;
  let metricsPort: number;

  async function query(expr: string): Promise<Sample[]> {
    const response = await fetch(`${api}/api/v1/query?query=${encodeURIComponent(expr)}`);
    const body = (await response.json()) as {
      status: string;
      data?: { result: Sample[] };
      error?: string;
    };
    if (body.status !== 'success') throw new Error(`${expr}: ${body.error ?? response.status}`);
    return body.data?.result ?? [];
  }

  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'candor-prometheus-'));
    image = buildStage('runner', join(out, 'image'));
    const port = await freePort();
    metricsPort = await freePort();
    origin = `http://127.0.0.1:${String(port)}`;
    server = start(image.cmd ?? [], {
      cwd: workdirOf(image),
      env: containerEnv(image, {
        ...RUNTIME_ENV,
        PORT: String(port),
        CANDOR_VERSION: 'replayed-commit',
        // What deploy/kubernetes/base/deployment.yaml sets.
        CANDOR_METRICS: '1',
        CANDOR_METRICS_PORT: String(metricsPort),
      }),
    });
    await waitForHttp(`${origin}/api/health`, 30_000, server);

    const config = parse(
      readFileSync(join(DEPLOY, 'prometheus', 'prometheus.yml'), 'utf8'),
    ) as Config;
    const job = config.scrape_configs.find((j) => j.job_name === 'candor-web');
    if (!job) throw new Error('prometheus.yml has no candor-web job');
    const pod = (name: string, scrape: string) => ({
      // Pod discovery gives one target per declared container port: the public one here.
      targets: [`127.0.0.1:${String(port)}`],
      labels: {
        __meta_kubernetes_namespace: 'candor',
        __meta_kubernetes_pod_name: name,
        __meta_kubernetes_pod_annotation_prometheus_io_scrape: scrape,
        __meta_kubernetes_pod_annotation_prometheus_io_port: String(metricsPort),
        __meta_kubernetes_pod_annotation_prometheus_io_path: '/api/metrics',
      },
    });
    expect(Object.keys(job)).toContain('kubernetes_sd_configs');
    delete job.kubernetes_sd_configs;
    job.static_configs = [pod('candor-replay', 'true'), pod('unannotated', 'false')];
    job.scrape_interval = '1s';
    config.global = { ...config.global, scrape_interval: '1s', evaluation_interval: '1s' };
    config.rule_files = config.rule_files.map((f) => join(DEPLOY, 'prometheus', f));
    const file = join(out, 'prometheus.yml');
    writeFileSync(file, stringify(config));
    const check = spawnSync(tools.promtool, ['check', 'config', file], { encoding: 'utf8' });
    expect({ status: check.status, output: check.stdout + check.stderr }).toMatchObject({
      status: 0,
    });

    api = `http://127.0.0.1:${String(await freePort())}`;
    prometheus = start(
      [
        tools.prometheus,
        `--config.file=${file}`,
        `--storage.tsdb.path=${join(out, 'data')}`,
        `--web.listen-address=${api.replace('http://', '')}`,
        '--storage.tsdb.retention.time=1h',
      ],
      { cwd: out, env: { PATH: process.env.PATH ?? '/usr/bin:/bin' } },
    );
    await waitForHttp(`${api}/-/ready`, 30_000, prometheus);

    // A few pages, a dynamic route, a miss and the health check.
    for (const path of [
      '/',
      '/sign-in',
      '/interviews/abc123',
      '/interviews/def456',
      '/no-such-page',
    ]) {
      await fetch(`${origin}${path}`).then((r) => r.text());
    }
    for (let i = 0; i < 3; i++) await fetch(`${origin}/api/health`).then((r) => r.text());

    // Until a scrape after those requests has landed.
    const deadline = Date.now() + 30_000;
    for (;;) {
      const seen = await query(
        'sum(candor_http_requests_total{route="/no-such-page"} or candor_http_requests_total{route="/_not-found"})',
      );
      if (seen.length > 0) break;
      if (Date.now() > deadline) {
        throw new Error(`No scrape arrived:\n${prometheus.output()}\n${server.output()}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }, 120_000);

  afterAll(async () => {
    if (prometheus) await stop(prometheus, 'SIGTERM', 10_000);
    if (server) await stop(server, 'SIGTERM', 10_000);
    rmSync(out, { recursive: true, force: true });
  });

  it('finds the pod through the relabelling, on the metrics port, and drops unannotated pods', async () => {
    const response = await fetch(`${api}/api/v1/targets`);
    const { data } = (await response.json()) as {
      data: {
        activeTargets: { labels: Record<string, string>; scrapeUrl: string; health: string }[];
        droppedTargets: { discoveredLabels: Record<string, string> }[];
      };
    };
    expect(data.activeTargets).toHaveLength(1);
    expect(data.activeTargets[0]).toMatchObject({
      scrapeUrl: `http://127.0.0.1:${String(metricsPort)}/api/metrics`,
      labels: { job: 'candor-web', namespace: 'candor', pod: 'candor-replay' },
      health: 'up',
    });
    expect(data.droppedTargets.map((t) => t.discoveredLabels.__meta_kubernetes_pod_name)).toEqual([
      'unannotated',
    ]);
    expect(await query('up{job="candor-web"}')).toEqual([
      expect.objectContaining({ value: [expect.any(Number), '1'] }),
    ]);
  });

  it('counts requests per route pattern and status, with latency histograms', async () => {
    const counts = await query(
      'sum by (method, route, status) (candor_http_requests_total{job="candor-web"})',
    );
    const count = (route: string, status: string) =>
      Number(
        counts.find((s) => s.metric.route === route && s.metric.status === status)?.value[1] ?? 0,
      );
    expect(count('/', '200')).toBeGreaterThanOrEqual(1);
    expect(count('/sign-in', '200')).toBeGreaterThanOrEqual(1);
    // Both interview URLs are one series: the route pattern, never the URL.
    expect(count('/interviews/[id]', '200')).toBe(2);
    expect(count('/_not-found', '404')).toBe(1);
    expect(count('/api/health', '200')).toBeGreaterThanOrEqual(3);
    expect(counts.some((s) => s.metric.route?.includes('abc123'))).toBe(false);
    expect(counts.every((s) => s.metric.method === 'GET')).toBe(true);

    const histogram = await query(
      'sum by (route) (candor_http_request_duration_seconds_count{route="/interviews/[id]"})',
    );
    expect(histogram.map((s) => s.value[1])).toEqual(['2']);
    const p99 = await query(
      'histogram_quantile(0.99, sum by (le) (candor_http_request_duration_seconds_bucket{route="/"}))',
    );
    expect(Number(p99[0]?.value[1])).toBeGreaterThan(0);
  });

  it('exports process metrics and the build version', async () => {
    expect(await query('candor_build_info')).toEqual([
      expect.objectContaining({
        metric: expect.objectContaining({
          version: 'replayed-commit',
          pod: 'candor-replay',
        }) as unknown,
        value: [expect.any(Number), '1'],
      }),
    ]);
    const memory = await query('process_resident_memory_bytes{job="candor-web"}');
    expect(Number(memory[0]?.value[1])).toBeGreaterThan(10_000_000);
    expect(await query('nodejs_eventloop_lag_p99_seconds{job="candor-web"}')).toHaveLength(1);
  });

  it('keeps the metrics code out of what browsers load', () => {
    const staticDir = join(workdirOf(image), 'hosting', '.next', 'static');
    const files = readdirSync(staticDir, { recursive: true, encoding: 'utf8' }).filter((f) =>
      f.endsWith('.js'),
    );
    expect(files.length).toBeGreaterThan(0);
    const leaks = files.filter((f) =>
      /candor_http_requests_total|prom-client|BasicTracerProvider/.test(
        readFileSync(join(staticDir, f), 'utf8'),
      ),
    );
    expect(leaks).toEqual([]);
  });

  it('keeps the metrics off the public port', async () => {
    const response = await fetch(`${origin}/api/metrics`);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('candor_http_requests_total');
  });

  it('loads the alerting rules and evaluates them without errors', async () => {
    // Rules are evaluated every second here; wait for one evaluation of each.
    const deadline = Date.now() + 10_000;
    let rules: { name: string; health: string; lastError?: string }[] = [];
    for (;;) {
      const response = await fetch(`${api}/api/v1/rules`);
      const { data } = (await response.json()) as {
        data: { groups: { rules: { name: string; health: string; lastError?: string }[] }[] };
      };
      rules = data.groups.flatMap((g) => g.rules);
      if (rules.length > 0 && rules.every((r) => r.health !== 'unknown')) break;
      if (Date.now() > deadline) break;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect(rules.map((r) => r.name)).toContain('CandorWebHighErrorRate');
    expect(rules.filter((r) => r.health !== 'ok')).toEqual([]);
  });

  it('web dashboard: every query names a scraped metric and runs', async () => {
    const response = await fetch(`${api}/api/v1/label/__name__/values`);
    const scraped = ((await response.json()) as { data: string[] }).data;
    const web = dashboards().find((d) => d.file === 'web.json')?.dashboard;
    const queries = web ? panelQueries(web) : [];
    expect(queries.length).toBeGreaterThan(5);
    expect(unknownMetrics(queries, scraped)).toEqual([]);
    for (const { expr } of queries) {
      // Prometheus parses and runs it (Grafana's interval variables filled in).
      await expect(query(withGrafanaVariables(expr))).resolves.toBeDefined();
    }
  });

  it('metrics stay off without CANDOR_METRICS, and the server stops on SIGTERM', async () => {
    const port = await freePort();
    const quietMetrics = await freePort();
    const quiet = start(image.cmd ?? [], {
      cwd: workdirOf(image),
      env: containerEnv(image, {
        ...RUNTIME_ENV,
        PORT: String(port),
        CANDOR_METRICS_PORT: String(quietMetrics),
      }),
    });
    try {
      await waitForHttp(`http://127.0.0.1:${String(port)}/api/health`, 30_000, quiet);
      expect((await fetch(`http://127.0.0.1:${String(port)}/api/metrics`)).status).toBe(404);
      await expect(fetch(`http://127.0.0.1:${String(quietMetrics)}/api/metrics`)).rejects.toThrow();
    } finally {
      expect((await stop(quiet, 'SIGTERM', 10_000)).killed).toBe(false);
    }
    // The metrics listener does not keep a stopping server alive.
    if (!server) throw new Error('the server did not start');
    expect((await stop(server, 'SIGTERM', 10_000)).killed).toBe(false);
  });
});
