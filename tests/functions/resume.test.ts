import {
  COLLECTIONS,
  normalizeResumeText,
  type CreateInterviewOutput,
  type DeleteAccountOutput,
  type ExportAccountDataOutput,
  type Question,
} from '@candor/core';
import { TECHNOLOGIES } from '../../packages/core/src/questions/bank-data';
import { adminDb } from '../support/admin';
import { callError, signedInClient, type TestClient } from '../support/client';
import { waitFor } from '../support/env';

let client: TestClient;

beforeAll(async () => {
  client = await signedInClient('Résumé Candidate');
});

afterAll(async () => {
  await client.close();
});

const RESUME = [
  'Ada Park · ada@example.com',
  '',
  'Backend Engineer, Bookly (2019–now)',
  '•   Built the booking service in Go and PostgreSQL',
  '•   Led the move from cron jobs to Kafka   for booking events',
].join('\r\n');

const spec = (resume: { text: string; storage: string }) => ({
  role: 'Backend Engineer',
  level: 'mid',
  type: 'technical',
  techStack: [],
  questionCount: 5,
  resume,
});

const interviewRef = (id: string) => adminDb().collection(COLLECTIONS.interviews).doc(id);
const bankIds = (...keys: string[]) =>
  new Set(
    TECHNOLOGIES.filter((t) => keys.includes(t.key)).flatMap((t) => t.questions.map((q) => q.id)),
  );

async function settled(interviewId: string) {
  return waitFor(async () => {
    const snap = await interviewRef(interviewId).get();
    return snap.get('status') === 'generating' ? null : snap;
  }, 'the interview to settle');
}

describe('createInterview with a résumé, offline engine', () => {
  it('keeps a résumé to keep on the interview, and the questions draw on it', async () => {
    const { interviewId } = await client.call<CreateInterviewOutput>(
      'createInterview',
      spec({ text: RESUME, storage: 'keep' }),
    );
    const snap = await settled(interviewId);
    expect(snap.get('status')).toBe('ready');
    expect(snap.get('resume')).toBe(normalizeResumeText(RESUME));
    expect(snap.get('resume')).toContain('• Led the move from cron jobs to Kafka for booking');
    // No stack was typed: the résumé's Go and PostgreSQL chose the technology questions.
    const questions = snap.get('questions') as Question[];
    const fromResume = bankIds('go', 'postgres');
    expect(questions.filter((q) => fromResume.has(q.bankId ?? '')).length).toBeGreaterThanOrEqual(
      1,
    );
  });

  it('writes the questions of a résumé to discard inside the call and stores none of it', async () => {
    const marker = 'Zephyrine Quillfeather';
    const { interviewId } = await client.call<CreateInterviewOutput>(
      'createInterview',
      spec({ text: `${marker}\n${RESUME}`, storage: 'discard' }),
    );
    // Ready as soon as the call returns: no trigger run needed the résumé later.
    const snap = await interviewRef(interviewId).get();
    expect(snap.get('status')).toBe('ready');
    expect(snap.get('engine')).toBe('offline');
    const questions = snap.get('questions') as Question[];
    expect(questions).toHaveLength(5);
    expect(questions.some((q) => bankIds('go', 'postgres').has(q.bankId ?? ''))).toBe(true);
    expect(snap.get('resume')).toBeUndefined();
    expect(JSON.stringify(snap.data())).not.toContain(marker);
    expect(JSON.stringify(snap.data())).not.toContain('Bookly');
    // The trigger that fired for the new document left it as it was.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const later = await interviewRef(interviewId).get();
    expect(later.get('updatedAt')).toEqual(snap.get('updatedAt'));
    expect(later.get('questions')).toEqual(questions);
  });

  it('refuses a résumé over the limit naming the field, and creates nothing', async () => {
    const owned = adminDb().collection(COLLECTIONS.interviews).where('userId', '==', client.uid);
    const before = (await owned.get()).size;
    const error = await callError(
      client.call('createInterview', spec({ text: 'a'.repeat(12_001), storage: 'discard' })),
    );
    expect(error.code).toBe('functions/invalid-argument');
    expect(error.message).toMatch(/^resume\.text: Résumé must be at most 12,000 characters/);
    const badChoice = await callError(
      client.call('createInterview', spec({ text: 'Go', storage: 'later' })),
    );
    expect(badChoice.message).toMatch(/^resume\.storage: /);
    expect((await owned.get()).size).toBe(before);
  });
});

describe('a kept résumé in the account export and deletion', () => {
  it('is in the export, and goes with the account', async () => {
    const owner = await signedInClient('Résumé Owner');
    const { interviewId } = await owner.call<CreateInterviewOutput>(
      'createInterview',
      spec({ text: RESUME, storage: 'keep' }),
    );
    await settled(interviewId);

    const exported = await owner.call<ExportAccountDataOutput>('exportAccountData', {});
    const entry = exported.interviews.find((i) => i.id === interviewId);
    expect(entry?.resume).toBe(normalizeResumeText(RESUME));

    const result = await owner.call<DeleteAccountOutput>('deleteAccount', { confirm: 'DELETE' });
    expect(result.deleted.interviews).toBe(1);
    expect((await interviewRef(interviewId).get()).exists).toBe(false);
    await owner.close();
  });
});
