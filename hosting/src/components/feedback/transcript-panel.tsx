import type { TranscriptTurn } from '@candor/core';
import { TriangleAlert } from 'lucide-react';
import { TimeInCall } from './time-in-call';

/** The whole conversation, closed by default: it is long, and the quotes above point into it. */
export function TranscriptPanel({
  transcript,
  truncated,
}: {
  transcript: readonly TranscriptTurn[];
  truncated: boolean;
}) {
  return (
    <section aria-labelledby="transcript-heading" className="space-y-3">
      <h2 id="transcript-heading" className="text-lg font-medium">
        Transcript
      </h2>
      {truncated && (
        <p className="flex gap-2 rounded-md border border-amber-200 bg-amber-50 p-3 text-sm text-amber-900">
          <TriangleAlert aria-hidden className="mt-0.5 size-4 shrink-0" />
          This transcript was truncated: the interview was too long to store in full, so its end is
          missing here and was not scored.
        </p>
      )}
      <details className="group rounded-lg border border-slate-200 bg-white shadow-sm">
        <summary className="cursor-pointer px-5 py-3 font-medium text-slate-700">
          Show the full transcript ({transcript.length} {transcript.length === 1 ? 'turn' : 'turns'}
          )
        </summary>
        <ol data-testid="transcript" className="space-y-3 border-t border-slate-100 px-5 py-4">
          {transcript.map((turn, index) => {
            const candidate = turn.role === 'user';
            return (
              <li
                key={index}
                className={`rounded-md p-3 ${candidate ? 'ml-6 bg-brand-50' : 'mr-6 bg-slate-50'}`}
              >
                <p className="flex items-baseline gap-2 text-xs font-medium tracking-wide text-slate-500 uppercase">
                  <span>{candidate ? 'You' : 'Interviewer'}</span>
                  {turn.startMs !== undefined && (
                    <TimeInCall ms={turn.startMs} className="normal-case" />
                  )}
                </p>
                <p className="mt-1 whitespace-pre-line text-slate-800">{turn.text}</p>
              </li>
            );
          })}
        </ol>
      </details>
    </section>
  );
}
