'use client';

import {
  AudioLines,
  Headphones,
  LoaderCircle,
  Mic,
  MicOff,
  PhoneOff,
  RotateCcw,
  Volume2,
} from 'lucide-react';
import { useEffect, useRef } from 'react';
import { AttemptProgress } from './attempt-progress';
import { Elapsed, useNow } from './elapsed';
import { MicLevel } from './mic-level';
import { dangerButton, primaryButton, secondaryButton, toggleButton } from '../ui/button';
import { Card } from '../ui/card';
import { Problem } from '../ui/problem';
import type { LiveTurn } from '@/lib/attempts/live-transcript';
import type { VoiceCall } from '@/lib/attempts/use-voice-call';

const PREPARING_LABELS = {
  microphone: 'Checking your microphone...',
  starting: 'Setting up your interview...',
  connecting: 'Connecting to the interviewer...',
} as const;

function LiveTranscript({ turns }: { turns: readonly LiveTurn[] }) {
  const endRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    endRef.current?.scrollIntoView({ block: 'nearest' });
  }, [turns]);
  return (
    <section aria-labelledby="live-transcript-heading">
      <h2 id="live-transcript-heading" className="text-sm font-medium text-slate-700">
        Live transcript
      </h2>
      <div className="mt-2 max-h-80 space-y-3 overflow-y-auto rounded-md border border-slate-100 bg-slate-50 p-4">
        {turns.length === 0 ? (
          <p className="text-sm text-slate-500">The conversation will appear here as you talk.</p>
        ) : (
          <ol className="space-y-3">
            {turns.map((turn, index) => (
              <li
                // The list only grows or rewrites its tail, so positions are stable keys.
                key={index}
                className={turn.role === 'agent' ? 'pr-8' : 'pl-8 text-right'}
              >
                <p className="text-xs font-medium tracking-wide text-slate-500 uppercase">
                  {turn.role === 'agent' ? 'Interviewer' : 'You'}
                </p>
                <p
                  className={`mt-0.5 inline-block rounded-lg px-3 py-2 text-left ${
                    turn.role === 'agent' ? 'bg-white text-slate-900' : 'bg-brand-600 text-white'
                  }`}
                >
                  {turn.content}
                </p>
              </li>
            ))}
          </ol>
        )}
        <div ref={endRef} />
      </div>
    </section>
  );
}

/** The token's remaining life while the SDK joins: the call must connect before it runs out. */
function ConnectCountdown({ deadlineMs }: { deadlineMs: number }) {
  const now = useNow();
  const left = Math.max(0, Math.ceil((deadlineMs - now) / 1000));
  return (
    <p className="mt-2 text-sm text-slate-600" data-testid="connect-countdown">
      The call must connect within {left} s; if it does not, you can try again.
    </p>
  );
}

function InCall({
  call,
  startedAtMs,
  plannedMs,
}: {
  call: VoiceCall;
  startedAtMs: number;
  plannedMs: number;
}) {
  return (
    <Card className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <p
          className={`inline-flex items-center gap-2 rounded-full px-3 py-1 text-sm font-medium ${
            call.agentTalking ? 'bg-brand-50 text-brand-700' : 'bg-slate-100 text-slate-700'
          }`}
        >
          <AudioLines
            aria-hidden
            className={`size-4 ${call.agentTalking ? 'animate-pulse' : ''}`}
          />
          {call.agentTalking
            ? 'Interviewer is speaking'
            : 'Your turn: the interviewer is listening'}
        </p>
        <Elapsed sinceMs={startedAtMs} plannedMs={plannedMs} />
      </div>
      {call.audioBlocked && (
        <div className="flex flex-wrap items-center gap-3 rounded-md border border-amber-200 bg-amber-50 p-3">
          <p className="text-sm text-amber-800">
            Your browser is holding back the interviewer&apos;s voice until you allow it.
          </p>
          <button type="button" onClick={call.startAudio} className={primaryButton}>
            <Volume2 aria-hidden className="size-4" />
            Play the interviewer&apos;s voice
          </button>
        </div>
      )}
      <MicLevel muted={call.muted} />
      {call.callError !== null && (
        <Problem title="The call hit a problem">{call.callError}</Problem>
      )}
      <LiveTranscript turns={call.transcript} />
      <div className="flex flex-wrap gap-3">
        <button
          type="button"
          aria-pressed={call.muted}
          onClick={() => {
            call.setMuted(!call.muted);
          }}
          className={toggleButton(call.muted)}
        >
          {call.muted ? (
            <MicOff aria-hidden className="size-4" />
          ) : (
            <Mic aria-hidden className="size-4" />
          )}
          {call.muted ? 'Unmute' : 'Mute'}
        </button>
        <button type="button" onClick={call.end} className={dangerButton}>
          <PhoneOff aria-hidden className="size-4" />
          End call
        </button>
      </div>
    </Card>
  );
}

/** The voice interview: microphone check, the live call, then waiting for the transcript. */
export function VoiceSession({
  call,
  interviewId,
  plannedMs,
  onBack,
}: {
  call: VoiceCall;
  interviewId: string;
  plannedMs: number;
  onBack: () => void;
}) {
  const { phase } = call;
  switch (phase.kind) {
    case 'idle':
      return null;
    case 'preparing':
      return (
        <Card>
          <p role="status" className="flex items-center gap-2 text-slate-700">
            <LoaderCircle aria-hidden className="size-5 animate-spin" />
            {PREPARING_LABELS[phase.step]}
          </p>
          {phase.step === 'connecting' && <ConnectCountdown deadlineMs={phase.deadlineMs} />}
          {phase.step === 'microphone' && (
            <p className="mt-2 text-sm text-slate-600">
              If your browser asks, allow this site to use the microphone.
            </p>
          )}
        </Card>
      );
    case 'microphone-problem':
    case 'start-failed':
      return (
        <Card>
          <Problem
            title={
              phase.kind === 'microphone-problem'
                ? 'We cannot hear you yet'
                : 'The voice interview did not start'
            }
          >
            {phase.message}
          </Problem>
          <div className="mt-5 flex flex-wrap gap-3">
            <button type="button" onClick={() => void call.start()} className={primaryButton}>
              <RotateCcw aria-hidden className="size-4" />
              Try again
            </button>
            <button type="button" onClick={onBack} className={secondaryButton}>
              Choose another mode
            </button>
          </div>
        </Card>
      );
    case 'in-call':
      return <InCall call={call} startedAtMs={phase.startedAtMs} plannedMs={plannedMs} />;
    case 'ended':
      return (
        <div className="space-y-4">
          {call.callError !== null && (
            <Problem title="The call hit a problem">{call.callError}</Problem>
          )}
          <AttemptProgress
            interviewId={interviewId}
            attemptId={phase.attemptId}
            mode="voice"
            onStartAgain={onBack}
          />
        </div>
      );
  }
}

/** Shown on the mode choice for voice: how to get a good call. */
export function VoiceTips() {
  return (
    <p className="flex gap-2 text-sm text-slate-600">
      <Headphones aria-hidden className="mt-0.5 size-4 shrink-0" />
      Find a quiet place; headphones keep the interviewer&apos;s voice out of your microphone. Your
      browser will ask to use the microphone.
    </p>
  );
}
