import { useId, type ReactNode } from 'react';

/** What a field hands its control, so label, hint and error are wired for assistive tech. */
export interface FieldControlProps {
  id: string;
  'aria-invalid': boolean;
  'aria-describedby': string | undefined;
}

/** Border, colours and focus ring of a text control; layout is up to each field. */
export const controlClass = (invalid: boolean) =>
  `rounded-md border bg-white px-3 py-2 text-slate-900 shadow-sm focus:ring-2 focus:outline-none ${
    invalid
      ? 'border-red-400 focus:border-red-500 focus:ring-red-100'
      : 'border-slate-300 focus:border-brand-500 focus:ring-brand-100'
  }`;

/** A full-width text control under its label. */
export const inputClass = (invalid = false) => `mt-1 block w-full ${controlClass(invalid)}`;

/**
 * A label, its control, a hint and an error message. The control is a render prop so any input,
 * select or textarea can take the id and ARIA attributes (spread `register(...)` beside them):
 *
 *   <Field label="Email" error={errors.email?.message}>
 *     {(control) => <input {...control} {...register('email')} className={inputClass(control['aria-invalid'])} />}
 *   </Field>
 *
 * `describedBy` adds ids of other descriptions (a character count, say). `announceError` makes
 * the error a live alert, for a one-field form whose error appears only on submit; in longer
 * forms errors are read when the first invalid field takes focus.
 */
export function Field({
  label,
  hint,
  error,
  describedBy = [],
  announceError = false,
  id: givenId,
  className,
  children,
}: {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  describedBy?: readonly string[];
  announceError?: boolean;
  id?: string;
  className?: string;
  children: (control: FieldControlProps) => ReactNode;
}) {
  const generated = useId();
  const id = givenId ?? generated;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const invalid = error !== undefined;
  const ids = [
    ...describedBy,
    ...(hint === undefined ? [] : [hintId]),
    ...(invalid ? [errorId] : []),
  ];
  return (
    <div className={className}>
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      {children({
        id,
        'aria-invalid': invalid,
        'aria-describedby': ids.length > 0 ? ids.join(' ') : undefined,
      })}
      {hint !== undefined && (
        <p id={hintId} className="mt-1 text-sm text-slate-600">
          {hint}
        </p>
      )}
      {invalid && (
        <p
          id={errorId}
          role={announceError ? 'alert' : undefined}
          className="mt-1 text-sm text-red-700"
        >
          {error}
        </p>
      )}
    </div>
  );
}
