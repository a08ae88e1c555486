'use client';

import { usePathname, useRouter } from 'next/navigation';
import { useEffect, type ReactNode } from 'react';
import { useAuthState } from '@/lib/firebase/firebase-provider';
import { useDrawnSession } from '@/lib/firebase/initial-reads';
import { authPath } from '@/lib/paths';
import { useHydrated } from '@/lib/use-hydrated';
import { Spinner } from './spinner';

/**
 * Renders its children for the signed-in user; sends everyone else to sign in. It needs only the
 * uid, so a page whose server checked the session (InitialReads) is drawn on the server and shown
 * before Auth has loaded; Auth's answer then takes over (another user, or signed out in another
 * tab: off to sign in). Without a session the server could check, the page waits for Auth.
 */
export function RequireSession({ children }: { children: (uid: string) => ReactNode }) {
  const auth = useAuthState();
  const drawn = useDrawnSession();
  const router = useRouter();
  const pathname = usePathname();
  const hydrated = useHydrated();

  useEffect(() => {
    if (auth.status === 'signed-out') {
      router.replace(authPath('sign-in', pathname));
    }
  }, [auth.status, pathname, router]);

  const uid =
    auth.status === 'signed-in' ? auth.user.uid : auth.status === 'loading' ? drawn?.uid : null;
  if (!uid) return <Spinner label="Checking your session..." />;
  // A page drawn on the server is inert until React has hydrated it: a click on a button whose
  // handler is not attached yet would be lost. The wrapper takes no part in the layout.
  return (
    <div className="contents" inert={!hydrated}>
      {children(uid)}
    </div>
  );
}
