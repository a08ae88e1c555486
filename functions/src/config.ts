import { defineBoolean, defineInt, defineSecret, defineString } from 'firebase-functions/params';

// Secrets live in Secret Manager (on the emulator: functions/.secret.local). A value of
// "offline" or an empty value means "not configured": the offline engine and practice mode run.
export const geminiApiKey = defineSecret('GEMINI_API_KEY');
export const retellApiKey = defineSecret('RETELL_API_KEY');

export const geminiModel = defineString('GEMINI_MODEL', {
  default: 'gemini-3.8-flash',
  description: 'Gemini model that writes questions and feedback.',
});
export const retellAgentId = defineString('RETELL_AGENT_ID', {
  default: '',
  description: 'Retell agent id printed by `npm run retell:setup`. Empty: voice calls are off.',
});
export const enforceAppCheck = defineBoolean('ENFORCE_APP_CHECK', {
  default: false,
  description: 'Reject callable requests without a valid App Check token (turn on in production).',
});
export const interviewsPerDay = defineInt('INTERVIEWS_PER_DAY', {
  default: 20,
  description: 'Interviews a user may create per rolling day.',
});
export const attemptsPerDay = defineInt('ATTEMPTS_PER_DAY', {
  default: 30,
  description: 'Interview attempts a user may start per rolling day.',
});
export const rescoresPerDay = defineInt('RESCORES_PER_DAY', {
  default: 10,
  description: 'Times a user may ask for a failed attempt to be scored again per rolling day.',
});
export const sharesPerDay = defineInt('SHARES_PER_DAY', {
  default: 20,
  description: 'Share links a user may create per rolling day.',
});

export const followUpsPerDay = defineInt('FOLLOW_UPS_PER_DAY', {
  default: 200,
  description:
    'Practice follow-ups a user may have Gemini word per rolling day (then the offline rule words them).',
});

export function isConfigured(value: string): boolean {
  const trimmed = value.trim();
  return trimmed !== '' && trimmed !== 'offline';
}

/**
 * Optional API base URLs (a proxy or gateway in production; loopback fakes in tests). Plain
 * environment variables rather than params, so they never need a value at deploy time.
 */
export function providerBaseUrl(name: 'GEMINI_BASE_URL' | 'RETELL_BASE_URL'): string | undefined {
  const value = process.env[name]?.trim();
  if (!value) return undefined;
  return value;
}
