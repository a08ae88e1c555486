#!/usr/bin/env node
// `npm start`: builds the functions and the web app, then runs the whole product on the emulator
// suite (Auth, Firestore, Functions, App Hosting serving the Next.js app) under the demo project
// with no keys and no network. Local data survives restarts in .cache/emulator-data;
// `npm start -- --fresh` starts again from the committed seed.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, emulatorEnv, emulatorOrigin, runFirebase } from './emulators.mjs';

const DATA_DIR = join('.cache', 'emulator-data');
const fresh = process.argv.includes('--fresh');
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };

let firebaseEnv;
try {
  firebaseEnv = emulatorEnv(env);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}

console.log('Building the functions and the web app...');
const build = spawnSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit', env });
if (build.status !== 0) {
  console.error('The build failed; see the errors above.');
  process.exit(build.status ?? 1);
}

if (fresh) rmSync(join(ROOT, DATA_DIR), { recursive: true, force: true });
const importDir = existsSync(join(ROOT, DATA_DIR, 'firebase-export-metadata.json'))
  ? DATA_DIR
  : 'seed';

const url = emulatorOrigin('apphosting');
const { done } = runFirebase(
  [
    'emulators:start',
    '--only',
    'auth,firestore,functions,apphosting',
    '--import',
    importDir,
    '--export-on-exit',
    DATA_DIR,
  ],
  { env: firebaseEnv },
);

// The emulators report ready before Next.js listens; announce the URL once it answers.
let announced = false;
const deadline = Date.now() + 120_000;
while (!announced && Date.now() < deadline) {
  try {
    if ((await fetch(url)).ok) announced = true;
  } catch {
    // not up yet
  }
  if (!announced) await new Promise((resolve) => setTimeout(resolve, 500));
}
if (announced) {
  console.log(
    [
      '',
      '┌────────────────────────────────────────────────────────────',
      `│ Candor is running: ${url}`,
      '│ Demo login: demo@candor.test / demo-password',
      `│ Data: imported from ${importDir}, saved to ${DATA_DIR} on exit`,
      '│ Press Ctrl-C to stop.',
      '└────────────────────────────────────────────────────────────',
      '',
    ].join('\n'),
  );
}
process.exitCode = await done;
