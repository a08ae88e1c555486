import { COLLECTIONS, normalizeResumeText, type CreateInterviewOutput } from '@candor/core';
import { adminDb } from '../support/admin';
import { callError, signedInClient, type TestClient } from '../support/client';
import { requireEnv } from '../support/env';
import { FakeGemini, type GeminiReply } from '../support/fake-gemini';
import { interviewDoc, untilSettled } from '../support/interviews';

const gemini = new FakeGemini();
let client: TestClient;

beforeAll(async () => {
  await gemini.listen(requireEnv('FAKE_GEMINI_URL'));
  client = await signedInClient('Résumé Candidate');
});

afterAll(async () => {
  await client.close();
  await gemini.close();
});

const resumeWith = (marker: string) =>
  [
    `Ada Park ${marker}`,
    'Staff Engineer, Streamline',
    '•  Led the move from RabbitMQ to Kafka for order events',
    '•  Cut checkout latency by 40 percent',
  ].join('\r\n');

const question = (text: string, kind: string, resumeClaim?: string) => ({
  text,
  kind,
  ...(resumeClaim === undefined ? {} : { resumeClaim }),
});
const GOOD = [
  question(
    'You led the move from RabbitMQ to Kafka. What would you do differently next time?',
    'technical',
    'Led the move from RabbitMQ to Kafka',
  ),
  question('Tell me about a time you disagreed with a teammate.', 'behavioral', ''),
  question('How would you design a rate limiter for a public API?', 'technical'),
];
const reply = (questions: unknown[]): GeminiReply => ({ kind: 'json', value: { questions } });
/** The model claims something the résumé never says. */
const INVENTED = reply([
  question(
    'You led the migration to Kubernetes. What went wrong?',
    'technical',
    'Led the migration to Kubernetes',
  ),
  ...GOOD.slice(1),
]);

const spec = (marker: string, storage: 'keep' | 'discard') => ({
  role: `Platform Engineer ${marker}`,
  level: 'senior',
  type: 'mixed',
  techStack: ['Go'],
  questionCount: 3,
  resume: { text: resumeWith(marker), storage },
});

const ownedWithRole = async (marker: string) =>
  (
    await adminDb()
      .collection(COLLECTIONS.interviews)
      .where('userId', '==', client.uid)
      .where('role', '==', `Platform Engineer ${marker}`)
      .get()
  ).docs;

const settled = (interviewId: string) => untilSettled(interviewDoc(interviewId));

/** The résumé as the model received it: inside its tags in the user content, as data. */
function expectResumeInPrompt(marker: string) {
  const [request] = gemini.requestsFor(marker);
  const contents = request?.body.contents?.[0]?.parts?.[0]?.text ?? '';
  const system = request?.body.systemInstruction?.parts?.[0]?.text ?? '';
  expect(contents).toContain(`<resume>\n${normalizeResumeText(resumeWith(marker))}\n</resume>`);
  expect(system).toContain('resumeClaim');
  expect(system).not.toContain(marker);
  expect(JSON.stringify(request?.body.generationConfig?.responseJsonSchema)).toContain(
    'resumeClaim',
  );
}

describe('questions from a résumé with Gemini (real SDK, loopback fake API)', () => {
  it('keeps a résumé to keep, sends it as data, and stores the checked questions without the claims', async () => {
    gemini.when('mk-keep', reply(GOOD));
    const { interviewId } = await client.call<CreateInterviewOutput>(
      'createInterview',
      spec('mk-keep', 'keep'),
    );
    const snap = await settled(interviewId);
    expect(snap.get('status')).toBe('ready');
    expect(snap.get('engine')).toBe('gemini');
    expect(snap.get('resume')).toBe(normalizeResumeText(resumeWith('mk-keep')));
    expect(snap.get('questions')).toEqual(
      GOOD.map((q, i) => ({ id: `q${String(i + 1)}`, text: q.text, kind: q.kind })),
    );
    expectResumeInPrompt('mk-keep');
  });

  it('writes the questions of a résumé to discard within the call, and stores none of it', async () => {
    gemini.when('mk-discard', reply(GOOD));
    const { interviewId } = await client.call<CreateInterviewOutput>(
      'createInterview',
      spec('mk-discard', 'discard'),
    );
    const snap = await adminDb().collection(COLLECTIONS.interviews).doc(interviewId).get();
    expect(snap.get('status')).toBe('ready');
    expect(snap.get('engine')).toBe('gemini');
    expect(snap.get('resume')).toBeUndefined();
    expect(JSON.stringify(snap.data())).not.toContain('Streamline');
    expect(gemini.requestsFor('mk-discard')).toHaveLength(1);
    expectResumeInPrompt('mk-discard');
  });

  it('refuses a question about a claim the résumé does not make, and recovers on the retry', async () => {
    gemini.when('mk-invented', INVENTED, reply(GOOD));
    const { interviewId } = await client.call<CreateInterviewOutput>(
      'createInterview',
      spec('mk-invented', 'discard'),
    );
    const snap = await adminDb().collection(COLLECTIONS.interviews).doc(interviewId).get();
    expect(snap.get('status')).toBe('ready');
    expect(gemini.requestsFor('mk-invented')).toHaveLength(2);
  });

  it('refuses output with no question about the résumé', async () => {
    gemini.when('mk-none', reply(GOOD.map((q) => ({ text: q.text, kind: q.kind }))));
    const { interviewId } = await client.call<CreateInterviewOutput>(
      'createInterview',
      spec('mk-none', 'keep'),
    );
    const snap = await settled(interviewId);
    expect(snap.get('status')).toBe('failed');
    expect(snap.get('error')).toMatch(/unusable questions \(no question is about the résumé\)/);
    expect(gemini.requestsFor('mk-none')).toHaveLength(2);
  });

  it('creates nothing when generation for a résumé to discard fails, and says so', async () => {
    gemini.when('mk-fail', INVENTED);
    const invented = await callError(client.call('createInterview', spec('mk-fail', 'discard')));
    expect(invented.code).toBe('functions/unavailable');
    expect(invented.message).toMatch(/names a claim that is not in the résumé/);
    expect(invented.message).toMatch(
      /No interview was created and your résumé was not kept\.( \[\d+\])?$/,
    );
    expect(await ownedWithRole('mk-fail')).toHaveLength(0);

    gemini.when('mk-429', { kind: 'error', status: 429 });
    const limited = await callError(client.call('createInterview', spec('mk-429', 'discard')));
    expect(limited.code).toBe('functions/unavailable');
    expect(limited.message).toMatch(/rate limited/i);
    expect(await ownedWithRole('mk-429')).toHaveLength(0);
    expect(gemini.requestsFor('mk-429')).toHaveLength(1);
  });

  it('re-reads a kept résumé from the interview when a failed one is retried', async () => {
    gemini.when('mk-retry', { kind: 'error', status: 429 }, reply(GOOD));
    const { interviewId } = await client.call<CreateInterviewOutput>(
      'createInterview',
      spec('mk-retry', 'keep'),
    );
    expect((await settled(interviewId)).get('status')).toBe('failed');
    await client.call('retryInterview', { interviewId });
    const snap = await settled(interviewId);
    expect(snap.get('status')).toBe('ready');
    const requests = gemini.requestsFor('mk-retry');
    expect(requests).toHaveLength(2);
    expect(requests[1]?.body.contents?.[0]?.parts?.[0]?.text).toContain('RabbitMQ to Kafka');
  });
});
