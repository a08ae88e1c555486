import type { FeedbackDoc } from '@/lib/feedback/converter';
import { formatDate } from '@/lib/format';

const WIDTH = 320;
const HEIGHT = 96;
const PAD = { top: 10, right: 26, bottom: 10, left: 24 };

/**
 * Total scores over time as a line on a fixed 0 to 100 scale (a scale fitted to the data would
 * make a two-point wobble look like a leap). The summary sentence is its text alternative, and
 * the table under it holds every point.
 */
export function ScoreTrend({
  history,
  summary,
  roleOf,
}: {
  history: readonly FeedbackDoc[];
  summary: string;
  roleOf: (interviewId: string) => string;
}) {
  const innerW = WIDTH - PAD.left - PAD.right;
  const innerH = HEIGHT - PAD.top - PAD.bottom;
  const x = (i: number) =>
    PAD.left + (history.length === 1 ? innerW / 2 : (i / (history.length - 1)) * innerW);
  const y = (score: number) => PAD.top + innerH - (score / 100) * innerH;
  const points = history.map((f, i) => `${x(i).toFixed(1)},${y(f.totalScore).toFixed(1)}`);
  const last = history.at(-1);
  return (
    <div className="space-y-3">
      <svg
        role="img"
        aria-label={`Line chart of your total scores, oldest to newest. ${summary}`}
        viewBox={`0 0 ${String(WIDTH)} ${String(HEIGHT)}`}
        className="h-auto w-full max-w-xl"
      >
        {[0, 50, 100].map((mark) => (
          <g key={mark}>
            <text
              x={PAD.left - 6}
              y={y(mark) + 3.5}
              textAnchor="end"
              className="fill-slate-400 text-[10px]"
            >
              {mark}
            </text>
            <line
              x1={PAD.left}
              x2={WIDTH - PAD.right}
              y1={y(mark)}
              y2={y(mark)}
              className="stroke-slate-200"
              strokeDasharray={mark === 50 ? '3 3' : undefined}
            />
          </g>
        ))}
        {history.length > 1 && (
          <polyline
            points={points.join(' ')}
            fill="none"
            className="stroke-brand-600"
            strokeWidth={2}
            strokeLinejoin="round"
            strokeLinecap="round"
          />
        )}
        {history.map((f, i) => (
          <circle
            key={f.id}
            cx={x(i)}
            cy={y(f.totalScore)}
            r={i === history.length - 1 ? 4 : 2.5}
            className="fill-brand-600 stroke-white"
            strokeWidth={1}
          />
        ))}
        {last && (
          <text
            x={x(history.length - 1) + 7}
            y={y(last.totalScore) + 4}
            className="fill-slate-900 text-[11px] font-semibold"
          >
            {last.totalScore}
          </text>
        )}
      </svg>
      <details className="text-sm">
        <summary className="cursor-pointer font-medium text-slate-600">
          Show every score ({history.length})
        </summary>
        <table className="mt-2 w-full text-left">
          <caption className="sr-only">Your total scores, oldest first</caption>
          <thead className="border-b border-slate-200 text-xs tracking-wide text-slate-500 uppercase">
            <tr>
              <th scope="col" className="py-1.5 pr-4 font-medium">
                Date
              </th>
              <th scope="col" className="py-1.5 pr-4 font-medium">
                Interview
              </th>
              <th scope="col" className="py-1.5 text-right font-medium">
                Score
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100">
            {history.map((f) => (
              <tr key={f.id}>
                <td className="py-1.5 pr-4 whitespace-nowrap text-slate-600">
                  {formatDate(f.createdAt)}
                </td>
                <td className="py-1.5 pr-4 text-slate-700">{roleOf(f.interviewId)}</td>
                <td className="py-1.5 text-right font-medium text-slate-900 tabular-nums">
                  {f.totalScore}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </div>
  );
}
