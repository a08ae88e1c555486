/**
 * Whether a sentence says something (a clause with a verb that relates its words) or only
 * names things (a list of terms, a string of buzzwords). Key-point credit needs the first: the
 * rubric's phrasings name a concept, and naming it in a list is not explaining it.
 *
 * There is no part-of-speech tagger here, so a verb is recognised by what carries one in spoken
 * English: an auxiliary, modal or copula ("is", "would", "can't"), a subject pronoun ("I", "we"),
 * a past form ("cached", "dropped"), a common verb ("use", "stop", "keep"), or a word followed
 * by the object it governs ("batch the work", "compress it").
 */

import { STOP_WORDS } from './text';

const AUXILIARIES: ReadonlySet<string> = new Set(
  (
    'is are was were be been being am has have had do does did done can could will would should ' +
    'may might must shall'
  ).split(' '),
);
const CONTRACTED = /^(it|that|there|what|here|who|he|she|let|i|we|you|they)'(s|d|ll|re|ve|m)$/;
const SUBJECTS: ReadonlySet<string> = new Set(['i', 'we', 'you', 'they', 'he', 'she']);
/** Words that open the object of a verb: "use the index", "retry them". */
const OBJECT_OPENERS: ReadonlySet<string> = new Set(
  'the a an this that these those it them its their our your my his her each every any some us me'.split(
    ' ',
  ),
);
/** Words that are never verbs, so a following determiner does not make them one. */
const NON_VERBS: ReadonlySet<string> = new Set(
  (
    'of to in on at by for with from into onto about over under as and or but if so than then ' +
    'like via per through between across after before during without within against among all ' +
    'both either neither not just only also even'
  ).split(' '),
);
/**
 * General-purpose verbs, in the base form (inflections are matched): how an imperative or a
 * plain statement without an object carries its relation ("stop polling", "it depends").
 */
const COMMON_VERBS: ReadonlySet<string> = new Set(
  (
    'use add make keep stop start check run send set put avoid store measure compare split move ' +
    'return call create build write read pick choose give take get let try ask find show need ' +
    'want mean help allow cause reduce increase lower raise prevent ensure handle work happen ' +
    'depend change fix retry wait fail break lose save fetch grow scale replicate hold expire ' +
    'track watch monitor verify validate guarantee protect encrypt revoke deploy ship roll ' +
    'revert merge decide prioritise prioritize talk listen explain agree disagree learn lead own ' +
    'escalate tell say see know think go come become stay leave live die wake sleep cost apply ' +
    'compress throttle recover restart kill'
  ).split(/\s+/),
);
// Words that are as often the name of a thing as an action ("hash", "index", "cache", "queue",
// "batch", "lock", "log") are left out: in a list they name things. Followed by an object ("cache
// the result") they still read as verbs.

function verbForm(word: string): boolean {
  if (COMMON_VERBS.has(word)) return true;
  for (const suffix of ['s', 'es', 'ed', 'd', 'ing']) {
    if (!word.endsWith(suffix)) continue;
    const base = word.slice(0, -suffix.length);
    if (COMMON_VERBS.has(base) || COMMON_VERBS.has(`${base}e`)) return true;
    if (/(.)\1$/.test(base) && COMMON_VERBS.has(base.slice(0, -1))) return true;
  }
  if (word.endsWith('ies') && COMMON_VERBS.has(`${word.slice(0, -3)}y`)) return true;
  return false;
}

/** Whether a run of words carries a verb, by the cues above. */
function hasVerb(words: readonly string[]): boolean {
  return words.some((w, i) => {
    if (AUXILIARIES.has(w) || SUBJECTS.has(w) || CONTRACTED.test(w) || w.endsWith("n't"))
      return true;
    // A past form: "dropped", "cached". Short words ending in -ed ("bed", "red") are not.
    if (w.length >= 5 && w.endsWith('ed')) return true;
    if (verbForm(w)) return true;
    const next = words[i + 1];
    return (
      next !== undefined &&
      OBJECT_OPENERS.has(next) &&
      !NON_VERBS.has(w) &&
      !STOP_WORDS.has(w) &&
      !OBJECT_OPENERS.has(w)
    );
  });
}

/**
 * A clause this short with no verb is a list item ("ETag caching", "backoff with jitter"): three
 * words name a thing and at most one modifier, too few to relate two things without a verb.
 */
const LIST_ITEM_WORDS = 3;

/**
 * Whether a sentence makes a claim rather than listing terms. `words` and `clauses` as in
 * `AnswerSentence` (each word's clause index). A sentence with no verb anywhere names things
 * only; one whose clauses are mostly short verbless items is a list, even if one item happens
 * to carry a verb ("batching, batch requests, batching the batches").
 */
export function makesClaim(words: readonly string[], clauses: readonly number[]): boolean {
  if (!hasVerb(words)) return false;
  const byClause = new Map<number, string[]>();
  words.forEach((w, i) => {
    const c = clauses[i] ?? 0;
    const list = byClause.get(c) ?? [];
    list.push(w);
    byClause.set(c, list);
  });
  const parts = [...byClause.values()];
  // Three items is the shortest run a listener hears as a list rather than a pair.
  if (parts.length < 3) return true;
  const items = parts.filter((p) => p.length <= LIST_ITEM_WORDS && !hasVerb(p)).length;
  // Most of the sentence is items: the odd verb inside it relates nothing to the question.
  return items * 2 <= parts.length;
}
