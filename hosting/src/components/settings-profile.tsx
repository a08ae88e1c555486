'use client';

import { LIMITS, updateProfileInputSchema, type UpdateProfileInput } from '@candor/core';
import { useState } from 'react';
import type { z } from 'zod';
import { Spinner } from './spinner';
import { Button } from './ui/button';
import { Card } from './ui/card';
import { Field, inputClass } from './ui/field';
import { InlineError } from './ui/problem';
import { useZodForm } from './ui/use-zod-form';
import { useFirebase } from '@/lib/firebase/firebase-provider';
import { saveDisplayName, useUserProfile } from '@/lib/users/user-profile';

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
  const profile = useUserProfile(uid);
  return (
    <Card as="section" aria-labelledby="profile-heading">
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
        <ProfileForm uid={uid} stored={profile.profile.displayName} />
      )}
    </Card>
  );
}

function ProfileForm({ uid, stored }: { uid: string; stored: string }) {
  const { db } = useFirebase();
  const [save, setSave] = useState<SaveState>({ status: 'idle' });
  const {
    register,
    handleSubmit,
    reset,
    watch,
    formState: { errors },
  } = useZodForm<UpdateProfileInput, z.output<typeof updateProfileInputSchema>>(
    updateProfileInputSchema,
    {
      // The field follows the stored name (it is live) until the user starts typing.
      values: { displayName: stored },
      resetOptions: { keepDirtyValues: true },
    },
  );
  const value = watch('displayName');

  async function onValid({ displayName }: z.output<typeof updateProfileInputSchema>) {
    setSave({ status: 'saving' });
    try {
      await saveDisplayName(db, uid, displayName);
      reset({ displayName });
      setSave({ status: 'saved' });
    } catch {
      setSave({ status: 'error', message: 'Your name could not be saved. Please try again.' });
    }
  }

  return (
    <form onSubmit={(e) => void handleSubmit(onValid)(e)} className="mt-4 space-y-3" noValidate>
      <Field
        label="Display name"
        hint="How Candor greets you, and how the interviewer addresses you."
        error={errors.displayName?.message}
        // One field, checked on submit: the error is announced where it appears.
        announceError
      >
        {(control) => (
          <input
            {...control}
            {...register('displayName', {
              onChange: () => {
                if (save.status !== 'saving') setSave({ status: 'idle' });
              },
            })}
            autoComplete="name"
            required
            maxLength={LIMITS.displayName}
            className={inputClass(control['aria-invalid'])}
          />
        )}
      </Field>
      <div className="flex items-center gap-3">
        <Button type="submit" busy={save.status === 'saving'} disabled={value === stored}>
          Save name
        </Button>
        <p role="status" className="text-sm">
          {save.status === 'saved' && <span className="text-green-700">Saved.</span>}
        </p>
      </div>
      {save.status === 'error' && <InlineError>{save.message}</InlineError>}
    </form>
  );
}
