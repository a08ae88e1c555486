import type { AttemptMode, AttemptStatus } from '@candor/core';
export const MODE_LABELS: Record<AttemptMode, string> = {
  voice: 'Voice',
  practice: 'Practice',
};

/**
 * What an attempt's status means to the candidate. `created` and `in_progress` read the same:
 * either way the interview has not reached us yet.
 */
export const ATTEMPT_STATUS_LABELS: Record<AttemptStatus, string> = {
  created: 'In progress',
  in_progress: 'In progress',
  transcribed: 'Scoring',
  scoring: 'Scoring',
  scored: 'Scored',
  failed: 'Failed',
};
