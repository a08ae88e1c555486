import type { Question, TranscriptTurn } from '../schemas';
import { contentStems, stemsMatch, tokenise } from './text';

export interface AlignedAnswer {
  questionId: string;
  question: string;
  /** Whether the interviewer was heard asking it (an unasked question is not a skipped one). */
  asked: boolean;
  /** The candidate's turns attributed to this question, joined with spaces; '' when unanswered. */
  answer: string;
  turns: TranscriptTurn[];
}

/**
 * Share of a question's (weighted) content words an agent turn must contain to ask it out of
 * order. Set high because follow-ups often reuse words from other questions ("would you run the
 * cache in a separate process?" is not the process-versus-thread question).
 */
export const QUESTION_MATCH_THRESHOLD = 0.7;
/**
 * Lower bar for the next question in the interview's order: interviews mostly go in order, so a
 * looser paraphrase of the expected next question is still that question.
 */
export const NEXT_QUESTION_MATCH_THRESHOLD = 0.35;

function normalisedWords(text: string): string {
  return tokenise(text)
    .map((t) => t.word)
    .join(' ');
}

interface QuestionProfile {
  index: number;
  phrase: string;
  stems: string[];
  weights: number[];
}

function profile(questions: readonly Question[]): QuestionProfile[] {
  const stemsPer = questions.map((q) => contentStems(q.text));
  // A word shared by several questions ("team", "system") says little about which one is being
  // asked, so each word weighs 1 / (number of questions that use it).
  return stemsPer.map((stems, index) => ({
    index,
    phrase: normalisedWords(questions[index]?.text ?? ''),
    stems,
    weights: stems.map(
      (s) => 1 / stemsPer.filter((other) => other.some((o) => stemsMatch(o, s))).length,
    ),
  }));
}

function matchScore(p: QuestionProfile, turnPhrase: string, turnStems: string[]): number {
  if (p.phrase && ` ${turnPhrase} `.includes(` ${p.phrase} `)) return 1;
  const total = p.weights.reduce((a, b) => a + b, 0);
  if (total === 0) return 0;
  let hit = 0;
  p.stems.forEach((s, i) => {
    if (turnStems.some((t) => stemsMatch(t, s))) hit += p.weights[i] ?? 0;
  });
  return hit / total;
}

/**
 * Attributes each candidate turn to the interview question it answers.
 *
 * A turn that carries a question id (practice mode) belongs to that question. Other agent turns
 * are matched to questions by weighted overlap of content words (verbatim text in
 * practice mode scores 1; a voice agent's paraphrase scores by overlap). A matching agent turn
 * makes that question current; agent turns that match nothing (greetings, follow-ups,
 * acknowledgements) leave it unchanged, so answers to follow-ups count towards the question being
 * followed up. Candidate turns before the first question belong to no question.
 */
export function alignAnswers(
  questions: readonly Question[],
  transcript: readonly TranscriptTurn[],
): AlignedAnswer[] {
  const profiles = profile(questions);
  const turnsPer: TranscriptTurn[][] = questions.map(() => []);
  const asked = new Set<number>();
  let current: number | null = null;

  const byId = new Map(questions.map((q, index) => [q.id, index]));
  for (const turn of transcript) {
    // Practice turns name their question: the id decides, whatever the words (a follow-up and
    // its reply belong to the question they follow up).
    const named = turn.questionId === undefined ? undefined : byId.get(turn.questionId);
    if (named !== undefined) {
      if (turn.role === 'user') turnsPer[named]?.push(turn);
      else {
        current = named;
        asked.add(named);
      }
      continue;
    }
    if (turn.role === 'user') {
      if (current !== null) turnsPer[current]?.push(turn);
      continue;
    }
    const phrase = normalisedWords(turn.text);
    const stems = contentStems(turn.text);
    const nextInOrder = profiles.find((p) => !asked.has(p.index) && p.index > (current ?? -1));
    let best: { index: number; score: number } | null = null;
    for (const p of profiles) {
      const score = matchScore(p, phrase, stems);
      const bar = p === nextInOrder ? NEXT_QUESTION_MATCH_THRESHOLD : QUESTION_MATCH_THRESHOLD;
      if (score < bar) continue;
      // Ties go to the next question in order: an agent turn that echoes the previous question
      // while introducing the next one is moving on, not repeating itself.
      const better =
        best === null ||
        score > best.score ||
        (score === best.score && p === nextInOrder && best.index !== p.index);
      if (better) best = { index: p.index, score };
    }
    if (best === null) continue;
    // A follow-up that happens to share words with another question should not steal the
    // answer when it matches the current question at least as well.
    if (current !== null && best.index !== current) {
      const currentProfile = profiles[current];
      if (currentProfile && matchScore(currentProfile, phrase, stems) >= best.score) continue;
    }
    current = best.index;
    asked.add(best.index);
  }

  return questions.map((q, i) => {
    const turns = turnsPer[i] ?? [];
    return {
      questionId: q.id,
      question: q.text,
      asked: asked.has(i),
      answer: turns
        .map((t) => t.text.trim())
        .filter(Boolean)
        .join(' '),
      turns,
    };
  });
}
