/**
 * The Content Security Policy every page is served with (set per request by src/proxy.ts).
 *
 * Scripts run only with the request's nonce, and whatever those scripts load ('strict-dynamic':
 * the page's own chunks, Firebase's reCAPTCHA loader, the Retell SDK), so injected markup cannot
 * run script even if it reached the page. Network access stays open to any https/wss origin:
 * Firebase, App Check and Retell's media servers live on many Google and LiveKit hosts, and the
 * script policy, not the connect list, is what stops an injection.
 */
export interface CspOptions {
  /** Fresh, unguessable, per request. */
  nonce: string;
  /** `next dev`: React's development build evaluates strings to rebuild server error stacks. */
  development: boolean;
  /** host:port of each emulator the browser talks to over plain http (the emulator suite only). */
  emulatorHosts: readonly string[];
}

export function contentSecurityPolicy({ nonce, development, emulatorHosts }: CspOptions): string {
  const emulatorHttp = emulatorHosts.map((host) => `http://${host}`);
  const directives: Record<string, readonly string[]> = {
    'default-src': ["'self'"],
    'script-src': [
      "'self'",
      `'nonce-${nonce}'`,
      "'strict-dynamic'",
      // WebAssembly only, not string eval: the PDF report's layout engine (yoga) is compiled to
      // wasm, and browsers refuse to compile it under a policy without this.
      "'wasm-unsafe-eval'",
      ...(development ? ["'unsafe-eval'"] : []),
    ],
    // Server-rendered `style` attributes (React's style prop) need 'unsafe-inline'; styles cannot
    // run script, and a nonce here would make browsers ignore 'unsafe-inline'.
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:', 'https:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'", 'https:', 'wss:', ...emulatorHttp],
    'media-src': ["'self'", 'blob:', 'mediastream:'],
    // Firebase Auth's sign-in popup helper and reCAPTCHA run in frames on Google's hosts.
    'frame-src': ["'self'", 'https:', ...emulatorHttp],
    'worker-src': ["'self'", 'blob:'],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  };
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/** A 128-bit nonce, base64 as CSP's nonce-source grammar allows. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
