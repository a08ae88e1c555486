'use client';

import Link from 'next/link';
import { useRouter, useSearchParams } from 'next/navigation';
import { useEffect, useState } from 'react';
import { Button } from './ui/button';
import { Field, inputClass } from './ui/field';
import { InlineError } from './ui/problem';
import { useZodForm } from './ui/use-zod-form';
import type { AuthFormInput, AuthFormOutput } from '@/lib/auth/auth-form-schema';
import { describeAuthError } from '@/lib/auth/auth-errors';
import { authPath, safeReturnPath } from '@/lib/paths';
import type { FirebaseClients } from '@/lib/firebase/client-app';
import { useFirebase, useSession } from '@/lib/firebase/firebase-provider';

type Mode = 'sign-in' | 'sign-up';

/** The Auth instance and SDK, downloaded when the form is first used (see FirebaseProvider). */
async function loadAuth(clients: FirebaseClients) {
  const [auth, sdk] = await Promise.all([clients.auth.get(), import('firebase/auth')]);
  return { auth, sdk };
}

const CANNOT_REACH = 'Could not reach Candor. Check your connection and try again.';

export function AuthForm({ mode }: { mode: Mode }) {
  const clients = useFirebase();
  const session = useSession();
  const router = useRouter();
  const next = safeReturnPath(useSearchParams().get('next'));
  const [busy, setBusy] = useState<null | 'email' | 'google'>(null);
  const [progress, setProgress] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    formState: { errors },
  } = useZodForm<AuthFormInput, AuthFormOutput>(
    () =>
      import('@/lib/auth/auth-form-schema').then((m) =>
        mode === 'sign-up' ? m.signUpFormSchema : m.signInFormSchema,
      ),
    { defaultValues: { name: '', email: '', password: '' } },
  );

  // Someone already signed in who opens this page goes straight on, unless they are mid sign-up.
  // Auth loads to check only when the session cookie says so; otherwise when the form is used.
  const probablySignedIn = session.status === 'unknown' && session.hint;
  useEffect(() => {
    if (probablySignedIn) clients.auth.preload();
  }, [probablySignedIn, clients.auth]);
  useEffect(() => {
    if (session.status === 'signed-in' && busy === null) router.replace(next);
  }, [session.status, busy, next, router]);

  async function onValid({ name, email, password }: AuthFormOutput) {
    setError(null);
    let signUp: typeof import('@/lib/users/sign-up') | null = null;
    if (mode === 'sign-up') {
      try {
        signUp = await import('@/lib/users/sign-up');
      } catch {
        setError(CANNOT_REACH);
        return;
      }
    }
    setBusy('email');
    try {
      const { auth, sdk } = await loadAuth(clients);
      if (signUp) {
        setProgress('Creating your account...');
        const { user } = await sdk.createUserWithEmailAndPassword(auth, email, password);
        await sdk.updateProfile(user, { displayName: name });
        setProgress('Setting up your profile...');
        await signUp.saveDisplayNameWhenReady(clients.db, user.uid, name);
      } else {
        await sdk.signInWithEmailAndPassword(auth, email, password);
      }
      router.replace(next);
    } catch (err) {
      setError(err instanceof Error && !('code' in err) ? err.message : describeAuthError(err));
      setBusy(null);
      setProgress(null);
    }
  }

  async function onGoogle() {
    setError(null);
    setBusy('google');
    try {
      const { auth, sdk } = await loadAuth(clients);
      await sdk.signInWithPopup(auth, new sdk.GoogleAuthProvider());
      router.replace(next);
    } catch (err) {
      setError(describeAuthError(err));
      setBusy(null);
    }
  }

  const title = mode === 'sign-up' ? 'Create your account' : 'Welcome back';
  return (
    // Auth starts loading when the form is approached, so the Google pop-up opens within the
    // click's user activation.
    <div
      className="mx-auto max-w-sm"
      onFocus={clients.auth.preload}
      onPointerEnter={clients.auth.preload}
    >
      <h1 className="text-2xl font-semibold">{title}</h1>
      <p className="mt-1 text-sm text-slate-600">
        {mode === 'sign-up' ? 'Already have an account? ' : 'New to Candor? '}
        <Link
          href={authPath(mode === 'sign-up' ? 'sign-in' : 'sign-up', next)}
          className="font-medium text-brand-600 hover:underline"
        >
          {mode === 'sign-up' ? 'Sign in' : 'Create an account'}
        </Link>
      </p>

      <form
        onSubmit={(e) => {
          // The checks load on first use; if they cannot, say so rather than do nothing.
          handleSubmit(onValid)(e).catch(() => {
            setError(CANNOT_REACH);
          });
        }}
        className="mt-6 space-y-4"
        noValidate
      >
        {mode === 'sign-up' && (
          <Field label="Your name" error={errors.name?.message}>
            {(control) => (
              <input
                {...control}
                {...register('name')}
                autoComplete="name"
                required
                maxLength={80}
                className={inputClass(control['aria-invalid'])}
              />
            )}
          </Field>
        )}
        <Field label="Email" error={errors.email?.message}>
          {(control) => (
            <input
              {...control}
              {...register('email')}
              type="email"
              autoComplete="email"
              required
              className={inputClass(control['aria-invalid'])}
            />
          )}
        </Field>
        <Field label="Password" error={errors.password?.message}>
          {(control) => (
            <input
              {...control}
              {...register('password')}
              type="password"
              autoComplete={mode === 'sign-up' ? 'new-password' : 'current-password'}
              required
              minLength={6}
              className={inputClass(control['aria-invalid'])}
            />
          )}
        </Field>

        {error && <InlineError>{error}</InlineError>}

        <Button
          type="submit"
          busy={busy === 'email'}
          disabled={busy !== null}
          busyLabel={progress ?? undefined}
          className="w-full"
        >
          {mode === 'sign-up' ? 'Create account' : 'Sign in'}
        </Button>
      </form>

      <div className="my-6 flex items-center gap-3 text-xs uppercase text-slate-600">
        <span className="h-px flex-1 bg-slate-200" />
        or
        <span className="h-px flex-1 bg-slate-200" />
      </div>
      <Button
        variant="secondary"
        busy={busy === 'google'}
        disabled={busy !== null}
        onClick={() => void onGoogle()}
        className="w-full"
      >
        Continue with Google
      </Button>
    </div>
  );
}
