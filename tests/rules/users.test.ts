import {
  assertFails,
  assertSucceeds,
  initializeTestEnvironment,
  type RulesTestEnvironment,
} from '@firebase/rules-unit-testing';
import {
  collection,
  deleteDoc,
  doc,
  getDoc,
  getDocs,
  setDoc,
  setLogLevel,
  updateDoc,
} from 'firebase/firestore';
import { hostPort, readProjectFile } from '../support/env';

let env: RulesTestEnvironment;

beforeAll(async () => {
  // Denied writes are the expected outcome here; the SDK would log each one as a warning.
  setLogLevel('silent');
  const { host, port } = hostPort('FIRESTORE_EMULATOR_HOST');
  env = await initializeTestEnvironment({
    // A project of its own, so clearing it never touches the app's data in the same emulator.
    projectId: 'demo-candor-rules',
    firestore: { host, port, rules: readProjectFile('firestore.rules') },
  });
});

beforeEach(async () => {
  await env.clearFirestore();
  await env.withSecurityRulesDisabled(async (ctx) => {
    await setDoc(doc(ctx.firestore(), 'users/alice'), {
      displayName: 'Alice',
      email: 'alice@example.com',
      createdAt: new Date(),
    });
  });
});

afterAll(async () => {
  await env.cleanup();
});

const alice = () => env.authenticatedContext('alice').firestore();
const bob = () => env.authenticatedContext('bob').firestore();
const anon = () => env.unauthenticatedContext().firestore();

describe('users/{uid}', () => {
  it('lets the owner read their profile', async () => {
    await assertSucceeds(getDoc(doc(alice(), 'users/alice')));
  });

  it('hides a profile from another user and from visitors', async () => {
    await assertFails(getDoc(doc(bob(), 'users/alice')));
    await assertFails(getDoc(doc(anon(), 'users/alice')));
  });

  it('lets nobody list profiles', async () => {
    await assertFails(getDocs(collection(alice(), 'users')));
    await assertFails(getDocs(collection(anon(), 'users')));
  });

  it('lets the owner change their displayName only', async () => {
    await assertSucceeds(updateDoc(doc(alice(), 'users/alice'), { displayName: 'Alice B.' }));
    await assertFails(updateDoc(doc(alice(), 'users/alice'), { email: 'evil@example.com' }));
    await assertFails(
      updateDoc(doc(alice(), 'users/alice'), { displayName: 'A', createdAt: new Date(0) }),
    );
  });

  it('rejects an empty, non-string or over-long displayName', async () => {
    await assertFails(updateDoc(doc(alice(), 'users/alice'), { displayName: '   ' }));
    await assertFails(updateDoc(doc(alice(), 'users/alice'), { displayName: 42 }));
    await assertFails(updateDoc(doc(alice(), 'users/alice'), { displayName: 'x'.repeat(81) }));
  });

  it('lets no other user or visitor change it', async () => {
    await assertFails(updateDoc(doc(bob(), 'users/alice'), { displayName: 'Hacked' }));
    await assertFails(updateDoc(doc(anon(), 'users/alice'), { displayName: 'Hacked' }));
  });

  it('lets no client create or delete profiles (the server creates them)', async () => {
    await assertFails(
      setDoc(doc(bob(), 'users/bob'), {
        displayName: 'Bob',
        email: 'b@x.com',
        createdAt: new Date(),
      }),
    );
    await assertFails(setDoc(doc(bob(), 'users/alice'), { displayName: 'Bob' }));
    await assertFails(deleteDoc(doc(alice(), 'users/alice')));
  });
});
