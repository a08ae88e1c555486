import type { Engine } from '@candor/core';
import { geminiApiKey, geminiModel, isConfigured, providerBaseUrl } from '../config';
import { createGeminiModel } from '../providers/gemini';
import type { JsonModel } from '../providers/model';

/** Gemini when a key is configured, otherwise the offline engine in @candor/core. */
export type EngineChoice = { engine: 'gemini'; model: JsonModel } | { engine: 'offline' };

/** `timeoutMs`: a shorter deadline than GEMINI_TIMEOUT_MS, where someone waits on the answer. */
export function chooseEngine(options: { timeoutMs?: number } = {}): EngineChoice {
  const apiKey = geminiApiKey.value();
  if (!isConfigured(apiKey)) return { engine: 'offline' };
  return {
    engine: 'gemini',
    model: createGeminiModel({
      apiKey,
      model: geminiModel.value(),
      baseUrl: providerBaseUrl('GEMINI_BASE_URL'),
      timeoutMs: Math.min(
        Number(process.env.GEMINI_TIMEOUT_MS ?? 45_000),
        options.timeoutMs ?? Number.POSITIVE_INFINITY,
      ),
    }),
  };
}

export function currentEngine(): Engine {
  return isConfigured(geminiApiKey.value()) ? 'gemini' : 'offline';
}
