import { logger } from 'firebase-functions';

/** Structured JSON logs: every entry carries the ids that let one trace an interview. */
export interface LogContext {
  fn: string;
  uid?: string;
  interviewId?: string;
  attemptId?: string;
  callId?: string;
}

export function log(context: LogContext) {
  return {
    info: (message: string, extra: Record<string, unknown> = {}) => {
      logger.info(message, { ...context, ...extra });
    },
    warn: (message: string, extra: Record<string, unknown> = {}) => {
      logger.warn(message, { ...context, ...extra });
    },
    error: (message: string, extra: Record<string, unknown> = {}) => {
      logger.error(message, { ...context, ...extra });
    },
  };
}

export function errorDetails(error: unknown): Record<string, unknown> {
  return error instanceof Error
    ? { error: error.message, errorName: error.name, stack: error.stack }
    : { error: String(error) };
}
