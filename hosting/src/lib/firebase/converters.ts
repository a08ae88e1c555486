import { Timestamp, type QueryDocumentSnapshot } from 'firebase/firestore';
import type { z } from 'zod';

/** Timestamps become Dates here, once, so components never see Firestore types. */
export function toDates(value: unknown): unknown {
  if (value instanceof Timestamp) return value.toDate();
  if (Array.isArray(value)) return value.map(toDates);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toDates(v)]));
  }
  return value;
}

/**
 * Parses a snapshot with the shared schema. A pending server timestamp reads as null locally,
 * so it is estimated instead of failing the parse.
 */
export function fromFirestore<S extends z.ZodType>(
  schema: S,
  snap: QueryDocumentSnapshot,
): z.output<S> {
  return schema.parse(toDates(snap.data({ serverTimestamps: 'estimate' })));
}
