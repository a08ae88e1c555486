#!/usr/bin/env node
// `npm test`: every layer, in order of cost. Each step runs even if an earlier independent one
// failed, so one run shows everything that is wrong. Jest writes JSON results per layer; the last
// line is `N passed, N failed` over all Jest tests, plus one failure for each non-Jest step
// (type check, lint, build) that failed.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { ensureChromium } from './ensure-chromium.mjs';
import { ROOT, emulatorEnv, emulatorOrigin, runFirebase } from './emulators.mjs';

const RESULTS = join(ROOT, '.cache', 'test-results');
rmSync(RESULTS, { recursive: true, force: true });
mkdirSync(RESULTS, { recursive: true });

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0' };
const steps = [];

function step(name, command, args) {
  const started = Date.now();
  console.log(`\n━━ ${name}: ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', env });
  const ok = result.status === 0;
  steps.push({ name, ok, seconds: (Date.now() - started) / 1000 });
  return ok;
}

const jest = (projects, file) => [
  'jest',
  '--selectProjects',
  ...projects,
  '--runInBand',
  '--ci',
  '--json',
  `--outputFile=${join(RESULTS, file)}`,
];

step('type check', 'npm', ['run', '--silent', 'typecheck']);
step('lint', 'npm', ['run', '--silent', 'lint']);
step('unit tests', 'npx', jest(['core'], 'core.json'));

let chromium = null;
try {
  chromium = ensureChromium();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  steps.push({ name: 'chromium', ok: false, seconds: 0 });
}

const built = step('build', 'npm', ['run', '--silent', 'build']);
if (built && chromium) {
  // Rules, functions and browser tests share one emulator run; Jest's env points at it.
  const started = Date.now();
  console.log('\n━━ emulator tests: rules, functions, end-to-end');
  const command = ['npx', ...jest(['rules', 'functions', 'e2e'], 'emulators.json')].join(' ');
  const { done } = runFirebase(
    [
      'emulators:exec',
      '--only',
      'auth,firestore,functions,apphosting',
      '--import',
      'seed',
      command,
    ],
    {
      env: {
        ...emulatorEnv(env),
        CHROMIUM_PATH: chromium,
        CANDOR_WEB_URL: emulatorOrigin('apphosting'),
      },
    },
  );
  const code = await done;
  steps.push({ name: 'emulator tests', ok: code === 0, seconds: (Date.now() - started) / 1000 });
}

let passed = 0;
let failed = 0;
for (const file of ['core.json', 'emulators.json']) {
  const path = join(RESULTS, file);
  if (!existsSync(path)) continue;
  const result = JSON.parse(readFileSync(path, 'utf8'));
  passed += result.numPassedTests;
  failed += result.numFailedTests;
  // A suite that failed to load (syntax error, missing module) has no test results of its own.
  failed += result.testResults.filter(
    (r) => r.status === 'failed' && r.assertionResults.length === 0,
  ).length;
}
const failedSteps = steps.filter(
  (s) => !s.ok && !['unit tests', 'emulator tests'].includes(s.name),
);
failed += failedSteps.length;
// A Jest layer that crashed before writing results counts as a failure too.
for (const [name, file] of [
  ['unit tests', 'core.json'],
  ['emulator tests', 'emulators.json'],
]) {
  const s = steps.find((x) => x.name === name);
  if (s && !s.ok && !existsSync(join(RESULTS, file))) failed += 1;
}

console.log('\n━━ summary');
for (const s of steps)
  console.log(`${s.ok ? 'ok  ' : 'FAIL'} ${s.name} (${s.seconds.toFixed(1)} s)`);
const summary = { passed, failed, steps };
writeFileSync(join(RESULTS, 'summary.json'), JSON.stringify(summary, null, 2));
console.log(`${String(passed)} passed, ${String(failed)} failed`);
process.exitCode = failed === 0 && steps.every((s) => s.ok) ? 0 : 1;
