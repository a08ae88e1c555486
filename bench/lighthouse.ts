/**
 * Scenario 5b: Lighthouse (performance and accessibility, Lighthouse's default mobile profile
 * with simulated throttling) against the production build that the App Hosting emulator serves.
 *
 * The signed-in pages are audited signed in: Debian's Chromium runs with a DevTools port and a
 * profile of its own, Playwright connects to it over CDP and signs in through the real form (the
 * Firebase session lands in that profile's IndexedDB), and Lighthouse then drives the same
 * browser with storage reset off, so it loads each page as that user. The landing page is
 * audited before signing in. A page whose route is not in the build is reported as missing.
 *
 * Lighthouse runs as its own CLI under plain Node: it sends functions' source into the page,
 * and tsx's transform would add a helper (__name) to them that the page does not have.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { requireEnv } from '../tests/support/env';
import { waitForWebApp, webUrl } from '../tests/support/browser';
import { PAGES, findRoute } from './lib/pages';
import { PARTS_DIR, ROOT } from './lib/results';
import { log, sleep } from './lib/stats';

const DEBUG_PORT = 9333;
const AUDIT_TIMEOUT_MS = 120_000;
const MAX_WAIT_FOR_LOAD_MS = 15_000;
/**
 * Runs per page (BENCH_LIGHTHOUSE_RUNS, default 3); the figures reported are medians of each
 * measure on its own, as Lighthouse's own guidance on variability suggests.
 */
const RUNS = Math.max(1, Math.min(9, Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3) || 3));

export interface PageAudit {
  page: string;
  label: string;
  route: string | null;
  url: string | null;
  signedIn: boolean;
  status: 'audited' | 'missing' | 'redirected' | 'error';
  finalUrl?: string;
  performance?: number | null;
  accessibility?: number | null;
  metrics?: Record<string, number | null>;
  scriptTransferKb?: number;
  /**
   * Lighthouse's CPU benchmark index (higher is faster). Simulated throttling scales the CPU
   * time it observes, so a machine busy with other work inflates TBT; this says how busy.
   */
  benchmarkIndex?: number | null;
  warnings?: string[];
  error?: string;
  /** How many runs the medians are of, and each run's own figures. */
  runs?: number;
  perRun?: {
    performance: number | null;
    accessibility: number | null;
    largestContentfulPaintMs: number | null;
    totalBlockingTimeMs: number | null;
    benchmarkIndex: number | null;
  }[];
}

export interface LighthouseIds {
  email: string;
  password: string;
  interviewId: string;
  attemptId: string;
}

async function startChromium(profile: string): Promise<ChildProcess> {
  const browser = spawn(
    requireEnv('CHROMIUM_PATH'),
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--no-default-browser-check',
      `--remote-debugging-port=${String(DEBUG_PORT)}`,
      `--user-data-dir=${profile}`,
      'about:blank',
    ],
    { stdio: 'ignore', detached: true },
  );
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      const response = await fetch(`http://127.0.0.1:${String(DEBUG_PORT)}/json/version`);
      if (response.ok) return browser;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline || browser.exitCode !== null) {
      throw new Error('Chromium did not open its DevTools port');
    }
    await sleep(250);
  }
}

/**
 * Empties the browser's HTTP cache (not its storage, so the session stays): each audit then
 * downloads the page's scripts as a first visit would, rather than reusing the previous page's.
 */
async function clearHttpCache(): Promise<void> {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${String(DEBUG_PORT)}`);
  try {
    const context = browser.contexts()[0];
    if (!context) throw new Error('no default browser context');
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.clearBrowserCache');
    await page.close();
  } finally {
    await browser.close();
  }
}

async function signIn(ids: LighthouseIds): Promise<void> {
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${String(DEBUG_PORT)}`);
  try {
    const context = browser.contexts()[0];
    if (!context) throw new Error('no default browser context');
    const page = await context.newPage();
    page.setDefaultTimeout(30_000);
    await page.goto(webUrl('/sign-in'));
    await page.getByLabel('Email').fill(ids.email);
    await page.getByLabel('Password').fill(ids.password);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.waitForURL('**/dashboard');
    await page.close();
  } finally {
    // Disconnects; the browser and its default profile (with the session) stay.
    await browser.close();
  }
}

/** Fills a route's [params] with the benchmark user's interview and attempt ids. */
function pathFor(route: string, ids: LighthouseIds): string {
  return route.replace(/\[id\]/g, ids.interviewId).replace(/\[[^\]]+\]/g, ids.attemptId);
}

interface Lhr {
  finalDisplayedUrl: string;
  /** Lighthouse's CPU benchmark of the machine during the run (higher is faster). */
  environment?: { benchmarkIndex?: number };
  runWarnings?: string[];
  runtimeError?: { message: string };
  categories: Record<string, { score: number | null } | undefined>;
  audits: Record<string, { numericValue?: number; details?: unknown } | undefined>;
}

function runCli(url: string, key: string): Lhr {
  // Each page's full report stays next to the figures for a closer look.
  const output = join(PARTS_DIR, `lighthouse-${key}.json`);
  rmSync(output, { force: true });
  const run = spawnSync(
    process.execPath,
    [
      join(ROOT, 'node_modules', 'lighthouse', 'cli', 'index.js'),
      url,
      `--port=${String(DEBUG_PORT)}`,
      '--output=json',
      `--output-path=${output}`,
      '--only-categories=performance,accessibility',
      '--disable-storage-reset',
      // Signed-in pages keep a Firestore listen channel open, so the network never goes quiet;
      // without a cap Lighthouse waits its full 45 s on each of them.
      `--max-wait-for-load=${String(MAX_WAIT_FOR_LOAD_MS)}`,
      '--quiet',
    ],
    { cwd: ROOT, encoding: 'utf8', timeout: AUDIT_TIMEOUT_MS },
  );
  if (run.error) throw run.error;
  if (run.status !== 0) {
    throw new Error(`lighthouse exited with ${String(run.status)}: ${run.stderr.slice(-500)}`);
  }
  return JSON.parse(readFileSync(output, 'utf8')) as Lhr;
}

function audit(
  url: string,
  key: string,
): Omit<PageAudit, 'page' | 'label' | 'route' | 'url' | 'signedIn'> {
  const lhr = runCli(url, key);
  const numeric = (id: string) => {
    const value = lhr.audits[id]?.numericValue;
    return typeof value === 'number' ? Math.round(value) : null;
  };
  const requests =
    (
      lhr.audits['network-requests']?.details as
        { items?: { resourceType?: string; transferSize?: number }[] } | undefined
    )?.items ?? [];
  const scriptBytes = requests
    .filter((r) => r.resourceType === 'Script')
    .reduce((sum, r) => sum + (r.transferSize ?? 0), 0);
  const finalUrl = lhr.finalDisplayedUrl;
  const redirected = new URL(finalUrl).pathname !== new URL(url).pathname;
  return {
    status: lhr.runtimeError ? 'error' : redirected ? 'redirected' : 'audited',
    finalUrl,
    performance: lhr.categories.performance?.score ?? null,
    accessibility: lhr.categories.accessibility?.score ?? null,
    metrics: {
      firstContentfulPaintMs: numeric('first-contentful-paint'),
      largestContentfulPaintMs: numeric('largest-contentful-paint'),
      totalBlockingTimeMs: numeric('total-blocking-time'),
      cumulativeLayoutShift: lhr.audits['cumulative-layout-shift']?.numericValue ?? null,
      speedIndexMs: numeric('speed-index'),
    },
    scriptTransferKb: Math.round(scriptBytes / 102.4) / 10,
    benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
    warnings: lhr.runWarnings ?? [],
    ...(lhr.runtimeError ? { error: lhr.runtimeError.message } : {}),
  };
}

type RunFigures = ReturnType<typeof audit>;

/** Median of each measure over the runs; the status is the worst any run had. */
function medianOf(runs: RunFigures[]): RunFigures & Pick<PageAudit, 'runs' | 'perRun'> {
  const first = runs[0];
  if (!first) throw new Error('no Lighthouse runs');
  const median = (pick: (r: RunFigures) => number | null | undefined) => {
    // Not stats.summarise: it rounds to 0.1, which would turn a 0.97 score into 1.
    const values = runs
      .map(pick)
      .filter((v): v is number => typeof v === 'number')
      .sort((a, b) => a - b);
    if (values.length === 0) return null;
    const mid = Math.floor(values.length / 2);
    const upper = values[mid] ?? 0;
    return values.length % 2 === 1 ? upper : ((values[mid - 1] ?? upper) + upper) / 2;
  };
  const metricKeys = Object.keys(first.metrics ?? {});
  const bad = runs.find((r) => r.status !== 'audited');
  return {
    ...(bad ?? first),
    performance: median((r) => r.performance),
    accessibility: median((r) => r.accessibility),
    metrics: Object.fromEntries(metricKeys.map((k) => [k, median((r) => r.metrics?.[k])])),
    scriptTransferKb: median((r) => r.scriptTransferKb) ?? undefined,
    benchmarkIndex: median((r) => r.benchmarkIndex),
    warnings: [...new Set(runs.flatMap((r) => r.warnings ?? []))],
    runs: runs.length,
    perRun: runs.map((r) => ({
      performance: r.performance ?? null,
      accessibility: r.accessibility ?? null,
      largestContentfulPaintMs: r.metrics?.largestContentfulPaintMs ?? null,
      totalBlockingTimeMs: r.metrics?.totalBlockingTimeMs ?? null,
      benchmarkIndex: r.benchmarkIndex ?? null,
    })),
  };
}

export async function runLighthouse(ids: LighthouseIds): Promise<PageAudit[]> {
  await waitForWebApp();
  const routes = Object.values(
    JSON.parse(
      readFileSync(join(ROOT, 'hosting', '.next', 'app-path-routes-manifest.json'), 'utf8'),
    ) as Record<string, string>,
  );
  const profile = mkdtempSync(join(tmpdir(), 'candor-lighthouse-'));
  const browser = await startChromium(profile);
  const audits: PageAudit[] = [];
  try {
    // Signed-out pages first, then sign in once for the rest.
    const ordered = [...PAGES].sort((a, b) => Number(a.signedIn) - Number(b.signedIn));
    let signedIn = false;
    for (const page of ordered) {
      const route = findRoute(page, routes) ?? null;
      const base = { page: page.key, label: page.label, route, signedIn: page.signedIn };
      if (!route) {
        log(`lighthouse ${page.label}: no such route in this build`);
        audits.push({ ...base, url: null, status: 'missing' });
        continue;
      }
      if (page.signedIn && !signedIn) {
        await signIn(ids);
        signedIn = true;
      }
      const url = webUrl(pathFor(route, ids));
      log(`lighthouse ${page.label}: ${url}`);
      try {
        const runs: ReturnType<typeof audit>[] = [];
        for (let i = 1; i <= RUNS; i++) {
          await clearHttpCache();
          runs.push(audit(url, RUNS === 1 ? page.key : `${page.key}-${String(i)}`));
        }
        const figures = medianOf(runs);
        audits.push({ ...base, url, ...figures });
        log(
          `  performance ${String(figures.performance)}, accessibility ${String(figures.accessibility)}` +
            ` (medians of ${String(RUNS)})` +
            (figures.status === 'audited'
              ? ''
              : ` (${figures.status}: ${figures.finalUrl ?? figures.error ?? ''})`),
        );
      } catch (error) {
        audits.push({ ...base, url, status: 'error', error: String(error) });
      }
    }
  } finally {
    try {
      if (browser.pid !== undefined) process.kill(-browser.pid, 'SIGKILL');
    } catch {
      // already gone
    }
    rmSync(profile, { recursive: true, force: true });
  }
  return audits;
}
