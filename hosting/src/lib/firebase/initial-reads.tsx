'use client';

import { createContext, useContext, useMemo, type ReactNode } from 'react';

/**
 * Results the server read for this request (server-session.ts), by read key (reads.ts): a
 * document's value, or a query's items. The live hooks show them until their listener's first
 * snapshot arrives, so a page is drawn with its data before any Firestore code has loaded.
 */
const InitialReadsContext = createContext<Readonly<Record<string, unknown>>>({});

export function InitialReads({
  values,
  children,
}: {
  values: Readonly<Record<string, unknown>>;
  children: ReactNode;
}) {
  const outer = useContext(InitialReadsContext);
  const merged = useMemo(() => ({ ...outer, ...values }), [outer, values]);
  return <InitialReadsContext value={merged}>{children}</InitialReadsContext>;
}

export function useInitialRead(key: string | null): unknown {
  const values = useContext(InitialReadsContext);
  return key === null ? undefined : values[key];
}
