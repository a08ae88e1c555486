import { createShareLinkInputSchema, type CreateShareLinkOutput } from '@candor/core';
import { validatedOnCall } from '../helpers/callable';
import { createShareLink as create } from '../services/shares';

export const createShareLink = validatedOnCall(
  'createShareLink',
  createShareLinkInputSchema,
  async ({ uid, data }): Promise<CreateShareLinkOutput> => create(uid, data),
);
