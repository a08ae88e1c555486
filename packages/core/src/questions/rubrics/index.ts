import { OFFLINE_QUESTION_TEMPLATES, ROLE_PLACEHOLDER, type BankTemplate } from '../bank-data';
import type { QuestionRubric, RubricTable } from '../rubric';
import { BEHAVIORAL_RUBRICS } from './behavioral';
import { GENERAL_RUBRICS } from './general';
import { ROLES_A_RUBRICS } from './roles-a';
import { ROLES_B_RUBRICS } from './roles-b';
import { STACK_RUBRICS } from './stack';

function merge(tables: readonly RubricTable[]): RubricTable {
  const out: Record<string, QuestionRubric> = {};
  for (const table of tables) {
    for (const [id, rubric] of Object.entries(table)) {
      // Two writers claiming one template would silently shadow each other's rubric.
      if (id in out) throw new Error(`rubric ${id} is defined twice`);
      out[id] = rubric;
    }
  }
  return out;
}

/** Every rubric, by bank template id. */
export const RUBRICS: RubricTable = merge([
  GENERAL_RUBRICS,
  BEHAVIORAL_RUBRICS,
  ROLES_A_RUBRICS,
  ROLES_B_RUBRICS,
  STACK_RUBRICS,
]);

export function rubricForBankId(bankId: string): QuestionRubric | undefined {
  return Object.hasOwn(RUBRICS, bankId) ? RUBRICS[bankId] : undefined;
}

/** Case, spacing and punctuation do not tell two renderings of a template apart. */
const textKey = (text: string) =>
  text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[^\p{L}\p{N}']+/gu, ' ')
    .trim();

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const BY_TEXT: ReadonlyMap<string, string> = new Map(
  OFFLINE_QUESTION_TEMPLATES.filter((t) => !t.text.includes(ROLE_PLACEHOLDER)).map(
    (t) => [textKey(t.text), t.id] as const,
  ),
);

// The bank renders the role placeholder as "this <role> role" or "this role", so a stored
// question matches its template with any role in that slot.
const WITH_ROLE: readonly { id: string; pattern: RegExp }[] = OFFLINE_QUESTION_TEMPLATES.filter(
  (t: BankTemplate) => t.text.includes(ROLE_PLACEHOLDER),
).map((t) => ({
  id: t.id,
  pattern: new RegExp(
    `^${t.text
      .split(ROLE_PLACEHOLDER)
      .map((part) => escape(textKey(part)))
      .join(' ?this (?:.+ )?role ?')}$`,
  ),
}));

/** The bank template a question's text was rendered from, for questions stored without one. */
export function bankIdForText(text: string): string | undefined {
  const key = textKey(text);
  return BY_TEXT.get(key) ?? WITH_ROLE.find((t) => t.pattern.test(key))?.id;
}

/** The rubric a stored question is scored against: by its bank entry, else by its text. */
export function rubricForQuestion(question: {
  text: string;
  bankId?: string | undefined;
}): QuestionRubric | undefined {
  const byId = question.bankId === undefined ? undefined : rubricForBankId(question.bankId);
  if (byId) return byId;
  const id = bankIdForText(question.text);
  return id === undefined ? undefined : rubricForBankId(id);
}
