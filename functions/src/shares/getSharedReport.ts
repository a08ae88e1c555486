import { getSharedReportInputSchema, type SharedReportWire } from '@candor/core';
import { publicOnCall } from '../helpers/callable';
import { getSharedReport as read } from '../services/shares';

// No sign-in: the token is the whole credential, and it opens one copy only.
export const getSharedReport = publicOnCall(
  'getSharedReport',
  getSharedReportInputSchema,
  async (data): Promise<SharedReportWire> => read(data.token),
);
