import { ApiError, GoogleGenAI } from '@google/genai';
import { log, pipeline } from '../helpers/logger';
import { ModelError, type JsonModel } from './model';

export interface GeminiOptions {
  apiKey: string;
  model: string;
  /** Another endpoint speaking the same API (a gateway; a loopback fake in tests). */
  baseUrl?: string | undefined;
  timeoutMs?: number;
}

function classify(error: unknown): ModelError {
  if (error instanceof ModelError) return error;
  if (error instanceof ApiError) {
    const status = error.status;
    if (status === 429) return new ModelError('quota', `Gemini rate limit: ${error.message}`);
    if (status === 401 || status === 403) return new ModelError('auth', error.message);
    if (status === 400 || status === 404) return new ModelError('bad_request', error.message);
    return new ModelError('transient', `Gemini HTTP ${String(status)}: ${error.message}`);
  }
  if (error instanceof Error && /abort|timeout|timed out/i.test(`${error.name} ${error.message}`)) {
    return new ModelError('timeout', 'Gemini did not answer in time');
  }
  return new ModelError('transient', error instanceof Error ? error.message : String(error));
}

/** The only module that talks to Gemini. */
export function createGeminiModel(options: GeminiOptions): JsonModel {
  const ai = new GoogleGenAI({
    apiKey: options.apiKey,
    ...(options.baseUrl ? { httpOptions: { baseUrl: options.baseUrl } } : {}),
  });
  const timeoutMs = options.timeoutMs ?? 45_000;
  return {
    name: options.model,
    async generateJson({ systemInstruction, contents, responseJsonSchema }) {
      const abort = new AbortController();
      const timer = setTimeout(() => {
        abort.abort();
      }, timeoutMs);
      try {
        const response = await ai.models.generateContent({
          model: options.model,
          contents,
          config: {
            systemInstruction,
            responseMimeType: 'application/json',
            responseJsonSchema,
            temperature: 0.4,
            abortSignal: abort.signal,
          },
        });
        const text = response.text;
        if (!text?.trim()) throw new ModelError('empty', 'Gemini returned no text');
        return text;
      } catch (error) {
        const failure = abort.signal.aborted
          ? new ModelError('timeout', 'Gemini did not answer in time')
          : classify(error);
        // Both pipelines call the model through here: one place counts every failure by kind.
        log({ fn: 'gemini' }).warn('model call failed', {
          ...pipeline('model_failure', { kind: failure.kind, model: options.model }),
          error: failure.message,
        });
        throw failure;
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
