import { randomUUID } from 'node:crypto';
import { checkInterviewInputSchema, type CheckInterviewOutput } from '@candor/core';
import { geminiApiKey } from '../config';
import { validatedOnCall } from '../helpers/callable';
import { checkInterview as check } from '../services/interviews';

// "Check now" on the interview page: the sweep's reconciliation for one interview, at once. A
// stuck interview is generated again here, so the callable needs the key and the time for it.
export const checkInterview = validatedOnCall(
  'checkInterview',
  checkInterviewInputSchema,
  async ({ uid, data }): Promise<CheckInterviewOutput> =>
    check(uid, data.interviewId, `check-${randomUUID()}`),
  { secrets: [geminiApiKey], timeoutSeconds: 180 },
);
