import { startAttemptInputSchema } from '@candor/core';
import { retellApiKey } from '../config';
import { validatedOnCall } from '../helpers/callable';
import { startAttempt as start } from '../services/attempts';

export const startAttempt = validatedOnCall(
  'startAttempt',
  startAttemptInputSchema,
  ({ uid, data }) => start(uid, data),
  { secrets: [retellApiKey] },
);
