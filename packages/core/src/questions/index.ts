export {
  OFFLINE_QUESTION_BANK_VERSION,
  generateOfflineQuestions,
  matchBankTechnologies,
  questionKindCounts,
  renderTemplateText,
  resumeMentions,
} from './bank';
export { normalizeTechName } from './tech-name';
export { OFFLINE_QUESTION_TEMPLATES, type BankTemplate } from './bank-data';
export {
  QUESTION_PROMPT_VERSION,
  buildQuestionPrompt,
  generatedQuestionsSchema,
  questionsResponseJsonSchema,
  resumeQuestionTarget,
} from './prompt';
export {
  isVoiceFriendly,
  parseGeneratedQuestions,
  voiceFriendlyProblem,
  type ParseQuestionsResult,
} from './validate';
export {
  STORY_PARTS,
  type QuestionRubric,
  type RubricKeyPoint,
  type RubricMisconception,
  type RubricTable,
  type StoryPart,
} from './rubric';
export { RUBRICS, bankIdForText, rubricForBankId, rubricForQuestion } from './rubrics';
