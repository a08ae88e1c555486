import { LoaderCircle, type LucideIcon } from 'lucide-react';
import { secondaryButton } from './room/room-ui';

/** A button that runs one task at a time: a spinner and a "doing it" label while it runs. */
export function BusyButton({
  busy,
  icon: Icon,
  label,
  busyLabel,
  onClick,
  className = secondaryButton,
}: {
  busy: boolean;
  icon: LucideIcon;
  label: string;
  busyLabel: string;
  onClick: () => void;
  className?: string;
}) {
  return (
    <button type="button" className={className} disabled={busy} onClick={onClick}>
      {busy ? (
        <LoaderCircle aria-hidden className="size-4 animate-spin" />
      ) : (
        <Icon aria-hidden className="size-4" />
      )}
      {busy ? busyLabel : label}
    </button>
  );
}
