import { auth } from 'firebase-functions/v1';
import { createUserProfile } from '../services/users';

// Firebase has no non-blocking v2 trigger for account creation; the v1 Auth trigger is the
// supported one and runs in the emulator without Identity Platform.
export const onUserCreated = auth.user().onCreate(async (user) => {
  await createUserProfile({ uid: user.uid, email: user.email, displayName: user.displayName });
});
