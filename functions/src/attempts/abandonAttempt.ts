import { abandonAttemptInputSchema } from '@candor/core';
import { validatedOnCall } from '../helpers/callable';
import { abandonAttempt as abandon } from '../services/attempts';

export const abandonAttempt = validatedOnCall(
  'abandonAttempt',
  abandonAttemptInputSchema,
  async ({ uid, data }) => {
    await abandon(uid, data);
    return { ok: true };
  },
);
