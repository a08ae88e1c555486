import 'server-only';
import { z } from 'zod';
import { publicConfigSchema, type PublicConfig } from './public-config';

const hostPort = z.string().regex(/^[\w.-]+:\d+$/, 'must be host:port');

const serverEnvSchema = z.object({
  // Set by Firebase App Hosting (and by its emulator); for self-hosting, set it yourself.
  FIREBASE_WEBAPP_CONFIG: z.string({ error: 'FIREBASE_WEBAPP_CONFIG is not set' }),
  CANDOR_FUNCTIONS_REGION: z.string().default('us-central1'),
  FIREBASE_AUTH_EMULATOR_HOST: hostPort.optional(),
  FIRESTORE_EMULATOR_HOST: hostPort.optional(),
  CANDOR_FUNCTIONS_EMULATOR_HOST: hostPort.optional(),
  // Turns on App Check in the browser (see SECURITY.md); unset on the emulator.
  RECAPTCHA_ENTERPRISE_SITE_KEY: z
    .string()
    .trim()
    .optional()
    .transform((key) => (key === '' ? undefined : key)),
});

/** Reads and validates the runtime environment once per server process. */
let cached: PublicConfig | undefined;
export function getPublicConfig(): PublicConfig {
  if (cached) return cached;
  const env = serverEnvSchema.safeParse(process.env);
  if (!env.success) {
    throw new Error(`Invalid server environment: ${z.prettifyError(env.error)}`);
  }
  const { FIREBASE_AUTH_EMULATOR_HOST: auth, FIRESTORE_EMULATOR_HOST: firestore } = env.data;
  const functions = env.data.CANDOR_FUNCTIONS_EMULATOR_HOST;
  const emulated = auth !== undefined || firestore !== undefined || functions !== undefined;
  if (emulated && !(auth && firestore && functions)) {
    throw new Error(
      'Emulator settings are incomplete: set FIREBASE_AUTH_EMULATOR_HOST, ' +
        'FIRESTORE_EMULATOR_HOST and CANDOR_FUNCTIONS_EMULATOR_HOST together, or none of them.',
    );
  }
  cached = publicConfigSchema.parse({
    firebase: JSON.parse(env.data.FIREBASE_WEBAPP_CONFIG) as unknown,
    functionsRegion: env.data.CANDOR_FUNCTIONS_REGION,
    emulators: auth && firestore && functions ? { auth, firestore, functions } : null,
    appCheck: env.data.RECAPTCHA_ENTERPRISE_SITE_KEY
      ? { recaptchaEnterpriseSiteKey: env.data.RECAPTCHA_ENTERPRISE_SITE_KEY }
      : null,
  });
  return cached;
}
