import { getApps, initializeApp, type App } from 'firebase-admin/app';
import { getAuth } from 'firebase-admin/auth';
import { getFirestore } from 'firebase-admin/firestore';
import { projectId, requireEnv } from './env';

/** Admin SDK against the emulators (the SDK reads the *_EMULATOR_HOST variables). */
export function adminApp(): App {
  requireEnv('FIRESTORE_EMULATOR_HOST');
  requireEnv('FIREBASE_AUTH_EMULATOR_HOST');
  return getApps()[0] ?? initializeApp({ projectId: projectId() });
}

export const adminDb = () => getFirestore(adminApp());
export const adminAuth = () => getAuth(adminApp());

export function uniqueEmail(prefix: string): string {
  return `${prefix}-${String(Date.now())}-${Math.random().toString(36).slice(2, 8)}@candor.test`;
}
