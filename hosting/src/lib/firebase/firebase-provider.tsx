'use client';

import type { User } from 'firebase/auth';
import {
  createContext,
  useContext,
  useEffect,
  useState,
  useSyncExternalStore,
  type ReactNode,
} from 'react';
import type { PublicConfig } from '@/lib/config/public-config';
import { getFirebaseClients, type FirebaseClients } from './client-app';
import { sessionStore, writeSessionCookie, type SessionState } from './session';

export type AuthState =
  | { status: 'loading'; user: null }
  | { status: 'signed-out'; user: null }
  | { status: 'signed-in'; user: User };

interface FirebaseContextValue {
  clients: FirebaseClients;
  /** The session as the server drew it: whether the request carried a session cookie. */
  drawn: SessionState;
}

const FirebaseContext = createContext<FirebaseContextValue | null>(null);

/**
 * Holds the (lazy) Firebase clients. It loads none of them: Auth loads when a component asks
 * for the Auth state (`useAuthState`, the signed-in pages) or signs in, so the public pages
 * carry no Firebase at all. `signedIn` is what the server saw in the request's cookies, so the
 * header is drawn right before anything has loaded.
 */
export function FirebaseProvider({
  config,
  signedIn,
  children,
}: {
  config: PublicConfig;
  signedIn: boolean;
  children: ReactNode;
}) {
  const [value] = useState<FirebaseContextValue>(() => {
    sessionStore.start(signedIn);
    return { clients: getFirebaseClients(config), drawn: { status: 'unknown', hint: signedIn } };
  });
  return <FirebaseContext value={value}>{children}</FirebaseContext>;
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

/** The session as this tab knows it, without loading Auth (session.ts). */
export function useSession(): SessionState {
  const { drawn } = useFirebaseContext();
  return useSyncExternalStore(sessionStore.subscribe, sessionStore.get, () => drawn);
}

/**
 * Probably signed in (Auth says so, or before it has answered, the cookie or another tab):
 * enough for links, never for data.
 */
export function useSignedIn(): boolean {
  const session = useSession();
  return session.status === 'signed-in' || (session.status === 'unknown' && session.hint);
}

/**
 * Who is signed in, from Auth: the first component on a page that asks loads Auth (after the
 * page is drawn). Auth keeps every tab of the browser in step: signing out in one tab reports
 * signed-out here too.
 */
export function useAuthState(): AuthState {
  const { auth } = useFirebase();
  const session = useSession();
  const [unavailable, setUnavailable] = useState(false);
  useEffect(() => {
    auth.get().catch(() => {
      // Auth could not be downloaded (offline): treat as signed out, so pages say so.
      setUnavailable(true);
    });
  }, [auth]);
  if (session.status === 'signed-in') return { status: 'signed-in', user: session.user };
  if (session.status === 'signed-out' || unavailable) return { status: 'signed-out', user: null };
  return { status: 'loading', user: null };
}

/**
 * Signs out, then loads `to` afresh: a full page load drops every cached document and listener.
 * `replace` keeps the page left behind out of the history. Other tabs hear of the sign-out from
 * Auth or, where Auth has not loaded, from the session channel.
 */
export async function signOutAndLeave(
  clients: FirebaseClients,
  to: string,
  { replace = false }: { replace?: boolean } = {},
): Promise<void> {
  const [instance, { signOut }] = await Promise.all([clients.auth.get(), import('firebase/auth')]);
  await signOut(instance);
  // Now, not when Auth's listener gets to it: the next page's request must not carry it.
  writeSessionCookie(null);
  const url = new URL(to, window.location.origin).toString();
  if (replace) window.location.replace(url);
  else window.location.assign(url);
}
