import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm, type FieldValues, type Resolver, type UseFormProps } from 'react-hook-form';
import type { z } from 'zod';

type FormSchema<Input extends FieldValues, Output> = z.ZodType<Output, Input>;

function lazyResolver<Input extends FieldValues, Output>(
  schema: FormSchema<Input, Output> | (() => Promise<FormSchema<Input, Output>>),
): Resolver<Input, unknown, Output> {
  if (!(schema instanceof Function)) return zodResolver(schema);
  let loaded: Promise<Resolver<Input, unknown, Output>> | null = null;
  return async (values, context, options) => {
    loaded ??= schema().then((s) => zodResolver(s));
    return (await loaded)(values, context, options);
  };
}

/**
 * A react-hook-form form checked by a zod schema (the very one the server or the Firestore rules
 * apply, so both sides agree on every message), with the app's behaviour:
 * - a field's error appears once it has been left or the form submitted, then follows each
 *   keystroke (`mode: 'onTouched'`);
 * - submitting an invalid form focuses its first invalid field (register the controls in the
 *   order they appear);
 * - the submit handler receives the schema's output (trimmed, defaulted), not the raw input.
 *
 * `schema` may be a loader (`() => import(...).then((m) => m.schema)`): the schema library is
 * then fetched when the form is first checked, not with the page.
 */
export function useZodForm<Input extends FieldValues, Output>(
  schema: FormSchema<Input, Output> | (() => Promise<FormSchema<Input, Output>>),
  options: Omit<UseFormProps<Input, unknown, Output>, 'resolver'> = {},
) {
  // One resolver for the form's life, so a loaded schema is loaded once.
  const [resolver] = useState(() => lazyResolver(schema));
  return useForm<Input, unknown, Output>({
    mode: 'onTouched',
    reValidateMode: 'onChange',
    shouldFocusError: true,
    ...options,
    resolver,
  });
}
