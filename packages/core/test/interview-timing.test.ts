import { answerTimes, defaultAnswerTargetMs, type TranscriptTurn } from '../src';

describe('defaultAnswerTargetMs', () => {
  it('gives stories three minutes and explanations two', () => {
    expect(defaultAnswerTargetMs(['behavioral', 'behavioral', 'technical'])).toBe(180_000);
    expect(defaultAnswerTargetMs(['behavioral', 'technical'])).toBe(120_000);
    expect(defaultAnswerTargetMs(['technical'])).toBe(120_000);
    expect(defaultAnswerTargetMs([])).toBe(120_000);
  });
});

describe('answerTimes', () => {
  it('counts thinking time and answer time, the reply to a follow-up included', () => {
    const transcript: TranscriptTurn[] = [
      { role: 'agent', text: 'Hi', startMs: 0, endMs: 0 },
      { role: 'agent', questionId: 'q1', text: 'Q1?', startMs: 0, endMs: 4000 },
      { role: 'user', questionId: 'q1', text: 'A', startMs: 4000, endMs: 34_000 },
      {
        role: 'agent',
        questionId: 'q1',
        followUp: true,
        text: 'F?',
        startMs: 34_000,
        endMs: 40_000,
      },
      { role: 'user', questionId: 'q1', followUp: true, text: 'B', startMs: 40_000, endMs: 70_000 },
      { role: 'agent', questionId: 'q2', text: 'Q2?', startMs: 70_000, endMs: 90_000 },
      { role: 'agent', questionId: 'q3', text: 'Q3?', startMs: 90_000, endMs: 95_000 },
      { role: 'user', questionId: 'q3', text: 'C', startMs: 95_000, endMs: 155_000 },
    ];
    expect(answerTimes(transcript)).toEqual([
      { questionId: 'q1', thinkingMs: 4000, answerMs: 60_000 },
      { questionId: 'q3', thinkingMs: 5000, answerMs: 60_000 },
    ]);
  });
});
