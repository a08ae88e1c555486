import { createInterviewInputSchema, type CreateInterviewOutput } from '@candor/core';
import { validatedOnCall } from '../helpers/callable';
import { createInterview as create } from '../services/interviews';

export const createInterview = validatedOnCall(
  'createInterview',
  createInterviewInputSchema,
  async ({ uid, data }): Promise<CreateInterviewOutput> => ({
    interviewId: await create(uid, data),
  }),
);
