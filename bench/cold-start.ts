/**
 * Scenario 6: what a cold start costs in module loading. Every deployed function loads
 * functions/lib/index.js, one esbuild bundle with @candor/core inside and the SDKs external, so
 * each instance pays for every SDK whether or not its function uses it. Measured here, each in a
 * fresh Node process (median of several): the bundle; each SDK alone; the bundle with
 * @google/genai and retell-sdk deferred (what lazy `await import()` in the two provider modules
 * would save); and a bundle per function (esbuild metafile: what each one statically pulls in).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { build } from 'esbuild';
import { PARTS_DIR, ROOT, writePart } from './lib/results';
import { log, summarise, type Summary } from './lib/stats';

const RUNS = 5;
const BUNDLE = join(ROOT, 'functions', 'lib', 'index.js');
const FUNCTIONS_PKG = JSON.parse(readFileSync(join(ROOT, 'functions', 'package.json'), 'utf8')) as {
  dependencies?: Record<string, string>;
};
const EXTERNAL = Object.keys(FUNCTIONS_PKG.dependencies ?? {});
const LAZY_CANDIDATES = ['@google/genai', 'retell-sdk'];

export interface LoadFigures {
  requireMs: Summary | null;
  rssMb: number;
}

// Runs in a fresh `node -e`: optionally stubs some packages, requires the target, prints JSON.
const PROBE = `
const Module = require('node:module');
const stubbed = JSON.parse(process.env.BENCH_STUB || '[]');
if (stubbed.length > 0) {
  const stub = new Proxy(function () {}, {
    get: (_t, p) => (p === '__esModule' ? true : stub),
    apply: () => stub,
    construct: () => stub,
  });
  const load = Module._load;
  Module._load = function (request, ...rest) {
    return stubbed.includes(request) ? stub : load.call(this, request, ...rest);
  };
}
const start = performance.now();
require(process.env.BENCH_TARGET);
const ms = performance.now() - start;
console.log(JSON.stringify({ ms, rss: process.memoryUsage().rss }));
`;

function loadOnce(target: string, stub: readonly string[]): { ms: number; rss: number } {
  const run = spawnSync(process.execPath, ['-e', PROBE], {
    cwd: join(ROOT, 'functions'),
    env: { ...process.env, BENCH_TARGET: target, BENCH_STUB: JSON.stringify(stub) },
    encoding: 'utf8',
    timeout: 60_000,
  });
  const line = run.stdout.trim().split('\n').at(-1) ?? '';
  if (run.status !== 0 || !line.startsWith('{')) {
    throw new Error(`loading ${target} failed: ${run.stderr.slice(0, 500)}`);
  }
  return JSON.parse(line) as { ms: number; rss: number };
}

/**
 * Loads each case RUNS times in fresh processes, round-robin, so that a burst of other load on
 * the machine falls on every case alike rather than on one.
 */
function measureLoads(cases: { target: string; stub?: readonly string[] }[]): LoadFigures[] {
  const samples = cases.map(() => [] as number[]);
  const rss = cases.map(() => 0);
  for (let run = 0; run < RUNS; run++) {
    cases.forEach(({ target, stub = [] }, i) => {
      const { ms, rss: bytes } = loadOnce(target, stub);
      samples[i]?.push(ms);
      rss[i] = Math.max(rss[i] ?? 0, bytes);
    });
  }
  return cases.map((_, i) => ({
    requireMs: summarise(samples[i] ?? []),
    rssMb: Math.round((rss[i] ?? 0) / 1e5) / 10,
  }));
}

interface FunctionFigures {
  name: string;
  source: string;
  bundleKb: number;
  sdks: string[];
  load: LoadFigures;
}

/** The functions index.ts re-exports, with their source files. */
function exportedFunctions(): { name: string; source: string }[] {
  const index = readFileSync(join(ROOT, 'functions', 'src', 'index.ts'), 'utf8');
  return [...index.matchAll(/export \{ (\w+) \} from '(\.[^']+)';/g)].map((m) => ({
    name: m[1] ?? '',
    source: m[2] ?? '',
  }));
}

async function perFunction(): Promise<FunctionFigures[]> {
  const out = join(PARTS_DIR, 'functions');
  mkdirSync(out, { recursive: true });
  const built: Omit<FunctionFigures, 'load'>[] = [];
  const files: string[] = [];
  for (const { name, source } of exportedFunctions()) {
    const outfile = join(out, `${name}.js`);
    // The same options as functions/build.mjs, with this one function as the entry.
    const result = await build({
      stdin: {
        contents: `export { ${name} } from '${source}';`,
        resolveDir: join(ROOT, 'functions', 'src'),
        loader: 'ts',
      },
      outfile,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      external: EXTERNAL,
      metafile: true,
      logLevel: 'silent',
    });
    const output = Object.values(result.metafile.outputs)[0];
    const sdks = [
      ...new Set(
        (output?.imports ?? [])
          .filter((i) => i.external && !i.path.startsWith('node:'))
          .map((i) => i.path),
      ),
    ].sort();
    built.push({
      name,
      source: relative(ROOT, join(ROOT, 'functions', 'src', source)),
      bundleKb: Math.round((output?.bytes ?? 0) / 102.4) / 10,
      sdks,
    });
    files.push(outfile);
  }
  log(
    `cold start: loading ${String(files.length)} one-function bundles ${String(RUNS)} times each`,
  );
  const loads = measureLoads(files.map((target) => ({ target })));
  return built.map((f, i) => {
    const load = loads[i] ?? { requireMs: null, rssMb: 0 };
    log(`  ${f.name}: ${String(load.requireMs?.median)} ms, imports ${f.sdks.join(', ')}`);
    return { ...f, load };
  });
}

const SDKS = [
  'firebase-functions/v2/https',
  'firebase-functions/v2/firestore',
  'firebase-functions/v1',
  'firebase-admin/firestore',
  '@google/genai',
  'retell-sdk',
  'zod',
];

export async function runColdStart() {
  log(
    `cold start: loading functions/lib/index.js and each SDK ${String(RUNS)} times, fresh processes`,
  );
  const [bundleLoad, lazyLoad, nodeBaseline, ...sdkLoads] = measureLoads([
    { target: BUNDLE },
    { target: BUNDLE, stub: LAZY_CANDIDATES },
    { target: 'node:path' },
    ...SDKS.map((target) => ({ target })),
  ]);
  const bundle = {
    path: relative(ROOT, BUNDLE),
    kb: Math.round(readFileSync(BUNDLE).length / 102.4) / 10,
    load: bundleLoad,
    withLazyProviders: lazyLoad,
    deferred: LAZY_CANDIDATES,
  };
  log(
    `index.js: ${String(bundle.load?.requireMs?.median)} ms; with ${LAZY_CANDIDATES.join(' and ')} ` +
      `deferred: ${String(bundle.withLazyProviders?.requireMs?.median)} ms`,
  );
  const sdks: Record<string, LoadFigures | undefined> = {};
  SDKS.forEach((sdk, i) => {
    sdks[sdk] = sdkLoads[i];
    log(`  require('${sdk}') alone: ${String(sdkLoads[i]?.requireMs?.median)} ms`);
  });
  return { runs: RUNS, bundle, sdks, nodeBaseline, functions: await perFunction() };
}

if (require.main === module) {
  void runColdStart().then((figures) => {
    writePart('cold-start', figures);
  });
}
