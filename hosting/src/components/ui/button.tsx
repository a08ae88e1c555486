import { LoaderCircle, type LucideIcon } from 'lucide-react';
import type { ButtonHTMLAttributes, ReactNode } from 'react';

export type ButtonVariant = 'primary' | 'secondary' | 'danger';

const base =
  'inline-flex items-center justify-center gap-2 rounded-md px-4 py-2 font-medium shadow-sm focus-visible:ring-2 focus-visible:ring-offset-2 focus-visible:outline-none disabled:cursor-not-allowed disabled:opacity-60';

/** The look of each variant, for a <button> or for a link that reads as one. */
export const BUTTON_CLASSES: Record<ButtonVariant, string> = {
  primary: `${base} bg-brand-600 text-white hover:bg-brand-700 focus-visible:ring-brand-500`,
  secondary: `${base} border border-slate-300 bg-white text-slate-700 hover:bg-slate-50 focus-visible:ring-brand-500`,
  danger: `${base} bg-red-600 text-white hover:bg-red-700 focus-visible:ring-red-500`,
};

export const primaryButton = BUTTON_CLASSES.primary;
export const secondaryButton = BUTTON_CLASSES.secondary;
export const dangerButton = BUTTON_CLASSES.danger;

/** A toggle button's look, pressed or not (the state itself is aria-pressed). */
export const toggleButton = (pressed: boolean) =>
  `inline-flex items-center justify-center gap-2 rounded-md border px-3 py-2 text-sm font-medium shadow-sm focus-visible:ring-2 focus-visible:ring-brand-500 focus-visible:ring-offset-2 focus-visible:outline-none disabled:cursor-not-allowed disabled:opacity-60 ${
    pressed
      ? 'border-brand-500 bg-brand-50 text-brand-700 hover:bg-brand-100'
      : 'border-slate-300 bg-white text-slate-700 hover:bg-slate-50'
  }`;

export interface ButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'children'> {
  variant?: ButtonVariant;
  /** While true the button is disabled and shows a spinner in place of its icon. */
  busy?: boolean;
  /** What the button says while busy ("Saving..."); its label otherwise. */
  busyLabel?: ReactNode;
  icon?: LucideIcon;
  children: ReactNode;
}

/**
 * The app's button. `type` defaults to "button", so only a deliberate `type="submit"` sends a
 * form. Busy buttons stay in the tab order's place but refuse a second press.
 */
export function Button({
  variant = 'primary',
  busy = false,
  busyLabel,
  icon: Icon,
  className = '',
  disabled,
  type = 'button',
  children,
  ...rest
}: ButtonProps) {
  return (
    <button
      type={type}
      disabled={busy || disabled}
      className={`${BUTTON_CLASSES[variant]} ${className}`}
      {...rest}
    >
      {busy ? (
        <LoaderCircle aria-hidden className="size-4 animate-spin" />
      ) : (
        Icon && <Icon aria-hidden className="size-4" />
      )}
      {busy && busyLabel !== undefined ? busyLabel : children}
    </button>
  );
}
