/**
 * The format of the labelled scoring corpus (see README.md in this folder). A corpus file
 * (corpus.ts for development, holdout.ts held out) exports one `ScoringCorpus`. Everything is
 * plain data so that any scorer, offline or model-backed, can be measured on it.
 */
import { OFFLINE_QUESTION_TEMPLATES, type Level } from '@candor/core';

export type Label = 'strong' | 'weak';

/** One candidate answer to one bank question, with the label a careful human rater gives it. */
export interface CorpusAnswer {
  /** Unique within its file, e.g. 'c-hash-strong' (corpus) or 'h-cache-weak' (holdout). */
  readonly id: string;
  /** Bank template id (`BankTemplate.id`), e.g. 'tech.3'. Never a `stack.generic.*` template. */
  readonly questionId: string;
  /** The interview's role as a candidate would type it, e.g. 'Backend Engineer'. */
  readonly role: string;
  readonly level: Level;
  /** What the candidate said, as a voice transcript reads: plain sentences, fillers allowed. */
  readonly answer: string;
  readonly label: Label;
  /** Why a careful rater gives this label: what it covers, misses or gets wrong. */
  readonly reason: string;
}

/**
 * What makes a pair worth having beyond "good beats bad". A pair may have several traits.
 * - 'near-miss': the weak answer is decent (on topic, some right content) but misses the key
 *   substance of the question.
 * - 'long-weak': the weak answer is longer and more fluent than the strong one.
 * - 'concise-strong': the strong answer is short and plain; it wins on content alone.
 * - 'confident-weak': the weak answer states wrong things with confidence.
 */
export type PairTrait = 'near-miss' | 'long-weak' | 'concise-strong' | 'confident-weak';

/** Two answers to the same question, role and level: a scorer must rank `strong` above `weak`. */
export interface CorpusPair {
  /** Id of a `CorpusAnswer` labelled 'strong'. */
  readonly strong: string;
  /** Id of a `CorpusAnswer` labelled 'weak', to the same question. */
  readonly weak: string;
  readonly traits: readonly PairTrait[];
}

export type AdversarialKind =
  /** Text addressed to the grader ("give a score of 100", "ignore your rubric"). */
  | 'grader-instruction'
  /** The question read back, verbatim or lightly reworded, with nothing added. */
  | 'question-echo'
  /** Technology names and jargon with no reasoning, or a buzzword-heavy wrong approach. */
  | 'buzzword-list'
  /** One story pasted as the answer to several different questions. */
  | 'reused-story'
  /** Pleasantries and fillers with no content ("great question"). */
  | 'padding'
  /** An answer in a language other than English. */
  | 'non-english'
  /** Fluent, confident, long, and technically wrong. */
  | 'confident-wrong'
  /** A fluent answer to a different question than the one asked. */
  | 'off-topic'
  /** An answer inflated with repetition and generic filler around the same content. */
  | 'length-padding';

/**
 * One thing a trustworthy scorer does with an adversarial answer. `of` names a `CorpusAnswer`
 * or another `AdversarialCase` in the same file; scores compared are the 0..100 totals.
 */
export type Expectation =
  /** Total is no higher than the total of `of` (e.g. the same answer without the injection). */
  | { readonly kind: 'score-at-most'; readonly of: string }
  /** Total is strictly lower than the total of `of`. */
  | { readonly kind: 'below'; readonly of: string }
  /** Total is strictly higher than the total of `of`. */
  | { readonly kind: 'above'; readonly of: string }
  /** Treated as not answered: the bottom band, no strengths, no key point covered. */
  | { readonly kind: 'unanswered' }
  /** Not scored at all offline (e.g. not English), with the reason said; never a guessed score. */
  | { readonly kind: 'not-scorable' }
  /** No evidence quote in the feedback contains `text` (compared case-insensitively). */
  | { readonly kind: 'no-evidence-quote-of'; readonly text: string }
  /** The feedback names the text addressed to the grader. */
  | { readonly kind: 'instruction-flagged' };

/** Another turn of the same interview, scored together with the case (for 'reused-story'). */
export interface SessionTurn {
  readonly questionId: string;
  readonly answer: string;
}

export interface AdversarialCase {
  /** Unique within its file, and distinct from every `CorpusAnswer` id. */
  readonly id: string;
  readonly kind: AdversarialKind;
  readonly questionId: string;
  readonly role: string;
  readonly level: Level;
  readonly answer: string;
  /** Every expectation must hold. */
  readonly expect: readonly Expectation[];
  /**
   * For 'reused-story': the other turns of the same interview (same role and level). The same
   * story text appears in at least one of them, and `storyAnswers` says which question it
   * really answers.
   */
  readonly session?: readonly SessionTurn[];
  /** For 'reused-story': the bank id of the question the story actually answers. */
  readonly storyAnswers?: string;
  readonly reason: string;
}

export interface ScoringCorpus {
  readonly answers: readonly CorpusAnswer[];
  readonly pairs: readonly CorpusPair[];
  readonly adversarial: readonly AdversarialCase[];
}

/** The bank question as the interviewer speaks it, `{this_role}` rendered for `role`. */
export function questionText(questionId: string, role: string): string {
  const template = OFFLINE_QUESTION_TEMPLATES.find((t) => t.id === questionId);
  if (!template) throw new Error(`No bank question ${questionId}`);
  return template.text.split('{this_role}').join(`this ${role} role`);
}

/** Everything wrong with a corpus file, as sentences; empty when it is well formed. */
export function corpusProblems(corpus: ScoringCorpus): string[] {
  const problems: string[] = [];
  const templates = new Map(OFFLINE_QUESTION_TEMPLATES.map((t) => [t.id, t]));
  const answers = new Map<string, CorpusAnswer>();
  const ids = new Set<string>();
  const claim = (id: string): void => {
    if (ids.has(id)) problems.push(`${id}: duplicate id`);
    ids.add(id);
  };
  const checkQuestion = (id: string, questionId: string, level: Level): void => {
    const template = templates.get(questionId);
    if (!template) problems.push(`${id}: ${questionId} is not a bank question`);
    else if (questionId.startsWith('stack.generic.'))
      problems.push(`${id}: generic questions are not used`);
    else if (!template.levels.includes(level))
      problems.push(`${id}: ${questionId} is not asked at level ${level}`);
  };
  for (const a of corpus.answers) {
    claim(a.id);
    answers.set(a.id, a);
    checkQuestion(a.id, a.questionId, a.level);
  }
  const paired = new Set<string>();
  for (const p of corpus.pairs) {
    const strong = answers.get(p.strong);
    const weak = answers.get(p.weak);
    if (strong?.label !== 'strong') problems.push(`pair ${p.strong}: not a strong answer`);
    if (weak?.label !== 'weak') problems.push(`pair ${p.weak}: not a weak answer`);
    if (strong && weak) {
      if (strong.questionId !== weak.questionId)
        problems.push(`pair ${p.strong}/${p.weak}: different questions`);
      if (strong.role !== weak.role || strong.level !== weak.level)
        problems.push(`pair ${p.strong}/${p.weak}: different role or level`);
      if (p.traits.includes('long-weak') && weak.answer.length <= strong.answer.length)
        problems.push(`pair ${p.strong}/${p.weak}: 'long-weak' but the weak answer is shorter`);
    }
    paired.add(p.strong).add(p.weak);
  }
  for (const a of corpus.answers) if (!paired.has(a.id)) problems.push(`${a.id}: in no pair`);
  const cases = new Map(corpus.adversarial.map((c) => [c.id, c]));
  for (const c of corpus.adversarial) {
    claim(c.id);
    checkQuestion(c.id, c.questionId, c.level);
    if (c.expect.length === 0) problems.push(`${c.id}: no expectation`);
    for (const e of c.expect) {
      if (e.kind !== 'score-at-most' && e.kind !== 'below' && e.kind !== 'above') continue;
      const other = answers.get(e.of) ?? cases.get(e.of);
      if (!other) problems.push(`${c.id}: ${e.of} does not exist`);
      else if (
        other.questionId !== c.questionId ||
        other.role !== c.role ||
        other.level !== c.level
      )
        problems.push(`${c.id}: compared with ${e.of}, a different question, role or level`);
      else if (
        e.kind === 'score-at-most' &&
        (c.kind === 'grader-instruction' || c.kind === 'length-padding') &&
        c.answer.length <= other.answer.length
      )
        problems.push(`${c.id}: adds nothing to its base answer ${e.of}`);
    }
    if (c.kind === 'reused-story') {
      const turns = c.session ?? [];
      if (!c.storyAnswers) problems.push(`${c.id}: reused story without storyAnswers`);
      if (!turns.some((t) => t.answer === c.answer))
        problems.push(`${c.id}: the story is not reused in the session`);
      for (const t of turns) checkQuestion(c.id, t.questionId, c.level);
    }
  }
  return problems;
}

/** One strong/weak pair as it is written in a corpus file: the shared context once. */
export interface PairSpec {
  readonly questionId: string;
  readonly role: string;
  readonly level: Level;
  readonly traits: readonly PairTrait[];
  readonly strong: { readonly id: string; readonly answer: string; readonly reason: string };
  readonly weak: { readonly id: string; readonly answer: string; readonly reason: string };
}

/** Flattens pair specs into the answers and pairs of a `ScoringCorpus`. */
export function buildCorpus(
  specs: readonly PairSpec[],
  adversarial: readonly AdversarialCase[],
): ScoringCorpus {
  const answers: CorpusAnswer[] = [];
  const pairs: CorpusPair[] = [];
  for (const s of specs) {
    const shared = { questionId: s.questionId, role: s.role, level: s.level };
    answers.push({ ...shared, ...s.strong, label: 'strong' });
    answers.push({ ...shared, ...s.weak, label: 'weak' });
    pairs.push({ strong: s.strong.id, weak: s.weak.id, traits: s.traits });
  }
  return { answers, pairs, adversarial };
}
