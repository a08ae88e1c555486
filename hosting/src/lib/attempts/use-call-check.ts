'use client';

import { CHECK_NOW_INTERVAL_MS } from '@candor/core';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useFirebase } from '@/lib/firebase/firebase-provider';
import { describeFunctionError } from '@/lib/functions/call';
import { checkAttempt } from './api';

export type CallCheckState =
  | { kind: 'checking' }
  | { kind: 'settled' }
  /** When "check now" may run again, in this browser's clock. */
  | { kind: 'waiting'; waitingFor: string; nextCheckAtMs: number }
  | { kind: 'error'; message: string };

/**
 * The server's view of an attempt that waits for its call's result, and "check now". With
 * `reportEnded`, the first check tells the server the browser saw the call end.
 */
export function useCallCheck(
  interviewId: string,
  attemptId: string,
  { reportEnded = false }: { reportEnded?: boolean } = {},
): { state: CallCheckState; checkNow: () => void } {
  const { functions } = useFirebase();
  const [state, setState] = useState<CallCheckState>({ kind: 'checking' });
  const reported = useRef(false);

  const run = useCallback(
    async (callEnded: boolean) => {
      setState({ kind: 'checking' });
      const sentAt = Date.now();
      try {
        const result = await checkAttempt(functions, {
          interviewId,
          attemptId,
          ...(callEnded ? { callEnded: true } : {}),
        });
        if (result.state === 'settled') {
          setState({ kind: 'settled' });
          return;
        }
        // The server's clock may differ from ours, so its time only shortens the wait; a check
        // does a lookup at most every CHECK_NOW_INTERVAL_MS, so waiting longer is never needed.
        const waitMs = Math.max(0, result.nextCheckAtMs - Date.now());
        setState({
          kind: 'waiting',
          waitingFor: result.waitingFor,
          nextCheckAtMs: sentAt + Math.min(waitMs, CHECK_NOW_INTERVAL_MS),
        });
      } catch (error) {
        setState({ kind: 'error', message: describeFunctionError(error) });
      }
    },
    [functions, interviewId, attemptId],
  );

  useEffect(() => {
    const callEnded = reportEnded && !reported.current;
    reported.current = true;
    void run(callEnded);
  }, [run, reportEnded]);

  return {
    state,
    checkNow: () => {
      void run(false);
    },
  };
}
