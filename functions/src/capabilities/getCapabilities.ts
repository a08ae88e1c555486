import { getCapabilitiesInputSchema, type CapabilitiesOutput } from '@candor/core';
import { geminiApiKey, retellApiKey } from '../config';
import { validatedOnCall } from '../helpers/callable';
import { currentEngine } from '../services/engine';
import { getRateLimits } from '../services/rate-limits';
import { voiceConfigured } from '../services/voice';

export const getCapabilities = validatedOnCall(
  'getCapabilities',
  getCapabilitiesInputSchema,
  async ({ uid }): Promise<CapabilitiesOutput> => ({
    voice: voiceConfigured(),
    engine: currentEngine(),
    limits: await getRateLimits(uid),
  }),
  // Every page load asks; it writes nothing and tells a revoked session only its counters.
  { secrets: [geminiApiKey, retellApiKey], readOnly: true },
);
