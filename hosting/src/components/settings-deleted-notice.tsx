import { CircleCheck } from 'lucide-react';

/** Shown on the landing page after deleteAccount (settings-delete-account.tsx sends them there). */
export function SettingsDeletedNotice() {
  return (
    <div
      role="status"
      className="flex items-start gap-2 rounded-lg border border-green-200 bg-green-50 px-4 py-3 text-green-900"
    >
      <CircleCheck aria-hidden className="mt-0.5 size-5 shrink-0" />
      <p>Your account and all its data have been deleted. Thank you for practising with Candor.</p>
    </div>
  );
}
