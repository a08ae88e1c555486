/**
 * Merges the parts of a bench run (.cache/bench/*.json) into bench/results.json with the
 * machine's description (a run of only some parts writes .cache/bench/results.json instead, so
 * the committed figures stay those of a whole run), and prints the figures as Markdown tables (medians and 95th
 * percentiles), the same tables bench/README.md shows.
 */
import { writeFileSync } from 'node:fs';
import { cpus, freemem, loadavg, totalmem, type as osType, release } from 'node:os';
import { join, relative } from 'node:path';
import { PARTS_DIR, readPart, ROOT } from './lib/results';
import { checkBudgets, type BudgetCheck } from './lib/budgets';
import type { Summary } from './lib/stats';
import type { ScoringPart } from './scoring/measure';

type Json = Record<string, unknown>;
const part = (name: string) => readPart(name) as Json | undefined;

const asSummary = (value: unknown) => (value ?? null) as Summary | null;
const str = (value: unknown) =>
  typeof value === 'number' || typeof value === 'string' ? String(value) : '–';

function ms(value: number | null | undefined): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '–';
  if (value >= 10_000) return `${(value / 1000).toFixed(1)} s`;
  if (value >= 100) return `${String(Math.round(value))} ms`;
  return `${value.toFixed(1)} ms`;
}
const medP95 = (s: Summary | null) => (s ? `${ms(s.median)} / ${ms(s.p95)}` : '–');

function table(headers: string[], rows: (string | number)[][]): string {
  const cells = [headers, ...rows.map((r) => r.map(String))];
  const widths = headers.map((_, c) => Math.max(...cells.map((r) => (r[c] ?? '').length)));
  const line = (r: string[]) => `| ${r.map((v, c) => v.padEnd(widths[c] ?? 0)).join(' | ')} |`;
  return [
    line(headers),
    `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`,
    ...cells.slice(1).map(line),
  ].join('\n');
}

const out: string[] = [];
const section = (title: string, body: string, note?: string) => {
  out.push(`\n#### ${title}\n\n${body}${note ? `\n\n${note}` : ''}`);
};

const cpuList = cpus();
const machine = {
  cpus: cpuList.length,
  cpuModel: cpuList[0]?.model ?? 'unknown',
  memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
  freeMemoryGiB: Math.round((freemem() / 2 ** 30) * 10) / 10,
  node: process.version,
  os: `${osType()} ${release()}`,
  loadAverage: loadavg().map((l) => Math.round(l * 100) / 100),
};
const run = part('run') ?? {};
const emulator = part('emulator');
const questions = emulator?.questionsReady as { warmup: Json; batches: Json[] } | undefined;
const feedback = emulator?.feedbackReady as { warmup: Json; batches: Json[] } | undefined;
const http = part('webhook-http');
const inProcess = part('webhook-in-process');
const offline = part('offline-engine') as { generation: Json[]; scoring: Json[] } | undefined;
const pageWeight = part('page-weight');
const lighthouse = part('lighthouse') as { audits: Json[]; machine?: Json } | undefined;
const coldStart = part('cold-start');
const scoring = part('scoring') as ScoringPart | undefined;

const results = {
  generatedAt: new Date().toISOString(),
  machine,
  modelLatencyMs: run.modelLatencyMs ?? null,
  run,
  questionsReady: questions ?? null,
  feedbackReady: feedback ?? null,
  webhookLoad: { http: http ?? null, inProcess: inProcess ?? null },
  offlineEngine: offline ?? null,
  scoringQuality: scoring ?? null,
  pages: { weight: pageWeight ?? null, lighthouse: lighthouse ?? null },
  coldStart: coldStart ?? null,
  errors: (emulator?.errors as string[] | undefined) ?? [],
};
const ALL_PARTS = [
  'offline',
  'scoring',
  'pages',
  'cold-start',
  'questions',
  'feedback',
  'webhook',
  'lighthouse',
];
const ranParts = (run.only as string[] | undefined) ?? [];
const whole = ALL_PARTS.every((p) => ranParts.includes(p));
const resultsPath = whole ? join(ROOT, 'bench', 'results.json') : join(PARTS_DIR, 'results.json');
writeFileSync(resultsPath, `${JSON.stringify(results, null, 2)}\n`);

out.push(
  `Machine: ${String(machine.cpus)} × ${machine.cpuModel}, ${String(machine.memoryGiB)} GiB, ` +
    `Node ${machine.node}, ${machine.os}. Model latency ${str(run.modelLatencyMs)} ms. ` +
    `Times are median / 95th percentile.`,
);

const cpuNote = (m: unknown) => {
  const sample = m as { cpuSeconds?: Record<string, number>; seconds?: number } | undefined;
  if (!sample?.cpuSeconds) return '';
  const top = Object.entries(sample.cpuSeconds)
    .slice(0, 3)
    .map(([k, v]) => `${k} ${v.toFixed(0)}`)
    .join(', ');
  return `${top} (of ${String(Math.round((sample.seconds ?? 0) * machine.cpus))})`;
};

if (questions) {
  const row = (label: string, b: Json) => [
    label,
    `${String(b.ok)}/${String(b.concurrency)}`,
    medP95(asSummary(b.callMs)),
    medP95(asSummary(b.readyMs)),
    str((b.machine as Json | undefined)?.peakWorkers),
    cpuNote(b.machine),
  ];
  section(
    '1. Questions ready (emulator): createInterview → status ready seen by onSnapshot',
    table(
      ['at once', 'ok', 'call', 'ready', 'workers', 'CPU s by process'],
      [
        row('1 (cold)', questions.warmup),
        ...questions.batches.map((b) => row(String(b.concurrency), b)),
      ],
    ),
  );
}

if (feedback) {
  const row = (label: string, b: Json) => [
    label,
    `${String(b.ok)}/${String(b.concurrency)}`,
    medP95(asSummary(b.ackMs)),
    medP95(asSummary(b.scoringSeenMs)),
    medP95(asSummary(b.feedbackMs)),
    str((b.machine as Json | undefined)?.peakWorkers),
  ];
  section(
    '2. Feedback ready (emulator): signed call_ended (10-minute transcript) → feedback seen by a listener',
    table(
      ['calls at once', 'ok', 'webhook ack', 'scoring seen', 'feedback seen', 'workers'],
      [
        row('1 (cold)', feedback.warmup),
        ...feedback.batches.map((b) => row(String(b.concurrency), b)),
      ],
    ),
  );
}

function baselineNote(run: Json | undefined): string {
  const baseline = run?.firestoreBaseline as Json[] | undefined;
  if (!baseline || baseline.length === 0) return '';
  const parts = baseline.map(
    (b) =>
      `${str(b.inFlight)} in flight: ${str(b.perSecond)}/s, ` +
      `${medP95(asSummary(b.perTransactionMs))} per transaction`,
  );
  return (
    ' The Firestore emulator alone, webhook-shaped transactions on documents of their own: ' +
    `${parts.join('; ')}.`
  );
}

if (http || inProcess) {
  const rows = [http, inProcess].flatMap((r) => {
    if (!r) return [];
    const checks = r.checks as { problems: string[] };
    const drainMachine = (r.machine as Json | undefined)?.deliveries;
    return [
      [
        String(r.mode),
        ms(r.firstDeliveryMs as number | null),
        medP95(asSummary(r.singleSenderAckMs)),
        medP95(asSummary(r.ackMs)),
        `${str(r.retried)} / ${str(r.unanswered)}`,
        `${String(r.deliveriesPerSecond)}/s`,
        ms(r.drainMs as number | null),
        medP95(asSummary(r.feedbackMs)),
        checks.problems.length === 0 ? 'all passed' : `FAILED: ${checks.problems.join('; ')}`,
        cpuNote(drainMachine),
      ],
    ];
  });
  const sample = http ?? inProcess ?? {};
  section(
    `3. Webhook under load: ${String(sample.deliveries)} deliveries, ${String(sample.senders)} senders ` +
      `(${String(sample.validCalls)} calls, ${String(sample.duplicates)} duplicates, ` +
      `${String(sample.badSignatures)} bad signatures; ${String(Math.round(Number(sample.webhookBytes) / 1024))} kB bodies)`,
    table(
      [
        'path',
        'first (cold)',
        'ack, 1 sender',
        'ack, 50 senders',
        'retried / unanswered',
        'throughput',
        'drain',
        'delivery → feedback',
        'checks',
        'CPU s while delivering',
      ],
      rows,
    ),
    'Checks: every call acknowledged and none stored twice, exactly one webhook event, transcript and feedback per ' +
      'valid call, nothing written for a bad signature (all answered 401). The sender waits 30 s ' +
      'for an answer and tries a delivery up to 3 times. Drain: last delivery to last feedback ' +
      'written. CPU: seconds used while delivering, by process, out of what 2 cores give.' +
      baselineNote(inProcess),
  );
}

if (scoring) {
  const rows = Object.entries(scoring.sets).flatMap(([set, byScorer]) =>
    Object.entries(byScorer).map(([version, f]) => [
      set,
      version,
      `${str(f.pairAccuracyTotals)}% / ${str(f.pairAccuracyQuestions)}% of ${String(f.pairs)}`,
      `${String(f.adversarialHeld)} of ${String(f.adversarialCases)}`,
      `${str(f.spread.strong.min)}–${str(f.spread.strong.median)}–${str(f.spread.strong.max)}`,
      `${str(f.spread.weak.min)}–${str(f.spread.weak.median)}–${str(f.spread.weak.max)}`,
      `${String(f.spread.topBand)} / ${String(f.spread.bottomBand)}`,
    ]),
  );
  section(
    'Scoring quality (offline scorer, labelled corpus)',
    table(
      [
        'set',
        'scorer',
        'pairs right (totals / per question)',
        'adversarial held',
        'strong min–median–max',
        'weak min–median–max',
        'answers ≥85 / <20',
      ],
      rows,
    ),
    'corpus = development set; holdout = answers the scorer was never tuned on. A pair is right when the strong answer scores strictly above the weak one.',
  );
}

if (offline) {
  const rows = [...offline.generation, ...offline.scoring].map((c) => {
    const d = (c.detail ?? {}) as Record<string, number>;
    return [
      String(c.name),
      d.minutes === undefined
        ? ''
        : `${String(d.minutes)} min, ${String(d.turns)} turns, ${String(d.candidateWords)} words`,
      medP95(asSummary(c.perCall)),
    ];
  });
  section(
    '4. Offline engine (core, one process, per call)',
    table(['case', 'transcript', 'time'], rows),
  );
}

/**
 * Simulated throttling scales the CPU time Lighthouse observes, so a machine busy with other
 * work (other test runs) inflates TBT and lowers performance; its CPU benchmark says how busy.
 */
function benchmarkNote(audits: Json[]): string {
  const values = audits
    .flatMap((a) => (a.perRun as { benchmarkIndex?: number | null }[] | undefined) ?? [])
    .map((r) => r.benchmarkIndex)
    .filter((v): v is number => typeof v === 'number')
    .sort((a, b) => a - b);
  if (values.length === 0) return '';
  const median = values[Math.floor(values.length / 2)] ?? 0;
  return (
    `Lighthouse's CPU benchmark index during the runs: median ${String(Math.round(median))} ` +
    `(${String(Math.round(values[0] ?? 0))}–${String(Math.round(values[values.length - 1] ?? 0))}; ` +
    'higher is faster, and a busy machine scores low and inflates TBT).'
  );
}

if (pageWeight || lighthouse) {
  const weights = (pageWeight?.routes as Json[] | undefined) ?? [];
  const audits = lighthouse?.audits ?? [];
  const routes = [
    ...new Set([
      ...weights.map((w) => String(w.route)),
      ...audits.flatMap((a) => (typeof a.route === 'string' ? [a.route] : [])),
    ]),
  ];
  const score = (v: unknown) => (typeof v === 'number' ? String(Math.round(v * 100)) : '–');
  const kB = (v: unknown) =>
    typeof v === 'object' && v !== null && 'gzipKb' in v && typeof v.gzipKb === 'number'
      ? `${v.gzipKb.toFixed(1)} kB`
      : '–';
  const rows = routes.map((route) => {
    const weight = weights.find((w) => w.route === route);
    const audit = audits.find((a) => a.route === route);
    const metrics = (audit?.metrics ?? {}) as Record<string, number | null>;
    return [
      route,
      kB(weight?.firstLoadJs),
      kB(weight?.routeOnlyJs),
      audit ? `${score(audit.performance)} / ${score(audit.accessibility)}` : '–',
      audit ? `${ms(metrics.largestContentfulPaintMs)} / ${ms(metrics.totalBlockingTimeMs)}` : '–',
      audit?.scriptTransferKb === undefined ? '–' : `${str(audit.scriptTransferKb)} kB`,
      audit ? `${String(audit.status)}${audit.signedIn ? ', signed in' : ''}` : 'not audited',
    ];
  });
  for (const a of audits.filter((x) => x.status === 'missing')) {
    rows.push([String(a.label), '–', '–', '–', '–', '–', 'missing in this build']);
  }
  const runs = [...new Set(audits.map((a) => a.runs).filter((n) => typeof n === 'number'))];
  const shared = pageWeight?.sharedJs as { gzipKb: number } | undefined;
  const framework = pageWeight?.frameworkJs as { gzipKb: number } | undefined;
  section(
    '5. Pages (production build): first-load JS (gzip) and Lighthouse (mobile, simulated throttling)',
    table(
      [
        'route',
        'first-load JS',
        'route-only JS',
        'perf / a11y',
        'LCP / TBT',
        'JS transferred',
        'audit',
      ],
      rows,
    ),
    [
      shared
        ? `JS every route loads (framework, runtime, root layout): ${shared.gzipKb.toFixed(1)} kB gzip.`
        : '',
      framework
        ? `Of that, Next.js and React alone (the floor of any page): ${framework.gzipKb.toFixed(1)} kB.`
        : '',
      runs.length > 0
        ? `Lighthouse figures are medians of ${runs.join(' or ')} runs per page.`
        : '',
      benchmarkNote(audits),
      'First-load JS: gzip size of the chunks the build manifests list for the route. ' +
        'JS transferred: what Lighthouse saw downloaded (as served, gzip), with the HTTP cache ' +
        'emptied before each page. Signed-in pages were audited signed in.',
    ]
      .filter(Boolean)
      .join(' '),
  );
}

/** Each page's budgets (bench/lib/budgets.ts): under (+) or over (−) by how much. */
const budgetFailures: string[] = [];
if (pageWeight || lighthouse) {
  const weights = (pageWeight?.routes as Json[] | undefined) ?? [];
  const audits = (lighthouse?.audits ?? []).filter((a) => a.status === 'audited');
  const routes = [
    ...new Set([
      ...weights.map((w) => String(w.route)),
      ...audits.flatMap((a) => (typeof a.route === 'string' ? [a.route] : [])),
    ]),
  ];
  const cell = (c: BudgetCheck | undefined) => {
    if (!c) return '–';
    if (c.margin === 0) return `${c.value} (at the limit)`;
    const by = `${String(Math.abs(c.margin))}${c.unit ? ` ${c.unit}` : ''}`;
    return `${c.value} (${c.ok ? 'under' : 'OVER'} by ${by})`;
  };
  const rows = routes.map((route) => {
    const weight = weights.find((w) => w.route === route);
    const audit = audits.find((a) => a.route === route);
    const metrics = (audit?.metrics ?? {}) as Record<string, number | null>;
    const checks = checkBudgets(route, {
      firstLoadJsKb: (weight?.firstLoadJs as { gzipKb?: number } | undefined)?.gzipKb,
      performance: audit?.performance as number | null | undefined,
      accessibility: audit?.accessibility as number | null | undefined,
      lcpMs: metrics.largestContentfulPaintMs,
      tbtMs: metrics.totalBlockingTimeMs,
    });
    for (const c of checks.filter((x) => !x.ok)) {
      budgetFailures.push(`${route} ${c.what} ${c.value} (limit ${c.limit})`);
    }
    const by = (what: string) => cell(checks.find((c) => c.what === what));
    return [
      route,
      by('first-load JS'),
      by('performance'),
      by('accessibility'),
      by('LCP'),
      by('TBT'),
    ];
  });
  section(
    '5c. Page budgets: first-load JS ≤ 120 kB (/, /sign-in, /sign-up) or ≤ 200 kB (signed in); Lighthouse mobile performance ≥ 95, accessibility 100, LCP ≤ 2.0 s, TBT ≤ 150 ms',
    table(['route', 'first-load JS', 'performance', 'accessibility', 'LCP', 'TBT'], rows),
    budgetFailures.length === 0
      ? 'Every measured budget is met. "–": not measured in this run.'
      : `Over budget: ${budgetFailures.join('; ')}. "–": not measured in this run.`,
  );
}

if (coldStart) {
  const bundle = coldStart.bundle as Json;
  const load = bundle.load as { requireMs: Summary | null; rssMb: number };
  const lazy = bundle.withLazyProviders as { requireMs: Summary | null };
  const sdks = coldStart.sdks as Record<string, { requireMs: Summary | null }>;
  const fns = (coldStart.functions as Json[] | undefined) ?? [];
  const rows: string[][] = [
    [
      'functions/lib/index.js (every function)',
      `${String(bundle.kb)} kB`,
      medP95(load.requireMs),
      'all',
    ],
    [
      'index.js with @google/genai and retell-sdk deferred',
      '',
      medP95(lazy.requireMs),
      'what lazy import() would save',
    ],
    ...Object.entries(sdks).map(([name, s]) => [
      `require('${name}') alone`,
      '',
      medP95(s.requireMs),
      '',
    ]),
    ...fns.map((f) => [
      `one-function bundle: ${String(f.name)}`,
      `${String(f.bundleKb)} kB`,
      medP95((f.load as { requireMs: Summary | null }).requireMs),
      (f.sdks as string[]).filter((x) => x === '@google/genai' || x === 'retell-sdk').join(', ') ||
        '(neither)',
    ]),
  ];
  section(
    '6. Cold start: module load time in a fresh Node process',
    table(['what', 'size', 'require', 'provider SDKs it loads'], rows),
  );
}

const errors = results.errors;
if (errors.length > 0)
  out.push(`\nErrors:\n${errors.map((e) => `- ${e.split('\n')[0] ?? ''}`).join('\n')}`);
const steps = (run.steps as { name: string; ok: boolean; seconds: number }[] | undefined) ?? [];
if (steps.length > 0) {
  out.push(
    `\nRun: ${steps.map((s) => `${s.name} ${s.seconds.toFixed(0)} s${s.ok ? '' : ' (FAILED)'}`).join(', ')}.`,
  );
}
const text = out.join('\n');
writeFileSync(join(ROOT, '.cache', 'bench', 'results.md'), `${text}\n`);
console.log(text);
console.log(
  `\nWritten: ${relative(ROOT, resultsPath)} (and these tables in .cache/bench/results.md)` +
    (whole ? '' : '; only a run of every part replaces bench/results.json'),
);
// The budgets are checks: a page over any of them fails the report step, so `npm run bench`
// says so in its summary and exit code.
if (budgetFailures.length > 0) process.exitCode = 1;
