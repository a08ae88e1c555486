'use client';

import { LIMITS, updateProfileInputSchema } from '@candor/core';
import { LoaderCircle } from 'lucide-react';
import { useState, type SyntheticEvent } from 'react';
import { Spinner } from './spinner';
import { useFirebase } from '@/lib/firebase/firebase-provider';
import { saveDisplayName, useUserProfile } from '@/lib/users/user-profile';

const inputClass =
  'mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-slate-900 shadow-sm focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-100 aria-invalid:border-red-500';

type SaveState =
  | { status: 'idle' }
  | { status: 'saving' }
  | { status: 'saved' }
  | { status: 'error'; message: string };

/**
 * The user's display name, written straight to users/{uid}: the Firestore rules let the owner
 * change that one field (and nothing else), with the same limits as this form.
 */
export function SettingsProfile({ uid }: { uid: string }) {
  const { db } = useFirebase();
  const profile = useUserProfile(uid);
  // null until the user types: until then the field shows the stored name.
  const [draft, setDraft] = useState<string | null>(null);
  const [save, setSave] = useState<SaveState>({ status: 'idle' });

  const stored = profile.status === 'ready' ? profile.profile.displayName : '';
  const value = draft ?? stored;

  async function onSubmit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = updateProfileInputSchema.safeParse({ displayName: value });
    if (!parsed.success) {
      setSave({
        status: 'error',
        message: parsed.error.issues[0]?.message ?? 'Enter a display name.',
      });
      return;
    }
    setSave({ status: 'saving' });
    try {
      await saveDisplayName(db, uid, parsed.data.displayName);
      setDraft(null);
      setSave({ status: 'saved' });
    } catch {
      setSave({ status: 'error', message: 'Your name could not be saved. Please try again.' });
    }
  }

  return (
    <section
      aria-labelledby="profile-heading"
      className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
    >
      <h2 id="profile-heading" className="text-lg font-medium">
        Profile
      </h2>
      {profile.status === 'loading' || profile.status === 'missing' ? (
        <div className="mt-4">
          <Spinner label="Loading your profile..." />
        </div>
      ) : profile.status === 'error' ? (
        <p role="alert" className="mt-4 text-sm text-red-700">
          Could not load your profile: {profile.message}
        </p>
      ) : (
        <form onSubmit={(e) => void onSubmit(e)} className="mt-4 space-y-3" noValidate>
          <label className="block text-sm font-medium text-slate-700">
            Display name
            <input
              name="displayName"
              autoComplete="name"
              required
              maxLength={LIMITS.displayName}
              value={value}
              aria-invalid={save.status === 'error'}
              aria-describedby="display-name-help"
              onChange={(e) => {
                setDraft(e.target.value);
                if (save.status !== 'saving') setSave({ status: 'idle' });
              }}
              className={inputClass}
            />
          </label>
          <p id="display-name-help" className="text-sm text-slate-500">
            How Candor greets you, and how the interviewer addresses you.
          </p>
          <div className="flex items-center gap-3">
            <button
              type="submit"
              disabled={save.status === 'saving' || value === stored}
              className="flex items-center gap-2 rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60"
            >
              {save.status === 'saving' && (
                <LoaderCircle aria-hidden className="size-4 animate-spin" />
              )}
              Save name
            </button>
            <p role="status" className="text-sm">
              {save.status === 'saved' && <span className="text-green-700">Saved.</span>}
            </p>
          </div>
          {save.status === 'error' && (
            <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
              {save.message}
            </p>
          )}
        </form>
      )}
    </section>
  );
}
