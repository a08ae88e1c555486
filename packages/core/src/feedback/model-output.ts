import { z } from 'zod';
import { CATEGORY_NAMES } from '../schemas';
import { clampScore } from './evidence';

// Scores arrive from a model: numeric strings and out-of-range or fractional numbers are
// repaired into 0..100 integers before validation rather than failing the whole response.
const repairScore = (v: unknown) => (v === null || v === undefined ? v : (clampScore(v) ?? v));

const modelScore = z.preprocess(repairScore, z.int().min(0).max(100));

/**
 * The raw shape the feedback model must return. Everything in it is re-checked in code
 * (finaliseModelFeedback); it is not trusted because it validated.
 */
export const modelFeedbackSchema = z.object({
  categoryScores: z
    .array(
      z.object({
        name: z.enum(CATEGORY_NAMES),
        score: modelScore,
        comment: z.string().describe('One or two sentences justifying the score.'),
      }),
    )
    .meta({ minItems: CATEGORY_NAMES.length, maxItems: CATEGORY_NAMES.length })
    .describe('Exactly one entry for each of the five categories.'),
  questions: z
    .array(
      z.object({
        questionId: z.string().describe('The id attribute of the question being assessed.'),
        answerSummary: z.string().describe('A neutral one-sentence summary of the answer.'),
        score: modelScore
          .nullable()
          .describe('0-100, or null when the question was not answered or cannot be judged.'),
        feedback: z.string().describe('Specific, honest feedback on this answer.'),
        evidence: z
          .array(z.string())
          .describe(
            "Exact quotes copied character for character from the candidate's own turns, at least three words each.",
          ),
      }),
    )
    .describe('One entry per interview question, in the order given.'),
  strengths: z.array(z.string()).describe('Specific strengths shown in the answers; may be empty.'),
  improvements: z.array(z.string()).describe('Specific, actionable improvements.'),
  finalAssessment: z.string().describe('A short, honest overall assessment paragraph.'),
});
export type ModelFeedback = z.output<typeof modelFeedbackSchema>;
