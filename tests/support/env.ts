import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Where the emulators are, read from the environment that `firebase emulators:exec` sets.
 * Tests fail (never skip) when it is missing: run them through `npm test`.
 */
export function requireEnv(name: string): string {
  const value = process.env[name];
  if (!value) {
    throw new Error(
      `${name} is not set. These tests run against the Firebase emulators: use \`npm test\`.`,
    );
  }
  return value;
}

export const ROOT = join(__dirname, '..', '..');

export function projectId(): string {
  return requireEnv('GCLOUD_PROJECT');
}

export function hostPort(name: string): { host: string; port: number } {
  const value = requireEnv(name);
  const index = value.lastIndexOf(':');
  return { host: value.slice(0, index), port: Number(value.slice(index + 1)) };
}

export async function waitFor<T>(
  check: () => Promise<T | undefined | null | false>,
  what: string,
  timeoutMs = 30_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline)
      throw new Error(`Timed out after ${String(timeoutMs)} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

export function readProjectFile(path: string): string {
  return readFileSync(join(ROOT, path), 'utf8');
}

/** The URL of an HTTP function on the Functions emulator (its address is pinned in firebase.json). */
export function functionUrl(name: string, region = 'us-central1'): string {
  const { host, port } = (
    JSON.parse(readProjectFile('firebase.json')) as {
      emulators: { functions: { host: string; port: number } };
    }
  ).emulators.functions;
  return `http://${host}:${String(port)}/${projectId()}/${region}/${name}`;
}
