'use client';

import { retellTokenDeadline } from '@candor/core';
import { useEffect, useRef, useState } from 'react';
// Types only: the SDK itself (and LiveKit under it) is loaded when a call starts.
import type { RetellWebClient } from 'retell-client-js-sdk';
import { useFirebase } from '@/lib/firebase/firebase-provider';
import { describeFunctionError } from '@/lib/functions/call';
import { abandonAttemptQuietly, startVoiceAttempt, type VoiceStart } from './api';
import { mergeLiveTranscript, parseUpdate, type LiveTurn } from './live-transcript';
import { checkMicrophone } from './microphone';

export type VoicePhase =
  | { kind: 'idle' }
  | { kind: 'preparing'; step: 'microphone' | 'starting' }
  /** Joining the call; Retell voids the token at `deadlineMs` (this browser's clock). */
  | { kind: 'preparing'; step: 'connecting'; deadlineMs: number }
  /** The microphone is not usable; nothing was created on the server. */
  | { kind: 'microphone-problem'; message: string }
  /** The attempt or the call could not start; trying again starts a new attempt. */
  | { kind: 'start-failed'; message: string }
  | { kind: 'in-call'; attemptId: string; startedAtMs: number }
  | { kind: 'ended'; attemptId: string };

export interface VoiceCall {
  phase: VoicePhase;
  agentTalking: boolean;
  muted: boolean;
  transcript: LiveTurn[];
  /** An error the SDK reported during the call (shown, and the call is ended). */
  callError: string | null;
  /** The browser refused to play the interviewer's voice without a click: show a button. */
  audioBlocked: boolean;
  /** Plays the interviewer's voice; call it from a click (SDK 2.x `startAudioPlayback`). */
  startAudio: () => void;
  start: () => Promise<void>;
  setMuted: (muted: boolean) => void;
  end: () => void;
  reset: () => void;
}

/**
 * Stops a client the room no longer wants. SDK 2.x `stopCall` does nothing until the room has
 * connected, so a join still under way would connect later with nobody listening: stop it then.
 */
function discard(client: RetellWebClient): void {
  client.removeAllListeners();
  client.once('call_started', () => {
    client.stopCall();
  });
  client.stopCall();
}

function sdkErrorText(error: unknown): string {
  if (typeof error === 'string' && error.trim() !== '') return error;
  if (error instanceof Error && error.message !== '') return error.message;
  return 'an unknown error';
}

/**
 * One Retell web call for this interview. The transcript is never sent from here: Retell
 * delivers it to our webhook, and the attempt document reports when it has arrived.
 */
export function useVoiceCall(
  interviewId: string,
  questionIds: string[] | undefined,
  /** The answer length the candidate chose; the voice agent is told it. */
  answerTargetMs: number,
): VoiceCall {
  const { functions } = useFirebase();
  const [phase, setPhase] = useState<VoicePhase>({ kind: 'idle' });
  const [agentTalking, setAgentTalking] = useState(false);
  const [muted, setMutedState] = useState(false);
  const [transcript, setTranscript] = useState<LiveTurn[]>([]);
  const [callError, setCallError] = useState<string | null>(null);
  const [audioBlocked, setAudioBlocked] = useState(false);
  const clientRef = useRef<RetellWebClient | null>(null);
  const startingRef = useRef(false);
  const mountedRef = useRef(false);
  // A function, so each check after an await reads the ref afresh.
  const isMounted = () => mountedRef.current;

  useEffect(() => {
    mountedRef.current = true;
    // Closing or leaving the page must hang up, or the agent keeps talking to nobody.
    const hangUp = () => {
      clientRef.current?.stopCall();
    };
    window.addEventListener('pagehide', hangUp);
    window.addEventListener('beforeunload', hangUp);
    return () => {
      mountedRef.current = false;
      window.removeEventListener('pagehide', hangUp);
      window.removeEventListener('beforeunload', hangUp);
      const client = clientRef.current;
      clientRef.current = null;
      if (client) discard(client);
    };
  }, []);

  async function start(): Promise<void> {
    if (startingRef.current || clientRef.current !== null) return;
    startingRef.current = true;
    try {
      await connect();
    } finally {
      startingRef.current = false;
    }
  }

  async function connect(): Promise<void> {
    setCallError(null);
    setAudioBlocked(false);
    setTranscript([]);
    setAgentTalking(false);
    setMutedState(false);
    setPhase({ kind: 'preparing', step: 'microphone' });

    // Fetched while the microphone prompt is open, so the call starts right after the token.
    const sdk = import('retell-client-js-sdk');
    sdk.catch(() => undefined);

    const microphone = await checkMicrophone();
    if (!microphone.ok) {
      setPhase({ kind: 'microphone-problem', message: microphone.message });
      return;
    }
    let Client: typeof RetellWebClient;
    try {
      Client = (await sdk).RetellWebClient;
    } catch {
      setPhase({
        kind: 'start-failed',
        message:
          'The voice call software could not be loaded. Check your connection and press Try again.',
      });
      return;
    }

    if (!isMounted()) return;
    setPhase({ kind: 'preparing', step: 'starting' });
    let started: VoiceStart;
    const sentAtMs = Date.now();
    try {
      started = await startVoiceAttempt(functions, interviewId, questionIds, answerTargetMs);
    } catch (error) {
      setPhase({ kind: 'start-failed', message: describeFunctionError(error) });
      return;
    }
    const { attemptId, accessToken } = started;
    // The token's 30 s run from when the server received it, not from this answer's arrival.
    const deadlineMs = retellTokenDeadline({
      tokenIssuedAtMs: started.tokenIssuedAtMs,
      sentAtMs,
      receivedAtMs: Date.now(),
    });
    if (!isMounted()) {
      void abandonAttemptQuietly(functions, {
        interviewId,
        attemptId,
        reason: 'The candidate left before the call started.',
      });
      return;
    }

    const client = new Client();
    clientRef.current = client;
    let connected = false;

    const failToStart = (why: string) => {
      if (connected || clientRef.current !== client) return;
      clearTimeout(timeout);
      clientRef.current = null;
      discard(client);
      void abandonAttemptQuietly(functions, {
        interviewId,
        attemptId,
        reason: `The voice call did not start: ${why}.`,
      });
      setPhase({
        kind: 'start-failed',
        message: `The voice call could not be started (${why}). Check your connection and press Try again to start a new attempt.`,
      });
    };
    const timeout = setTimeout(
      () => {
        failToStart('the link to the interviewer expired before the call connected');
      },
      Math.max(0, deadlineMs - Date.now()),
    );

    client.on('call_started', () => {
      connected = true;
      clearTimeout(timeout);
      setPhase({ kind: 'in-call', attemptId, startedAtMs: Date.now() });
    });
    // The agent's audio track is there. Browsers may refuse to play it without a click since
    // the Start click (awaits ago); then the room shows a button that plays it from a click.
    client.on('call_ready', () => {
      client.startAudioPlayback().then(
        () => {
          setAudioBlocked(false);
        },
        () => {
          setAudioBlocked(true);
        },
      );
    });
    client.on('call_ended', () => {
      if (!connected) {
        failToStart('the call closed before it connected');
        return;
      }
      if (clientRef.current === client) clientRef.current = null;
      client.removeAllListeners();
      setAgentTalking(false);
      setPhase({ kind: 'ended', attemptId });
    });
    client.on('agent_start_talking', () => {
      setAgentTalking(true);
    });
    client.on('agent_stop_talking', () => {
      setAgentTalking(false);
    });
    client.on('update', (update: unknown) => {
      const turns = parseUpdate(update);
      if (turns) setTranscript((shown) => mergeLiveTranscript(shown, turns));
    });
    client.on('error', (error: unknown) => {
      const why = sdkErrorText(error);
      if (!connected) {
        failToStart(why);
        return;
      }
      // A broken call cannot be trusted to carry on; ending it lets the webhook settle it.
      setCallError(`The call hit an error and was ended: ${why}.`);
      client.stopCall();
    });

    setPhase({ kind: 'preparing', step: 'connecting', deadlineMs });
    try {
      await client.startCall({ accessToken });
    } catch (error) {
      failToStart(sdkErrorText(error));
    }
  }

  function setMuted(next: boolean) {
    const client = clientRef.current;
    if (!client) return;
    if (next) client.mute();
    else client.unmute();
    setMutedState(next);
  }

  function end() {
    clientRef.current?.stopCall();
  }

  function startAudio() {
    const client = clientRef.current;
    if (!client) return;
    client.startAudioPlayback().then(
      () => {
        setAudioBlocked(false);
      },
      () => {
        setAudioBlocked(true);
      },
    );
  }

  function reset() {
    if (clientRef.current !== null) return;
    setPhase({ kind: 'idle' });
  }

  return {
    phase,
    agentTalking,
    muted,
    transcript,
    callError,
    audioBlocked,
    startAudio,
    start,
    setMuted,
    end,
    reset,
  };
}
