import { getApps, initializeApp } from 'firebase-admin/app';
import { getFirestore, type Firestore } from 'firebase-admin/firestore';

/** The one place the Admin SDK is initialised; every function gets Firestore from here. */
export function db(): Firestore {
  if (getApps().length === 0) initializeApp();
  return getFirestore();
}
