/**
 * The code of an error thrown by any Firebase SDK ("auth/invalid-credential",
 * "functions/not-found"), or null for anything else. Read from the error's shape rather than
 * with `instanceof FirebaseError`, so code that only explains errors does not pull the SDK into
 * a page's first load.
 */
export function firebaseErrorCode(error: unknown): string | null {
  if (!(error instanceof Error) || error.name !== 'FirebaseError') return null;
  const code = (error as Error & { code?: unknown }).code;
  return typeof code === 'string' ? code : null;
}
