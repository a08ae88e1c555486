import { NextResponse, type NextRequest } from 'next/server';
import { contentSecurityPolicy, newNonce } from './lib/security/csp';

/** The emulators the browser reaches directly (see lib/config/server-config.ts). */
function emulatorHosts(): string[] {
  return [
    process.env.FIREBASE_AUTH_EMULATOR_HOST,
    process.env.FIRESTORE_EMULATOR_HOST,
    process.env.CANDOR_FUNCTIONS_EMULATOR_HOST,
  ].filter((host): host is string => typeof host === 'string' && /^[\w.-]+:\d+$/.test(host));
}

/**
 * Gives every page its own CSP nonce. Next reads the nonce from the request's CSP header while
 * rendering and puts it on each script it emits, so every page is rendered per request (they all
 * read the session cookie already).
 */
export function proxy(request: NextRequest) {
  const policy = contentSecurityPolicy({
    nonce: newNonce(),
    development: process.env.NODE_ENV === 'development',
    emulatorHosts: emulatorHosts(),
  });
  const headers = new Headers(request.headers);
  headers.set('content-security-policy', policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set('content-security-policy', policy);
  return response;
}

export const config = {
  matcher: [
    {
      // Pages only: not the health endpoint, build assets or the icon. Prefetches of a page are
      // answered with data, not HTML, so they need no policy of their own.
      source: '/((?!api/|_next/static|_next/image|favicon.ico).*)',
      missing: [
        { type: 'header', key: 'next-router-prefetch' },
        { type: 'header', key: 'purpose', value: 'prefetch' },
      ],
    },
  ],
};
