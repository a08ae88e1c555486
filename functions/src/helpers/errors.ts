import { HttpsError, type FunctionsErrorCode } from 'firebase-functions/v2/https';
import { ZodError } from 'zod';

/**
 * An error whose message is written for the user. Services throw these; the callable wrapper
 * maps them to HttpsError in one place.
 */
export class DomainError extends Error {
  constructor(
    readonly code: FunctionsErrorCode,
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export function describeZodError(error: ZodError): string {
  const issue = error.issues[0];
  if (!issue) return 'Invalid request.';
  const field = issue.path.map(String).join('.');
  return field ? `${field}: ${issue.message}` : issue.message;
}

/** Maps any error to what a callable returns; unexpected errors never leak internals. */
export function toHttpsError(error: unknown): HttpsError {
  if (error instanceof HttpsError) return error;
  if (error instanceof DomainError) return new HttpsError(error.code, error.message, error.details);
  if (error instanceof ZodError) {
    return new HttpsError('invalid-argument', describeZodError(error), {
      fields: error.issues.map((i) => i.path.map(String).join('.')),
    });
  }
  return new HttpsError('internal', 'Something went wrong on our side. Please try again.');
}
