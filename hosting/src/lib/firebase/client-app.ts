'use client';

import { getApp, getApps, initializeApp, type FirebaseApp } from 'firebase/app';
import { initializeAppCheck, ReCaptchaEnterpriseProvider } from 'firebase/app-check';
import { connectAuthEmulator, getAuth, type Auth } from 'firebase/auth';
import { connectFirestoreEmulator, getFirestore, type Firestore } from 'firebase/firestore';
import { connectFunctionsEmulator, getFunctions, type Functions } from 'firebase/functions';
import type { PublicConfig } from '@/lib/config/public-config';

export interface FirebaseClients {
  app: FirebaseApp;
  auth: Auth;
  db: Firestore;
  functions: Functions;
}

let clients: FirebaseClients | undefined;

function split(hostPort: string): [string, number] {
  const index = hostPort.lastIndexOf(':');
  return [hostPort.slice(0, index), Number(hostPort.slice(index + 1))];
}

/**
 * App Check attests that requests come from this web app in a real browser (reCAPTCHA
 * Enterprise), so Firestore and the callables (ENFORCE_APP_CHECK) can refuse scripted clients.
 * Only when the site key is configured at run time; never on the emulator, which has none.
 * Before any other client is made, so their first requests already carry a token.
 */
function startAppCheck(app: FirebaseApp, config: PublicConfig): void {
  // The server renders client components too; reCAPTCHA needs a browser.
  if (!config.appCheck || typeof window === 'undefined') return;
  initializeAppCheck(app, {
    provider: new ReCaptchaEnterpriseProvider(config.appCheck.recaptchaEnterpriseSiteKey),
    isTokenAutoRefreshEnabled: true,
  });
}

/** The only place the client SDK is set up; everything else asks for these clients. */
export function getFirebaseClients(config: PublicConfig): FirebaseClients {
  if (clients) return clients;
  const app = getApps().length > 0 ? getApp() : initializeApp(config.firebase);
  startAppCheck(app, config);
  const auth = getAuth(app);
  const db = getFirestore(app);
  const functions = getFunctions(app, config.functionsRegion);
  if (config.emulators) {
    const [authHost, authPort] = split(config.emulators.auth);
    connectAuthEmulator(auth, `http://${authHost}:${String(authPort)}`, { disableWarnings: true });
    connectFirestoreEmulator(db, ...split(config.emulators.firestore));
    connectFunctionsEmulator(functions, ...split(config.emulators.functions));
  }
  clients = { app, auth, db, functions };
  return clients;
}
