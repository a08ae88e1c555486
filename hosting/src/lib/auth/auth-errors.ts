import { firebaseErrorCode } from '@/lib/firebase/errors';

const MESSAGES: Record<string, string> = {
  'auth/invalid-credential': 'That email and password do not match an account.',
  'auth/wrong-password': 'That email and password do not match an account.',
  'auth/user-not-found': 'That email and password do not match an account.',
  'auth/invalid-email': 'Enter a valid email address.',
  'auth/email-already-in-use': 'An account with this email already exists. Sign in instead.',
  'auth/weak-password': 'Choose a password of at least 6 characters.',
  'auth/too-many-requests': 'Too many attempts. Wait a minute and try again.',
  'auth/network-request-failed': 'Could not reach the sign-in service. Check your connection.',
  'auth/popup-closed-by-user': 'The sign-in window was closed before finishing.',
  'auth/popup-blocked': 'The browser blocked the sign-in window. Allow pop-ups and try again.',
  'auth/cancelled-popup-request': 'The sign-in window was closed before finishing.',
};

/** A sentence a person can act on, for any error thrown by Firebase Auth. */
export function describeAuthError(error: unknown): string {
  const code = firebaseErrorCode(error);
  if (code !== null) return MESSAGES[code] ?? `Sign-in failed (${code}). Please try again.`;
  return 'Something went wrong. Please try again.';
}
