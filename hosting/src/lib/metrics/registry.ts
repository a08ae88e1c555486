import 'server-only';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { buildVersion } from '../build-version';

/** Whether this process exposes Prometheus metrics (CANDOR_METRICS=1); off by default. */
export function metricsEnabled(env: NodeJS.ProcessEnv = process.env): boolean {
  return env.CANDOR_METRICS === '1' || env.CANDOR_METRICS === 'true';
}

/** The port of the metrics listener, apart from the public port (CANDOR_METRICS_PORT). */
export function metricsPort(env: NodeJS.ProcessEnv = process.env): number {
  const port = Number(env.CANDOR_METRICS_PORT ?? '9464');
  if (!Number.isInteger(port) || port <= 0 || port > 65_535) {
    throw new Error(`CANDOR_METRICS_PORT must be a port number, not ${String(port)}`);
  }
  return port;
}

export interface WebMetrics {
  registry: Registry;
  requests: Counter<'method' | 'route' | 'status'>;
  duration: Histogram<'method' | 'route' | 'status'>;
}

// Next.js compiles instrumentation.ts and each route into separate server chunks, and each chunk
// may carry its own copy of this module: one registry per process, kept on globalThis, is what
// every copy records into and what the listener serves.
const KEY = Symbol.for('candor.metrics');
type Holder = typeof globalThis & { [KEY]?: WebMetrics };

export function webMetrics(): WebMetrics {
  const holder = globalThis as Holder;
  const existing = holder[KEY];
  if (existing) return existing;
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  new Gauge({
    name: 'candor_build_info',
    help: 'The running build: 1, labelled with its version (the commit in CI images).',
    labelNames: ['version'],
    registers: [registry],
  }).set({ version: buildVersion() }, 1);
  const metrics: WebMetrics = {
    registry,
    requests: new Counter({
      name: 'candor_http_requests_total',
      help: 'HTTP requests handled by the web app, by method, route pattern and status.',
      labelNames: ['method', 'route', 'status'],
      registers: [registry],
    }),
    duration: new Histogram({
      name: 'candor_http_request_duration_seconds',
      help: 'Time from receiving a request to its handler finishing, by method, route and status.',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    }),
  };
  holder[KEY] = metrics;
  return metrics;
}

/** One finished request. `route` is Next's route pattern (`/interviews/[id]`), never the URL. */
export function recordRequest(
  request: { method: string; route: string | undefined; status: number },
  seconds: number,
): void {
  const { requests, duration } = webMetrics();
  const labels = {
    method: request.method,
    // Requests no route matched (static files, unknown paths) share one label: the URL itself
    // would make a new series per path.
    route: request.route ?? 'other',
    status: String(request.status),
  };
  requests.inc(labels);
  duration.observe(labels, seconds);
}
