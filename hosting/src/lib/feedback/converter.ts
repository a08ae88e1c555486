import { attemptSchema, feedbackSchema } from '@candor/core';
import { readConverter, type Read } from '@/lib/firebase/converters';

/** A feedback document as the web app sees it; its id is the id of the attempt it scores. */
export type FeedbackDoc = Read<typeof feedbackSchema>;

export const feedbackConverter = readConverter(feedbackSchema);

/**
 * The feedback page's attempt: the shared attempt schema, truncation mark and scoring lease
 * included (so the page can say the transcript is incomplete, and a run whose worker died is
 * not waited on for ever).
 */
export type AttemptDetail = Read<typeof attemptSchema>;

export const attemptDetailConverter = readConverter(attemptSchema);
