import { onDocumentDeleted } from 'firebase-functions/v2/firestore';
import { db } from '../services/admin';
import { shareRefsOf } from '../services/shares';

/**
 * A shared copy must not outlive its attempt: however the attempt goes (its interview deleted,
 * the account deleted, an operator's cleanup), its links go with it. Deleting is idempotent, so a
 * redelivered event changes nothing.
 */
export const onAttemptDeleted = onDocumentDeleted(
  'interviews/{interviewId}/attempts/{attemptId}',
  async (event) => {
    const userId: unknown = event.data?.get('userId');
    if (typeof userId !== 'string') return;
    const refs = await shareRefsOf({ userId, attemptId: event.params.attemptId });
    const writer = db().bulkWriter();
    for (const ref of refs) void writer.delete(ref);
    await writer.close();
  },
);
