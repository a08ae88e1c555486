'use client';

import { useEffect, useEffectEvent, useState, useSyncExternalStore } from 'react';
import { describeRecognitionError, recognitionConstructor } from './speech';

export interface Dictation {
  /** The browser has speech recognition. */
  available: boolean;
  /** The candidate turned Speak on. */
  on: boolean;
  setOn: (on: boolean) => void;
  /** Words heard but not final yet: shown, and kept if the candidate moves on mid-sentence. */
  interim: string;
  error: string | null;
  /** Drops what is being heard (the candidate moved on) and listens afresh if Speak is on. */
  reset: () => void;
}

const noSubscription = () => () => undefined;
const hasRecognition = () => recognitionConstructor() !== null;

/**
 * Speech recognition for the answer box. Listening pauses while `paused` (the interviewer is
 * speaking, so the browser does not transcribe its own voice) and resumes after.
 */
export function useDictation(options: {
  paused: boolean;
  onFinal: (text: string) => void;
  onHeard: () => void;
}): Dictation {
  const available = useSyncExternalStore(noSubscription, hasRecognition, () => false);
  const [on, setOnState] = useState(false);
  const [heard, setHeard] = useState<{ session: number; text: string }>({ session: 0, text: '' });
  const [error, setError] = useState<string | null>(null);
  const [session, setSession] = useState(0);
  const listening = on && !options.paused;

  const onFinal = useEffectEvent(options.onFinal);
  const onHeard = useEffectEvent(options.onHeard);

  useEffect(() => {
    if (!listening) return;
    const Recognition = recognitionConstructor();
    if (!Recognition) return;
    const recognition = new Recognition();
    recognition.lang = navigator.language || 'en-US';
    recognition.continuous = true;
    recognition.interimResults = true;
    let closed = false;

    recognition.onresult = (event) => {
      let interim = '';
      for (let i = event.resultIndex; i < event.results.length; i += 1) {
        const result = event.results[i];
        const text = result?.[0]?.transcript ?? '';
        if (text.trim() === '') continue;
        onHeard();
        if (result?.isFinal === true) onFinal(text);
        else interim += text;
      }
      setHeard({ session, text: interim });
    };
    recognition.onerror = (event) => {
      const problem = describeRecognitionError(event.error);
      if (!problem) return;
      setError(problem.message);
      if (problem.fatal) {
        closed = true;
        setOnState(false);
      }
    };
    // Browsers end a session after a silence even in continuous mode; carry on while Speak is on.
    recognition.onend = () => {
      setHeard({ session, text: '' });
      if (closed) return;
      try {
        recognition.start();
      } catch {
        closed = true;
        setOnState(false);
      }
    };
    try {
      recognition.start();
    } catch {
      closed = true;
      queueMicrotask(() => {
        setError(
          'Speech recognition could not start. Type your answer, or press Speak to try again.',
        );
        setOnState(false);
      });
    }
    return () => {
      closed = true;
      recognition.onend = null;
      recognition.onresult = null;
      recognition.onerror = null;
      recognition.abort();
    };
  }, [listening, session]);

  function setOn(next: boolean) {
    setError(null);
    setOnState(next);
    // A new session per press, so stale interim words from the previous one never show.
    setSession((n) => n + 1);
  }

  return {
    available,
    on,
    setOn,
    interim: listening && heard.session === session ? heard.text : '',
    error,
    reset: () => {
      setSession((n) => n + 1);
    },
  };
}
