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
const MAX_PAYLOAD_BYTES = 256 * 1024;

export interface CallContext<T> {
  uid: string;
  data: T;
  request: CallableRequest<unknown>;
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
    if (JSON.stringify(request.data ?? null).length > MAX_PAYLOAD_BYTES) {
      throw new HttpsError('invalid-argument', 'The request is too large.');
    }
    const parsed = schema.safeParse(request.data);
    if (!parsed.success) throw toHttpsError(parsed.error);
    try {
      return await handler({ uid: request.auth.uid, data: parsed.data, request });
    } catch (error) {
      const mapped = toHttpsError(error);
      if (mapped.code === 'internal') logger.error('callable failed', errorDetails(error));
      throw mapped;
    }
  });
}
