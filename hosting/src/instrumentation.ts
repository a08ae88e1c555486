// Runs once when the Next.js server process starts. With CANDOR_METRICS=1 it counts every
// request from Next's own request spans and serves Prometheus metrics on CANDOR_METRICS_PORT;
// otherwise it does nothing. Server-only: nothing here reaches the browser's bundles.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { metricsEnabled, metricsPort, webMetrics } = await import('./lib/metrics/registry');
  if (!metricsEnabled()) return;
  const { startRequestMetrics } = await import('./lib/metrics/tracing');
  const { serveMetrics } = await import('./lib/metrics/server');
  webMetrics();
  startRequestMetrics();
  serveMetrics(metricsPort());
}
