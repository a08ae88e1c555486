/**
 * The one HTTP server under every loopback fake (fake-gemini.ts, fake-retell.ts, the bench's
 * latency proxy): listens on loopback (port 0 unless one is pinned), reads and parses the JSON
 * body up to a size limit, keeps a log of every request, answers what the handler returns and
 * turns a handler that throws into an error answer. What a fake answers, including the error
 * bodies, is the fake's: each passes the shapes its real service sends.
 */
import {
  createServer,
  type IncomingHttpHeaders,
  type IncomingMessage,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LoopbackRequest {
  method: string;
  /** Path without the query string, e.g. /v3/create-web-call */
  path: string;
  query: Record<string, string>;
  headers: IncomingHttpHeaders;
  rawBody: string;
  /** The parsed JSON body; undefined when empty or not JSON. */
  body: unknown;
  /** A body was sent and it is not JSON (the fake decides when, and how, to refuse it). */
  invalidJson: boolean;
}

export interface LoopbackReply {
  status: number;
  headers?: Record<string, string>;
  /** Sent as application/json (unless `headers` say otherwise). */
  json?: unknown;
  /** Sent as it is, with the content type in `headers`. */
  text?: string;
}

export interface LoopbackExchange {
  /**
   * Resolves after `ms`: true while the client still waits, false once it has given up or the
   * server is closing (then the handler should do nothing more and return null).
   */
  wait(ms: number): Promise<boolean>;
}

export interface LoopbackServerOptions {
  /** Defaults to 127.0.0.1. */
  host?: string;
  /** Defaults to 0: any free port (read it back from `port` or `url`). */
  port?: number;
  /** Bodies above this many bytes get `tooLarge` without reaching the handler. */
  maxBodyBytes: number;
  tooLarge: (limit: number) => LoopbackReply;
  /** The answer when the handler throws, in the provider's shape for a server error. */
  internalError: (error: unknown) => LoopbackReply;
  /** null: answer nothing (the client has gone away). */
  handle: (
    request: LoopbackRequest,
    exchange: LoopbackExchange,
  ) => LoopbackReply | null | Promise<LoopbackReply | null>;
}

export interface LoopbackServer {
  /** http://host:port, what a client's base URL points at. */
  readonly url: string;
  readonly port: number;
  /** Every request that reached the handler, in order of arrival. */
  readonly requests: LoopbackRequest[];
  /** Ends every pending `wait` with false: those requests are never answered. */
  cancelWaits(): void;
  /** Ends pending waits, drops open connections and stops listening. */
  close(): Promise<void>;
}

export function sendReply(res: ServerResponse, reply: LoopbackReply): void {
  if (res.destroyed || res.headersSent) return;
  // One request per connection: a fake is closed and another started on the same pinned port
  // between test files, and a client's kept-alive socket to the closed one would otherwise be
  // reused and fail as a network error.
  res.shouldKeepAlive = false;
  const payload = reply.json !== undefined ? JSON.stringify(reply.json) : reply.text;
  if (payload === undefined) {
    res.writeHead(reply.status, reply.headers ?? {}).end();
    return;
  }
  res
    .writeHead(reply.status, {
      ...(reply.json !== undefined ? { 'content-type': 'application/json' } : {}),
      'content-length': String(Buffer.byteLength(payload)),
      ...reply.headers,
    })
    .end(payload);
}

/** Reads the body, or stops counting at `limit` bytes (the rest is drained, not kept). */
async function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size <= limit) chunks.push(chunk as Buffer);
  }
  return size > limit ? null : Buffer.concat(chunks).toString('utf8');
}

export async function startLoopbackServer(options: LoopbackServerOptions): Promise<LoopbackServer> {
  const requests: LoopbackRequest[] = [];
  const waits = new Map<NodeJS.Timeout, () => void>();
  let closing = false;

  async function respond(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const rawBody = await readBody(req, options.maxBodyBytes);
    if (rawBody === null) {
      sendReply(res, options.tooLarge(options.maxBodyBytes));
      return;
    }
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    let body: unknown;
    let invalidJson = false;
    if (rawBody !== '') {
      try {
        body = JSON.parse(rawBody) as unknown;
      } catch {
        invalidJson = true;
      }
    }
    const request: LoopbackRequest = {
      method: req.method ?? 'GET',
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      headers: req.headers,
      rawBody,
      body,
      invalidJson,
    };
    requests.push(request);
    const exchange: LoopbackExchange = {
      wait: (ms) =>
        new Promise<boolean>((resolve) => {
          const timer = setTimeout(() => {
            waits.delete(timer);
            // The client may have given up; answering a closed socket is harmless, but the
            // fake should not act on a request nobody waits for any more.
            resolve(!closing && !res.destroyed);
          }, ms);
          waits.set(timer, () => {
            resolve(false);
          });
        }),
    };
    let reply: LoopbackReply | null;
    try {
      reply = await options.handle(request, exchange);
    } catch (error) {
      reply = options.internalError(error);
    }
    if (reply) sendReply(res, reply);
  }

  function cancelWaits(): void {
    for (const [timer, cancel] of waits) {
      clearTimeout(timer);
      cancel();
    }
    waits.clear();
  }

  const server = createServer((req, res) => {
    respond(req, res).catch((error: unknown) => {
      sendReply(res, options.internalError(error));
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const { address, port } = server.address() as AddressInfo;

  return {
    url: `http://${address}:${String(port)}`,
    port,
    requests,
    cancelWaits,
    async close() {
      closing = true;
      cancelWaits();
      server.closeAllConnections();
      await new Promise<void>((resolve, reject) => {
        server.close((error) => {
          if (error) reject(error);
          else resolve();
        });
      });
    },
  };
}
