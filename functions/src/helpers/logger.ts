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

/**
 * The pipeline's own figures, as structured fields on the log entries that already say what
 * happened: Cloud Logging keeps them in `jsonPayload`, and the log-based metrics in
 * deploy/monitoring/log-metrics/ count and time them. Each event names the fields it carries,
 * so a metric's filter and label extractors can be checked against this list.
 */
export const PIPELINE_FIELDS = {
  /** Questions of an interview settled: ready or failed, seconds since it was created. */
  questions: ['outcome', 'engine', 'latencySeconds'],
  /** An attempt scored or failed, seconds since its call ended (a rescore counts again). */
  feedback: ['outcome', 'engine', 'latencySeconds'],
  /** A Retell webhook delivery and what became of it. */
  webhook: ['result'],
  /** A model call that failed, by ModelError kind. */
  model_failure: ['kind', 'model'],
  /** A request refused by the per-user daily limits. */
  rate_limited: ['kind'],
} as const;

export type PipelineEvent = keyof typeof PIPELINE_FIELDS;
type PipelineFields<E extends PipelineEvent> = Record<
  (typeof PIPELINE_FIELDS)[E][number],
  string | number | null
>;

/** Fields to spread into a log entry: `{ pipeline: event, ...fields }`. */
export function pipeline<E extends PipelineEvent>(event: E, fields: PipelineFields<E>) {
  return { pipeline: event, ...fields };
}

/** Seconds from a Date or Firestore Timestamp until now, or null when there is none. */
export function secondsSince(value: unknown, nowMs = Date.now()): number | null {
  const ms =
    value instanceof Date
      ? value.getTime()
      : typeof value === 'object' && value !== null && 'toMillis' in value
        ? (value as { toMillis: () => number }).toMillis()
        : null;
  return ms === null || Number.isNaN(ms) ? null : Math.max(0, (nowMs - ms) / 1000);
}
