import { submitPracticeTranscriptInputSchema } from '@candor/core';
import { validatedOnCall } from '../helpers/callable';
import { submitPracticeTranscript as submit } from '../services/attempts';

export const submitPracticeTranscript = validatedOnCall(
  'submitPracticeTranscript',
  submitPracticeTranscriptInputSchema,
  async ({ uid, data }) => ({ status: await submit(uid, data) }),
);
