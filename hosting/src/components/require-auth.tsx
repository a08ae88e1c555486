'use client';

import type { User } from 'firebase/auth';
import { usePathname, useRouter } from 'next/navigation';
import { useEffect, type ReactNode } from 'react';
import { useAuthState } from '@/lib/firebase/firebase-provider';
import { authPath } from '@/lib/paths';
import { Spinner } from './spinner';

/** Renders its children only for a signed-in user; sends everyone else to sign in. */
export function RequireAuth({ children }: { children: (user: User) => ReactNode }) {
  const auth = useAuthState();
  const router = useRouter();
  const pathname = usePathname();

  useEffect(() => {
    if (auth.status === 'signed-out') {
      router.replace(authPath('sign-in', pathname));
    }
  }, [auth.status, pathname, router]);

  if (auth.status !== 'signed-in') return <Spinner label="Checking your session..." />;
  return children(auth.user);
}
