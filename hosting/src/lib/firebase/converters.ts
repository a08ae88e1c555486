import { toDates } from '@candor/core';
import type { QueryDocumentSnapshot } from 'firebase/firestore';
import type { z } from 'zod';

/**
 * Parses a snapshot with the shared schema, its Timestamps made Dates (core `toDates`) so
 * components never see Firestore types. A pending server timestamp reads as null locally,
 * so it is estimated instead of failing the parse.
 */
export function fromFirestore<S extends z.ZodType>(
  schema: S,
  snap: QueryDocumentSnapshot,
): z.output<S> {
  return schema.parse(toDates(snap.data({ serverTimestamps: 'estimate' })));
}
