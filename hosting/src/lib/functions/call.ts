import { CALLABLES } from '@candor/core';
import type { FunctionsClient } from '@/lib/firebase/client-app';
import { firebaseErrorCode } from '@/lib/firebase/errors';
import { formatDateTime } from '@/lib/format';

export type CallableName = keyof typeof CALLABLES;

/**
 * Calls one of our callable functions; the name must be one the server exports. Callers name
 * the input type (core's `<Name>Input`) so the payload is checked against the contract.
 */
// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- see above
export async function callFunction<I, O>(
  functions: FunctionsClient,
  name: CallableName,
  input: I,
): Promise<O> {
  // The SDK is downloaded with the first call (or earlier, when a page preloads it).
  const [instance, { httpsCallable }] = await Promise.all([
    functions.get(),
    import('firebase/functions'),
  ]);
  const callable = httpsCallable<I, O>(instance, CALLABLES[name]);
  const result = await callable(input);
  return result.data;
}

/** Codes whose message our server writes for the person using the app (see the functions). */
const USER_FACING_CODES = new Set([
  'invalid-argument',
  'resource-exhausted',
  'failed-precondition',
  'not-found',
  'permission-denied',
]);

const FALLBACK_MESSAGES: Record<string, string> = {
  'invalid-argument': 'Some of the details are not valid. Check them and try again.',
  'resource-exhausted': 'You have reached the limit for now. Try again later.',
  'failed-precondition': 'That cannot be done right now.',
  'not-found': 'That could not be found. It may have been deleted.',
  'permission-denied': 'You do not have access to that.',
  unauthenticated: 'Your session has expired. Sign in again and retry.',
  unavailable: 'Could not reach the server. Check your connection and try again.',
  'deadline-exceeded': 'The server took too long to answer. Try again in a moment.',
  cancelled: 'The request was cancelled. Try again.',
  aborted: 'The request clashed with another change. Try again.',
  'already-exists': 'That already exists.',
  internal: 'Something went wrong on our side. Try again in a moment.',
  unknown: 'Something went wrong on our side. Try again in a moment.',
};

/**
 * The SDK appends the HTTP status (" [429]") to every message and, when the server sent none,
 * uses the bare code or "Backend error status: ...", which is no use to a person.
 */
function serverMessage(message: string, code: string): string | null {
  const text = message.replace(/\s*\[\d{3}\]$/, '').trim();
  if (text === '' || text === code || text.startsWith('Backend error status')) return null;
  return text;
}

const ISO_INSTANT = /\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z\b/g;

/** The server cannot know the reader's time zone, so it writes instants in ISO 8601. */
function localizeInstants(text: string): string {
  return text.replace(ISO_INSTANT, (iso) => {
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? iso : formatDateTime(date);
  });
}

/** A sentence a person can act on, for any error thrown by a callable function. */
export function describeFunctionError(error: unknown): string {
  const fullCode = firebaseErrorCode(error);
  if (error instanceof Error && fullCode?.startsWith('functions/')) {
    const code = fullCode.slice('functions/'.length);
    const message = USER_FACING_CODES.has(code) ? serverMessage(error.message, code) : null;
    const fromServer = message === null ? null : localizeInstants(message);
    return (
      fromServer ?? FALLBACK_MESSAGES[code] ?? `Something went wrong (${code}). Please try again.`
    );
  }
  return 'Something went wrong. Please try again.';
}
