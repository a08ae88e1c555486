import { attemptSchema } from '@candor/core';
import { readConverter, type Read } from '@/lib/firebase/converters';

/** An attempt as the web app sees it: the stored fields plus the document id. */
export type AttemptDoc = Read<typeof attemptSchema>;

export const attemptConverter = readConverter(attemptSchema);
