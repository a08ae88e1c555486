import { onSchedule } from 'firebase-functions/v2/scheduler';
import { geminiApiKey } from '../config';
import { sweepStuckWork as sweep } from '../services/sweep';

// The handler lives in services/sweep.ts, so tests run it directly against the emulator (the
// Functions emulator does not fire schedules). Every five minutes: a stuck item waits at most
// one lease (five minutes) plus one interval before it is retried or settled.
export const sweepStuckWork = onSchedule(
  { schedule: 'every 5 minutes', secrets: [geminiApiKey], timeoutSeconds: 540 },
  async () => {
    await sweep();
  },
);
