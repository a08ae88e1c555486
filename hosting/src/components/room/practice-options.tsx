'use client';

import { ANSWER_TARGET_MINUTES } from '@candor/core';
import type { PracticeSettings } from '@/lib/attempts/practice-flow';

/**
 * Pacing for an interview, chosen before it starts: how long each answer should take (the
 * practice clock cues a wrap-up past it; the voice agent is told it and says so) and, in
 * practice mode, whether to take thinking time before the clock runs.
 */
export function PracticeOptions({
  settings,
  defaultTargetMs,
  thinkingTimeOption,
  onChange,
}: {
  settings: PracticeSettings;
  defaultTargetMs: number;
  /** Practice only: the voice agent waits for the candidate anyway. */
  thinkingTimeOption: boolean;
  onChange: (settings: PracticeSettings) => void;
}) {
  return (
    <fieldset className="space-y-3">
      <legend className="font-medium text-slate-900">Pacing</legend>
      <div role="radiogroup" aria-label="Target length per answer" className="space-y-1">
        <p className="text-sm text-slate-600">Target length per answer</p>
        <div className="flex flex-wrap gap-4">
          {ANSWER_TARGET_MINUTES.map((minutes) => {
            const ms = minutes * 60_000;
            return (
              <label key={minutes} className="inline-flex items-center gap-2 text-sm">
                <input
                  type="radio"
                  name="answer-target"
                  value={ms}
                  checked={settings.answerTargetMs === ms}
                  onChange={() => {
                    onChange({ ...settings, answerTargetMs: ms });
                  }}
                  className="size-4 accent-brand-600"
                />
                {minutes === 1 ? '1 minute' : `${String(minutes)} minutes`}
                {ms === defaultTargetMs && <span className="text-slate-500">(suggested)</span>}
              </label>
            );
          })}
        </div>
      </div>
      {thinkingTimeOption && (
        <label className="flex items-start gap-2 text-sm">
          <input
            type="checkbox"
            checked={settings.thinkingTime}
            onChange={(event) => {
              onChange({ ...settings, thinkingTime: event.target.checked });
            }}
            className="mt-0.5 size-4 accent-brand-600"
          />
          <span>
            Thinking time before each answer
            <span className="block text-slate-500">
              The answer clock waits until you start typing or speaking.
            </span>
          </span>
        </label>
      )}
    </fieldset>
  );
}
