'use client';

import type { CapabilitiesOutput } from '@candor/core';
import { useEffect, useMemo, useState } from 'react';
import { useFirebase } from '@/lib/firebase/firebase-provider';
import { useLiveDoc } from '@/lib/firebase/live';
import { reads } from '@/lib/firebase/reads';
import { callFunction, describeFunctionError } from '@/lib/functions/call';
import type { AttemptDoc } from './converter';

export type AttemptState =
  | { status: 'loading' }
  | { status: 'not-found' }
  | { status: 'error'; message: string }
  | { status: 'ready'; attempt: AttemptDoc };

const UNREADABLE =
  'This attempt could not be read. Reload the page, and if it keeps happening, let us know.';

/**
 * Live view of interviews/{interviewId}/attempts/{attemptId}. As with interviews, the rules
 * answer permission-denied for a missing document too, so both read as not-found.
 */
export function useAttempt(interviewId: string, attemptId: string): AttemptState {
  const live = useLiveDoc(reads.attempt(interviewId, attemptId), UNREADABLE);
  return useMemo(
    () => (live.status === 'ready' ? { status: 'ready', attempt: live.value } : live),
    [live],
  );
}

export type CapabilitiesState =
  | { status: 'loading' }
  | { status: 'ready'; voice: boolean; engine: CapabilitiesOutput['engine'] }
  /** The server could not say; the room then offers practice mode only. */
  | { status: 'unknown'; voice: false; message: string };

/** What this deployment can do (is Retell configured?), asked once per room visit. */
export function useCapabilities(): CapabilitiesState {
  const { functions } = useFirebase();
  const [state, setState] = useState<CapabilitiesState>({ status: 'loading' });

  useEffect(() => {
    let live = true;
    callFunction<null, CapabilitiesOutput>(functions, 'getCapabilities', null).then(
      (caps) => {
        if (live) setState({ status: 'ready', voice: caps.voice, engine: caps.engine });
      },
      (error: unknown) => {
        if (live)
          setState({ status: 'unknown', voice: false, message: describeFunctionError(error) });
      },
    );
    return () => {
      live = false;
    };
  }, [functions]);

  return state;
}
