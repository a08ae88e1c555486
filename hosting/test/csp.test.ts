import { describe, expect, it } from '@jest/globals';
import { contentSecurityPolicy, newNonce } from '@/lib/security/csp';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split('; ').map((d) => {
      const [name = '', ...sources] = d.split(' ');
      return [name, sources];
    }),
  );
}

describe('contentSecurityPolicy', () => {
  const production = directives(
    contentSecurityPolicy({ nonce: 'abc123==', development: false, emulatorHosts: [] }),
  );

  it('runs only nonced scripts and what they load, with no eval in production', () => {
    expect(production.get('script-src')).toEqual([
      "'self'",
      "'nonce-abc123=='",
      "'strict-dynamic'",
      "'wasm-unsafe-eval'",
    ]);
    expect(production.get('object-src')).toEqual(["'none'"]);
    expect(production.get('base-uri')).toEqual(["'self'"]);
    expect(production.get('frame-ancestors')).toEqual(["'none'"]);
    expect(production.get('form-action')).toEqual(["'self'"]);
  });

  it('opens plain http only to the emulators it is given, and eval only for next dev', () => {
    expect(production.get('connect-src')?.some((s) => s.startsWith('http:'))).toBe(false);
    const local = directives(
      contentSecurityPolicy({
        nonce: 'n',
        development: true,
        emulatorHosts: ['127.0.0.1:9099', '127.0.0.1:8080'],
      }),
    );
    expect(local.get('script-src')).toContain("'unsafe-eval'");
    expect(local.get('connect-src')).toEqual(
      expect.arrayContaining(['http://127.0.0.1:9099', 'http://127.0.0.1:8080']),
    );
    expect(local.get('frame-src')).toContain('http://127.0.0.1:9099');
  });
});

describe('newNonce', () => {
  it('is 128 random bits in base64, different every time', () => {
    const nonces = new Set(Array.from({ length: 50 }, () => newNonce()));
    expect(nonces.size).toBe(50);
    for (const nonce of nonces) expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});
