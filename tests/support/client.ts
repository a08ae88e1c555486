import { deleteApp, FirebaseError, initializeApp, type FirebaseApp } from 'firebase/app';
import { connectAuthEmulator, getAuth, signInWithEmailAndPassword, type Auth } from 'firebase/auth';
import { connectFirestoreEmulator, getFirestore, type Firestore } from 'firebase/firestore';
import {
  connectFunctionsEmulator,
  getFunctions,
  httpsCallable,
  type Functions,
} from 'firebase/functions';
import { adminAuth, uniqueEmail } from './admin';
import { hostPort, projectId, readProjectFile } from './env';

export interface TestClient {
  app: FirebaseApp;
  auth: Auth;
  uid: string;
  db: Firestore;
  functions: Functions;
  call: <O = unknown>(name: string, data: unknown) => Promise<O>;
  close: () => Promise<void>;
}

let counter = 0;

/** A web client (the real client SDK) connected to the emulators, as the app connects. */
export function emulatorClient(): Omit<TestClient, 'uid'> {
  const app = initializeApp(
    { projectId: projectId(), apiKey: 'fake-api-key' },
    `client-${String(++counter)}`,
  );
  const auth = getAuth(app);
  const authHost = hostPort('FIREBASE_AUTH_EMULATOR_HOST');
  connectAuthEmulator(auth, `http://${authHost.host}:${String(authHost.port)}`, {
    disableWarnings: true,
  });
  const db = getFirestore(app);
  const fs = hostPort('FIRESTORE_EMULATOR_HOST');
  connectFirestoreEmulator(db, fs.host, fs.port);
  const functions = getFunctions(app, 'us-central1');
  // The Functions emulator's address is not in the environment; firebase.json pins it.
  const fn = (
    JSON.parse(readProjectFile('firebase.json')) as {
      emulators: { functions: { host: string; port: number } };
    }
  ).emulators.functions;
  connectFunctionsEmulator(functions, fn.host, fn.port);
  return {
    app,
    auth,
    db,
    functions,
    call: async <O>(name: string, data: unknown) =>
      (await httpsCallable<unknown, O>(functions, name, { timeout: 120_000 })(data)).data,
    close: () => deleteApp(app),
  };
}

/** A client signed in as a new user. */
export async function signedInClient(displayName = 'Test User'): Promise<TestClient> {
  const email = uniqueEmail('client');
  const password = 'test-password-1';
  await adminAuth().createUser({ email, password, displayName });
  const client = emulatorClient();
  const { user } = await signInWithEmailAndPassword(client.auth, email, password);
  return { ...client, uid: user.uid };
}

/** The FirebaseError a call fails with (the test fails if the call succeeds). */
export async function callError(promise: Promise<unknown>): Promise<FirebaseError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(FirebaseError);
  return error as FirebaseError;
}

/** The FirebaseError a call fails with, checked to carry this callable error code. */
export async function expectCallError(
  promise: Promise<unknown>,
  code: string,
): Promise<FirebaseError> {
  const error = await callError(promise);
  expect(error.code).toBe(`functions/${code}`);
  return error;
}
