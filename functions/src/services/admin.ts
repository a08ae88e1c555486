import { getApp, getApps, initializeApp, type App } from 'firebase-admin/app';
import { getFirestore, type Firestore } from 'firebase-admin/firestore';

const DEFAULT_APP = '[DEFAULT]';

/** The one place the Admin SDK is initialised; every function gets Firestore from here. */
export function adminApp(): App {
  // firebase-functions may create named apps of its own, so look for the default one by name.
  return getApps().some((app) => app.name === DEFAULT_APP) ? getApp() : initializeApp();
}

export function db(): Firestore {
  return getFirestore(adminApp());
}
