#!/usr/bin/env node
// Regenerates seed/ (the data `npm start` imports): run `node scripts/make-seed.mjs`.
// It starts the emulators, creates the demo data through the app's own paths (see
// seed-data.mjs), then exports the emulator state. Build the functions first (`npm run build`).
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, runFirebase, withEmulatorLock } from './emulators.mjs';

if (process.argv[2] === '--inside') {
  const { seedDemoData } = await import('./seed-data.mjs');
  await seedDemoData();
  process.exit(0);
}

process.exitCode = await withEmulatorLock(() => {
  rmSync(join(ROOT, 'seed'), { recursive: true, force: true });
  return runFirebase([
    'emulators:exec',
    '--only',
    'auth,firestore,functions',
    '--export-on-exit',
    'seed',
    'node scripts/make-seed.mjs --inside',
  ]).done;
});
