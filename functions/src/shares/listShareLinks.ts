import { listShareLinksInputSchema, type ListShareLinksOutput } from '@candor/core';
import { validatedOnCall } from '../helpers/callable';
import { listShareLinks as list } from '../services/shares';

export const listShareLinks = validatedOnCall(
  'listShareLinks',
  listShareLinksInputSchema,
  async ({ uid, data }): Promise<ListShareLinksOutput> => ({ links: await list(uid, data) }),
  // Writes nothing and names links by hash only: no token a revoked session could use.
  { readOnly: true },
);
