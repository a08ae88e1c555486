'use client';

import {
  DELETE_ACCOUNT_CONFIRMATION,
  type DeleteAccountInput,
  type DeleteAccountOutput,
} from '@candor/core';
import { TriangleAlert } from 'lucide-react';
import { useState, type SyntheticEvent } from 'react';
import { Button } from './ui/button';
import { Field, inputClass } from './ui/field';
import { InlineError } from './ui/problem';
import { describeAuthError } from '@/lib/auth/auth-errors';
import { firebaseErrorCode } from '@/lib/firebase/errors';
import { signOutAndLeave, useFirebase } from '@/lib/firebase/firebase-provider';
import { callFunction, describeFunctionError } from '@/lib/functions/call';
import type { DrawnAccount } from '@/lib/firebase/server-session';
import { ACCOUNT_DELETED_PATH } from '@/lib/paths';

/** Where the browser goes once the account is gone; the landing page confirms it. */

function reauthError(error: unknown): string {
  const code = firebaseErrorCode(error);
  if (
    code !== null &&
    ['auth/invalid-credential', 'auth/wrong-password', 'auth/user-mismatch'].includes(code)
  ) {
    return 'That password is not right. Your account has not been deleted.';
  }
  return describeAuthError(error);
}

/**
 * The danger zone. Deleting needs the typed confirmation and a fresh sign-in: the password for
 * email accounts, the Google pop-up for Google accounts. The server checks both again
 * (deleteAccount refuses a sign-in older than five minutes).
 */
export function SettingsDeleteAccount({ account }: { account: DrawnAccount }) {
  const clients = useFirebase();
  const { functions } = clients;
  const [confirm, setConfirm] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState<null | 'verifying' | 'deleting'>(null);
  const [error, setError] = useState<string | null>(null);

  const usesPassword = account.providers.includes('password');
  const usesGoogle = account.providers.includes('google.com');
  const confirmed = confirm.trim() === DELETE_ACCOUNT_CONFIRMATION;

  async function onSubmit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    if (!confirmed) {
      setError(`Type ${DELETE_ACCOUNT_CONFIRMATION} to confirm.`);
      return;
    }
    if (usesPassword && password === '') {
      setError('Enter your password to confirm it is you.');
      return;
    }
    setBusy('verifying');
    try {
      // The page may have been drawn before Auth answered: reauthentication needs its user.
      const [auth, sdk] = await Promise.all([clients.auth.get(), import('firebase/auth')]);
      await auth.authStateReady();
      const user = auth.currentUser;
      if (!user) throw new Error('signed out');
      if (usesPassword) {
        await sdk.reauthenticateWithCredential(
          user,
          sdk.EmailAuthProvider.credential(user.email ?? '', password),
        );
      } else if (usesGoogle) {
        await sdk.reauthenticateWithPopup(user, new sdk.GoogleAuthProvider());
      }
    } catch (err) {
      setError(reauthError(err));
      setBusy(null);
      return;
    }
    setBusy('deleting');
    try {
      await callFunction<DeleteAccountInput, DeleteAccountOutput>(functions, 'deleteAccount', {
        confirm: DELETE_ACCOUNT_CONFIRMATION,
      });
    } catch (err) {
      setError(describeFunctionError(err));
      setBusy(null);
      return;
    }
    // The Auth account is gone; signing out clears the local session. A full page load then
    // drops every cached document and listener, and replace() keeps this page out of history.
    await signOutAndLeave(clients, ACCOUNT_DELETED_PATH, { replace: true }).catch(() => {
      window.location.replace(ACCOUNT_DELETED_PATH);
    });
  }

  return (
    <section
      aria-labelledby="danger-heading"
      className="rounded-lg border border-red-200 bg-white p-5 shadow-sm"
    >
      <h2 id="danger-heading" className="flex items-center gap-2 text-lg font-medium text-red-800">
        <TriangleAlert aria-hidden className="size-5" />
        Danger zone
      </h2>
      <p className="mt-1 text-sm text-slate-700">
        Deleting your account permanently removes it together with every interview, attempt,
        transcript and piece of feedback. This cannot be undone.
      </p>
      <form onSubmit={(e) => void onSubmit(e)} className="mt-4 space-y-3" noValidate>
        <Field label={`Type ${DELETE_ACCOUNT_CONFIRMATION} to confirm`}>
          {(control) => (
            <input
              {...control}
              name="confirm"
              autoComplete="off"
              spellCheck={false}
              value={confirm}
              onChange={(e) => {
                setConfirm(e.target.value);
              }}
              className={inputClass()}
            />
          )}
        </Field>
        {usesPassword && (
          <Field label="Password">
            {(control) => (
              <input
                {...control}
                name="password"
                type="password"
                autoComplete="current-password"
                value={password}
                onChange={(e) => {
                  setPassword(e.target.value);
                }}
                className={inputClass()}
              />
            )}
          </Field>
        )}
        {error && <InlineError>{error}</InlineError>}
        <Button
          type="submit"
          variant="danger"
          busy={busy !== null}
          busyLabel={busy === 'verifying' ? 'Checking it is you...' : 'Deleting your account...'}
          disabled={!confirmed}
        >
          {usesPassword || !usesGoogle ? 'Delete my account' : 'Confirm with Google and delete'}
        </Button>
      </form>
    </section>
  );
}
