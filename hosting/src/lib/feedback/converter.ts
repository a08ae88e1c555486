import { attemptSchema, feedbackSchema } from '@candor/core';
import { z } from 'zod';
import { readConverter, type Read } from '@/lib/firebase/converters';

/** A feedback document as the web app sees it; its id is the id of the attempt it scores. */
export type FeedbackDoc = Read<typeof feedbackSchema>;

export const feedbackConverter = readConverter(feedbackSchema);

/**
 * The feedback page needs two server fields that the shared attempt schema strips: the
 * truncation mark (so the page can say the transcript is incomplete) and when the current
 * scoring run claimed the attempt (so a run whose worker died is not waited on for ever).
 * `.catch` keeps an unexpected lease shape from making the whole attempt unreadable.
 */
const attemptDetailSchema = attemptSchema.extend({
  transcriptTruncated: z.boolean().optional(),
  scoringLease: z
    .object({ atMs: z.number() })
    .optional()
    .catch(() => undefined),
});

export type AttemptDetail = Read<typeof attemptDetailSchema>;

export const attemptDetailConverter = readConverter(attemptDetailSchema);
