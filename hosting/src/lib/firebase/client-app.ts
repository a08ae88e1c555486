'use client';

import type { FirebaseApp } from 'firebase/app';
import type { Auth } from 'firebase/auth';
import type { Firestore } from 'firebase/firestore';
import type { Functions } from 'firebase/functions';
import type { PublicConfig } from '@/lib/config/public-config';
import { reportUser, writeAppCheckCookie } from './session';

/**
 * One Firebase client, made the first time something asks for it. Every SDK is a dynamic
 * import, so a page ships none of them up front and downloads only the ones it uses: the public
 * pages load none (the sign-in form loads Auth when it is used), signed-in pages load Auth once
 * drawn and add Firestore and Functions when a listener or a call first needs them, and App
 * Check comes only with a configured site key.
 */
export interface LazyClient<T> {
  readonly get: () => Promise<T>;
  /** Starts the download without waiting (a signed-in layout warms up what its pages use). */
  readonly preload: () => void;
}

export type FunctionsClient = LazyClient<Functions>;

export interface FirebaseClients {
  auth: LazyClient<Auth>;
  db: LazyClient<Firestore>;
  functions: FunctionsClient;
}

/** Firestore, the converters and the query helpers the hooks use, in one lazily loaded chunk. */
export type FirestoreKit = typeof import('./firestore-kit');

function split(hostPort: string): [string, number] {
  const index = hostPort.lastIndexOf(':');
  return [hostPort.slice(0, index), Number(hostPort.slice(index + 1))];
}

function lazy<T>(load: () => Promise<T>): LazyClient<T> {
  let promise: Promise<T> | undefined;
  const get = () => {
    promise ??= load().catch((error: unknown) => {
      // A failed chunk download (offline for a moment) is retried on the next ask.
      promise = undefined;
      throw error;
    });
    return promise;
  };
  return {
    get,
    preload: () => {
      get().catch(() => undefined);
    },
  };
}

let clients: FirebaseClients | undefined;

/** The only place the client SDK is set up; everything else asks for these clients. */
export function getFirebaseClients(config: PublicConfig): FirebaseClients {
  if (clients) return clients;

  const app = lazy<FirebaseApp>(async () => {
    const { getApp, getApps, initializeApp } = await import('firebase/app');
    const firebaseApp = getApps().length > 0 ? getApp() : initializeApp(config.firebase);
    await startAppCheck(firebaseApp, config);
    return firebaseApp;
  });

  const auth = lazy<Auth>(async () => {
    const [firebaseApp, sdk] = await Promise.all([app.get(), import('firebase/auth')]);
    const instance = sdk.getAuth(firebaseApp);
    if (config.emulators) {
      const [host, port] = split(config.emulators.auth);
      sdk.connectAuthEmulator(instance, `http://${host}:${String(port)}`, {
        disableWarnings: true,
      });
    }
    // Whoever asked for Auth first, the session (cookie, header, other tabs) follows it now.
    sdk.onIdTokenChanged(instance, (user) => {
      void reportUser(user);
    });
    return instance;
  });

  const db = lazy<Firestore>(async () => {
    // Auth first: Firestore finds the Auth instance when it starts, so its first request
    // already carries the user's token (a listener that started signed out would be refused).
    const [, kit] = await Promise.all([auth.get(), loadFirestoreKit()]);
    const instance = kit.getFirestore(await app.get());
    if (config.emulators)
      kit.connectFirestoreEmulator(instance, ...split(config.emulators.firestore));
    return instance;
  });

  const functions = lazy<Functions>(async () => {
    const [, sdk] = await Promise.all([auth.get(), import('firebase/functions')]);
    const instance = sdk.getFunctions(await app.get(), config.functionsRegion);
    if (config.emulators) {
      sdk.connectFunctionsEmulator(instance, ...split(config.emulators.functions));
    }
    return instance;
  });

  clients = { auth, db, functions };
  return clients;
}

/** The Firestore chunk; `getFirebaseClients(...).db.get()` gives the instance it works on. */
export function loadFirestoreKit(): Promise<FirestoreKit> {
  return import('./firestore-kit');
}

/**
 * App Check attests that requests come from this web app in a real browser (reCAPTCHA
 * Enterprise), so Firestore and the callables (ENFORCE_APP_CHECK) can refuse scripted clients.
 * Only when the site key is configured at run time; never on the emulator, which has none, and
 * then its SDK is not even downloaded. Before any other client is made, so their first
 * requests already carry a token.
 */
async function startAppCheck(app: FirebaseApp, config: PublicConfig): Promise<void> {
  if (!config.appCheck) return;
  const { initializeAppCheck, onTokenChanged, ReCaptchaEnterpriseProvider } =
    await import('firebase/app-check');
  const appCheck = initializeAppCheck(app, {
    provider: new ReCaptchaEnterpriseProvider(config.appCheck.recaptchaEnterpriseSiteKey),
    isTokenAutoRefreshEnabled: true,
  });
  // The server's first render reads with this token too (server-session.ts).
  onTokenChanged(appCheck, ({ token }) => {
    writeAppCheckCookie(token);
  });
}
