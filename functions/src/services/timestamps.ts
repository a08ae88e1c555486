import { Timestamp } from 'firebase-admin/firestore';

/** Timestamps become Dates here, once, before the shared zod schemas parse a document. */
export function toDates(value: unknown): unknown {
  if (value instanceof Timestamp) return value.toDate();
  if (Array.isArray(value)) return value.map(toDates);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toDates(v)]));
  }
  return value;
}
