import { createServer, type IncomingMessage, type Server } from 'node:http';

/** One scripted answer of the fake Gemini API. */
export type GeminiReply =
  | { kind: 'json'; value: unknown } // a well-formed answer whose text is this value as JSON
  | { kind: 'text'; text: string } // a well-formed answer with this raw text (e.g. malformed JSON)
  | { kind: 'error'; status: number; message?: string }
  | { kind: 'hang'; ms: number }; // answers only after `ms` (longer than the client's timeout)

export interface RecordedRequest {
  model: string;
  apiKey: string | undefined;
  body: GeminiRequestBody;
}

export interface GeminiRequestBody {
  contents?: { parts?: { text?: string }[] }[];
  systemInstruction?: { parts?: { text?: string }[] };
  generationConfig?: { responseMimeType?: string; responseJsonSchema?: unknown };
}

const STATUS_NAMES: Record<number, string> = {
  400: 'INVALID_ARGUMENT',
  401: 'UNAUTHENTICATED',
  403: 'PERMISSION_DENIED',
  429: 'RESOURCE_EXHAUSTED',
  500: 'INTERNAL',
  503: 'UNAVAILABLE',
};

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * A loopback server speaking Gemini's generateContent REST API, for the real @google/genai SDK.
 * Replies are scripted per marker: a request whose prompt contains the marker takes the next
 * reply of that script (the last one repeats), so concurrent tests never take each other's.
 */
export class FakeGemini {
  readonly requests: RecordedRequest[] = [];
  private readonly scripts = new Map<string, GeminiReply[]>();
  private server: Server | undefined;

  constructor(readonly apiKey = 'test-gemini-key') {}

  when(marker: string, ...replies: GeminiReply[]): this {
    this.scripts.set(marker, [...replies]);
    return this;
  }

  requestsFor(marker: string): RecordedRequest[] {
    return this.requests.filter((r) => JSON.stringify(r.body).includes(marker));
  }

  async listen(url: string): Promise<void> {
    const { hostname, port } = new URL(url);
    this.server = createServer((req, res) => {
      void this.handle(req).then(({ status, body, delayMs }) => {
        setTimeout(() => {
          if (res.destroyed) return;
          res.writeHead(status, { 'content-type': 'application/json' });
          res.end(body);
        }, delayMs);
      });
    });
    await new Promise<void>((resolve, reject) => {
      this.server?.once('error', reject);
      this.server?.listen(Number(port), hostname, resolve);
    });
  }

  async close(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise((resolve) => this.server?.close(resolve));
  }

  private nextReply(raw: string): GeminiReply {
    for (const [marker, replies] of this.scripts) {
      if (!raw.includes(marker)) continue;
      const reply = replies.length > 1 ? replies.shift() : replies[0];
      if (reply) return reply;
    }
    return { kind: 'error', status: 500, message: 'no scripted reply for this prompt' };
  }

  private async handle(
    req: IncomingMessage,
  ): Promise<{ status: number; body: string; delayMs: number }> {
    const match = /^\/v1beta\/models\/([^:]+):generateContent$/.exec(req.url ?? '');
    const raw = await readBody(req);
    if (req.method !== 'POST' || !match?.[1]) {
      return { status: 404, body: JSON.stringify({ error: { code: 404 } }), delayMs: 0 };
    }
    const apiKey = req.headers['x-goog-api-key'];
    const body = JSON.parse(raw) as GeminiRequestBody;
    this.requests.push({
      model: match[1],
      apiKey: typeof apiKey === 'string' ? apiKey : undefined,
      body,
    });
    if (apiKey !== this.apiKey) return this.error(401, 'API key not valid.');
    const reply = this.nextReply(raw);
    switch (reply.kind) {
      case 'json':
        return this.ok(JSON.stringify(reply.value));
      case 'text':
        return this.ok(reply.text);
      case 'error':
        return this.error(reply.status, reply.message ?? 'scripted failure');
      case 'hang':
        return { ...this.ok('{}'), delayMs: reply.ms };
    }
  }

  private ok(text: string) {
    const body = {
      candidates: [
        { content: { role: 'model', parts: [{ text }] }, finishReason: 'STOP', index: 0 },
      ],
      usageMetadata: { promptTokenCount: 100, candidatesTokenCount: 100, totalTokenCount: 200 },
      modelVersion: 'fake',
    };
    return { status: 200, body: JSON.stringify(body), delayMs: 0 };
  }

  private error(status: number, message: string) {
    const body = { error: { code: status, message, status: STATUS_NAMES[status] ?? 'UNKNOWN' } };
    return { status, body: JSON.stringify(body), delayMs: 0 };
  }
}
