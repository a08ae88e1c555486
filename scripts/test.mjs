#!/usr/bin/env node
// `npm test`: every layer, in order of cost. Each step runs even if an earlier independent one
// failed, so one run shows everything that is wrong. Jest writes JSON results per layer; the last
// line is `N passed, N failed` over all Jest tests, plus one failure for each other step (type
// check, lint, build, a Jest run that crashed before reporting) that failed.
//
//   node scripts/test.mjs                      everything (what `npm test` runs)
//   node scripts/test.mjs --only providers     one layer: static, unit, repo, emulators, providers
//   node scripts/test.mjs --only emulators -- -t 'signs up'   extra arguments go to Jest
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureChromium } from './ensure-chromium.mjs';
import {
  ROOT,
  emulatorEnv,
  emulatorOrigin,
  providerRunConfig,
  runFirebase,
  withEmulatorLock,
  withFiles,
} from './emulators.mjs';

const argv = process.argv.slice(2);
const dashDash = argv.indexOf('--');
const jestExtra = dashDash === -1 ? [] : argv.slice(dashDash + 1);
const onlyIndex = argv.indexOf('--only');
const only = onlyIndex === -1 ? null : argv[onlyIndex + 1];
const runs = (layer) => only === null || only === layer;

const RESULTS = join(ROOT, '.cache', 'test-results');
mkdirSync(RESULTS, { recursive: true });
rmSync(join(RESULTS, 'summary.json'), { force: true });

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
const steps = [];
const jestRuns = [];

function step(name, command, args) {
  const started = Date.now();
  console.log(`\n━━ ${name}: ${[command, ...args].join(' ')}`);
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', env });
  const ok = result.status === 0;
  steps.push({ name, ok, seconds: (Date.now() - started) / 1000 });
  return ok;
}

function jestArgs(projects, file) {
  jestRuns.push(file);
  rmSync(join(RESULTS, file), { force: true });
  return [
    'jest',
    '--selectProjects',
    ...projects,
    '--runInBand',
    '--ci',
    '--json',
    `--outputFile=${join(RESULTS, file)}`,
    ...jestExtra,
  ];
}

async function emulatorStep(name, projects, file, { files = {}, extraEnv = {} } = {}) {
  const started = Date.now();
  console.log(`\n━━ ${name}: ${projects.join(', ')} on the emulator suite`);
  const command = ['npx', ...jestArgs(projects, file)].map((a) => `'${a}'`).join(' ');
  const code = await withFiles(files, async () => {
    const { done } = runFirebase(
      [
        'emulators:exec',
        '--only',
        'auth,firestore,functions,apphosting',
        '--import',
        'seed',
        command,
      ],
      { env: { ...emulatorEnv(env), ...extraEnv } },
    );
    return done;
  });
  steps.push({ name, ok: code === 0, seconds: (Date.now() - started) / 1000 });
}

if (runs('static')) {
  step('type check', 'npm', ['run', '--silent', 'typecheck']);
  step('lint', 'npm', ['run', '--silent', 'lint']);
}
if (runs('unit')) step('unit tests', 'npx', jestArgs(['core', 'hosting'], 'core.json'));

if (runs('repo') || runs('emulators') || runs('providers')) {
  let chromium = null;
  if (runs('emulators') || runs('providers')) {
    try {
      chromium = ensureChromium();
    } catch (error) {
      console.error(error instanceof Error ? error.message : error);
      steps.push({ name: 'chromium', ok: false, seconds: 0 });
    }
  }
  // The build and the emulator runs hold the lock: another run on this machine would take the
  // same ports and rebuild the web app under a running server.
  await withEmulatorLock(async () => {
    const built = step('build', 'npm', ['run', '--silent', 'build']);
    if (!built) return;
    // Repository checks on the build just made: the Dockerfile's stages replayed outside Docker
    // (the runner's files and command, the emulators image's command), workflows, deploy config.
    if (runs('repo')) step('repository tests', 'npx', jestArgs(['repo'], 'repo.json'));
    if (!chromium) return;
    const browserEnv = { CHROMIUM_PATH: chromium, CANDOR_WEB_URL: emulatorOrigin('apphosting') };
    if (runs('emulators')) {
      // The app as `npm start` runs it: no keys, offline engine, practice mode.
      await emulatorStep('emulator tests', ['rules', 'functions', 'e2e'], 'emulators.json', {
        extraEnv: browserEnv,
      });
    }
    if (runs('providers')) {
      // Loopback fakes of Gemini and Retell: the Jest process serves them and the Functions
      // emulator is pointed at them.
      const providers = providerRunConfig();
      await emulatorStep('provider tests', ['providers'], 'providers.json', {
        files: providers.files,
        extraEnv: { ...browserEnv, ...providers.env },
      });
    }
  });
}

let passed = 0;
let failed = 0;
for (const file of jestRuns) {
  const path = join(RESULTS, file);
  if (!existsSync(path)) {
    failed += 1; // the run crashed before reporting
    continue;
  }
  const result = JSON.parse(readFileSync(path, 'utf8'));
  passed += result.numPassedTests;
  failed += result.numFailedTests;
  // A suite that failed to load (syntax error, missing module) has no test results of its own.
  failed += result.testResults.filter(
    (r) => r.status === 'failed' && r.assertionResults.length === 0,
  ).length;
}
const jestSteps = new Set(['unit tests', 'repository tests', 'emulator tests', 'provider tests']);
failed += steps.filter((s) => !s.ok && !jestSteps.has(s.name)).length;

console.log('\n━━ summary');
for (const s of steps)
  console.log(`${s.ok ? 'ok  ' : 'FAIL'} ${s.name} (${s.seconds.toFixed(1)} s)`);
writeFileSync(join(RESULTS, 'summary.json'), JSON.stringify({ passed, failed, steps }, null, 2));
console.log(`${String(passed)} passed, ${String(failed)} failed`);
process.exitCode = failed === 0 && steps.every((s) => s.ok) ? 0 : 1;
