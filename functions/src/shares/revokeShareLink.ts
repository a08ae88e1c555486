import { revokeShareLinkInputSchema } from '@candor/core';
import { validatedOnCall } from '../helpers/callable';
import { revokeShareLink as revoke } from '../services/shares';

export const revokeShareLink = validatedOnCall(
  'revokeShareLink',
  revokeShareLinkInputSchema,
  async ({ uid, data }): Promise<{ ok: true }> => {
    await revoke(uid, data.id);
    return { ok: true };
  },
);
