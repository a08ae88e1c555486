import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { initializeTestEnvironment, type RulesTestEnvironment } from '@firebase/rules-unit-testing';
import { setLogLevel, type Firestore } from 'firebase/firestore';
import { hostPort, readProjectFile, ROOT } from '../support/env';

/**
 * rules-unit-testing hands out a compat Firestore, which the modular API accepts at run time (its
 * documented usage) although its declared class differs.
 */
export interface RulesFixture {
  /** The test environment of this file (valid inside tests and hooks). */
  env: () => RulesTestEnvironment;
  /** The owner of the seeded documents. */
  alice: () => Firestore;
  /** Another signed-in user. */
  bob: () => Firestore;
  /** A visitor who is not signed in. */
  anon: () => Firestore;
  /** Any other signed-in user. */
  as: (uid: string) => Firestore;
}

/**
 * Sets up one rules test file: a demo project of its own (`demo-candor-rules-<name>`), so clearing
 * it never touches the app's data or another file's; the rules from firestore.rules; data seeded
 * with the rules off before each test; and, after all tests, the emulator's rule coverage report
 * for this project written to .cache/test-results/rules-coverage-<name>.html with a one-line
 * summary.
 */
export function rulesFixture(name: string, seed: (db: Firestore) => Promise<void>): RulesFixture {
  const projectId = `demo-candor-rules-${name}`;
  let env: RulesTestEnvironment | undefined;
  const current = (): RulesTestEnvironment => {
    if (!env) throw new Error('The rules test environment is not set up yet.');
    return env;
  };

  beforeAll(async () => {
    // Denied operations are the expected outcome here; the SDK would log each one as a warning.
    setLogLevel('silent');
    const { host, port } = hostPort('FIRESTORE_EMULATOR_HOST');
    env = await initializeTestEnvironment({
      projectId,
      firestore: { host, port, rules: readProjectFile('firestore.rules') },
    });
  });

  beforeEach(async () => {
    await current().clearFirestore();
    await current().withSecurityRulesDisabled(async (ctx) => {
      await seed(ctx.firestore() as unknown as Firestore);
    });
  });

  afterAll(async () => {
    if (!env) return;
    await reportRuleCoverage(name, projectId);
    await env.cleanup();
  });

  return {
    env: current,
    alice: () => current().authenticatedContext('alice').firestore() as unknown as Firestore,
    bob: () => current().authenticatedContext('bob').firestore() as unknown as Firestore,
    anon: () => current().unauthenticatedContext().firestore() as unknown as Firestore,
    as: (uid) => current().authenticatedContext(uid).firestore() as unknown as Firestore,
  };
}

interface CoverageNode {
  sourcePosition?: { line?: number; column?: number; currentOffset?: number; endOffset?: number };
  values?: { count?: number }[];
  children?: CoverageNode[];
}

interface CoverageJson {
  rules?: { files?: { content?: string }[] };
  report?: CoverageNode[];
}

interface CoverageSummary {
  expressions: number;
  evaluated: number;
  conditions: number;
  reached: number;
}

const nodeKey = (node: CoverageNode, parent: string) => {
  const p = node.sourcePosition ?? {};
  return `${parent}/${String(p.line)}:${String(p.column)}:${String(p.currentOffset)}-${String(p.endOffset)}`;
};

/**
 * Counts expressions the rules engine evaluated at least once, and allow conditions reached,
 * over one or more reports of the same rules (one per test project).
 */
export function summariseCoverage(reports: CoverageJson[]): CoverageSummary {
  const lines = (reports[0]?.rules?.files?.[0]?.content ?? '').split('\n');
  const hit = (node: CoverageNode) => (node.values ?? []).some((v) => (v.count ?? 0) > 0);
  const all = new Set<string>();
  const evaluated = new Set<string>();
  const conditions = new Set<string>();
  const reached = new Set<string>();
  const walk = (node: CoverageNode, parent: string) => {
    const key = nodeKey(node, parent);
    all.add(key);
    if (hit(node)) evaluated.add(key);
    for (const child of node.children ?? []) walk(child, key);
  };
  for (const report of reports) {
    for (const node of report.report ?? []) {
      walk(node, '');
      // Top-level expressions on an `allow` line are the rule conditions (the others are the
      // bodies of functions). Constant `if false` conditions are not reported by the engine.
      if (/\ballow\b/.test(lines[(node.sourcePosition?.line ?? 0) - 1] ?? '')) {
        conditions.add(nodeKey(node, ''));
        if (hit(node)) reached.add(nodeKey(node, ''));
      }
    }
  }
  return {
    expressions: all.size,
    evaluated: evaluated.size,
    conditions: conditions.size,
    reached: reached.size,
  };
}

const describeSummary = (s: CoverageSummary) =>
  `${String(s.evaluated)}/${String(s.expressions)} expressions evaluated ` +
  `(${String(s.expressions === 0 ? 0 : Math.round((100 * s.evaluated) / s.expressions))}%), ` +
  `${String(s.reached)}/${String(s.conditions)} allow conditions reached`;

/** Reports of the other rules test files of this run (same rules, written since it started). */
function reportsOfThisRun(dir: string, rules: string | undefined): CoverageJson[] {
  const runStarted = Date.now() - process.uptime() * 1000;
  return readdirSync(dir)
    .filter((f) => /^rules-coverage-.+\.json$/.test(f))
    .map((f) => join(dir, f))
    .filter((path) => statSync(path).mtimeMs >= runStarted)
    .map((path) => JSON.parse(readFileSync(path, 'utf8')) as CoverageJson)
    .filter((json) => json.rules?.files?.[0]?.content === rules);
}

/**
 * Fetches the Firestore emulator's rule coverage for a project (HTML for people, JSON for the
 * summary) and prints one line: this file's coverage and that of all rules files so far in this
 * run. Reporting never fails a test: any problem is printed and the run goes on.
 */
async function reportRuleCoverage(name: string, projectId: string): Promise<void> {
  const base = `http://${process.env.FIRESTORE_EMULATOR_HOST ?? ''}/emulator/v1/projects/${projectId}:ruleCoverage`;
  const dir = join(ROOT, '.cache', 'test-results');
  const file = join(dir, `rules-coverage-${name}.html`);
  try {
    const [html, json] = await Promise.all([
      fetch(`${base}.html`, { signal: AbortSignal.timeout(5_000) }),
      fetch(base, { signal: AbortSignal.timeout(5_000) }),
    ]);
    if (!html.ok || !json.ok) {
      throw new Error(`HTTP ${String(html.status)} / ${String(json.status)}`);
    }
    mkdirSync(dir, { recursive: true });
    writeFileSync(file, await html.text());
    const coverage = (await json.json()) as CoverageJson;
    writeFileSync(file.replace(/\.html$/, '.json'), JSON.stringify(coverage));
    const all = reportsOfThisRun(dir, coverage.rules?.files?.[0]?.content);
    process.stdout.write(
      `rules coverage [${name}]: ${describeSummary(summariseCoverage([coverage]))}; ` +
        `all rules files so far: ${describeSummary(summariseCoverage(all))}; ` +
        `report ${file.slice(ROOT.length + 1)}\n`,
    );
  } catch (error) {
    process.stdout.write(
      `rules coverage [${name}]: not available (${error instanceof Error ? error.message : String(error)})\n`,
    );
  }
}
