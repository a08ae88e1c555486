'use client';

import { useState } from 'react';
import { firebaseErrorCode } from '@/lib/firebase/errors';
import { useFirebase } from '@/lib/firebase/firebase-provider';
import { describeFunctionError } from '@/lib/functions/call';
import { submitPracticeTranscript } from './api';
import { removePracticeRecord, submissionOf, type PracticeRecord } from './practice';

export type SubmissionState =
  | { status: 'idle' }
  | { status: 'sending'; record: PracticeRecord }
  | { status: 'failed'; record: PracticeRecord; message: string }
  | { status: 'sent'; record: PracticeRecord };

export interface PracticeSubmission {
  state: SubmissionState;
  submit: (record: PracticeRecord) => Promise<void>;
  reset: () => void;
}

/**
 * Sends a finished practice session. The session stays in sessionStorage until the server has
 * it, so a failed send can be retried, even after a reload, without losing an answer.
 */
export function usePracticeSubmission(): PracticeSubmission {
  const { functions } = useFirebase();
  const [state, setState] = useState<SubmissionState>({ status: 'idle' });

  async function submit(record: PracticeRecord): Promise<void> {
    setState({ status: 'sending', record });
    try {
      await submitPracticeTranscript(functions, submissionOf(record));
    } catch (error) {
      // The server refuses a second submission of the same attempt. Seeing that means an
      // earlier send did arrive (its answer was lost), so the attempt itself tells what next.
      const alreadyThere = firebaseErrorCode(error) === 'functions/failed-precondition';
      if (!alreadyThere) {
        setState({ status: 'failed', record, message: describeFunctionError(error) });
        return;
      }
    }
    removePracticeRecord(record.attemptId);
    setState({ status: 'sent', record });
  }

  return {
    state,
    submit,
    reset: () => {
      setState({ status: 'idle' });
    },
  };
}
