'use client';

import type { CapabilitiesOutput, RateLimitKind, RateLimitStatus } from '@candor/core';
import type { FunctionsClient } from '@/lib/firebase/client-app';
import { Gauge } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useAuthState, useFirebase } from '@/lib/firebase/firebase-provider';
import { useDrawnSession } from '@/lib/firebase/initial-reads';
import { callFunction } from '@/lib/functions/call';
import { formatLocalTime } from '@/lib/format';

type Limits = CapabilitiesOutput['limits'];

/** The same words as the server's limit errors, so the note and the error agree. */
const NOUNS: Record<RateLimitKind, string> = {
  interviews: 'new interviews',
  attempts: 'interview attempts',
  rescores: 'rescoring requests',
  shares: 'share links',
  followUps: 'worded follow-up questions',
};

function sameDay(a: Date, b: Date): boolean {
  return (
    a.getFullYear() === b.getFullYear() &&
    a.getMonth() === b.getMonth() &&
    a.getDate() === b.getDate()
  );
}

/** "3 of 20 new interviews left today (resets at 14:05)", in the reader's time zone. */
export function describeUsage(
  kind: RateLimitKind,
  status: RateLimitStatus,
  nowMs = Date.now(),
): string {
  const left = Math.max(0, status.limit - status.used);
  const noun = NOUNS[kind];
  const base =
    left === 0
      ? `No ${noun} left today`
      : `${String(left)} of ${String(status.limit)} ${noun} left today`;
  // Nothing used yet: the 24-hour window starts with the first use, so there is no reset yet.
  if (status.used === 0) return base;
  const reset = new Date(status.resetsAtMs);
  const day = sameDay(reset, new Date(nowMs)) ? '' : 'tomorrow ';
  return `${base} (resets ${day}at ${formatLocalTime(reset)})`;
}

/**
 * Every UsageNote on a page shares one getCapabilities request: the notes of one user that ask
 * within a few seconds of each other with the same refresh key get the same answer.
 */
const SHARE_MS = 5_000;
let shared: {
  key: string;
  functions: FunctionsClient;
  at: number;
  promise: Promise<Limits>;
} | null = null;

function loadLimits(functions: FunctionsClient, key: string): Promise<Limits> {
  const now = Date.now();
  if (shared?.key === key && shared.functions === functions && now - shared.at < SHARE_MS) {
    return shared.promise;
  }
  const promise = callFunction<null, CapabilitiesOutput>(functions, 'getCapabilities', null).then(
    (capabilities) => capabilities.limits,
  );
  const entry = { key, functions, at: now, promise };
  shared = entry;
  // A failure is not shared with the next note that asks.
  promise.catch(() => {
    if (shared === entry) shared = null;
  });
  return promise;
}

export type UsageState =
  { status: 'loading' } | { status: 'ready'; limit: RateLimitStatus } | { status: 'error' };

/**
 * The signed-in user's daily limit of one kind. Change `refreshKey` (e.g. after creating an
 * interview) to ask the server again.
 */
export function useUsage(kind: RateLimitKind, refreshKey: string | number = 0): UsageState {
  const { functions } = useFirebase();
  const auth = useAuthState();
  const uid = auth.status === 'signed-in' ? auth.user.uid : null;
  const key = `${uid ?? ''}:${String(refreshKey)}`;
  const [result, setResult] = useState<{ key: string; state: UsageState } | null>(null);

  useEffect(() => {
    if (!uid) return;
    let live = true;
    loadLimits(functions, key).then(
      (limits) => {
        if (live) setResult({ key, state: { status: 'ready', limit: limits[kind] } });
      },
      () => {
        if (live) setResult({ key, state: { status: 'error' } });
      },
    );
    return () => {
      live = false;
    };
  }, [functions, key, kind, uid]);

  return result?.key === key ? result.state : { status: 'loading' };
}

/**
 * One line saying how much of a daily limit is left and when it resets, e.g. "3 of 20 new
 * interviews left today (resets at 14:05)". For signed-in pages; renders nothing for visitors.
 */
export function UsageNote({
  kind,
  refreshKey,
  className = '',
}: {
  kind: RateLimitKind;
  refreshKey?: string | number;
  className?: string;
}) {
  const auth = useAuthState();
  const drawn = useDrawnSession();
  const state = useUsage(kind, refreshKey);
  // A page the server drew for a session shows the note loading until Auth has answered.
  if (auth.status === 'signed-out' || (auth.status === 'loading' && drawn === null)) return null;

  const base = `flex items-center gap-1.5 text-sm ${className}`;
  switch (state.status) {
    case 'loading':
      return (
        <p className={`${base} text-slate-500`} aria-busy="true" data-usage={kind}>
          <Gauge aria-hidden className="size-4" />
          Checking your daily limit...
        </p>
      );
    case 'error':
      return (
        <p className={`${base} text-slate-500`} data-usage={kind}>
          <Gauge aria-hidden className="size-4" />
          Your daily limit for {NOUNS[kind]} could not be loaded.
        </p>
      );
    case 'ready': {
      const exhausted = state.limit.used >= state.limit.limit;
      return (
        <p
          className={`${base} ${exhausted ? 'font-medium text-amber-800' : 'text-slate-600'}`}
          data-usage={kind}
        >
          <Gauge aria-hidden className="size-4 shrink-0" />
          {describeUsage(kind, state.limit)}
        </p>
      );
    }
  }
}
