import { attemptConverter } from '@/lib/attempts/converter';
import { attemptDetailConverter, feedbackConverter } from '@/lib/feedback/converter';
import { interviewConverter } from '@/lib/interviews/converter';
import { userConverter } from '@/lib/users/converter';
import type { ReadConverter } from './converters';
import type { ModelName, ReadModels } from './reads';

/** The converter of each model a read names (reads.ts); loaded with Firestore, and on the server. */
export const converters: { [M in ModelName]: ReadConverter<ReadModels[M]> } = {
  interview: interviewConverter,
  attempt: attemptConverter,
  attemptDetail: attemptDetailConverter,
  feedback: feedbackConverter,
  user: userConverter,
};
