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

/** A field's hint under its control; give the control `aria-describedby` with this id. */
export function FieldHint({ id, children }: { id: string; children: ReactNode }) {
  return (
    <p id={id} className="mt-1 text-sm text-slate-600">
      {children}
    </p>
  );
}

/** A field's error under its control; nothing while `children` is undefined. */
export function FieldError({
  id,
  announce = false,
  children,
}: {
  id: string;
  announce?: boolean;
  children: string | undefined;
}) {
  if (children === undefined) return null;
  return (
    <p id={id} role={announce ? 'alert' : undefined} className="mt-1 text-sm text-red-700">
      {children}
    </p>
  );
}

/**
 * A label, its control, a hint and an error message. The control is a render prop so any input,
 * select or textarea can take the id and ARIA attributes (spread `register(...)` beside them):
 *
 *   <Field label="Email" error={errors.email?.message}>
 *     {(control) => <input {...control} {...register('email')} className={inputClass(control['aria-invalid'])} />}
 *   </Field>
 *
 * `describedBy` adds ids of other descriptions (a character count, say); `aside` sits at the
 * label's right (that count, say). `announceError` makes
 * the error a live alert, for a one-field form whose error appears only on submit; in longer
 * forms errors are read when the first invalid field takes focus.
 */
export function Field({
  label,
  hint,
  error,
  describedBy = [],
  announceError = false,
  aside,
  id: givenId,
  className,
  children,
}: {
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  describedBy?: readonly string[];
  announceError?: boolean;
  aside?: ReactNode;
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
  const labelElement = (
    <label htmlFor={id} className="block text-sm font-medium text-slate-700">
      {label}
    </label>
  );
  return (
    <div className={className}>
      {aside === undefined ? (
        labelElement
      ) : (
        <div className="flex items-baseline justify-between gap-2">
          {labelElement}
          {aside}
        </div>
      )}
      {children({
        id,
        'aria-invalid': invalid,
        'aria-describedby': ids.length > 0 ? ids.join(' ') : undefined,
      })}
      {hint !== undefined && <FieldHint id={hintId}>{hint}</FieldHint>}
      <FieldError id={errorId} announce={announceError}>
        {error}
      </FieldError>
    </div>
  );
}
