import { randomUUID } from 'node:crypto';
import { retryInterviewInputSchema } from '@candor/core';
import { geminiApiKey } from '../config';
import { validatedOnCall } from '../helpers/callable';
import { generateQuestions, resetFailedInterview } from '../services/interviews';

// The document already exists, so no create trigger fires again: the retry generates here,
// through the same idempotent path as the trigger.
export const retryInterview = validatedOnCall(
  'retryInterview',
  retryInterviewInputSchema,
  async ({ uid, data }) => {
    await resetFailedInterview(uid, data.interviewId);
    await generateQuestions(data.interviewId, `retry-${randomUUID()}`);
    return { ok: true };
  },
  { secrets: [geminiApiKey], timeoutSeconds: 180 },
);
