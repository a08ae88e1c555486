'use client';

import { LogOut, MessageSquareQuote } from 'lucide-react';
import Link from 'next/link';
import { signOutAndLeave, useFirebase, useSignedIn } from '@/lib/firebase/firebase-provider';
import { authPath, DASHBOARD_PATH, HOME_PATH, SETTINGS_PATH } from '@/lib/paths';

export function SiteHeader() {
  // From the session cookie until Auth answers: the header needs no Firebase to be drawn.
  const signedIn = useSignedIn();
  const clients = useFirebase();

  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex h-14 max-w-5xl items-center justify-between px-4 sm:px-6">
        <Link
          href={signedIn ? DASHBOARD_PATH : HOME_PATH}
          className="flex items-center gap-2 font-semibold text-slate-900"
        >
          <MessageSquareQuote aria-hidden className="size-5 text-brand-600" />
          Candor
        </Link>
        <nav aria-label="Account" className="flex items-center gap-3 text-sm">
          {signedIn && (
            <>
              <Link href={DASHBOARD_PATH} className="text-slate-700 hover:text-slate-900">
                Dashboard
              </Link>
              <Link href={SETTINGS_PATH} className="text-slate-700 hover:text-slate-900">
                Settings
              </Link>
              <button
                type="button"
                onClick={() => {
                  void signOutAndLeave(clients, HOME_PATH);
                }}
                className="flex items-center gap-1 rounded-md px-2 py-1 text-slate-700 hover:bg-slate-100"
              >
                <LogOut aria-hidden className="size-4" />
                Sign out
              </button>
            </>
          )}
          {!signedIn && (
            <>
              <Link href={authPath('sign-in')} className="text-slate-700 hover:text-slate-900">
                Sign in
              </Link>
              <Link
                href={authPath('sign-up')}
                className="rounded-md bg-brand-600 px-3 py-1.5 font-medium text-white hover:bg-brand-700"
              >
                Sign up
              </Link>
            </>
          )}
        </nav>
      </div>
    </header>
  );
}
