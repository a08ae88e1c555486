'use client';

import { Plus } from 'lucide-react';
import Link from 'next/link';
import { RequireAuth } from './require-auth';
import { Spinner } from './spinner';
import { useUserProfile } from '@/lib/users/user-profile';

function Greeting({ uid }: { uid: string }) {
  const profile = useUserProfile(uid);
  switch (profile.status) {
    case 'loading':
      return <Spinner label="Loading your profile..." />;
    case 'missing':
      return <Spinner label="Setting up your profile..." />;
    case 'error':
      return (
        <p role="alert" className="text-red-700">
          Could not load your profile: {profile.message}
        </p>
      );
    case 'ready':
      return (
        <h1 className="text-2xl font-semibold">
          Welcome, <span data-testid="display-name">{profile.profile.displayName}</span>
        </h1>
      );
  }
}

export function Dashboard() {
  return (
    <RequireAuth>
      {(user) => (
        <div className="space-y-8">
          <div className="flex flex-wrap items-center justify-between gap-4">
            <Greeting uid={user.uid} />
            <Link
              href="/interviews/new"
              className="flex items-center gap-1 rounded-md bg-brand-600 px-4 py-2 font-medium text-white hover:bg-brand-700"
            >
              <Plus aria-hidden className="size-4" />
              New interview
            </Link>
          </div>
          <section
            aria-labelledby="interviews-heading"
            className="rounded-lg border border-dashed border-slate-300 bg-white p-10 text-center"
          >
            <h2 id="interviews-heading" className="text-lg font-medium">
              No interviews yet
            </h2>
            <p className="mx-auto mt-2 max-w-md text-slate-600">
              Describe the job you are preparing for and Candor will write a tailored set of
              questions, interview you out loud and tell you honestly how it went.
            </p>
          </section>
        </div>
      )}
    </RequireAuth>
  );
}
