'use client';

import type { User } from 'firebase/auth';
import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import type { PublicConfig } from '@/lib/config/public-config';
import { getFirebaseClients, type FirebaseClients } from './client-app';

export type AuthState =
  | { status: 'loading'; user: null }
  | { status: 'signed-out'; user: null }
  | { status: 'signed-in'; user: User };

interface FirebaseContextValue {
  clients: FirebaseClients;
  auth: AuthState;
}

const FirebaseContext = createContext<FirebaseContextValue | null>(null);

/**
 * Holds the (lazy) Firebase clients and the Auth state. It renders its children at once, on the
 * server too, with the state "loading"; after the page is drawn it downloads Auth and reports
 * who is signed in. Auth keeps every tab of the browser in step: signing out in one tab reports
 * signed-out here too.
 */
export function FirebaseProvider({
  config,
  children,
}: {
  config: PublicConfig;
  children: ReactNode;
}) {
  const [clients] = useState(() => getFirebaseClients(config));
  const [auth, setAuth] = useState<AuthState>({ status: 'loading', user: null });

  useEffect(() => {
    let unsubscribe: (() => void) | undefined;
    let live = true;
    void Promise.all([clients.auth.get(), import('firebase/auth')]).then(
      ([instance, { onAuthStateChanged }]) => {
        if (!live) return;
        unsubscribe = onAuthStateChanged(instance, (user) => {
          setAuth(user ? { status: 'signed-in', user } : { status: 'signed-out', user: null });
        });
      },
      () => {
        // Auth could not be downloaded (offline): treat as signed out, so pages say so.
        if (live) setAuth({ status: 'signed-out', user: null });
      },
    );
    return () => {
      live = false;
      unsubscribe?.();
    };
  }, [clients.auth]);

  return <FirebaseContext value={{ clients, auth }}>{children}</FirebaseContext>;
}

function useFirebaseContext(): FirebaseContextValue {
  const value = useContext(FirebaseContext);
  if (!value) throw new Error('useFirebase must be used inside <FirebaseProvider>');
  return value;
}

/** The lazy clients: `await functions.get()` and so on (see client-app.ts). */
export function useFirebase(): FirebaseClients {
  return useFirebaseContext().clients;
}

export function useAuthState(): AuthState {
  return useFirebaseContext().auth;
}

/**
 * Signs out, then loads `to` afresh: a full page load drops every cached document and listener.
 * `replace` keeps the page left behind out of the history. Other tabs hear of the sign-out from
 * Auth and show the signed-out state themselves.
 */
export async function signOutAndLeave(
  clients: FirebaseClients,
  to: string,
  { replace = false }: { replace?: boolean } = {},
): Promise<void> {
  const [instance, { signOut }] = await Promise.all([clients.auth.get(), import('firebase/auth')]);
  await signOut(instance);
  const url = new URL(to, window.location.origin).toString();
  if (replace) window.location.replace(url);
  else window.location.assign(url);
}
