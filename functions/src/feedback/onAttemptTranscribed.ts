import type { DocumentSnapshot } from 'firebase-admin/firestore';
import { onDocumentWritten } from 'firebase-functions/v2/firestore';
import { geminiApiKey } from '../config';
import { scoreAttempt } from '../services/feedback';

/**
 * Only the move into `transcribed` starts a scoring. Every other write, including the trigger's
 * own writes (scoring, scored, failed), fires this function too and must do nothing.
 */
export function becameTranscribed(
  before: DocumentSnapshot | undefined,
  after: DocumentSnapshot | undefined,
): boolean {
  if (after?.get('status') !== 'transcribed') return false;
  return before?.exists !== true || before.get('status') !== 'transcribed';
}

export const onAttemptTranscribed = onDocumentWritten(
  {
    document: 'interviews/{interviewId}/attempts/{attemptId}',
    secrets: [geminiApiKey],
    // Two model calls at the provider's 45 s timeout, with room to spare; the scoring lease
    // (five minutes) outlives this, so a live run never loses its claim.
    timeoutSeconds: 180,
  },
  async (event) => {
    if (!becameTranscribed(event.data?.before, event.data?.after)) return;
    // event.id is the same on a redelivery, so a retried event meets its own claim.
    await scoreAttempt(event.params.interviewId, event.params.attemptId, event.id);
  },
);
