#!/usr/bin/env node
// `npm run bench`: performance figures for Candor on this machine (not part of `npm test`).
// Writes bench/results.json (.cache/bench/results.json for a run of some parts) and prints
// tables of medians and 95th percentiles.
//
//   npm run bench                                   everything, model latency 0 ms
//   npm run bench -- --model-latency-ms 800         the fake Gemini answers after 800 ms
//   npm run bench -- --only offline,cold-start      some parts: offline, scoring, pages,
//                                                   cold-start, questions, feedback, webhook,
//                                                   lighthouse
//   npm run bench -- --skip-build                   reuse functions/lib and hosting/.next
//   npm run bench -- --lighthouse-runs 5            Lighthouse runs per page (medians; default 3)
//
// Like `npm test`, it takes the emulator lock and builds first. The emulator scenarios run in a
// "providers" emulator run (scripts/emulators.mjs providerRunConfig): the Functions emulator
// gets test keys and loopback URLs, and bench/emulator.ts serves the fake Gemini and Retell.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ensureChromium } from '../scripts/ensure-chromium.mjs';
import {
  ROOT,
  emulatorEnv,
  emulatorOrigin,
  providerRunConfig,
  runFirebase,
  withEmulatorLock,
  withFiles,
} from '../scripts/emulators.mjs';

const PARTS = join(ROOT, '.cache', 'bench');
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx');
const EMULATOR_RUN_TIMEOUT_MS_BASE = 25 * 60_000;
const ALL = [
  'offline',
  'scoring',
  'pages',
  'cold-start',
  'questions',
  'feedback',
  'webhook',
  'lighthouse',
];

const argv = process.argv.slice(2);
const option = (name) => {
  const i = argv.indexOf(name);
  return i === -1 ? undefined : argv[i + 1];
};
const modelLatencyMs = Number(option('--model-latency-ms') ?? 0);
if (!Number.isInteger(modelLatencyMs) || modelLatencyMs < 0 || modelLatencyMs > 60_000) {
  console.error('--model-latency-ms takes a whole number of milliseconds from 0 to 60000');
  process.exit(2);
}
const only = (option('--only') ?? ALL.join(',')).split(',');
const unknown = only.filter((part) => !ALL.includes(part));
if (unknown.length > 0) {
  console.error(`unknown part(s) ${unknown.join(', ')}; choose from ${ALL.join(', ')}`);
  process.exit(2);
}
const skipBuild = argv.includes('--skip-build');
const lighthouseRuns = Number(option('--lighthouse-runs') ?? 3);
if (!Number.isInteger(lighthouseRuns) || lighthouseRuns < 1 || lighthouseRuns > 9) {
  console.error('--lighthouse-runs takes a whole number from 1 to 9');
  process.exit(2);
}
const wants = (...parts) => parts.some((part) => only.includes(part));

const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: '1',
  BENCH_LIGHTHOUSE_RUNS: String(lighthouseRuns),
};
const steps = [];

function step(name, command, args, { timeoutMs = 15 * 60_000 } = {}) {
  const started = Date.now();
  console.log(`\n━━ ${name}`);
  const result = spawnSync(command, args, { cwd: ROOT, stdio: 'inherit', env, timeout: timeoutMs });
  const ok = result.status === 0;
  steps.push({ name, ok, seconds: (Date.now() - started) / 1000 });
  if (!ok) console.error(`${name} failed (${result.error?.message ?? `exit ${result.status}`})`);
  return ok;
}

async function emulatorScenarios(scenarios) {
  const started = Date.now();
  console.log(`\n━━ emulator scenarios: ${scenarios.join(', ')}`);
  // The provider tests give Gemini 2 s; the bench gives it the production default (45 s), as a
  // model call on a busy emulator is slow to start, plus the configured model latency.
  const providers = providerRunConfig({
    params: { GEMINI_TIMEOUT_MS: String(45_000 + modelLatencyMs) },
  });
  let chromium = null;
  if (scenarios.includes('lighthouse')) {
    try {
      chromium = ensureChromium();
    } catch (error) {
      console.error(error instanceof Error ? error.message : error);
    }
  }
  const command = [
    TSX,
    join(ROOT, 'bench', 'emulator.ts'),
    '--model-latency-ms',
    String(modelLatencyMs),
    '--only',
    scenarios.join(','),
  ]
    .map((a) => `'${a}'`)
    .join(' ');
  const code = await withFiles(providers.files, async () => {
    const run = runFirebase(
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
          ...providers.env,
          // The in-process webhook run reads the functions' secrets and params from here.
          BENCH_FUNCTIONS_ENV: JSON.stringify({ ...providers.secrets, ...providers.params }),
          CANDOR_WEB_URL: emulatorOrigin('apphosting'),
          ...(chromium ? { CHROMIUM_PATH: chromium } : {}),
        },
      },
    );
    // Model calls run one after another on the emulator (see bench/pipeline.ts), so a slow
    // model stretches the run.
    const timer = setTimeout(
      () => {
        console.error('The emulator scenarios took too long; stopping the emulators.');
        run.stop();
        setTimeout(() => run.child.kill('SIGKILL'), 30_000).unref();
      },
      // About 40 s per Lighthouse run of each of the ten pages.
      EMULATOR_RUN_TIMEOUT_MS_BASE + 600 * modelLatencyMs + lighthouseRuns * 10 * 40_000,
    );
    try {
      return await run.done;
    } finally {
      clearTimeout(timer);
    }
  });
  steps.push({
    name: 'emulator scenarios',
    ok: code === 0,
    seconds: (Date.now() - started) / 1000,
  });
}

const runStarted = Date.now();
rmSync(PARTS, { recursive: true, force: true });
mkdirSync(PARTS, { recursive: true });

if (wants('offline')) step('offline engine (core)', TSX, ['bench/offline-engine.ts']);
if (wants('scoring')) step('scoring quality (offline scorer)', TSX, ['bench/scoring/measure.ts']);

if (wants('pages', 'cold-start', 'questions', 'feedback', 'webhook', 'lighthouse')) {
  await withEmulatorLock(async () => {
    if (!skipBuild && !step('build', 'npm', ['run', '--silent', 'build'])) return;
    if (wants('pages')) step('page weight (Next build manifests)', TSX, ['bench/page-weight.ts']);
    if (wants('cold-start')) step('cold start (functions bundle)', TSX, ['bench/cold-start.ts']);
    const scenarios = ['questions', 'feedback', 'webhook', 'lighthouse'].filter((s) => wants(s));
    if (scenarios.length > 0) await emulatorScenarios(scenarios);
  });
}

writeFileSync(
  join(PARTS, 'run.json'),
  JSON.stringify({ modelLatencyMs, only, steps, seconds: (Date.now() - runStarted) / 1000 }),
);
step('report', TSX, ['bench/report.ts']);
const failed = steps.filter((s) => !s.ok);
console.log(
  `\nbench ${failed.length === 0 ? 'finished' : `finished with ${failed.length} failed step(s)`} in ${((Date.now() - runStarted) / 1000).toFixed(0)} s`,
);
process.exitCode = failed.length === 0 ? 0 : 1;
