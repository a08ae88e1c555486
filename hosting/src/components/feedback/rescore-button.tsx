'use client';

import type { RescoreAttemptInput } from '@candor/core';
import { RefreshCw } from 'lucide-react';
import { useState } from 'react';
import { Button } from '../ui/button';
import { useFirebase } from '@/lib/firebase/firebase-provider';
import { callFunction, describeFunctionError } from '@/lib/functions/call';

/**
 * Asks the server to score a failed attempt again. Success needs no handling here: the attempt
 * listener sees it move back to scoring and then to its feedback.
 */
export function RescoreButton({
  interviewId,
  attemptId,
}: {
  interviewId: string;
  attemptId: string;
}) {
  const { functions } = useFirebase();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function rescore() {
    setBusy(true);
    setError(null);
    try {
      await callFunction<RescoreAttemptInput, unknown>(functions, 'rescoreAttempt', {
        interviewId,
        attemptId,
      });
    } catch (err) {
      setError(describeFunctionError(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Button
        busy={busy}
        icon={RefreshCw}
        busyLabel="Asking for a new score..."
        onClick={() => void rescore()}
      >
        Score again
      </Button>
      {error !== null && (
        <p role="alert" className="basis-full text-sm text-red-700">
          {error}
        </p>
      )}
    </>
  );
}
