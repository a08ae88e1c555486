/**
 * Realistic interview conversations for the benchmarks: the agent greets the candidate, asks the
 * interview's own questions (so answer alignment works), follows up, and the candidate answers
 * in several turns with the odd filler word. Durations follow the word timings that
 * `retellTranscriptObject` gives (0.4 s a word, 0.8 s between turns), so "10 minutes" is ten
 * minutes of call audio.
 */
import { CATEGORY_NAMES, type Question } from '@candor/core';
import type { FakeTurn } from '../../tests/support/fake-retell';

/** The questions the fake Gemini writes for every benchmark interview (type mixed, 5 questions). */
export const BENCH_QUESTIONS: readonly { text: string; kind: 'technical' | 'behavioral' }[] = [
  {
    text: 'Tell me about a time you debugged a difficult production issue.',
    kind: 'behavioral',
  },
  { text: 'How would you design an idempotent webhook receiver?', kind: 'technical' },
  {
    text: 'Tell me about a disagreement with a teammate and how you resolved it.',
    kind: 'behavioral',
  },
  {
    text: 'How would you find and fix a slow database query in a busy service?',
    kind: 'technical',
  },
  {
    text: 'Describe a project you are proud of and the trade-offs you made along the way.',
    kind: 'behavioral',
  },
];

/** What the offline bank and Gemini both produce: ids q1..qN in order. */
export const benchQuestions = (): Question[] =>
  BENCH_QUESTIONS.map((q, i) => ({ id: `q${String(i + 1)}`, ...q }));

// The first sentence of each answer is fixed per question: the fake Gemini's feedback quotes it.
const OPENERS = [
  'Last year our payment API started timing out under load during the evening peak.',
  'I would give every delivery a stable event key and record it in the same transaction as the change.',
  'On my last team a colleague wanted to rewrite our billing service from scratch.',
  'First I would look at the slow query log and the query plan before touching any code.',
  'I am proudest of the search service I built for our support team two years ago.',
];

const SENTENCES = [
  'Um, the first thing I did was look at the dashboards to see when the latency started climbing.',
  'We had metrics on the request rate, the error rate and the p99 latency for every endpoint.',
  'I traced a few slow requests end to end and they all waited on the same database call.',
  'It turned out a migration had dropped an index that one of the hot queries relied on.',
  'So I added the index back in a concurrent build, so that the table was never locked.',
  'After that the p99 latency dropped from about two seconds to eighty milliseconds.',
  'Then I wrote a short postmortem and we added a check for missing indexes to our migration review.',
  'You know, the hard part was not the fix, it was convincing people to roll back quickly.',
  'I think the main lesson was to keep the blast radius small and to measure before and after.',
  'If a retry arrives while the first delivery is still running, the transaction makes one of them lose.',
  'The handler answers quickly and does the slow work in a background job that reads from a queue.',
  'I would also verify the signature on the raw body before parsing anything.',
  'Duplicates then become cheap, because the second delivery finds the key and returns early.',
  'We talked it through in a one on one and I asked what problem the rewrite would solve for customers.',
  'It turned out the real pain was the deploy process, not the code itself.',
  'So we agreed to fix the deploy pipeline first and revisit the rewrite a quarter later.',
  'Like, in the end we never needed the rewrite, and we stayed friends, which mattered to me.',
  'I would check whether the query uses an index, how many rows it scans and whether it sorts on disk.',
  'Sometimes the fix is a composite index, sometimes it is rewriting the query to avoid a correlated subquery.',
  'I would also look at connection pool saturation, because a slow query can starve every other request.',
  'Before shipping I would test the change against a copy of production data to be sure it helps.',
  'The trade-off was between building our own ranking and using the default one from the search engine.',
  'We started with the default, measured what support agents clicked, and only then tuned the ranking.',
  'Um, that kept the first version small and we shipped it in six weeks instead of six months.',
  'The cost was some manual tuning later, but by then we knew exactly what mattered.',
  'I also set up alerts on indexing lag, because stale results were worse than slow ones.',
  'Honestly, I would write more tests for the edge cases earlier next time.',
  'We kept a runbook so that anyone on call could handle the common failures.',
];

const FOLLOW_UPS = [
  'Mm-hm, go on.',
  'Can you say more about how you measured that?',
  'What would you do differently next time?',
  'How did the rest of the team react?',
  'And how did you know it worked?',
];

const TRANSITIONS = ['Thanks. Next question.', 'Okay, thank you.', 'Great, let us move on.'];

const wordCount = (text: string) => text.split(/\s+/).filter((w) => w !== '').length;

/** Seconds of audio for these turns under retellTranscriptObject's timing model. */
export function conversationSeconds(turns: readonly FakeTurn[]): number {
  return turns.reduce((s, t) => s + wordCount(t.text) * 0.4 + 0.8, 0.4);
}

/**
 * A conversation of about `minutes` of audio over `questions` (at least one answer sentence per
 * question, so very short targets come out a little longer).
 */
export function buildConversation(
  questions: readonly Pick<Question, 'text'>[],
  minutes: number,
  options: { candidate?: string; role?: string } = {},
): FakeTurn[] {
  const candidate = options.candidate ?? 'Grace';
  const role = options.role ?? 'Backend Engineer';
  const opening: FakeTurn[] = [
    {
      role: 'agent',
      text: `Hi ${candidate}, thanks for joining. I will be your interviewer today for the ${role} role. We will go through ${String(questions.length)} questions, so take your time. Ready when you are.`,
    },
    { role: 'user', text: 'Hi, yes, I am ready. Thanks for having me.' },
  ];
  const closing: FakeTurn = {
    role: 'agent',
    text: 'Thanks, that was the last question. Your feedback will appear on your screen shortly. Goodbye.',
  };
  const asks = questions.map((q, i) => ({
    role: 'agent' as const,
    text: `${i === 0 ? 'Great, let us start.' : (TRANSITIONS[i % TRANSITIONS.length] ?? '')} ${q.text}`,
  }));
  const fixed = conversationSeconds([...opening, ...asks, closing]);
  const perQuestion = Math.max(0, (minutes * 60 - fixed) / Math.max(1, questions.length));

  const turns = [...opening];
  let cursor = 0;
  questions.forEach((_, i) => {
    turns.push(asks[i] as FakeTurn);
    let budget = perQuestion;
    let answer = [OPENERS[i % OPENERS.length] ?? ''];
    budget -= wordCount(answer[0] ?? '') * 0.4 + 0.8;
    let followUps = 0;
    for (;;) {
      const sentence = SENTENCES[cursor % SENTENCES.length] ?? '';
      const cost = wordCount(sentence) * 0.4;
      if (budget < cost) break;
      // A candidate talks for about 40 seconds before the interviewer comes in again.
      if (wordCount(answer.join(' ')) > 100) {
        const followUp = FOLLOW_UPS[followUps++ % FOLLOW_UPS.length] ?? '';
        turns.push({ role: 'user', text: answer.join(' ') });
        turns.push({ role: 'agent', text: followUp });
        budget -= wordCount(followUp) * 0.4 + 1.6;
        answer = [];
        continue;
      }
      answer.push(sentence);
      budget -= cost;
      cursor++;
    }
    if (answer.length > 0) turns.push({ role: 'user', text: answer.join(' ') });
  });
  turns.push(closing);
  return turns;
}

/** The quote the fake Gemini cites for question i: words the candidate says verbatim. */
export function evidenceQuote(index: number): string {
  return (OPENERS[index % OPENERS.length] ?? '').split(' ').slice(0, 9).join(' ');
}

/** A feedback response the fake Gemini returns: valid, with a verbatim quote per question. */
export function feedbackReply(questions: readonly Pick<Question, 'id'>[]): unknown {
  return {
    categoryScores: CATEGORY_NAMES.map((name, i) => ({
      name,
      score: 64 + i * 4,
      comment: `Solid ${name.toLowerCase()} with specific examples; tighten the structure of longer answers.`,
    })),
    questions: questions.map((q, i) => ({
      questionId: q.id,
      answerSummary: 'A concrete example with a measured result.',
      level: 3 + (i % 3),
      feedback: 'Specific and measured; say up front what the outcome was.',
      evidence: [evidenceQuote(i)],
    })),
    strengths: ['Concrete examples with numbers.', 'Clear reasoning about trade-offs.'],
    improvements: ['Lead with the result, then the story.', 'Fewer filler words when thinking.'],
    finalAssessment:
      'A strong mid-level performance: specific, measured answers with room to be more concise.',
  };
}

/** The questions response the fake Gemini returns for a benchmark interview. */
export const questionsReply = (): unknown => ({ questions: BENCH_QUESTIONS });
