'use client';

import { usePathname, useRouter } from 'next/navigation';
import { useEffect, type ReactNode } from 'react';
import { useAuthState } from '@/lib/firebase/firebase-provider';
import { useDrawnSession } from '@/lib/firebase/initial-reads';
import { Spinner } from './spinner';

/**
 * Renders its children for the signed-in user; sends everyone else to sign in. Unlike
 * RequireAuth, it needs only the uid, so a page whose server checked the session (InitialReads)
 * is drawn on the server and shown before Auth has loaded; Auth's answer then takes over
 * (another user, or signed out in another tab: off to sign in).
 */
export function RequireSession({ children }: { children: (uid: string) => ReactNode }) {
  const auth = useAuthState();
  const drawn = useDrawnSession();
  const router = useRouter();
  const pathname = usePathname();

  useEffect(() => {
    if (auth.status === 'signed-out') {
      router.replace(`/sign-in?next=${encodeURIComponent(pathname)}`);
    }
  }, [auth.status, pathname, router]);

  if (auth.status === 'signed-in') return children(auth.user.uid);
  if (auth.status === 'loading' && drawn) return children(drawn.uid);
  return <Spinner label="Checking your session..." />;
}
