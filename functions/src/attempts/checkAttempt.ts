import { checkAttemptInputSchema } from '@candor/core';
import { retellApiKey } from '../config';
import { validatedOnCall } from '../helpers/callable';
import { checkAttempt as check } from '../services/reconcile';
import { voiceProvider } from '../services/voice';

export const checkAttempt = validatedOnCall(
  'checkAttempt',
  checkAttemptInputSchema,
  ({ uid, data }) => check(uid, data, voiceProvider),
  { secrets: [retellApiKey] },
);
