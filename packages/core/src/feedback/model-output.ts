import { z } from 'zod';
import { clampScore } from './evidence';
import { CATEGORY_NAMES } from '../constants';

// Scores arrive from a model: numeric strings and out-of-range or fractional numbers are
// repaired into 0..100 integers before validation rather than failing the whole response.
const repairScore = (v: unknown) => (v === null || v === undefined ? v : (clampScore(v) ?? v));

const modelScore = z.preprocess(repairScore, z.int().min(0).max(100));

/** Levels 1..5 arrive the same way; out-of-range and fractional ones are repaired too. */
const repairLevel = (v: unknown) => {
  if (v === null || v === undefined) return v;
  const n = typeof v === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(v) ? Number(v) : v;
  return typeof n === 'number' && Number.isFinite(n) ? Math.min(5, Math.max(1, Math.round(n))) : v;
};
const modelLevel = z.preprocess(repairLevel, z.int().min(1).max(5));

/**
 * The behaviourally anchored levels the model answers in, and the score each maps to in code.
 * The model never writes a 0..100 question score itself.
 */
export const LEVEL_SCORES: Readonly<Record<number, number>> = { 1: 0, 2: 25, 3: 50, 4: 75, 5: 100 };

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
        evidence: z
          .array(z.string())
          .describe(
            "First: exact quotes copied character for character from the candidate's own answer to this question, at least three words each.",
          ),
        keyPointsCovered: z
          .array(
            z.object({
              id: z.string().describe('The id of a key point listed for this question.'),
              quote: z.string().describe('The exact candidate words that show the point.'),
            }),
          )
          .default([])
          .describe('Key points of this question the answer covers, each with its quote.'),
        misconceptionsStated: z
          .array(
            z.object({
              id: z.string().describe('The id of a misconception listed for this question.'),
              quote: z.string().describe('The exact candidate words that state it.'),
            }),
          )
          .default([])
          .describe('Listed misconceptions the answer states, each with its quote.'),
        level: modelLevel
          .nullable()
          .describe(
            'After the quotes: the anchored level 1-5, or null when the question was not answered or cannot be judged.',
          ),
        answerSummary: z.string().describe('A neutral one-sentence summary of the answer.'),
        feedback: z.string().describe('Specific, honest feedback on this answer.'),
      }),
    )
    .describe('One entry per interview question, in the order given.'),
  strengths: z.array(z.string()).describe('Specific strengths shown in the answers; may be empty.'),
  improvements: z.array(z.string()).describe('Specific, actionable improvements.'),
  finalAssessment: z.string().describe('A short, honest overall assessment paragraph.'),
});
export type ModelFeedback = z.output<typeof modelFeedbackSchema>;
