/**
 * Everything the web app does with Firestore in the browser, in one chunk that client-app.ts
 * loads the first time a page listens or writes: the SDK functions it uses and the converters.
 * The hooks import only its type, so no page carries Firestore in its first load.
 */
import {
  collection,
  doc,
  limitToLast,
  orderBy,
  query,
  where,
  type DocumentReference,
  type Firestore,
  type Query,
  type QueryConstraint,
} from 'firebase/firestore';
import { converters } from './models';
import type { DocRead, ModelName, QueryRead, ReadModels } from './reads';

export { connectFirestoreEmulator, getFirestore, onSnapshot, updateDoc } from 'firebase/firestore';

export function docRef<M extends ModelName>(
  db: Firestore,
  read: DocRead<M>,
): DocumentReference<ReadModels[M]> {
  return doc(db, read.path.join('/')).withConverter(converters[read.model]);
}

export function queryRef<M extends ModelName>(
  db: Firestore,
  read: QueryRead<M>,
): Query<ReadModels[M]> {
  const constraints: QueryConstraint[] = read.where.map(([field, value]) =>
    where(field, '==', value),
  );
  if (read.orderBy) constraints.push(orderBy(...read.orderBy));
  if (read.limitToLast !== undefined) constraints.push(limitToLast(read.limitToLast));
  return query(
    collection(db, read.path.join('/')).withConverter(converters[read.model]),
    ...constraints,
  );
}
