import {
  answerTargetPhrase,
  answerTimes,
  ASKING_MS_PER_QUESTION,
  defaultAnswerTargetMs,
  plannedInterviewMs,
  THINKING_MS_PER_QUESTION,
  type TranscriptTurn,
} from '../src';

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

describe('plannedInterviewMs', () => {
  it('follows the chosen answer target, not a fixed time per question', () => {
    const plan = (answerTargetMs: number) =>
      plannedInterviewMs({ questionCount: 5, answerTargetMs });
    expect(plan(60_000)).toBe(5 * (60_000 + ASKING_MS_PER_QUESTION));
    expect(plan(180_000)).toBe(5 * (180_000 + ASKING_MS_PER_QUESTION));
    expect(plan(180_000) - plan(60_000)).toBe(5 * 120_000);
  });

  it('adds thinking time per question only when the candidate asks for it', () => {
    const base = { questionCount: 4, answerTargetMs: 120_000 };
    expect(plannedInterviewMs({ ...base, thinkingTime: true }) - plannedInterviewMs(base)).toBe(
      4 * THINKING_MS_PER_QUESTION,
    );
    expect(plannedInterviewMs({ ...base, thinkingTime: false })).toBe(plannedInterviewMs(base));
  });

  it('reads as the room says it: five two-minute answers are about twelve minutes', () => {
    const ms = plannedInterviewMs({ questionCount: 5, answerTargetMs: 120_000 });
    expect(Math.round(ms / 60_000)).toBe(12);
    expect(plannedInterviewMs({ questionCount: 0, answerTargetMs: 120_000 })).toBe(0);
  });
});

describe('answerTargetPhrase', () => {
  it('says the target in words, as the voice agent speaks it', () => {
    expect(answerTargetPhrase(60_000)).toBe('one minute');
    expect(answerTargetPhrase(120_000)).toBe('two minutes');
    expect(answerTargetPhrase(180_000)).toBe('three minutes');
    expect(answerTargetPhrase(300_000)).toBe('5 minutes');
  });
});
