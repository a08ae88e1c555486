/**
 * Checks every corpus file and prints what it holds: `npx tsx bench/scoring/check.ts`.
 * Exits non-zero when a file is malformed or two files share a question.
 */
import { CORPUS } from './corpus';
import { HOLDOUT } from './holdout';
import { HOLDOUT_2 } from './holdout-2';
import { HOLDOUT_3 } from './holdout-3';
import { HOLDOUT_4 } from './holdout-4';
import { corpusProblems, type ScoringCorpus } from './types';

function questionsOf(c: ScoringCorpus): Set<string> {
  return new Set([
    ...c.answers.map((a) => a.questionId),
    ...c.adversarial.flatMap((a) => [a.questionId, ...(a.session ?? []).map((t) => t.questionId)]),
  ]);
}

function tally(values: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts].map(([k, n]) => `${k} ${String(n)}`).join(', ');
}

function isBehavioural(questionId: string): boolean {
  return questionId.startsWith('beh.') || /^role\.[a-z]+\.b\./.test(questionId);
}

const FILES = [
  ['corpus.ts', CORPUS],
  ['holdout.ts', HOLDOUT],
  ['holdout-2.ts', HOLDOUT_2],
  ['holdout-3.ts', HOLDOUT_3],
  ['holdout-4.ts', HOLDOUT_4],
] as const;

let failed = false;
for (const [name, c] of FILES) {
  const strongOf = (id: string) => c.answers.find((a) => a.id === id);
  const behavioural = c.pairs.filter((p) => isBehavioural(strongOf(p.strong)?.questionId ?? ''));
  console.log(`${name}: ${String(c.answers.length)} answers, ${String(c.pairs.length)} pairs`);
  console.log(
    `  questions ${String(questionsOf(c).size)}; pairs technical ${String(c.pairs.length - behavioural.length)}, behavioural ${String(behavioural.length)}`,
  );
  console.log(`  roles: ${tally(c.answers.map((a) => a.role))}`);
  console.log(`  levels: ${tally(c.answers.map((a) => a.level))}`);
  console.log(`  pair traits: ${tally(c.pairs.flatMap((p) => p.traits))}`);
  console.log(
    `  adversarial ${String(c.adversarial.length)}: ${tally(c.adversarial.map((a) => a.kind))}`,
  );
  const problems = corpusProblems(c);
  for (const p of problems) console.log(`  PROBLEM ${p}`);
  if (problems.length > 0) failed = true;
}
for (const [i, [nameA, a]] of FILES.entries()) {
  for (const [nameB, b] of FILES.slice(i + 1)) {
    const shared = [...questionsOf(b)].filter((q) => questionsOf(a).has(q));
    if (shared.length > 0) {
      console.log(`PROBLEM questions in both ${nameA} and ${nameB}: ${shared.join(', ')}`);
      failed = true;
    }
  }
}
if (failed) process.exitCode = 1;
