import {
  documentIdSchema,
  inspectPayload,
  PAYLOAD_LIMITS,
  type PayloadProblem,
} from '@candor/core';
import {
  HttpsError,
  onCall,
  type CallableOptions,
  type CallableRequest,
  type Request,
  type Response,
} from 'firebase-functions/v2/https';
import { getAuth } from 'firebase-admin/auth';
import { ZodError, type z } from 'zod';
import { enforceAppCheck } from '../config';
import { adminApp } from '../services/admin';
import { toHttpsError } from './errors';
import { errorDetails, log } from './logger';

/** Callable payloads are small JSON objects; anything larger is refused before parsing. */
export const MAX_PAYLOAD_BYTES = 256 * 1024;

const SHAPE_MESSAGES: Record<Exclude<PayloadProblem['kind'], 'broken-text'>, string> = {
  'too-deep': 'The request is nested too deeply.',
  'too-many-keys': 'The request has too many fields.',
  'too-many-values': 'The request has too many values.',
  'type-marker': 'The request contains a value of an unknown type.',
};

/** The HttpsError for a payload whose shape cannot be accepted, or null for a good one. */
function shapeError(payload: unknown): HttpsError | null {
  const problem = inspectPayload(payload);
  if (!problem) return null;
  const field = problem.path.join('.');
  if (problem.kind === 'broken-text') {
    return new HttpsError(
      'invalid-argument',
      `${field ? `${field}: ` : ''}Contains a broken character (part of an emoji or symbol). Remove it and try again.`,
      { fields: [field] },
    );
  }
  return new HttpsError('invalid-argument', SHAPE_MESSAGES[problem.kind]);
}

/** The ids a payload names, for the logs (only well-formed ones, so nothing odd is logged). */
function idsOf(data: unknown): { interviewId?: string; attemptId?: string } {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return {};
  const record = data as Record<string, unknown>;
  const ids: { interviewId?: string; attemptId?: string } = {};
  const interviewId = documentIdSchema.safeParse(record.interviewId);
  const attemptId = documentIdSchema.safeParse(record.attemptId);
  if (interviewId.success) ids.interviewId = interviewId.data;
  if (attemptId.success) ids.attemptId = attemptId.data;
  return ids;
}

/**
 * The payload's own ZodError is mapped in validatedPayload; one from the handler (a stored
 * document that does not parse) is our fault, not the caller's.
 */
function mappedError(error: unknown): HttpsError {
  return error instanceof ZodError
    ? new HttpsError('internal', 'Something went wrong on our side. Please try again.')
    : toHttpsError(error);
}

export interface CallContext<T> {
  uid: string;
  data: T;
  request: CallableRequest<unknown>;
}

/**
 * Shape, size and schema checks every callable applies before its handler runs. The shape first,
 * without recursion: the size check serialises the payload, and the schema walks it.
 */
function validatedPayload<S extends z.ZodType>(schema: S, data: unknown): z.output<S> {
  const malformed = shapeError(data);
  if (malformed) throw malformed;
  if (Buffer.byteLength(JSON.stringify(data ?? null), 'utf8') > MAX_PAYLOAD_BYTES) {
    throw new HttpsError('invalid-argument', 'The request is too large.');
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw toHttpsError(parsed.error);
  return parsed.data;
}

/**
 * What Auth answers for a token that no longer speaks for a live account: the account was
 * deleted or disabled, or its sessions were revoked (a password change, an operator's
 * revokeRefreshTokens) after the token was issued.
 */
const ENDED_SESSION_CODES = new Set([
  'auth/user-not-found',
  'auth/user-disabled',
  'auth/id-token-revoked',
  'auth/id-token-expired',
  'auth/argument-error',
  'auth/invalid-id-token',
]);

/**
 * The callable SDK checks a token's signature and expiry, not whether its account still exists:
 * an ID token outlives deleteAccount, a disabled account and a revocation by up to an hour. This
 * asks Auth (one user lookup, the Admin SDK's checkRevoked) before a handler may write.
 */
async function requireLiveSession(rawToken: string | undefined): Promise<void> {
  const ended = () =>
    new HttpsError('unauthenticated', 'Your session has ended. Sign in again.', {
      reason: 'session-ended',
    });
  if (rawToken === undefined) throw ended();
  try {
    await getAuth(adminApp()).verifyIdToken(rawToken, true);
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    // Anything else (Auth unreachable) is ours: logged and answered `internal`, not a sign-out.
    if (typeof code === 'string' && ENDED_SESSION_CODES.has(code)) throw ended();
    throw error;
  }
}

export type ValidatedCallOptions = Omit<CallableOptions, 'enforceAppCheck'> & {
  /**
   * Only for a callable that writes nothing and returns nothing a revoked session could not read
   * from Firestore anyway (the rules do not see revocation either): it skips the Auth lookup.
   */
  readOnly?: true;
};

/**
 * Every callable goes through here: the caller must be signed in (identity from the verified
 * token only) with an account that still exists and a session that was not revoked (unless the
 * callable is read-only), the payload is validated with the shared zod schema (invalid-argument
 * naming the field, before anything is written), and errors are mapped to HttpsError in one place.
 */
export function validatedOnCall<S extends z.ZodType, R>(
  name: string,
  schema: S,
  handler: (context: CallContext<z.output<S>>) => Promise<R>,
  { readOnly, ...options }: ValidatedCallOptions = {},
) {
  const callable = onCall({ ...options, enforceAppCheck }, async (request): Promise<R> => {
    const uid = request.auth?.uid;
    const logger = log({
      fn: name,
      ...(typeof uid === 'string' ? { uid } : {}),
      ...idsOf(request.data),
    });
    try {
      // A verified token always names a user. The emulator does not verify tokens, so one that
      // decodes to no uid (or to one that is not a possible document id) is refused here too.
      if (typeof uid !== 'string' || !documentIdSchema.safeParse(uid).success) {
        throw new HttpsError('unauthenticated', 'Sign in to continue.');
      }
      const data = validatedPayload(schema, request.data);
      if (!readOnly) await requireLiveSession(request.auth?.rawToken);
      return await handler({ uid, data, request });
    } catch (error) {
      const mapped = mappedError(error);
      if (mapped.code === 'internal') logger.error('callable failed', errorDetails(error));
      throw mapped;
    }
  });
  return guardBody(callable);
}

/**
 * The callable SDK decodes the body recursively before any handler runs, so a body nested
 * thousands of levels deep (or naming a type it cannot decode) would end as its own 500. This
 * answers such a body with the callable protocol's 400 first; everything else goes on to the
 * callable unchanged. The result keeps the callable's deployment metadata (`__endpoint`, `run`).
 */
function guardBody<F extends (req: Request, res: Response) => void | Promise<void>>(
  callable: F,
): F {
  const guarded = (req: Request, res: Response) => {
    const body: unknown = req.body;
    // The body wraps the payload in `{ data }`: one level more. Only what would break the
    // decoder is refused here; everything else is checked after the token, in the wrapper.
    const problem =
      body !== null && typeof body === 'object'
        ? inspectPayload(body, {
            maxDepth: PAYLOAD_LIMITS.maxDepth + 1,
            maxKeys: Number.POSITIVE_INFINITY,
            maxValues: Number.POSITIVE_INFINITY,
            text: false,
          })
        : null;
    if (problem && problem.kind !== 'broken-text') {
      const error = new HttpsError('invalid-argument', SHAPE_MESSAGES[problem.kind]);
      res.status(error.httpErrorCode.status).send({ error: error.toJSON() });
      return;
    }
    return callable(req, res);
  };
  Object.defineProperties(guarded, Object.getOwnPropertyDescriptors(callable));
  return guarded as unknown as F;
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
  const callable = onCall({ ...options, enforceAppCheck: false }, async (request): Promise<R> => {
    try {
      const data = validatedPayload(schema, request.data);
      return await handler(data);
    } catch (error) {
      const mapped = mappedError(error);
      if (mapped.code === 'internal')
        log({ fn: name }).error('callable failed', errorDetails(error));
      throw mapped;
    }
  });
  return guardBody(callable);
}
