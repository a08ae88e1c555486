import { rescoreAttemptInputSchema } from '@candor/core';
import { validatedOnCall } from '../helpers/callable';
import { resetFailedAttempt } from '../services/feedback';

// Moving the attempt back to `transcribed` fires onAttemptTranscribed, which scores it through
// the same idempotent path as the first time; the caller watches the attempt for the result.
export const rescoreAttempt = validatedOnCall(
  'rescoreAttempt',
  rescoreAttemptInputSchema,
  async ({ uid, data }): Promise<{ ok: true }> => {
    await resetFailedAttempt(uid, data.interviewId, data.attemptId);
    return { ok: true };
  },
);
