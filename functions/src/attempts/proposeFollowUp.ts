import { proposeFollowUpInputSchema } from '@candor/core';
import { geminiApiKey } from '../config';
import { validatedOnCall } from '../helpers/callable';
import { proposeFollowUp as propose } from '../services/follow-ups';

export const proposeFollowUp = validatedOnCall(
  'proposeFollowUp',
  proposeFollowUpInputSchema,
  ({ uid, data }) => propose(uid, data),
  { secrets: [geminiApiKey] },
);
