import { onSchedule } from 'firebase-functions/v2/scheduler';
import { isConfigured, retellApiKey } from '../config';
import { log } from '../helpers/logger';
import { sweepOpenAttempts, type SweepReport } from '../services/reconcile';
import { voiceProvider } from '../services/voice';

/**
 * The sweep, apart from its trigger so that tests run it against the Firestore emulator. Voice
 * lookups need the Retell key; without one (practice-only sites) only practice attempts and
 * voice attempts without a call can settle, and a lookup reads as "unavailable".
 */
export async function handleSweepStuckAttempts(nowMs = Date.now()): Promise<SweepReport> {
  const report = await sweepOpenAttempts(voiceProvider, { nowMs });
  log({ fn: 'sweepStuckAttempts' }).info('sweep done', {
    ...report,
    voiceConfigured: isConfigured(retellApiKey.value()),
  });
  return report;
}

export const sweepStuckAttempts = onSchedule(
  { schedule: 'every 5 minutes', secrets: [retellApiKey], timeoutSeconds: 300, retryCount: 0 },
  async () => {
    await handleSweepStuckAttempts();
  },
);
