/**
 * The provider adapter on its own, in this process, against the same loopback fake: each real
 * failure shape becomes its own ModelError kind with the details an operator needs, and the
 * shared call helper writes one log line per failed call naming the cause.
 */
import { createGeminiModel } from '../../functions/src/providers/gemini';
import { ModelError, type ModelErrorKind } from '../../functions/src/providers/model';
import { generateChecked } from '../../functions/src/services/model-calls';
import { requireEnv } from '../support/env';
import { FakeGemini, type GeminiReply } from '../support/fake-gemini';

const gemini = new FakeGemini();
const url = requireEnv('FAKE_GEMINI_URL');

beforeAll(async () => {
  await gemini.listen(url);
});

afterAll(async () => {
  await gemini.close();
});

const model = (apiKey = 'test-gemini-key', timeoutMs = 1_000) =>
  createGeminiModel({ apiKey, model: 'gemini-3.8-flash', baseUrl: url, timeoutMs });

async function failureOf(marker: string, reply: GeminiReply, apiKey?: string) {
  gemini.when(marker, reply);
  try {
    await model(apiKey).generateJson({
      task: 'questions',
      systemInstruction: 'Write questions.',
      contents: `Role: engineer (${marker})`,
      responseJsonSchema: { type: 'object' },
    });
  } catch (error) {
    if (error instanceof ModelError) return error;
    throw error;
  }
  throw new Error('the call succeeded');
}

const CASES: [string, GeminiReply, ModelErrorKind, Record<string, unknown>][] = [
  ['missing key', { kind: 'apiError', error: 'missingKey' }, 'missing_key', { status: 403 }],
  [
    'permission denied',
    { kind: 'apiError', error: 'permissionDenied' },
    'permission_denied',
    { status: 403, reason: 'API_KEY_SERVICE_BLOCKED' },
  ],
  ['bad request', { kind: 'apiError', error: 'badRequest' }, 'bad_request', { status: 400 }],
  [
    '429 with RetryInfo',
    { kind: 'apiError', error: 'rateLimited', retryDelay: '53.016342224s' },
    'rate_limited',
    { status: 429, retryAfterMs: 53_017 },
  ],
  [
    '429 per day',
    { kind: 'apiError', error: 'rateLimited', daily: true },
    'rate_limited',
    { status: 429, daily: true },
  ],
  ['500', { kind: 'apiError', error: 'internal' }, 'server_error', { status: 500 }],
  ['503', { kind: 'apiError', error: 'unavailable' }, 'unavailable', { status: 503 }],
  ['504', { kind: 'apiError', error: 'deadline' }, 'deadline_exceeded', { status: 504 }],
  [
    'blocked prompt',
    { kind: 'blocked', blockReason: 'PROHIBITED_CONTENT' },
    'blocked_prompt',
    { reason: 'PROHIBITED_CONTENT' },
  ],
  ['SAFETY', { kind: 'finish', finishReason: 'SAFETY' }, 'safety', { reason: 'SAFETY' }],
  [
    'RECITATION',
    { kind: 'finish', finishReason: 'RECITATION' },
    'recitation',
    { reason: 'RECITATION' },
  ],
  [
    'MAX_TOKENS',
    { kind: 'finish', finishReason: 'MAX_TOKENS', text: '{"questions": [' },
    'max_tokens',
    { reason: 'MAX_TOKENS' },
  ],
  ['OTHER', { kind: 'finish', finishReason: 'OTHER' }, 'other_finish', { reason: 'OTHER' }],
  ['no candidates', { kind: 'noCandidates' }, 'empty', {}],
  ['timeout', { kind: 'hang', ms: 3_000 }, 'timeout', {}],
];

describe('createGeminiModel classifies what the real API sends', () => {
  it.each(CASES)('%s', async (name, reply, kind, details) => {
    const error = await failureOf(`cls-${name.replace(/\W+/g, '-')}`, reply);
    expect(error.kind).toBe(kind);
    expect(error.details).toMatchObject(details);
  });

  it('reads a wrong key from the real invalid-key answer, not from a status code', async () => {
    const error = await failureOf('cls-badkey', { kind: 'json', value: {} }, 'wrong-key');
    expect(error.kind).toBe('invalid_key');
    expect(error.details).toMatchObject({ status: 400, reason: 'API_KEY_INVALID' });
    expect(error.retryable).toBe(false);
  });

  it('retries only what another try can fix', async () => {
    const retryable = (e: ModelError) => e.retryable;
    const short = await failureOf('cls-429-short', {
      kind: 'apiError',
      error: 'rateLimited',
      retryDelay: '2s',
    });
    expect([short.retryable, short.retryDelayMs]).toEqual([true, 2_000]);
    const long = await failureOf('cls-429-long', { kind: 'apiError', error: 'rateLimited' });
    expect(retryable(long)).toBe(false);
    expect(
      retryable(await failureOf('cls-r-503', { kind: 'apiError', error: 'unavailable' })),
    ).toBe(true);
    expect(
      retryable(await failureOf('cls-r-block', { kind: 'blocked', blockReason: 'SAFETY' })),
    ).toBe(false);
  });

  it('returns the text of a finished answer, without thought parts', async () => {
    gemini.when('cls-ok', { kind: 'json', value: { questions: [] } });
    const text = await model().generateJson({
      task: 'feedback',
      systemInstruction: 'Score.',
      contents: 'cls-ok',
      responseJsonSchema: { type: 'object' },
    });
    expect(JSON.parse(text)).toEqual({ questions: [] });
  });
});

describe('generateChecked logs each failed call with its cause', () => {
  it('names the cause for the operator and gives the candidate a sentence', async () => {
    const lines: { message: string; extra: Record<string, unknown> }[] = [];
    const record = (message: string, extra: Record<string, unknown> = {}) => {
      lines.push({ message, extra });
    };
    gemini.when(
      'cls-log',
      { kind: 'apiError', error: 'unavailable' },
      { kind: 'finish', finishReason: 'MAX_TOKENS', text: '{' },
    );
    const outcome = await generateChecked({
      model: model(),
      task: 'questions',
      prompt: { systemInstruction: 'Write questions.', contents: 'cls-log' },
      responseJsonSchema: { type: 'object' },
      check: (raw) => ({ ok: true, value: raw }),
      unusable: () => 'unusable',
      logger: { info: record, warn: record, error: record },
    });
    expect(outcome.ok).toBe(false);
    expect(outcome.ok ? '' : outcome.error).toMatch(/ran out of room/);
    expect(lines.map((l) => l.message)).toEqual([
      'model call failed: Gemini is overloaded or unavailable',
      'model call failed: Gemini hit the output token limit before finishing',
    ]);
    expect(lines[0]?.extra).toMatchObject({ kind: 'unavailable', status: 503, attempt: 1 });
    expect(lines[1]?.extra).toMatchObject({ kind: 'max_tokens', reason: 'MAX_TOKENS', attempt: 2 });
    expect(String(lines[1]?.extra.detail)).toMatch(/thoughts 8000 tokens/);
  });
});
