import {
  HttpsError,
  onCall,
  type CallableOptions,
  type CallableRequest,
} from 'firebase-functions/v2/https';
import type { z } from 'zod';
import { enforceAppCheck } from '../config';
import { toHttpsError } from './errors';
import { errorDetails, log } from './logger';

/** Callable payloads are small JSON objects; anything larger is refused before parsing. */
export const MAX_PAYLOAD_BYTES = 256 * 1024;

/**
 * A UTF-16 surrogate without its other half (a broken emoji, typically from text cut in the
 * middle). JSON can carry one, but Firestore stores UTF-8, which cannot encode it: the write
 * would fail as an internal error after the request had been accepted.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The path of the first string (or key) in `value` that could not be stored, or null. */
function unstorableText(value: unknown, path: string[] = []): string[] | null {
  if (typeof value === 'string') return LONE_SURROGATE.test(value) ? path : null;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = unstorableText(item, [...path, String(index)]);
      if (found) return found;
    }
    return null;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (LONE_SURROGATE.test(key)) return path;
      const found = unstorableText(item, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

export interface CallContext<T> {
  uid: string;
  data: T;
  request: CallableRequest<unknown>;
}

/** Size, storable text and schema checks every callable applies before its handler runs. */
function validatedPayload<S extends z.ZodType>(schema: S, data: unknown): z.output<S> {
  if (Buffer.byteLength(JSON.stringify(data ?? null), 'utf8') > MAX_PAYLOAD_BYTES) {
    throw new HttpsError('invalid-argument', 'The request is too large.');
  }
  const broken = unstorableText(data);
  if (broken) {
    const field = broken.join('.');
    throw new HttpsError(
      'invalid-argument',
      `${field ? `${field}: ` : ''}Contains a broken character (part of an emoji or symbol). Remove it and try again.`,
      { fields: [field] },
    );
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw toHttpsError(parsed.error);
  return parsed.data;
}

/**
 * Every callable goes through here: the caller must be signed in (identity from the verified
 * token only), the payload is validated with the shared zod schema (invalid-argument naming the
 * field, before anything is written), and errors are mapped to HttpsError in one place.
 */
export function validatedOnCall<S extends z.ZodType, R>(
  name: string,
  schema: S,
  handler: (context: CallContext<z.output<S>>) => Promise<R>,
  options: Omit<CallableOptions, 'enforceAppCheck'> = {},
) {
  return onCall({ ...options, enforceAppCheck }, async (request): Promise<R> => {
    const logger = log({ fn: name, uid: request.auth?.uid });
    if (!request.auth) {
      throw new HttpsError('unauthenticated', 'Sign in to continue.');
    }
    const data = validatedPayload(schema, request.data);
    try {
      return await handler({ uid: request.auth.uid, data, request });
    } catch (error) {
      const mapped = toHttpsError(error);
      if (mapped.code === 'internal') logger.error('callable failed', errorDetails(error));
      throw mapped;
    }
  });
}

/**
 * A callable anyone may call, signed in or not (getSharedReport, which the web server calls to
 * render a shared report). Same validation and error mapping as validatedOnCall; no App Check,
 * because its caller is the web server rather than a browser. The handler never sees who calls.
 */
export function publicOnCall<S extends z.ZodType, R>(
  name: string,
  schema: S,
  handler: (data: z.output<S>) => Promise<R>,
  options: Omit<CallableOptions, 'enforceAppCheck'> = {},
) {
  return onCall({ ...options, enforceAppCheck: false }, async (request): Promise<R> => {
    const data = validatedPayload(schema, request.data);
    try {
      return await handler(data);
    } catch (error) {
      const mapped = toHttpsError(error);
      if (mapped.code === 'internal')
        log({ fn: name }).error('callable failed', errorDetails(error));
      throw mapped;
    }
  });
}
