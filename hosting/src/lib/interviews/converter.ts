import { interviewSchema } from '@candor/core';
import { readConverter, type Read } from '@/lib/firebase/converters';

/** An interview as the web app sees it: the stored fields plus the document id. */
export type InterviewDoc = Read<typeof interviewSchema>;

export const interviewConverter = readConverter(interviewSchema);
