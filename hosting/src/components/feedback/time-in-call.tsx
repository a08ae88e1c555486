import type { Attempt } from '@candor/core';
import { formatClock } from '@/lib/format';
import { answerTimeRows, TIME_READING_LABELS } from '@/lib/feedback/timing';

/** A moment in the call as m:ss, with a machine-readable duration for assistive technology. */
export function TimeInCall({ ms, className = '' }: { ms: number; className?: string }) {
  const seconds = Math.max(0, Math.floor(ms / 1000));
  return (
    <time dateTime={`PT${String(seconds)}S`} className={`tabular-nums ${className}`}>
      {formatClock(ms)}
    </time>
  );
}

/** Time per answer against the target the candidate chose (practice attempts record it). */
export function AnswerTimes({
  timing,
  questions,
}: {
  timing: NonNullable<Attempt['timing']>;
  questions: readonly { questionId: string; question: string }[];
}) {
  const rows = answerTimeRows(timing, questions);
  if (rows.length === 0) return null;
  return (
    <section aria-labelledby="answer-times-title">
      <h2 id="answer-times-title" className="text-lg font-medium text-slate-900">
        Time per answer
      </h2>
      <p className="mt-1 text-sm text-slate-600">
        {timing.targetMs === undefined ? (
          'No target was chosen for this interview.'
        ) : (
          <>
            Your target was <TimeInCall ms={timing.targetMs} /> per answer, follow-up included.
          </>
        )}
      </p>
      <table className="mt-3 w-full text-left text-sm" data-testid="answer-times">
        <thead className="text-slate-500">
          <tr>
            <th scope="col" className="py-1 pr-3 font-medium">
              Question
            </th>
            <th scope="col" className="py-1 pr-3 font-medium">
              Thinking
            </th>
            <th scope="col" className="py-1 pr-3 font-medium">
              Answer
            </th>
            {timing.targetMs !== undefined && (
              <th scope="col" className="py-1 font-medium">
                Against the target
              </th>
            )}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100 text-slate-800">
          {rows.map((row) => (
            <tr key={row.questionId}>
              <td className="py-1.5 pr-3">{row.question}</td>
              <td className="py-1.5 pr-3">
                <TimeInCall ms={row.thinkingMs} />
              </td>
              <td className="py-1.5 pr-3">
                <TimeInCall ms={row.answerMs} />
              </td>
              {row.reading !== null && (
                <td className={`py-1.5 ${row.reading === 'on-target' ? '' : 'text-amber-800'}`}>
                  {TIME_READING_LABELS[row.reading]}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
