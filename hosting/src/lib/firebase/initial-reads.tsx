'use client';

import { createContext, useContext, type ReactNode } from 'react';
import type { DrawnSession } from './server-session';

/**
 * What the server read for this request (server-session.ts): whose page it drew and its reads'
 * results by read key (reads.ts). RequireSession draws the page for that user before Auth has
 * loaded, and the live hooks show the results until their listener's first snapshot arrives, so
 * a signed-in page is drawn with its data before any Firebase code has loaded.
 */
const DrawnSessionContext = createContext<DrawnSession | null>(null);

export function InitialReads({
  session,
  children,
}: {
  session: DrawnSession | null;
  children: ReactNode;
}) {
  return <DrawnSessionContext value={session}>{children}</DrawnSessionContext>;
}

export function useDrawnSession(): DrawnSession | null {
  return useContext(DrawnSessionContext);
}

export function useInitialRead(key: string | null): unknown {
  const session = useDrawnSession();
  return key === null ? undefined : session?.values[key];
}
