import { COLLECTIONS } from '@candor/core';
import { Timestamp } from 'firebase-admin/firestore';
import { createUserProfile } from '../../functions/src/services/users';
import { adminAuth, adminDb, uniqueEmail } from '../support/admin';
import { waitFor } from '../support/env';

describe('onUserCreated (Auth trigger on the Functions emulator)', () => {
  it('creates users/{uid} with the display name, email and a server timestamp', async () => {
    const email = uniqueEmail('trigger');
    const user = await adminAuth().createUser({
      email,
      password: 'secret-123',
      displayName: 'Grace Hopper',
    });

    const snap = await waitFor(async () => {
      const doc = await adminDb().collection(COLLECTIONS.users).doc(user.uid).get();
      return doc.exists ? doc : null;
    }, 'the trigger to create users/{uid}');

    expect(snap.get('displayName')).toBe('Grace Hopper');
    expect(snap.get('email')).toBe(email);
    expect(snap.get('createdAt')).toBeInstanceOf(Timestamp);
  });

  it('greets an account without a name by its email', async () => {
    const email = uniqueEmail('noname');
    const user = await adminAuth().createUser({ email, password: 'secret-123' });
    const snap = await waitFor(async () => {
      const doc = await adminDb().collection(COLLECTIONS.users).doc(user.uid).get();
      return doc.exists ? doc : null;
    }, 'users/{uid}');
    expect(snap.get('displayName')).toBe(email.split('@')[0]);
  });

  it('is idempotent: a redelivered event leaves a renamed profile alone', async () => {
    const email = uniqueEmail('redeliver');
    const user = await adminAuth().createUser({
      email,
      password: 'secret-123',
      displayName: 'First',
    });
    const ref = adminDb().collection(COLLECTIONS.users).doc(user.uid);
    await waitFor(async () => (await ref.get()).exists, 'users/{uid}');
    await ref.update({ displayName: 'Renamed' });

    const created = await createUserProfile({ uid: user.uid, email, displayName: 'First' });

    expect(created).toBe(false);
    expect((await ref.get()).get('displayName')).toBe('Renamed');
  });
});
