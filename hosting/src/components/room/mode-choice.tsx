'use client';

import type { AttemptMode } from '@candor/core';
import { Keyboard, Mic } from 'lucide-react';
import { useId, type ReactNode } from 'react';
import type { CapabilitiesState } from '@/lib/attempts/hooks';

function voiceUnavailableReason(capabilities: CapabilitiesState): string | null {
  switch (capabilities.status) {
    case 'loading':
      return 'Checking whether voice interviews are available...';
    case 'unknown':
      return `Voice interviews are unavailable right now: we could not check whether they are set up (${capabilities.message})`;
    case 'ready':
      return capabilities.voice
        ? null
        : 'Voice interviews are unavailable: they are not set up on this site.';
  }
}

function Option({
  mode,
  selected,
  disabled,
  onSelect,
  icon,
  title,
  children,
}: {
  mode: AttemptMode;
  selected: boolean;
  disabled: boolean;
  onSelect: (mode: AttemptMode) => void;
  icon: ReactNode;
  title: string;
  children: ReactNode;
}) {
  const id = useId();
  return (
    <label
      className={`flex gap-3 rounded-lg border p-4 ${
        disabled
          ? 'cursor-not-allowed border-slate-200 bg-slate-50 text-slate-500'
          : selected
            ? 'cursor-pointer border-brand-500 bg-brand-50 ring-1 ring-brand-500'
            : 'cursor-pointer border-slate-200 bg-white hover:border-slate-300'
      }`}
    >
      <input
        type="radio"
        name="interview-mode"
        value={mode}
        checked={selected}
        disabled={disabled}
        onChange={() => {
          onSelect(mode);
        }}
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-description`}
        className="mt-1 size-4 shrink-0 accent-brand-600"
      />
      <span className="min-w-0">
        <span id={`${id}-title`} className="flex items-center gap-2 font-medium text-slate-900">
          {icon}
          {title}
        </span>
        <span id={`${id}-description`} className="mt-1 block space-y-1 text-sm text-slate-600">
          {children}
        </span>
      </span>
    </label>
  );
}

/** Voice (when this site has it) or practice mode, the only choice before starting. */
export function ModeChoice({
  mode,
  capabilities,
  onSelect,
}: {
  mode: AttemptMode;
  capabilities: CapabilitiesState;
  onSelect: (mode: AttemptMode) => void;
}) {
  const unavailable = voiceUnavailableReason(capabilities);
  return (
    <fieldset>
      <legend className="text-lg font-medium">How would you like to be interviewed?</legend>
      <div className="mt-4 grid gap-3 sm:grid-cols-2">
        <Option
          mode="voice"
          selected={mode === 'voice'}
          disabled={unavailable !== null}
          onSelect={onSelect}
          icon={<Mic aria-hidden className="size-4" />}
          title="Voice interview"
        >
          <span className="block">
            An AI interviewer asks the questions out loud and listens to your answers, as on a real
            call. You need a microphone.
          </span>
          {unavailable !== null && (
            <span className="block font-medium text-slate-700" data-testid="voice-unavailable">
              {unavailable}
            </span>
          )}
        </Option>
        <Option
          mode="practice"
          selected={mode === 'practice'}
          disabled={false}
          onSelect={onSelect}
          icon={<Keyboard aria-hidden className="size-4" />}
          title="Practice mode"
        >
          <span className="block">
            The questions are read aloud with your browser&apos;s speech synthesis where available,
            and you answer by speaking (speech recognition where available) or by typing.
          </span>
        </Option>
      </div>
    </fieldset>
  );
}
