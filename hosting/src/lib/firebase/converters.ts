import { toDates } from '@candor/core';
import type { z } from 'zod';

/**
 * What a snapshot of either SDK offers a converter: the browser's `firebase/firestore` and the
 * server's `firebase/firestore/lite` (whose `data()` takes no options and has no pending writes).
 */
export interface ReadSnapshot {
  readonly id: string;
  data: (options?: { serverTimestamps?: 'estimate' }) => unknown;
}

/**
 * A converter for documents only the functions write (the rules deny clients), so it never
 * encodes. Assignable to both SDKs' `FirestoreDataConverter`.
 */
export interface ReadConverter<T> {
  toFirestore: () => never;
  fromFirestore: (snap: ReadSnapshot) => T;
}

/** A document as the web app sees it: the stored fields, parsed by the shared schema, and its id. */
export type Read<S extends z.ZodType> = z.output<S> & { id: string };

/**
 * The one read converter: parses a snapshot with the shared schema and adds the document id.
 * A pending server timestamp reads as null locally, so it is estimated instead of failing the
 * parse.
 */
export function readConverter<S extends z.ZodType>(schema: S): ReadConverter<Read<S>> {
  return {
    toFirestore: () => {
      throw new Error('These documents are written by the server only');
    },
    fromFirestore: (snap) =>
      ({
        ...(schema.parse(toDates(snap.data({ serverTimestamps: 'estimate' }))) as object),
        id: snap.id,
      }) as Read<S>,
  };
}
