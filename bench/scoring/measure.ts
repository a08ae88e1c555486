/**
 * Scoring quality of the offline scorer, measured on the labelled corpus (corpus.ts, the
 * development set) and the held-out set (holdout.ts), each reported on its own, for the current
 * scorer and for the previous one (offline-rubric-v1) on the same answers.
 *
 * Each answer is scored as a one-question practice interview (the interviewer reads the bank
 * question, the candidate answers); a reused-story case is scored as the interview its session
 * describes, and its figure is its own question's score there. Compared "totals" are the
 * interview totals of one-question interviews, so a reused story compares its question score.
 *
 *   npx tsx bench/scoring/measure.ts            both sets, both scorers, writes the bench part
 *   npx tsx bench/scoring/measure.ts --corpus   the development set only (no holdout)
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  OFFLINE_QUESTION_TEMPLATES,
  OFFLINE_SCORER_VERSION,
  scoreOffline,
  type FeedbackContent,
  type Question,
  type TranscriptTurn,
} from '@candor/core';
import { writePart } from '../lib/results';
import { OFFLINE_SCORER_V1, scoreOfflineV1 } from './offline-v1';
import {
  corpusProblems,
  questionText,
  type AdversarialCase,
  type Expectation,
  type ScoringCorpus,
} from './types';

type Scorer = (input: Parameters<typeof scoreOffline>[0]) => FeedbackContent;

const SCORERS: readonly { version: string; score: Scorer }[] = [
  { version: OFFLINE_SCORER_V1, score: scoreOfflineV1 },
  { version: OFFLINE_SCORER_VERSION, score: scoreOffline },
];

interface Outcome {
  total: number;
  /** The asked question's score, 0 when it has none (unanswered and unscorable both count 0). */
  question: number;
  questionScore: number | null;
  content: FeedbackContent;
  /** Index of the case's own question in the interview. */
  at: number;
}

function kindOf(bankId: string): Question['kind'] {
  return OFFLINE_QUESTION_TEMPLATES.find((t) => t.id === bankId)?.kind ?? 'technical';
}

function interview(
  turns: readonly { questionId: string; answer: string }[],
  role: string,
  score: Scorer,
): FeedbackContent {
  const questions: Question[] = turns.map((t, i) => ({
    id: `q${String(i + 1)}`,
    text: questionText(t.questionId, role),
    kind: kindOf(t.questionId),
    bankId: t.questionId,
  }));
  const transcript: TranscriptTurn[] = [
    { role: 'agent', text: "Hi, welcome to your practice interview. Let's begin." },
  ];
  turns.forEach((t, i) => {
    transcript.push({ role: 'agent', text: questions[i]?.text ?? '' });
    transcript.push({ role: 'user', text: t.answer });
  });
  transcript.push({ role: 'agent', text: 'That is the end of the interview. Thank you.' });
  return score({ questions, transcript, techStack: [], type: 'mixed' });
}

function outcomeOf(content: FeedbackContent, at: number): Outcome {
  const questionScore = content.questions[at]?.score ?? null;
  return { total: content.totalScore, question: questionScore ?? 0, questionScore, content, at };
}

function scoreCase(c: AdversarialCase, score: Scorer): Outcome {
  if (!c.session) {
    return outcomeOf(interview([{ questionId: c.questionId, answer: c.answer }], c.role, score), 0);
  }
  const turns = [{ questionId: c.questionId, answer: c.answer }, ...c.session];
  return outcomeOf(interview(turns, c.role, score), 0);
}

const quotesOf = (o: Outcome) => {
  const q = o.content.questions[o.at];
  return [
    ...(q?.evidence.map((e) => e.quote) ?? []),
    ...(q?.keyPointsCovered?.map((k) => k.quote) ?? []),
  ];
};

function holds(
  e: Expectation,
  c: AdversarialCase,
  o: Outcome,
  others: (id: string) => Outcome | undefined,
): boolean {
  // A reused story is judged on its own question's score, everything else on the total.
  const figure = (x: Outcome) => (c.session ? x.question : x.total);
  const q = o.content.questions[o.at];
  switch (e.kind) {
    case 'score-at-most':
    case 'below':
    case 'above': {
      const other = others(e.of);
      if (!other) return false;
      const a = figure(o);
      const b = c.session ? other.question : other.total;
      return e.kind === 'score-at-most' ? a <= b : e.kind === 'below' ? a < b : a > b;
    }
    case 'unanswered':
      return (
        o.questionScore === null &&
        o.content.strengths.length === 0 &&
        (q?.keyPointsCovered?.length ?? 0) === 0
      );
    case 'not-scorable':
      return (
        o.questionScore === null &&
        (q?.flags?.includes('not-english') === true || /not in english/i.test(q?.feedback ?? ''))
      );
    case 'no-evidence-quote-of':
      return !quotesOf(o).some((quote) => quote.toLowerCase().includes(e.text.toLowerCase()));
    case 'instruction-flagged':
      return (
        q?.flags?.includes('grader-instruction') === true ||
        [q?.feedback ?? '', ...o.content.improvements].some((t) =>
          /addressed to the grader/i.test(t),
        )
      );
  }
}

const pct = (n: number, d: number) => (d === 0 ? null : Math.round((1000 * n) / d) / 10);

function quantiles(xs: readonly number[]) {
  const s = [...xs].sort((a, b) => a - b);
  const at = (p: number) => s[Math.min(s.length - 1, Math.max(0, Math.round(p * (s.length - 1))))];
  return { min: s[0] ?? null, median: at(0.5) ?? null, max: s[s.length - 1] ?? null };
}

export interface SetFigures {
  answers: number;
  pairs: number;
  pairAccuracyTotals: number | null;
  pairAccuracyQuestions: number | null;
  adversarialHeld: number;
  adversarialCases: number;
  adversarial: { id: string; kind: string; held: boolean; failed: string[] }[];
  failedPairs: { strong: string; weak: string; strongTotal: number; weakTotal: number }[];
  spread: {
    strong: ReturnType<typeof quantiles>;
    weak: ReturnType<typeof quantiles>;
    topBand: number;
    bottomBand: number;
  };
}

function measure(corpus: ScoringCorpus, score: Scorer): SetFigures {
  const byId = new Map<string, Outcome>();
  for (const a of corpus.answers) {
    byId.set(
      a.id,
      outcomeOf(interview([{ questionId: a.questionId, answer: a.answer }], a.role, score), 0),
    );
  }
  for (const c of corpus.adversarial) byId.set(c.id, scoreCase(c, score));
  let totals = 0;
  let perQuestion = 0;
  const failedPairs: SetFigures['failedPairs'] = [];
  for (const p of corpus.pairs) {
    const s = byId.get(p.strong);
    const w = byId.get(p.weak);
    if (!s || !w) continue;
    if (s.total > w.total) totals++;
    else
      failedPairs.push({
        strong: p.strong,
        weak: p.weak,
        strongTotal: s.total,
        weakTotal: w.total,
      });
    if (s.question > w.question) perQuestion++;
    else if (s.total > w.total)
      failedPairs.push({
        strong: `${p.strong} (question score)`,
        weak: p.weak,
        strongTotal: s.question,
        weakTotal: w.question,
      });
  }
  const adversarial = corpus.adversarial.map((c) => {
    const o = byId.get(c.id);
    const failed = o
      ? c.expect
          .filter((e) => !holds(e, c, o, (id) => byId.get(id)))
          .map((e) => ('of' in e ? `${e.kind} ${e.of}` : e.kind))
      : ['not scored'];
    return { id: c.id, kind: c.kind, held: failed.length === 0, failed };
  });
  const label = (l: string) =>
    corpus.answers.filter((a) => a.label === l).map((a) => byId.get(a.id)?.total ?? 0);
  const all = corpus.answers.map((a) => byId.get(a.id)?.total ?? 0);
  return {
    answers: corpus.answers.length + corpus.adversarial.length,
    pairs: corpus.pairs.length,
    pairAccuracyTotals: pct(totals, corpus.pairs.length),
    pairAccuracyQuestions: pct(perQuestion, corpus.pairs.length),
    adversarialHeld: adversarial.filter((a) => a.held).length,
    adversarialCases: adversarial.length,
    adversarial,
    failedPairs,
    spread: {
      strong: quantiles(label('strong')),
      weak: quantiles(label('weak')),
      topBand: all.filter((t) => t >= 85).length,
      bottomBand: all.filter((t) => t < 20).length,
    },
  };
}

async function load(file: string): Promise<ScoringCorpus | null> {
  if (!existsSync(join(__dirname, file))) return null;
  const mod = (await import(`./${file}`)) as Record<string, unknown>;
  const corpus = Object.values(mod).find(
    (v): v is ScoringCorpus =>
      typeof v === 'object' && v !== null && 'answers' in v && 'pairs' in v,
  );
  if (!corpus) throw new Error(`${file} exports no corpus`);
  const problems = corpusProblems(corpus);
  if (problems.length > 0) throw new Error(`${file}: ${problems.slice(0, 5).join('; ')}`);
  return corpus;
}

export interface ScoringPart {
  sets: Record<string, Record<string, SetFigures>>;
}

async function main() {
  const corpusOnly = process.argv.includes('--corpus');
  const sets: ScoringPart['sets'] = {};
  for (const [name, file] of [
    ['corpus', 'corpus.ts'],
    ...(corpusOnly
      ? []
      : [
          ['holdout', 'holdout.ts'],
          ['holdout2', 'holdout-2.ts'],
          ['holdout3', 'holdout-3.ts'],
          ['holdout4', 'holdout-4.ts'],
        ]),
  ] as const) {
    const corpus = await load(file);
    if (!corpus) continue;
    sets[name] = Object.fromEntries(SCORERS.map((s) => [s.version, measure(corpus, s.score)]));
  }
  for (const [name, byScorer] of Object.entries(sets)) {
    for (const [version, f] of Object.entries(byScorer)) {
      console.log(
        `${name} ${version}: pairs ${String(f.pairAccuracyTotals)}% on totals, ${String(f.pairAccuracyQuestions)}% per question (${String(f.pairs)} pairs); adversarial ${String(f.adversarialHeld)}/${String(f.adversarialCases)}; strong ${JSON.stringify(f.spread.strong)} weak ${JSON.stringify(f.spread.weak)}`,
      );
      if (process.argv.includes('--verbose') && version === OFFLINE_SCORER_VERSION) {
        for (const p of f.failedPairs)
          console.log(
            `  pair failed: ${p.strong} ${String(p.strongTotal)} <= ${p.weak} ${String(p.weakTotal)}`,
          );
        for (const a of f.adversarial.filter((x) => !x.held))
          console.log(`  case failed: ${a.id} (${a.kind}): ${a.failed.join(', ')}`);
      }
    }
  }
  if (!corpusOnly) writePart('scoring', { sets } satisfies ScoringPart);
}

void main();
