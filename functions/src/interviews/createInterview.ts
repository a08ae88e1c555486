import { createInterviewInputSchema, type CreateInterviewOutput } from '@candor/core';
import { geminiApiKey } from '../config';
import { validatedOnCall } from '../helpers/callable';
import { createInterview as create } from '../services/interviews';

export const createInterview = validatedOnCall(
  'createInterview',
  createInterviewInputSchema,
  async ({ uid, data }): Promise<CreateInterviewOutput> => ({
    interviewId: await create(uid, data),
  }),
  // A résumé to discard is used here, inside the call, so the call may write the questions.
  { secrets: [geminiApiKey], timeoutSeconds: 180 },
);
