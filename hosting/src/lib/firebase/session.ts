import type { User } from 'firebase/auth';

/**
 * The browser's view of who is signed in, without Firebase Auth until a page needs it.
 *
 * - The `__session` cookie carries the user's current ID token (Firebase's documented pattern
 *   for server rendering with FirebaseServerApp, server-session.ts). The server reads it to draw a
 *   signed-in page with its data, and its presence tells any page, before Auth has loaded,
 *   that someone is probably signed in (the header's links).
 * - Auth, once a page loads it (signed-in pages, the sign-in form when used), is the truth: it
 *   keeps the cookie up to date on every token change and tells the other tabs.
 * - Tabs that have not loaded Auth (the landing page) hear of a sign-in or sign-out in another
 *   tab on a BroadcastChannel; tabs that have loaded it hear it from Auth itself.
 */
export const SESSION_COOKIE = '__session';

/**
 * The browser's current App Check token, where App Check is on: the server passes it to
 * FirebaseServerApp (`appCheckToken`), so its reads pass a Firestore that enforces App Check.
 */
export const APP_CHECK_COOKIE = '__appcheck';

/** Long enough to outlive the token inside (an hour): the server checks the token, not this. */
const COOKIE_MAX_AGE_S = 60 * 60 * 24 * 14;

export type SessionState =
  /** Auth has not answered (or not loaded): `hint` is what the cookie or another tab says. */
  | { status: 'unknown'; hint: boolean }
  | { status: 'signed-in'; user: User }
  | { status: 'signed-out' };

const CHANNEL = 'candor-session';

let state: SessionState = { status: 'unknown', hint: false };
let channel: BroadcastChannel | null | undefined;
const listeners = new Set<() => void>();

function set(next: SessionState) {
  state = next;
  for (const listener of listeners) listener();
}

function openChannel(): BroadcastChannel | null {
  if (channel !== undefined) return channel;
  channel = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(CHANNEL);
  channel?.addEventListener('message', (event: MessageEvent<unknown>) => {
    // Only a tab without Auth's answer listens: Auth is the truth where it has loaded.
    if (state.status === 'unknown' && typeof event.data === 'boolean') {
      set({ status: 'unknown', hint: event.data });
    }
  });
  return channel;
}

export const sessionStore = {
  /** Called once in the browser with what the server saw in the request's cookies. */
  start(hint: boolean) {
    // This module's state is the browser's; on the server (one process, every request) the
    // provider's drawn session stands in for it.
    if (typeof window === 'undefined') return;
    if (state.status === 'unknown') state = { status: 'unknown', hint };
    openChannel();
  },
  get: (): SessionState => state,
  subscribe: (listener: () => void): (() => void) => {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

function writeCookie(name: string, value: string | null, maxAgeS: number): void {
  const secure = window.location.protocol === 'https:' ? '; Secure' : '';
  document.cookie =
    value === null
      ? `${name}=; Path=/; Max-Age=0; SameSite=Lax${secure}`
      : `${name}=${value}; Path=/; Max-Age=${String(maxAgeS)}; SameSite=Lax${secure}`;
}

/** The cookie the server reads; cleared on sign-out. */
export function writeSessionCookie(idToken: string | null): void {
  writeCookie(SESSION_COOKIE, idToken, COOKIE_MAX_AGE_S);
}

/**
 * When a JWT (an ID or App Check token) says it expires, in ms since the epoch; null when it
 * cannot be read. Read without checking the signature: only to avoid sending a dead token (the
 * services check it).
 */
export function tokenExpiryMs(token: string): number | null {
  const payload = token.split('.')[1];
  if (payload === undefined) return null;
  try {
    const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
    const { exp } = JSON.parse(json) as { exp?: unknown };
    return typeof exp === 'number' ? exp * 1000 : null;
  } catch {
    return null;
  }
}

/** Kept for as long as the token lives; App Check refreshes it (and this) before then. */
export function writeAppCheckCookie(token: string): void {
  const expiry = tokenExpiryMs(token);
  if (expiry === null) return;
  writeCookie(APP_CHECK_COOKIE, token, Math.max(0, Math.floor((expiry - Date.now()) / 1000)));
}

/** What Auth reports (client-app.ts subscribes as soon as Auth is made, whoever asked for it). */
export async function reportUser(user: User | null): Promise<void> {
  const previous = state;
  if (user === null) {
    writeSessionCookie(null);
    set({ status: 'signed-out' });
  } else {
    // Before the state changes: a page that navigates on sign-in must send the fresh cookie.
    // A token that cannot be fetched now (offline) leaves the cookie as it was; the server
    // then draws the page without data and the listeners load it.
    const token = await user.getIdToken().catch(() => null);
    if (token !== null) writeSessionCookie(token);
    set({ status: 'signed-in', user });
  }
  const signedIn = user !== null;
  const wasSignedIn =
    previous.status === 'signed-in' || (previous.status === 'unknown' && previous.hint);
  if (signedIn !== wasSignedIn || previous.status === 'unknown') {
    openChannel()?.postMessage(signedIn);
  }
}
