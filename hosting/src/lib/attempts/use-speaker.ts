'use client';

import { useCallback, useEffect, useRef, useState, useSyncExternalStore } from 'react';
import { estimatedSpeechMs, synthesisAvailable } from './speech';

export interface Speaker {
  /** The browser can speak. */
  available: boolean;
  /** The candidate wants the questions read aloud. */
  enabled: boolean;
  /** Something is being said (or probably still is: see estimatedSpeechMs). */
  speaking: boolean;
  setEnabled: (enabled: boolean) => void;
  /** Queues a line; does nothing when speech is off or unavailable. Never waits for it. */
  say: (text: string) => void;
  stop: () => void;
}

const noSubscription = () => () => undefined;

/** Reads the interviewer's lines aloud with the browser's speech synthesis, where there is one. */
export function useSpeaker(): Speaker {
  // Known only in the browser; the server render says "no" and the client corrects it.
  const available = useSyncExternalStore(noSubscription, synthesisAvailable, () => false);
  const [enabled, setEnabledState] = useState(true);
  const [pending, setPending] = useState(0);
  const timers = useRef(new Set<ReturnType<typeof setTimeout>>());

  const stop = useCallback(() => {
    if (synthesisAvailable()) window.speechSynthesis.cancel();
    for (const timer of timers.current) clearTimeout(timer);
    timers.current.clear();
    setPending(0);
  }, []);

  const say = useCallback(
    (text: string) => {
      if (!enabled || !synthesisAvailable()) return;
      const utterance = new SpeechSynthesisUtterance(text);
      utterance.lang = 'en-US';
      utterance.rate = 1;
      let settled = false;
      // Some browsers never fire "end" (no voices installed, a background tab), so a timer
      // based on the length of the line settles it too.
      const timer = setTimeout(() => {
        settle();
      }, estimatedSpeechMs(text));
      function settle() {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        timers.current.delete(timer);
        setPending((n) => Math.max(0, n - 1));
      }
      timers.current.add(timer);
      utterance.onend = settle;
      utterance.onerror = settle;
      setPending((n) => n + 1);
      window.speechSynthesis.speak(utterance);
    },
    [enabled],
  );

  const setEnabled = useCallback(
    (next: boolean) => {
      if (!next) stop();
      setEnabledState(next);
    },
    [stop],
  );

  useEffect(() => stop, [stop]);

  return { available, enabled, speaking: pending > 0, setEnabled, say, stop };
}
