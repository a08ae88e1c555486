'use client';

import { LoaderCircle } from 'lucide-react';
import Link from 'next/link';
import { useRouter, useSearchParams } from 'next/navigation';
import { useEffect, useState, type SyntheticEvent } from 'react';
import { describeAuthError } from '@/lib/auth/auth-errors';
import { authPath, safeReturnPath } from '@/lib/paths';
import type { FirebaseClients } from '@/lib/firebase/client-app';
import { useAuthState, useFirebase } from '@/lib/firebase/firebase-provider';

type Mode = 'sign-in' | 'sign-up';

const inputClass =
  'mt-1 block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-slate-900 shadow-sm focus:border-brand-500 focus:outline-none focus:ring-2 focus:ring-brand-100';

/** The Auth instance and SDK, downloaded after the page is drawn (see FirebaseProvider). */
async function loadAuth(clients: FirebaseClients) {
  const [auth, sdk] = await Promise.all([clients.auth.get(), import('firebase/auth')]);
  return { auth, sdk };
}

export function AuthForm({ mode }: { mode: Mode }) {
  const clients = useFirebase();
  const authState = useAuthState();
  const router = useRouter();
  const next = safeReturnPath(useSearchParams().get('next'));
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState<null | 'email' | 'google'>(null);
  const [progress, setProgress] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  // Someone already signed in who opens this page goes straight on, unless they are mid sign-up.
  useEffect(() => {
    if (authState.status === 'signed-in' && busy === null) router.replace(next);
  }, [authState.status, busy, next, router]);

  async function onSubmit(event: SyntheticEvent<HTMLFormElement>) {
    event.preventDefault();
    setError(null);
    let displayName = '';
    let signUp: typeof import('@/lib/users/sign-up') | null = null;
    if (mode === 'sign-up') {
      try {
        signUp = await import('@/lib/users/sign-up');
      } catch {
        setError('Could not reach Candor. Check your connection and try again.');
        return;
      }
      const parsed = signUp.displayNameSchema.safeParse(name);
      if (!parsed.success) {
        setError(parsed.error.issues[0]?.message ?? 'Enter your name.');
        return;
      }
      displayName = parsed.data;
    }
    setBusy('email');
    try {
      const { auth, sdk } = await loadAuth(clients);
      if (signUp) {
        setProgress('Creating your account...');
        const { user } = await sdk.createUserWithEmailAndPassword(auth, email.trim(), password);
        await sdk.updateProfile(user, { displayName });
        setProgress('Setting up your profile...');
        await signUp.saveDisplayNameWhenReady(clients.db, user.uid, displayName);
      } else {
        await sdk.signInWithEmailAndPassword(auth, email.trim(), password);
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
    <div className="mx-auto max-w-sm">
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

      <form onSubmit={(e) => void onSubmit(e)} className="mt-6 space-y-4" noValidate>
        {mode === 'sign-up' && (
          <label className="block text-sm font-medium text-slate-700">
            Your name
            <input
              name="name"
              autoComplete="name"
              required
              maxLength={80}
              value={name}
              onChange={(e) => {
                setName(e.target.value);
              }}
              className={inputClass}
            />
          </label>
        )}
        <label className="block text-sm font-medium text-slate-700">
          Email
          <input
            name="email"
            type="email"
            autoComplete="email"
            required
            value={email}
            onChange={(e) => {
              setEmail(e.target.value);
            }}
            className={inputClass}
          />
        </label>
        <label className="block text-sm font-medium text-slate-700">
          Password
          <input
            name="password"
            type="password"
            autoComplete={mode === 'sign-up' ? 'new-password' : 'current-password'}
            required
            minLength={6}
            value={password}
            onChange={(e) => {
              setPassword(e.target.value);
            }}
            className={inputClass}
          />
        </label>

        {error && (
          <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
            {error}
          </p>
        )}

        <button
          type="submit"
          disabled={busy !== null}
          className="flex w-full items-center justify-center gap-2 rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60"
        >
          {busy === 'email' && <LoaderCircle aria-hidden className="size-4 animate-spin" />}
          {busy === 'email' && progress
            ? progress
            : mode === 'sign-up'
              ? 'Create account'
              : 'Sign in'}
        </button>
      </form>

      <div className="my-6 flex items-center gap-3 text-xs uppercase text-slate-600">
        <span className="h-px flex-1 bg-slate-200" />
        or
        <span className="h-px flex-1 bg-slate-200" />
      </div>
      <button
        type="button"
        onClick={() => void onGoogle()}
        disabled={busy !== null}
        className="flex w-full items-center justify-center gap-2 rounded-md border border-slate-300 bg-white px-4 py-2 font-medium text-slate-800 hover:bg-slate-50 disabled:opacity-60"
      >
        {busy === 'google' && <LoaderCircle aria-hidden className="size-4 animate-spin" />}
        Continue with Google
      </button>
    </div>
  );
}
