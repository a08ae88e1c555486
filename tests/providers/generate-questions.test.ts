import { generateQuestions } from '../../functions/src/services/interviews';
import { signedInClient, type TestClient } from '../support/client';
import { requireEnv } from '../support/env';
import { FakeGemini, type GeminiReply } from '../support/fake-gemini';
import { settledInterview, untilSettled } from '../support/interviews';

const gemini = new FakeGemini();
let client: TestClient;

beforeAll(async () => {
  await gemini.listen(requireEnv('FAKE_GEMINI_URL'));
  client = await signedInClient('Gemini Candidate');
});

afterAll(async () => {
  await client.close();
  await gemini.close();
});

const QUESTIONS = [
  {
    text: 'Tell me about a time you disagreed with a teammate and how you resolved it.',
    kind: 'behavioral',
  },
  { text: 'How would you design a rate limiter for a public API?', kind: 'technical' },
  { text: 'Walk me through how you would find a memory leak in a Go service.', kind: 'technical' },
];
const good: GeminiReply = { kind: 'json', value: { questions: QUESTIONS } };

/** Creates an interview whose prompt carries a unique marker, so the fake knows which script. */
async function createWith(marker: string, ...replies: GeminiReply[]) {
  gemini.when(marker, ...replies);
  return settledInterview(
    client,
    { role: `Platform Engineer ${marker}`, techStack: ['Go'] },
    `interview ${marker} to settle`,
  );
}

describe('onInterviewCreated with Gemini (real SDK, loopback fake API)', () => {
  it('writes validated questions, the engine and the model on success', async () => {
    const { settled } = await createWith('mk-success', good);
    expect(settled.get('status')).toBe('ready');
    expect(settled.get('engine')).toBe('gemini');
    expect(settled.get('model')).toBe('gemini-3.8-flash');
    expect(settled.get('questions')).toEqual(
      QUESTIONS.map((q, i) => ({ id: `q${String(i + 1)}`, ...q })),
    );
    const [request] = gemini.requestsFor('mk-success');
    expect(request?.apiKey).toBe('test-gemini-key');
    expect(request?.model).toBe('gemini-3.8-flash');
    expect(request?.body.generationConfig?.responseMimeType).toBe('application/json');
    expect(request?.body.generationConfig?.responseJsonSchema).toBeDefined();
  });

  it('retries once after a 500 and succeeds', async () => {
    const { settled } = await createWith('mk-500', { kind: 'error', status: 500 }, good);
    expect(settled.get('status')).toBe('ready');
    expect(gemini.requestsFor('mk-500')).toHaveLength(2);
  });

  it('fails with a readable reason on a 429, without hammering the API', async () => {
    const { settled } = await createWith('mk-429', { kind: 'error', status: 429 });
    expect(settled.get('status')).toBe('failed');
    expect(settled.get('error')).toMatch(/rate limited/i);
    expect(settled.get('questions')).toEqual([]);
    expect(gemini.requestsFor('mk-429')).toHaveLength(1);
  });

  it('retries malformed JSON once, then fails', async () => {
    const { settled } = await createWith('mk-malformed', { kind: 'text', text: '{"questions": [' });
    expect(settled.get('status')).toBe('failed');
    expect(settled.get('error')).toMatch(/unusable questions/);
    expect(gemini.requestsFor('mk-malformed')).toHaveLength(2);
  });

  it('rejects schema-violating output (wrong count, code in a question) and recovers on retry', async () => {
    const wrongCount: GeminiReply = { kind: 'json', value: { questions: QUESTIONS.slice(0, 2) } };
    const { settled } = await createWith('mk-schema', wrongCount, good);
    expect(settled.get('status')).toBe('ready');
    expect(gemini.requestsFor('mk-schema')).toHaveLength(2);

    const code: GeminiReply = {
      kind: 'json',
      value: {
        questions: [
          ...QUESTIONS.slice(0, 2),
          { text: 'What does `x => x * 2` return?', kind: 'technical' },
        ],
      },
    };
    const failed = await createWith('mk-code', code);
    expect(failed.settled.get('status')).toBe('failed');
    expect(failed.settled.get('error')).toMatch(/not suitable for voice/);
  });

  it('fails with a timeout message when Gemini does not answer in time', async () => {
    const { settled } = await createWith('mk-timeout', { kind: 'hang', ms: 5_000 });
    expect(settled.get('status')).toBe('failed');
    expect(settled.get('error')).toMatch(/too long/);
    expect(gemini.requestsFor('mk-timeout')).toHaveLength(2);
  });

  it('is idempotent: a redelivered event neither calls the model nor overwrites the result', async () => {
    const { interviewId, ref, settled } = await createWith('mk-idem', good);
    const calls = gemini.requestsFor('mk-idem').length;
    await generateQuestions(interviewId, 'redelivered-event-id');
    const after = await ref.get();
    expect(after.get('questions')).toEqual(settled.get('questions'));
    expect(after.get('updatedAt')).toEqual(settled.get('updatedAt'));
    expect(gemini.requestsFor('mk-idem')).toHaveLength(calls);
  });

  it('lets the owner retry a failed interview, and nobody else', async () => {
    const { interviewId, ref } = await createWith('mk-retry', { kind: 'error', status: 429 }, good);
    const stranger = await signedInClient('Stranger');
    await expect(stranger.call('retryInterview', { interviewId })).rejects.toMatchObject({
      code: 'functions/not-found',
    });
    await stranger.close();

    await client.call('retryInterview', { interviewId });
    const snap = await untilSettled(ref);
    expect(snap.get('status')).toBe('ready');
    expect(snap.get('error')).toBeUndefined();
    await expect(client.call('retryInterview', { interviewId })).rejects.toMatchObject({
      code: 'functions/failed-precondition',
    });
  });
});
