import type { AttemptMode, DeliveryMetrics } from '@candor/core';
import { deliveryReport } from '@/lib/feedback/delivery';

/** Delivery measured from the transcript itself (not by the model), each with what it means. */
export function DeliveryPanel({
  delivery,
  mode,
  questionsAsked,
}: {
  delivery: DeliveryMetrics;
  mode: AttemptMode;
  questionsAsked: number;
}) {
  const metrics = deliveryReport(delivery, mode, questionsAsked);
  return (
    <section aria-labelledby="delivery-heading">
      <h2 id="delivery-heading" className="text-lg font-medium">
        Delivery
      </h2>
      <p className="mt-1 text-sm text-slate-500">
        Counted from the transcript, the same way for every attempt, so you can compare them.
      </p>
      <dl className="mt-4 grid gap-4 sm:grid-cols-2">
        {metrics.map((metric) => (
          <div key={metric.label} className="rounded-md border border-slate-100 bg-slate-50 p-4">
            <dt className="text-sm font-medium text-slate-600">{metric.label}</dt>
            <dd className="mt-1">
              <p className="text-lg font-semibold text-slate-900 tabular-nums">{metric.value}</p>
              <p className="mt-1 text-sm text-slate-600">{metric.guidance}</p>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
