import 'server-only';
import { createServer, type Server } from 'node:http';
import { webMetrics } from './registry';

export const METRICS_PATH = '/api/metrics';

/**
 * Serves GET /api/metrics on a port of its own, beside the public one: the Service the Ingress
 * routes names only the public port, so nothing outside the cluster reaches the metrics, while
 * Prometheus scrapes each pod on this port.
 */
export function serveMetrics(port: number): Server {
  const server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (path !== METRICS_PATH || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found\n');
      return;
    }
    const { registry } = webMetrics();
    registry.metrics().then(
      (body) => {
        res.writeHead(200, { 'Content-Type': registry.contentType, 'Cache-Control': 'no-store' });
        res.end(req.method === 'HEAD' ? undefined : body);
      },
      (error: unknown) => {
        res.writeHead(500, { 'Content-Type': 'text/plain' }).end(`${String(error)}\n`);
      },
    );
  });
  // The metrics must never keep a stopping server alive: SIGTERM ends the process as before.
  server.unref();
  server.listen(port, '0.0.0.0');
  return server;
}
