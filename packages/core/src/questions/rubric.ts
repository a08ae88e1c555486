/**
 * The shape of a question's rubric: what a good answer to one bank question contains, what a
 * common wrong answer says, and (for behavioural questions) which parts of a story it needs.
 * Rubrics are data, kept beside the bank in `rubrics/*.ts` and keyed by the bank template id
 * (`BankTemplate.id`), so a reviewer can read them like code.
 *
 * Phrasings are matched against the candidate's own words, one sentence at a time:
 * - a phrasing is one to four space-separated tokens, all lower case, no punctuation;
 * - it matches a sentence that contains every token, in any order;
 * - a token matches the same word or its plural, `-ed` and `-ing` forms ("collision" matches
 *   "collisions"); a token ending in `*` matches any word that starts with it ("resiz*" matches
 *   "resize", "resizing", "resized");
 * - a phrasing without a negation word ("not", "never", "no", "without", "n't") does not match a
 *   sentence that negates it, so "collisions do not overwrite" does not state the misconception
 *   "collision overwrite".
 * Phrasings should be specific enough that an answer which merely repeats the question does not
 * match them, and varied enough (at least three per point) that a correct answer in other words
 * does.
 */

/** One thing a good answer covers. */
export interface RubricKeyPoint {
  /** Unique within its rubric, kebab-case ("load-factor"). */
  readonly id: string;
  /**
   * The concept, named as a candidate who missed it should read it, completing "You did not
   * mention ..." ("what happens when the table fills up: resizing and the load factor").
   */
  readonly concept: string;
  /** Ways a candidate may say it (see the matching rules above). */
  readonly phrasings: readonly string[];
  /**
   * A neutral follow-up that asks for this point without naming it ("How would you handle that
   * going wrong?"). Optional: without one, the follow-up rule picks a generic probe by the
   * point's id (interview/follow-up.ts).
   */
  readonly probe?: string;
}

/** A common wrong answer, and what is true instead. */
export interface RubricMisconception {
  /** Unique within its rubric, kebab-case. */
  readonly id: string;
  /** The wrong belief in plain words ("a hash table lookup takes O(n log n) time"). */
  readonly claim: string;
  /** Ways a candidate states it; they must not match a correct answer. */
  readonly phrasings: readonly string[];
  /** What is true, in one or two sentences a candidate can learn from. */
  readonly correction: string;
}

/** The parts of a complete behavioural story (STAR). */
export const STORY_PARTS = ['situation', 'task', 'action', 'result'] as const;
export type StoryPart = (typeof STORY_PARTS)[number];

export interface QuestionRubric {
  /** Two to six points; a complete answer covers all of them. */
  readonly keyPoints: readonly RubricKeyPoint[];
  /** Zero to four common wrong answers. */
  readonly misconceptions: readonly RubricMisconception[];
  /** Behavioural questions: the story parts a complete answer has (usually all four). */
  readonly storyParts?: readonly StoryPart[];
}

/** Rubrics by bank template id. */
export type RubricTable = Readonly<Record<string, QuestionRubric>>;
