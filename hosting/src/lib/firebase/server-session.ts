import 'server-only';
import { deleteApp, initializeServerApp } from 'firebase/app';
import { connectAuthEmulator, getAuth } from 'firebase/auth';
import {
  collection,
  connectFirestoreEmulator,
  doc,
  getDoc,
  getDocs,
  getFirestore,
  limitToLast,
  orderBy,
  query,
  where,
  type Firestore,
  type QueryConstraint,
} from 'firebase/firestore/lite';
import { cookies } from 'next/headers';
import { getPublicConfig } from '@/lib/config/server-config';
import { converters } from './models';
import { readKey, type DocRead, type ModelName, type QueryRead } from './reads';
import { APP_CHECK_COOKIE, SESSION_COOKIE, tokenExpiryMs } from './session';

/**
 * What the server read for a signed-in page: whose page it is and the first results of its
 * reads, by read key (InitialReads shows them until the listeners take over).
 */
export interface DrawnSession {
  uid: string;
  /** The account as Auth on the server sees it: what settings shows before Auth has loaded. */
  account: DrawnAccount;
  values: Record<string, unknown>;
}

export interface DrawnAccount {
  email: string | null;
  /** The sign-in methods linked to the account (`password`, `google.com`). */
  providers: string[];
}

/** A slow backend must not hold the page: past this, the page is drawn and the browser reads. */
const READ_TIMEOUT_MS = 1500;

function hostPort(value: string): [string, number] {
  const index = value.lastIndexOf(':');
  return [value.slice(0, index), Number(value.slice(index + 1))];
}

async function readOne<M extends ModelName>(
  db: Firestore,
  read: DocRead<M> | QueryRead<M>,
): Promise<unknown> {
  const converter = converters[read.model];
  if (read.kind === 'doc') {
    const snap = await getDoc(doc(db, read.path.join('/')).withConverter(converter));
    return snap.exists() ? snap.data() : undefined;
  }
  const constraints: QueryConstraint[] = read.where.map(([f, v]) => where(f, '==', v));
  if (read.orderBy) constraints.push(orderBy(...read.orderBy));
  if (read.limitToLast !== undefined) constraints.push(limitToLast(read.limitToLast));
  const snap = await getDocs(
    query(collection(db, read.path.join('/')).withConverter(converter), ...constraints),
  );
  return snap.docs.map((d) => d.data());
}

/**
 * The browser's App Check token (session.ts keeps it in a cookie while App Check is on), for
 * FirebaseServerApp's `appCheckToken`: the server's reads then carry it, as the browser's
 * would, and pass a Firestore that enforces App Check. Left out when missing or about to
 * expire (the first visit before App Check has a token, a tab left for hours): the reads are
 * then refused under enforcement and the browser reads, as it does without a session.
 */
function appCheckSetting(token: string | undefined): { appCheckToken?: string } {
  if (!token) return {};
  const expiry = tokenExpiryMs(token);
  return expiry !== null && expiry > Date.now() + 30_000 ? { appCheckToken: token } : {};
}

function timeout(ms: number): Promise<never> {
  return new Promise((_, reject) => {
    setTimeout(() => {
      reject(new Error('timed out'));
    }, ms).unref();
  });
}

/**
 * Firebase's pattern for server rendering (FirebaseServerApp): the request's session cookie holds
 * the user's ID token, Auth on the server checks it with the Auth service, and Firestore reads run
 * as that user, under the same security rules as the browser's listeners, so the server can only
 * ever read what the user may read. Null when there is no valid session (no cookie, an expired
 * token): the page is then drawn with its loading state and the browser signs in and reads.
 * A read that fails, is refused or is slow is left out the same way, and its listener reports it.
 */
export async function readForSession(
  readsOf: (uid: string) => (DocRead | QueryRead | null)[],
): Promise<DrawnSession | null> {
  const jar = await cookies();
  const idToken = jar.get(SESSION_COOKIE)?.value;
  if (!idToken) return null;
  const config = getPublicConfig();
  const app = initializeServerApp(config.firebase, {
    authIdToken: idToken,
    ...appCheckSetting(config.appCheck ? jar.get(APP_CHECK_COOKIE)?.value : undefined),
  });
  try {
    const auth = getAuth(app);
    if (config.emulators) {
      const [host, port] = hostPort(config.emulators.auth);
      connectAuthEmulator(auth, `http://${host}:${String(port)}`, { disableWarnings: true });
    }
    await Promise.race([auth.authStateReady(), timeout(READ_TIMEOUT_MS)]);
    const user = auth.currentUser;
    if (!user) return null;
    const db = getFirestore(app);
    if (config.emulators) connectFirestoreEmulator(db, ...hostPort(config.emulators.firestore));
    const wanted = readsOf(user.uid).filter((r): r is DocRead | QueryRead => r !== null);
    const results = await Promise.allSettled(
      wanted.map((r) => Promise.race([readOne(db, r), timeout(READ_TIMEOUT_MS)])),
    );
    const values: Record<string, unknown> = {};
    results.forEach((result, i) => {
      const read = wanted[i];
      if (read && result.status === 'fulfilled' && result.value !== undefined) {
        values[readKey(read)] = result.value;
      }
    });
    return {
      uid: user.uid,
      account: { email: user.email, providers: user.providerData.map((p) => p.providerId) },
      values,
    };
  } catch {
    return null;
  } finally {
    await deleteApp(app).catch(() => undefined);
  }
}
