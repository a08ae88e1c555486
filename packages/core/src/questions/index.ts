export {
  OFFLINE_QUESTION_BANK_VERSION,
  generateOfflineQuestions,
  matchBankTechnologies,
  normalizeTechName,
  questionKindCounts,
} from './bank';
export { OFFLINE_QUESTION_TEMPLATES, type BankTemplate } from './bank-data';
export {
  QUESTION_PROMPT_VERSION,
  buildQuestionPrompt,
  generatedQuestionsSchema,
  questionsResponseJsonSchema,
} from './prompt';
export {
  isVoiceFriendly,
  parseGeneratedQuestions,
  voiceFriendlyProblem,
  type ParseQuestionsResult,
} from './validate';
