import { pipeline, type log } from '../helpers/logger';
import { describeModelError, ModelError, type JsonModel, type ModelTask } from '../providers/model';

export type Checked<T> = { ok: true; value: T } | { ok: false; reason: string };

export type CallOutcome<T> = { ok: true; value: T } | { ok: false; error: string };

/**
 * One model call and at most one retry, for both pipelines: the retry happens after output that
 * fails our checks, or after a failure the ModelError calls retryable (after the delay a 429
 * asked for); never after one that would fail the same way again. Every failed call gets an
 * operator log line naming its cause; the outcome carries the candidate's sentence.
 */
export async function generateChecked<T>(options: {
  model: JsonModel;
  task: ModelTask;
  prompt: { systemInstruction: string; contents: string };
  responseJsonSchema: unknown;
  check: (raw: string) => Checked<T>;
  /** The candidate's sentence when the output fails the checks (the reason is for the log). */
  unusable: (reason: string) => string;
  logger: ReturnType<typeof log>;
  /** Calls in all, the retry included (2); 1 where someone waits on the answer. */
  attempts?: number;
}): Promise<CallOutcome<T>> {
  const { model, task, logger } = options;
  const attempts = options.attempts ?? 2;
  let lastError = describeModelError(new ModelError('empty', 'no call made'), task);
  for (let attempt = 1; attempt <= attempts; attempt++) {
    try {
      const raw = await model.generateJson({
        task,
        ...options.prompt,
        responseJsonSchema: options.responseJsonSchema,
      });
      const checked = options.check(raw);
      if (checked.ok) return checked;
      logger.warn(`model output rejected: ${checked.reason}`, { task, attempt });
      lastError = options.unusable(checked.reason);
    } catch (error) {
      if (!(error instanceof ModelError)) throw error;
      // Both pipelines call the model through here: one place counts every failure by kind.
      logger.warn(`model call failed: ${error.operatorCause}`, {
        ...pipeline('model_failure', { kind: error.kind, model: model.name }),
        task,
        attempt,
        kind: error.kind,
        retryable: error.retryable,
        ...error.details,
        detail: error.message,
      });
      lastError = describeModelError(error, task);
      if (!error.retryable) break;
      if (attempt < attempts && error.retryDelayMs > 0) {
        await new Promise((resolve) => setTimeout(resolve, error.retryDelayMs));
      }
    }
  }
  return { ok: false, error: lastError };
}
