import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync, readdirSync, readlinkSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { ROOT } from '../support/env';

/** The Dockerfile as scripts/docker-steps.mjs parses it (`plan`). */
export interface Instruction {
  keyword: string;
  raw: string;
  value?: string;
  pairs?: [string, string | null][];
  flags?: Record<string, string | true>;
  sources?: string[];
  dest?: string;
  argv?: string[];
  shell?: string;
  ports?: string[];
  none?: boolean;
}
export interface Stage {
  name: string;
  from: string;
  instructions: Instruction[];
}
export interface Plan {
  globalArgs: Record<string, string | null>;
  stages: Stage[];
}

/** What `docker-steps.mjs stage` built and what a container of it would run. */
export interface StageResult {
  stage: string;
  root: string;
  workdir: string;
  env: Record<string, string>;
  user: string;
  entrypoint: string[] | null;
  cmd: string[] | null;
  healthcheck: { argv: string[]; flags: Record<string, string> } | null;
  expose: string[];
  ran: { command: string; seconds: number }[];
  skipped: { command: string; reason: string }[];
}

const SCRIPT = join(ROOT, 'scripts', 'docker-steps.mjs');

function dockerSteps(args: string[]): string {
  const result = spawnSync(process.execPath, [SCRIPT, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.status !== 0) {
    throw new Error(`docker-steps ${args.join(' ')} failed:\n${result.stderr}${result.stdout}`);
  }
  return result.stdout;
}

export function readPlan(): Plan {
  return JSON.parse(dockerSteps(['plan'])) as Plan;
}

/** Builds a stage outside Docker, the checkout (built by `npm test`) standing in for builder. */
export function buildStage(name: string, out: string, extra: string[] = []): StageResult {
  return JSON.parse(
    dockerSteps(['stage', name, '--out', out, '--builder-root', ROOT, ...extra]),
  ) as StageResult;
}

export function stageNamed(plan: Plan, name: string): Stage {
  const stage = plan.stages.find((s) => s.name === name);
  if (!stage) throw new Error(`The Dockerfile has no stage ${name}`);
  return stage;
}

export function instructionsOf(stage: Stage, keyword: string): Instruction[] {
  return stage.instructions.filter((i) => i.keyword === keyword);
}

/** The host directory of the container's working directory. */
export function workdirOf(result: StageResult): string {
  return join(result.root, ...result.workdir.split('/').filter(Boolean));
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => {
        resolve(typeof address === 'object' && address ? address.port : 0);
      });
    });
  });
}

/** A process started as a container would start it, with its output kept for diagnostics. */
export interface Started {
  child: ChildProcess;
  output: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export function start(
  argv: string[],
  options: { cwd: string; env: Record<string, string>; group?: boolean },
): Started {
  const [command, ...args] = argv;
  if (!command) throw new Error('Nothing to start');
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: options.env,
    detached: options.group ?? false,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.on('exit', (code, signal) => {
      resolve({ code, signal });
    });
  });
  return { child, output: () => output, exited };
}

/** Sends a signal (to the process group when it has one) and waits; SIGKILL after the grace. */
export async function stop(
  started: Started,
  signal: NodeJS.Signals,
  graceMs: number,
  group = false,
): Promise<{ code: number | null; signal: NodeJS.Signals | null; killed: boolean }> {
  const { child } = started;
  const send = (s: NodeJS.Signals) => {
    try {
      if (group && child.pid) process.kill(-child.pid, s);
      else child.kill(s);
    } catch {
      // already gone
    }
  };
  if (child.exitCode !== null || child.signalCode !== null) {
    return { code: child.exitCode, signal: child.signalCode, killed: false };
  }
  send(signal);
  let timeout: NodeJS.Timeout | undefined;
  const timer = new Promise<'timeout'>((resolve) => {
    timeout = setTimeout(() => {
      resolve('timeout');
    }, graceMs);
  });
  const first = await Promise.race([started.exited, timer]);
  clearTimeout(timeout);
  if (first !== 'timeout') return { ...first, killed: false };
  send('SIGKILL');
  return { ...(await started.exited), killed: true };
}

/** Polls a URL until it answers (any status), or fails with the process output. */
export async function waitForHttp(url: string, timeoutMs: number, started: Started) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const response = await fetch(url).catch(() => null);
    if (response) return response;
    if (started.child.exitCode !== null) {
      throw new Error(`The process exited before ${url} answered:\n${started.output()}`);
    }
    if (Date.now() > deadline) {
      throw new Error(`${url} did not answer within ${String(timeoutMs)} ms:\n${started.output()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** Runs a command to completion and returns its exit code. */
export async function exitCodeOf(
  argv: string[],
  options: { cwd: string; env: Record<string, string> },
): Promise<number | null> {
  const started = start(argv, options);
  return (await started.exited).code;
}

/** Listening TCP sockets by port, with their local addresses as /proc shows them (hex). */
export function listeningAddresses(): Map<number, string[]> {
  const byPort = new Map<number, string[]>();
  for (const file of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/);
      const local = fields[1];
      if (!local || fields[3] !== '0A') continue; // 0A: LISTEN
      const [address, port] = local.split(':');
      if (!address || !port) continue;
      const n = parseInt(port, 16);
      byPort.set(n, [...(byPort.get(n) ?? []), address]);
    }
  }
  return byPort;
}

/** 0.0.0.0, ::, or 0.0.0.0 as an IPv4-mapped IPv6 address (how Java binds it). */
export function isWildcard(hexAddress: string): boolean {
  return /^(0+|0{16}FFFF0{8})$/i.test(hexAddress);
}

/**
 * Built files that carry Firebase "autoinit" defaults (a project and emulator hosts that
 * @firebase/util's postinstall, or the App Hosting emulator, writes into node_modules).
 */
export function filesWithBakedFirebaseDefaults(dir: string): string[] {
  const hits: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(m?js|html)$/.test(entry.name)) {
        if (/emulatorHosts"?\s*:\s*\{/.test(readFileSync(path, 'utf8'))) hits.push(path);
      }
    }
  };
  walk(dir);
  return hits;
}

/** The demo settings a self-hosted container is given with `docker run -e`. */
export const RUNTIME_ENV = {
  FIREBASE_WEBAPP_CONFIG: JSON.stringify({
    apiKey: 'demo-api-key',
    authDomain: 'demo-selfhost.firebaseapp.com',
    projectId: 'demo-selfhost',
    appId: '1:000000000000:web:0000000000000000',
  }),
  CANDOR_FUNCTIONS_REGION: 'europe-west1',
  RECAPTCHA_ENTERPRISE_SITE_KEY: 'demo-recaptcha-site-key',
};

/** A container's environment: the image's ENV and what `docker run -e` adds, nothing else. */
export function containerEnv(
  image: StageResult,
  extra: Record<string, string> = {},
): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin',
    HOME: process.env.HOME ?? '/root',
    ...image.env,
    ...extra,
  };
}

/**
 * Kills what is left of processes started from a directory (their working directory is inside
 * it), by pid: the emulators harness runs firebase-tools in a process group of its own, which
 * outlives a harness that had to be killed.
 */
export function killProcessesUnder(dir: string): number[] {
  const killed: number[] = [];
  let pids: string[];
  try {
    pids = readdirSync('/proc').filter((p) => /^\d+$/.test(p));
  } catch {
    return killed;
  }
  for (const pid of pids) {
    let cwd: string;
    try {
      cwd = readlinkSync(`/proc/${pid}/cwd`);
    } catch {
      continue;
    }
    if (cwd === dir || cwd.startsWith(`${dir}/`)) {
      try {
        process.kill(Number(pid), 'SIGKILL');
        killed.push(Number(pid));
      } catch {
        // gone already
      }
    }
  }
  return killed;
}
