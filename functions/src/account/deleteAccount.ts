import { deleteAccountInputSchema, type DeleteAccountOutput } from '@candor/core';
import { validatedOnCall } from '../helpers/callable';
import { DomainError } from '../helpers/errors';
import { deleteAccount as deleteAll, isRecentSignIn } from '../services/account';

/**
 * Deletes the caller's data and account. Only for a fresh sign-in (the ID token's auth_time): the
 * web app re-authenticates the user first and, on this error, asks them to.
 */
export const deleteAccount = validatedOnCall(
  'deleteAccount',
  deleteAccountInputSchema,
  async ({ uid, request }): Promise<DeleteAccountOutput> => {
    if (!isRecentSignIn(request.auth?.token.auth_time)) {
      throw new DomainError(
        'failed-precondition',
        'For your security, please confirm your password (or sign in again) before deleting your account.',
        { reason: 'recent-sign-in-required' },
      );
    }
    return deleteAll(uid);
  },
  { timeoutSeconds: 300 },
);
