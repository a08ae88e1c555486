import { describe, expect, it } from '@jest/globals';
import type { DeliveryMetrics, QuestionFeedback } from '@candor/core';
import { deliveryReport, topFillers } from '@/lib/feedback/delivery';
import { scoreBand, trendSummary, weakestQuestionIds } from '@/lib/feedback/insights';
import { answerTimeRows, readTime } from '@/lib/feedback/timing';

const question = (questionId: string, score: number | null): QuestionFeedback => ({
  questionId,
  question: `Question ${questionId}?`,
  answerSummary: '',
  score,
  feedback: '',
  evidence: [],
});

describe('weakestQuestionIds', () => {
  it('puts unscored questions first, then the lowest, at most half and never more than three', () => {
    const qs = [question('a', 80), question('b', 40), question('c', null), question('d', 60)];
    expect(weakestQuestionIds(qs)).toEqual(['c', 'b']);
    const many = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((id, i) => question(id, i * 10));
    expect(weakestQuestionIds(many)).toEqual(['a', 'b', 'c']);
  });
  it('drops questions the interview no longer has, and repeats', () => {
    const qs = [question('a', 10), question('a', 10), question('b', 20), question('c', 90)];
    expect(weakestQuestionIds(qs, new Set(['b', 'c']))).toEqual(['b']);
  });
});

describe('trendSummary and scoreBand', () => {
  it('reads a score history in words', () => {
    expect(trendSummary([], false)).toBe('No scores yet.');
    expect(trendSummary([40, 55, 70], false)).toBe(
      'Last score 70, up 30 from your first. Best 70 over 3 scored attempts.',
    );
    expect(trendSummary([70, 40], true)).toBe(
      'Last score 40, down 30 from the first of your last 2. Best 70 over 2 scored attempts.',
    );
    expect([95, 80, 79, 60, 59, 40, 39].map(scoreBand)).toEqual([
      'Strong',
      'Strong',
      'Solid',
      'Solid',
      'Developing',
      'Developing',
      'Needs work',
    ]);
  });
});

describe('deliveryReport', () => {
  const metrics = (over: Partial<DeliveryMetrics>): DeliveryMetrics => ({
    wordsPerMinute: 145,
    fillerWordsPerMinute: 0,
    fillerWords: {},
    talkRatio: 0.7,
    answerCount: 3,
    longestAnswerWords: 200,
    ...over,
  });

  it('reads a typical pace as easy to follow, and a fast one as fast', () => {
    const [pace] = deliveryReport(metrics({}), 'voice', 3);
    expect(pace?.guidance).toMatch(/easy to follow/);
    const [fast] = deliveryReport(metrics({ wordsPerMinute: 200 }), 'voice', 3);
    expect(fast?.guidance).toMatch(/^Faster/);
  });

  it('names the most used fillers', () => {
    expect(topFillers({ um: 3, like: 1, uh: 0 })).toEqual(['“um” 3 times', '“like” once']);
    const [, fillers] = deliveryReport(
      metrics({ fillerWordsPerMinute: 6, fillerWords: { um: 12 } }),
      'voice',
      3,
    );
    expect(fillers?.guidance).toMatch(/Frequent/);
  });
});

describe('answerTimeRows', () => {
  it('reads each answer against the target, with a quarter either side counted on target', () => {
    const rows = answerTimeRows(
      {
        targetMs: 120_000,
        answers: [
          { questionId: 'a', thinkingMs: 5000, answerMs: 60_000 },
          { questionId: 'b', thinkingMs: 0, answerMs: 150_000 },
          { questionId: 'c', thinkingMs: 0, answerMs: 151_000 },
        ],
      },
      [question('a', 1), question('b', 2)],
    );
    expect(rows.map((r) => [r.question, r.reading])).toEqual([
      ['Question a?', 'short'],
      ['Question b?', 'on-target'],
      ['A question', 'long'],
    ]);
    expect(readTime(60_000, undefined)).toBeNull();
  });
});
