'use client';

import { UsageNote } from './usage-note';

export function SettingsUsage() {
  return (
    <section
      aria-labelledby="usage-heading"
      className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
    >
      <h2 id="usage-heading" className="text-lg font-medium">
        Daily limits
      </h2>
      <p className="mt-1 text-sm text-slate-600">
        To keep the service fair, each account has a daily allowance. Each one counts over 24 hours
        from its first use.
      </p>
      <div className="mt-4 space-y-2">
        <UsageNote kind="interviews" />
        <UsageNote kind="attempts" />
        <UsageNote kind="rescores" />
        <UsageNote kind="shares" />
      </div>
    </section>
  );
}
