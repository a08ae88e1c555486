import { z } from 'zod';

/**
 * What the browser needs to know to talk to Firebase. The server builds it from its runtime
 * environment (see server-config.ts), so one build serves every environment.
 */
export const publicConfigSchema = z.object({
  firebase: z.object({
    apiKey: z.string().min(1),
    authDomain: z.string().min(1),
    projectId: z.string().min(1),
    appId: z.string().optional(),
    storageBucket: z.string().optional(),
    messagingSenderId: z.string().optional(),
  }),
  functionsRegion: z.string().min(1),
  /** host:port of each emulator, present only when running on the emulator suite. */
  emulators: z
    .object({
      auth: z.string().min(1),
      firestore: z.string().min(1),
      functions: z.string().min(1),
    })
    .nullable(),
  /**
   * App Check with reCAPTCHA Enterprise, when a site key is configured (production). The site key
   * is public by design: it identifies the site to reCAPTCHA; the secret half stays with Google.
   */
  appCheck: z.object({ recaptchaEnterpriseSiteKey: z.string().min(1) }).nullable(),
});
export type PublicConfig = z.infer<typeof publicConfigSchema>;
