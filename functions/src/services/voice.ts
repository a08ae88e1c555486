import { isConfigured, providerBaseUrl, retellAgentId, retellApiKey } from '../config';
import { createRetellProvider, type VoiceProvider } from '../providers/retell';

/** Voice interviews need both a Retell key and the agent created by `npm run retell:setup`. */
export function voiceConfigured(): boolean {
  return isConfigured(retellApiKey.value()) && retellAgentId.value().trim() !== '';
}

export function voiceProvider(): VoiceProvider {
  return createRetellProvider({
    apiKey: retellApiKey.value(),
    baseURL: providerBaseUrl('RETELL_BASE_URL'),
  });
}
