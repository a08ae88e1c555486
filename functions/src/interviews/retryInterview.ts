import { retryInterviewInputSchema } from '@candor/core';
import { validatedOnCall } from '../helpers/callable';
import { retryInterview as retry } from '../services/interviews';

// Flips the interview back to `generating` and answers; onInterviewGenerating does the work while
// the interview page watches the status.
export const retryInterview = validatedOnCall(
  'retryInterview',
  retryInterviewInputSchema,
  async ({ uid, data }) => {
    await retry(uid, data.interviewId);
    return { ok: true };
  },
);
