import {
  LIMITS,
  offlineFollowUp,
  type ProposeFollowUpOutput,
  type Question,
  type StartAttemptOutput,
} from '@candor/core';
import {
  emulatorClient,
  expectCallError,
  signedInClient,
  type TestClient,
} from '../support/client';
import { attemptDoc, readyInterview } from '../support/interviews';

let client: TestClient;
let other: TestClient;
let interviewId: string;
let questions: Question[];

const SHORT = 'I would look at the logs first and then ask the team.';
const startedAtMs = () => Date.now() - 120_000;

beforeAll(async () => {
  client = await signedInClient('Follow-up Candidate');
  other = await signedInClient('Someone Else');
  ({ interviewId, questions } = await readyInterview(client, { questionCount: 3 }));
});

afterAll(async () => {
  await client.close();
  await other.close();
});

async function practiceAttempt(): Promise<string> {
  const started = await client.call<StartAttemptOutput>('startAttempt', {
    interviewId,
    mode: 'practice',
  });
  return started.attemptId;
}

const question = (i: number) => {
  const q = questions[i];
  if (!q) throw new Error(`no question ${String(i)}`);
  return q;
};

describe('proposeFollowUp without a Gemini key (offline rule)', () => {
  it("returns the rule's own follow-up after a one-sentence answer, recording nothing", async () => {
    const attemptId = await practiceAttempt();
    const q = question(0);
    const result = await client.call<ProposeFollowUpOutput>('proposeFollowUp', {
      interviewId,
      attemptId,
      questionId: q.id,
      answer: SHORT,
    });
    const rule = offlineFollowUp(q, SHORT);
    expect(rule).not.toBeNull();
    expect(result).toEqual({
      followUp: { text: rule?.text, engine: 'offline', fromServer: false },
    });
    expect((await attemptDoc(interviewId, attemptId).get()).get('followUps')).toBeUndefined();
  });

  it('returns none where the rule asks none (a skip, a non-answer)', async () => {
    const attemptId = await practiceAttempt();
    for (const answer of ['', 'Um, okay.']) {
      const result = await client.call<ProposeFollowUpOutput>('proposeFollowUp', {
        interviewId,
        attemptId,
        questionId: question(1).id,
        answer,
      });
      expect(result).toEqual({ followUp: null });
    }
  });

  it('is for the owner only, for questions of the attempt, while it is open', async () => {
    const attemptId = await practiceAttempt();
    const input = { interviewId, attemptId, questionId: question(0).id, answer: SHORT };
    await expectCallError(other.call('proposeFollowUp', input), 'not-found');
    const anonymous = emulatorClient();
    await expectCallError(anonymous.call('proposeFollowUp', input), 'unauthenticated');
    await anonymous.close();
    const unknown = await expectCallError(
      client.call('proposeFollowUp', { ...input, questionId: 'q99' }),
      'invalid-argument',
    );
    expect(unknown.message).toMatch(/^questionId: /);
    await expectCallError(
      client.call('proposeFollowUp', { ...input, answer: 'x'.repeat(LIMITS.turnText + 1) }),
      'invalid-argument',
    );
    await client.call('submitPracticeTranscript', {
      interviewId,
      attemptId,
      answers: [
        { questionId: question(0).id, text: SHORT, askedAtMs: 0, startMs: 1000, endMs: 9000 },
      ],
      startedAtMs: startedAtMs(),
      endedAtMs: Date.now(),
    });
    await expectCallError(client.call('proposeFollowUp', input), 'failed-precondition');
  });

  it("refuses a reply marked as the server's follow-up when the server recorded none", async () => {
    const attemptId = await practiceAttempt();
    const error = await expectCallError(
      client.call('submitPracticeTranscript', {
        interviewId,
        attemptId,
        answers: [
          {
            questionId: question(0).id,
            text: SHORT,
            askedAtMs: 0,
            startMs: 1000,
            endMs: 9000,
            followUp: {
              askedAtMs: 9000,
              text: 'A reply.',
              startMs: 10_000,
              endMs: 15_000,
              fromServer: true,
            },
          },
        ],
        startedAtMs: startedAtMs(),
        endedAtMs: Date.now(),
      }),
      'invalid-argument',
    );
    expect(error.message).toMatch(/No follow-up was asked here/);
    const snap = await attemptDoc(interviewId, attemptId).get();
    expect(snap.get('status')).toBe('created');
    expect(snap.get('transcript')).toEqual([]);
  });

  it('stores the answer target chosen at the start of an attempt', async () => {
    const started = await client.call<StartAttemptOutput>('startAttempt', {
      interviewId,
      mode: 'practice',
      answerTargetMs: 60_000,
    });
    const snap = await attemptDoc(interviewId, started.attemptId).get();
    expect(snap.get('timing')).toEqual({ targetMs: 60_000, answers: [] });
    await expectCallError(
      client.call('startAttempt', { interviewId, mode: 'practice', answerTargetMs: 61_000 }),
      'invalid-argument',
    );
  });
});
