import { exportAccountDataInputSchema, type ExportAccountDataOutput } from '@candor/core';
import { validatedOnCall } from '../helpers/callable';
import { exportAccountData as collect } from '../services/export';

/** The caller's own data as JSON, for them to keep or take elsewhere (README: "Your data"). */
export const exportAccountData = validatedOnCall(
  'exportAccountData',
  exportAccountDataInputSchema,
  async ({ uid }): Promise<ExportAccountDataOutput> => collect(uid),
  { timeoutSeconds: 120 },
);
