/**
 * The sweep with Gemini configured: it runs here, in the test process, as the scheduled
 * function runs it, with this process pointed at the same loopback fake as the emulator.
 * A stuck interview is generated again by Gemini exactly once, however many sweeps race; a
 * Gemini failure during the recovery run leaves the interview failed with the candidate's reason.
 */
import type { DocumentReference } from 'firebase-admin/firestore';
import { sweepStuckWork } from '../../functions/src/services/sweep';
import { signedInClient, type TestClient } from '../support/client';
import { requireEnv } from '../support/env';
import { FakeGemini, type GeminiReply } from '../support/fake-gemini';
import { interviewDoc, readyInterview, stallGeneration } from '../support/interviews';

const gemini = new FakeGemini();
let client: TestClient;
const saved = { ...process.env };

const QUESTIONS = [
  { text: 'Tell me about a migration you led from start to finish.', kind: 'behavioral' },
  { text: 'How would you shard a table that outgrew one database?', kind: 'technical' },
];
const good: GeminiReply = { kind: 'json', value: { questions: QUESTIONS } };

beforeAll(async () => {
  const url = requireEnv('FAKE_GEMINI_URL');
  await gemini.listen(url);
  // What the Functions emulator gets from functions/.secret.local and .env.local.
  Object.assign(process.env, {
    GEMINI_API_KEY: 'test-gemini-key',
    GEMINI_BASE_URL: url,
    GEMINI_MODEL: 'gemini-3.8-flash',
    GEMINI_TIMEOUT_MS: '2000',
  });
  client = await signedInClient('Sweep Gemini Candidate');
});

afterAll(async () => {
  process.env = saved;
  await client.close();
  await gemini.close();
});

/** An interview Gemini wrote, then left as a worker that died after claiming leaves it. */
async function stuckInterview(marker: string): Promise<DocumentReference> {
  gemini.when(marker, good);
  const { interviewId } = await readyInterview(client, {
    role: `Data Engineer ${marker}`,
    level: 'senior',
    techStack: ['PostgreSQL'],
    questionCount: 2,
  });
  const ref = interviewDoc(interviewId);
  await stallGeneration(ref, { id: 'dead-worker', atMs: Date.now() - 6 * 60_000 });
  return ref;
}

describe('sweepStuckWork with Gemini', () => {
  it('racing sweeps ask Gemini once and write its questions once', async () => {
    const ref = await stuckInterview('swg-race');
    const before = gemini.requestsFor('swg-race').length;
    const reports = await Promise.all([sweepStuckWork(), sweepStuckWork()]);
    expect(reports.map((r) => r.interviews[ref.id]).filter((o) => o === 'retried')).toHaveLength(1);
    expect(gemini.requestsFor('swg-race')).toHaveLength(before + 1);
    const snap = await ref.get();
    expect(snap.get('status')).toBe('ready');
    expect(snap.get('engine')).toBe('gemini');
    expect(snap.get('generationLease')).toBeUndefined();
  });

  it('a recovery run that Gemini fails ends failed with the reason, after its one retry', async () => {
    const ref = await stuckInterview('swg-503');
    gemini.when('swg-503', { kind: 'apiError', error: 'unavailable' });
    const before = gemini.requestsFor('swg-503').length;
    const report = await sweepStuckWork();
    expect(report.interviews[ref.id]).toBe('retried');
    const snap = await ref.get();
    expect(snap.get('status')).toBe('failed');
    expect(snap.get('error')).toMatch(/temporary problem.*Try again/);
    expect(gemini.requestsFor('swg-503')).toHaveLength(before + 2);
  });
});
