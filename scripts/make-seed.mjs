#!/usr/bin/env node
// Regenerates seed/ (the data `npm start` imports): run `node scripts/make-seed.mjs`.
// It starts the emulators, creates the demo account through the real sign-up path (so the
// onUserCreated trigger writes users/{uid}), then exports the emulator state.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, runFirebase } from './emulators.mjs';

if (process.argv[2] === '--inside') {
  const { seedDemoData } = await import('./seed-data.mjs');
  await seedDemoData();
  process.exit(0);
}

rmSync(join(ROOT, 'seed'), { recursive: true, force: true });
const { done } = runFirebase([
  'emulators:exec',
  '--only',
  'auth,firestore,functions',
  '--export-on-exit',
  'seed',
  'node scripts/make-seed.mjs --inside',
]);
process.exitCode = await done;
