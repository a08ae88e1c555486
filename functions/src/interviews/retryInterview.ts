import { retryInterviewInputSchema } from '@candor/core';
import { validatedOnCall } from '../helpers/callable';
import { retryInterview as retry } from '../services/interviews';

// Flips the interview back to `generating`; onInterviewGenerating does the work, and the call
// returns once that run has settled (or after a wait, leaving the page to watch).
export const retryInterview = validatedOnCall(
  'retryInterview',
  retryInterviewInputSchema,
  async ({ uid, data }) => {
    await retry(uid, data.interviewId);
    return { ok: true };
  },
  { timeoutSeconds: 180 },
);
