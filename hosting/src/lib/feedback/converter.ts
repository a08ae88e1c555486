import { attemptSchema, feedbackSchema } from '@candor/core';
import { z } from 'zod';
import { readConverter, type Read } from '@/lib/firebase/converters';

/** A feedback document as the web app sees it; its id is the id of the attempt it scores. */
export type FeedbackDoc = Read<typeof feedbackSchema>;

export const feedbackConverter = readConverter(feedbackSchema);

/**
 * The feedback page reads the truncation mark (so the page can say the transcript is
 * incomplete) and the scoring lease (so a run whose worker died is not waited on for ever),
 * both part of the shared attempt schema.
 */
const attemptDetailSchema = attemptSchema;

export type AttemptDetail = Read<typeof attemptDetailSchema>;

export const attemptDetailConverter = readConverter(attemptDetailSchema);
