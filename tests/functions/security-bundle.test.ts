/**
 * What the browser can load must hold no secret and no server-only code. This reads the web
 * app's production build (hosting/.next, made by `npm run build`, which `npm test` runs before
 * the emulator layers): every file under .next/static is public, served to anyone.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ROOT } from '../support/env';

const STATIC = join(ROOT, 'hosting', '.next', 'static');

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

let bundle: { path: string; text: string }[] = [];

beforeAll(() => {
  if (!existsSync(STATIC)) {
    throw new Error(
      `${relative(ROOT, STATIC)} does not exist: build the web app first (npm run build), or run npm test.`,
    );
  }
  bundle = filesUnder(STATIC).map((path) => ({
    path: relative(ROOT, path),
    text: readFileSync(path, 'latin1'),
  }));
});

/** The files of the browser bundle that contain `needle`. */
const filesWith = (needle: string) =>
  bundle.filter((f) => f.text.includes(needle)).map((f) => f.path);

/** Secret values to look for: the test keys, and whatever the local secrets file holds. */
function secretValues(): string[] {
  const values = new Set(['test-gemini-key', 'test-retell-key']);
  const file = join(ROOT, 'functions', '.secret.local');
  const lines = existsSync(file) ? readFileSync(file, 'utf8').split('\n') : [];
  for (const line of lines) {
    const match = /^\s*(GEMINI_API_KEY|RETELL_API_KEY)\s*=\s*"?([^"\n]*)"?\s*$/.exec(line);
    const value = match?.[2]?.trim() ?? '';
    // "offline" and empty values are the documented "not configured" placeholders.
    if (value !== '' && value !== 'offline') values.add(value);
  }
  for (const name of ['GEMINI_API_KEY', 'RETELL_API_KEY']) {
    const value = process.env[name]?.trim();
    if (value && value !== 'offline') values.add(value);
  }
  return [...values];
}

/**
 * Strings that only the server-side packages contain. Each is checked to still be in its package
 * (so an upgrade that drops one fails here rather than silently weakening the test), then looked
 * for in the bundle.
 */
const SERVER_ONLY_MARKERS: { what: string; file: string; markers: string[] }[] = [
  {
    what: 'firebase-admin',
    file: 'node_modules/firebase-admin/lib/app/credential-internal.js',
    markers: ['Service account object must contain a string'],
  },
  {
    what: 'firebase-admin',
    file: 'node_modules/firebase-admin/lib/utils/index.js',
    markers: ['fire-admin/'],
  },
  {
    what: "retell-sdk's server client",
    file: 'node_modules/retell-sdk/client.js',
    markers: ['https://api.retellai.com', 'RETELL_API_KEY environment variable is missing'],
  },
  {
    what: '@google/genai',
    file: 'node_modules/@google/genai/dist/node/index.cjs',
    markers: ['generativelanguage.googleapis.com', 'google-genai-sdk/'],
  },
  {
    what: "the 'server-only' marker package",
    file: 'node_modules/server-only/index.js',
    markers: ['This module cannot be imported from a Client Component module'],
  },
  {
    what: 'the web server configuration (hosting/src/lib/config/server-config.ts)',
    file: 'hosting/src/lib/config/server-config.ts',
    markers: ['Invalid server environment', 'FIREBASE_WEBAPP_CONFIG is not set'],
  },
];

function sourceFiles(dir: string): string[] {
  return filesUnder(dir).filter((f) => /\.tsx?$/.test(f));
}

/**
 * String literals of the functions source that neither the shared core nor the web app has:
 * log lines, server error texts, query field paths. If the bundle had any, functions code (or a
 * module it alone uses) would have reached the browser.
 */
function functionsOnlyStrings(): string[] {
  const literal = /'((?:[^'\\\n]|\\.){24,})'|"((?:[^"\\\n]|\\.){24,})"|`([^`$\\\n]{24,})`/g;
  const shared = [
    ...sourceFiles(join(ROOT, 'packages', 'core', 'src')),
    ...sourceFiles(join(ROOT, 'hosting', 'src')),
  ]
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n');
  const found = new Set<string>();
  for (const file of sourceFiles(join(ROOT, 'functions', 'src'))) {
    for (const match of readFileSync(file, 'utf8').matchAll(literal)) {
      const text = match[1] ?? match[2] ?? match[3] ?? '';
      if (text.includes('\\') || shared.includes(text)) continue;
      found.add(text);
    }
  }
  return [...found];
}

describe('the browser bundle (hosting/.next/static)', () => {
  it('is there to check', () => {
    expect(bundle.length).toBeGreaterThan(5);
    expect(bundle.some((f) => f.path.endsWith('.js'))).toBe(true);
  });

  it('contains no secret value', () => {
    const secrets = secretValues();
    expect(secrets).toEqual(expect.arrayContaining(['test-gemini-key', 'test-retell-key']));
    for (const secret of secrets) {
      expect({ secret: `${secret.slice(0, 4)}…`, files: filesWith(secret) }).toEqual({
        secret: `${secret.slice(0, 4)}…`,
        files: [],
      });
    }
    // Nothing that looks like a private key or a Google service account either.
    for (const needle of ['-----BEGIN', 'PRIVATE KEY', '"private_key"', 'client_email']) {
      expect({ needle, files: filesWith(needle) }).toEqual({ needle, files: [] });
    }
  });

  it.each(SERVER_ONLY_MARKERS)('contains no code of $what', ({ file, markers }) => {
    const source = readFileSync(join(ROOT, file), 'utf8');
    for (const marker of markers) {
      expect(source).toContain(marker);
      expect({ marker, files: filesWith(marker) }).toEqual({ marker, files: [] });
    }
  });

  it('contains no code from functions/src', () => {
    const markers = functionsOnlyStrings();
    // Enough distinct texts that any real piece of the functions code would carry some.
    expect(markers.length).toBeGreaterThan(30);
    const leaked = markers.filter((m) => filesWith(m).length > 0);
    expect(leaked).toEqual([]);
  });

  it('does not read secrets from the environment in browser code', () => {
    for (const name of ['GEMINI_API_KEY', 'RETELL_API_KEY']) {
      expect({ name, files: filesWith(name) }).toEqual({ name, files: [] });
    }
  });
});
