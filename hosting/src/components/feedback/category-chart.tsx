import type { CategoryScore } from '@candor/core';
import { useId } from 'react';

const ROW = 42;
const BAR = 10;
const GRID = [25, 50, 75] as const;
const pct = (n: number) => `${String(n)}%`;

/**
 * The five category scores as horizontal bars on a 0 to 100 scale, followed by the same scores
 * with their comments as a table: the chart is for a glance, the table is what a screen reader
 * reads and where the reasons are. A category the transcript could not support shows "Not scored"
 * and its reason instead of a bar. Quarter marks sit on the empty track only. Bar lengths are percentages of the chart's width rather than
 * a scaled viewBox, so the labels keep their size on a phone and on a wide screen alike.
 */
export function CategoryChart({ categories }: { categories: readonly CategoryScore[] }) {
  const id = useId();
  const summary = categories
    .map((c) => `${c.name} ${c.score === null ? 'not scored' : String(c.score)}`)
    .join(', ');
  return (
    <section aria-labelledby={`${id}-heading`} className="space-y-5">
      <h2 id={`${id}-heading`} className="text-lg font-medium">
        Scores by category
      </h2>
      <svg
        role="img"
        aria-label={`Bar chart of category scores out of 100: ${summary}.`}
        width="100%"
        height={categories.length * ROW}
        className="block max-w-xl overflow-visible"
      >
        {categories.map((category, index) => {
          const top = index * ROW;
          const barY = top + 21;
          return (
            <g key={category.name}>
              <text x={0} y={top + 13} className="fill-slate-700 text-[13px] font-medium">
                {category.name}
              </text>
              <text
                x="100%"
                y={top + 13}
                textAnchor="end"
                className={
                  category.score === null
                    ? 'fill-slate-500 text-[13px]'
                    : 'fill-slate-900 text-[13px] font-semibold'
                }
              >
                {category.score ?? 'Not scored'}
              </text>
              <rect
                x={0}
                y={barY}
                width="100%"
                height={BAR}
                rx={BAR / 2}
                className="fill-slate-100"
              />
              {GRID.map((mark) => (
                <line
                  key={mark}
                  x1={pct(mark)}
                  x2={pct(mark)}
                  y1={barY}
                  y2={barY + BAR}
                  className="stroke-white"
                  strokeWidth={1.5}
                />
              ))}
              {category.score !== null && category.score > 0 && (
                <rect
                  x={0}
                  y={barY}
                  width={pct(category.score)}
                  height={BAR}
                  rx={BAR / 2}
                  className="fill-brand-600"
                />
              )}
            </g>
          );
        })}
      </svg>
      <table className="w-full text-left text-sm">
        <caption className="sr-only">Category scores out of 100, with the reason for each</caption>
        <thead className="border-b border-slate-200 text-xs tracking-wide text-slate-500 uppercase">
          <tr>
            <th scope="col" className="w-1/3 py-2 pr-3 font-medium sm:w-auto">
              Category
            </th>
            <th scope="col" className="py-2 pr-3 text-right font-medium">
              Score
            </th>
            <th scope="col" className="py-2 font-medium">
              Why
            </th>
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {categories.map((category) => (
            <tr key={category.name} data-testid="category-score" className="align-top">
              <th
                scope="row"
                className="py-2.5 pr-3 font-medium text-slate-800 sm:whitespace-nowrap"
              >
                {category.name}
              </th>
              <td className="py-2.5 pr-3 text-right font-semibold text-slate-900 tabular-nums">
                {category.score ?? <span className="font-normal text-slate-500">Not scored</span>}
              </td>
              <td className="py-2.5 text-slate-600">{category.comment}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
