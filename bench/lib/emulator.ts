/** Helpers for the scenarios that run inside `firebase emulators:exec`. */
import { readdirSync, readFileSync } from 'node:fs';
import { signInWithEmailAndPassword } from 'firebase/auth';
import {
  onSnapshot,
  type DocumentReference,
  type DocumentSnapshot,
  type Query,
  type QuerySnapshot,
} from 'firebase/firestore';
import { adminAuth, adminDb } from '../../tests/support/admin';
import { emulatorClient, type TestClient } from '../../tests/support/client';
import { requireEnv } from '../../tests/support/env';
import { log, mapLimit, since, sleep } from './stats';

// ---------- Functions emulator controls (the Emulator Hub's endpoints)

async function hub(path: string): Promise<void> {
  const response = await fetch(`http://${requireEnv('FIREBASE_EMULATOR_HUB')}${path}`, {
    method: 'PUT',
    signal: AbortSignal.timeout(120_000),
  });
  if (!response.ok) throw new Error(`emulator hub ${path}: HTTP ${String(response.status)}`);
}

/**
 * Runs `fn` with Firestore and Auth triggers off (seeding without firing hundreds of no-op
 * trigger runs), then turns them on again, which also makes the Functions emulator end its idle
 * worker processes: the next scenario starts with cold workers and bounded memory.
 */
export async function withTriggersOff<T>(fn: () => Promise<T>): Promise<T> {
  await hub('/functions/disableBackgroundTriggers');
  try {
    return await fn();
  } finally {
    await hub('/functions/enableBackgroundTriggers');
  }
}

/** Ends the Functions emulator's idle workers (between scenarios). */
export const resetWorkers = () => withTriggersOff(() => Promise.resolve());

// ---------- the machine while the emulators run

export interface MachineSample {
  /** Length of the window, seconds. */
  seconds: number;
  /** Peak number of Functions emulator worker processes alive at once. */
  peakWorkers: number;
  /** Peak resident memory of those workers together, MB. */
  peakWorkersRssMb: number;
  /** Lowest MemAvailable seen, MB. */
  minAvailableMb: number;
  /**
   * CPU seconds used in the window, by kind of process (2 cores give at most 2 per second).
   * "other" is everything else on the machine, such as another user's work.
   */
  cpuSeconds: Record<string, number>;
}

function meminfoMb(field: string): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(
    readFileSync('/proc/meminfo', 'utf8'),
  );
  return match ? Number(match[1]) / 1024 : Number.NaN;
}

const TICKS_PER_SECOND = 100;

function kindOf(pid: number, cmdline: string): string {
  if (cmdline.includes('functionsEmulatorRuntime')) return 'functions workers';
  if (cmdline.includes('cloud-firestore-emulator') || cmdline.includes('firestore-launcher')) {
    return 'firestore emulator (JVM)';
  }
  if (cmdline.includes('firebase') && cmdline.includes('emulators:')) {
    return 'firebase-tools (hub, auth, functions)';
  }
  if (cmdline.includes('next') && (cmdline.includes('start') || cmdline.includes('next-server'))) {
    return 'web server (next start)';
  }
  const program = cmdline.split(' ')[0] ?? '';
  if (cmdline.includes('lighthouse/cli') || /chrom(e|ium)[^/]*$/.test(program)) {
    return 'chromium and lighthouse';
  }
  if (pid === process.pid || cmdline.includes('bench/')) return 'bench (clients, senders)';
  return 'other';
}

interface ProcessInfo {
  kind: string;
  ticks: number;
  rssKb: number;
}

function processes(): Map<number, ProcessInfo> {
  const out = new Map<number, ProcessInfo>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const pid = Number(entry);
    try {
      const cmdline = readFileSync(`/proc/${entry}/cmdline`, 'utf8').replace(/\0/g, ' ');
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the command name (which may hold spaces): utime is 14th, stime 15th, rss 24th.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const ticks = Number(fields[11]) + Number(fields[12]);
      const rssKb = (Number(fields[21]) * 4096) / 1024;
      out.set(pid, { kind: kindOf(pid, cmdline), ticks, rssKb });
    } catch {
      // the process ended while being read
    }
  }
  return out;
}

/**
 * Samples the machine once a second: the Functions emulator's worker processes, free memory and
 * CPU time by kind of process. `check()` throws when the machine runs low on memory, so a
 * scenario stops instead of taking the machine down.
 */
export function startMachineSampler(minAvailableMb = 1500) {
  let baseline = new Map<number, number>();
  let latest = new Map<number, ProcessInfo>();
  let windowStart = performance.now();
  let peaks = { workers: 0, workersRssMb: 0, minAvailableMb: Infinity };
  let low = false;
  const sample = () => {
    const now = processes();
    for (const [pid, info] of now) latest.set(pid, info);
    let workers = 0;
    let workersRssKb = 0;
    for (const info of now.values()) {
      if (info.kind !== 'functions workers') continue;
      workers++;
      workersRssKb += info.rssKb;
    }
    const available = meminfoMb('MemAvailable');
    peaks = {
      workers: Math.max(peaks.workers, workers),
      workersRssMb: Math.max(peaks.workersRssMb, Math.round(workersRssKb / 1024)),
      minAvailableMb: Math.min(peaks.minAvailableMb, Math.round(available)),
    };
    if (available < minAvailableMb && !low) {
      low = true;
      log(`memory is low (${String(Math.round(available))} MB available): stopping`);
    }
  };
  const reset = () => {
    const now = processes();
    baseline = new Map([...now].map(([pid, info]) => [pid, info.ticks]));
    latest = now;
    windowStart = performance.now();
    peaks = { workers: 0, workersRssMb: 0, minAvailableMb: Infinity };
  };
  reset();
  const timer = setInterval(sample, 1000);
  timer.unref();
  return {
    /** The figures since the last call, then starts a new window. */
    take(): MachineSample {
      sample();
      const cpu: Record<string, number> = {};
      for (const [pid, info] of latest) {
        // A process first seen in this window started in it, so all its time counts.
        const used = (info.ticks - (baseline.get(pid) ?? 0)) / TICKS_PER_SECOND;
        if (used > 0) cpu[info.kind] = (cpu[info.kind] ?? 0) + used;
      }
      const taken: MachineSample = {
        seconds: Math.round(since(windowStart) / 100) / 10,
        peakWorkers: peaks.workers,
        peakWorkersRssMb: peaks.workersRssMb,
        minAvailableMb: peaks.minAvailableMb,
        cpuSeconds: Object.fromEntries(
          Object.entries(cpu)
            .sort(([, a], [, b]) => b - a)
            .map(([kind, secs]) => [kind, Math.round(secs * 10) / 10]),
        ),
      };
      reset();
      return taken;
    },
    check(): void {
      if (low) throw new Error('stopped: the machine is running out of memory');
    },
    stop: () => {
      clearInterval(timer);
    },
  };
}
export type MachineSampler = ReturnType<typeof startMachineSampler>;

// ---------- users

export interface BenchUser {
  client: TestClient;
  email: string;
  password: string;
  displayName: string;
}

const FIRST_NAMES = ['Grace', 'Ada', 'Alan', 'Barbara', 'Edsger', 'Frances', 'Linus', 'Radia'];

/**
 * Creates `count` users (profile documents written directly: triggers are off while this runs)
 * and signs each in with its own web client, as separate browsers would be.
 */
export async function createUsers(count: number, tag: string): Promise<BenchUser[]> {
  const now = new Date();
  return mapLimit(Array.from({ length: count }), 8, async (_, i) => {
    const displayName = `${FIRST_NAMES[i % FIRST_NAMES.length] ?? 'Grace'} Bench`;
    const email = `bench-${tag}-${String(i)}-${String(Date.now())}@candor.test`;
    const password = 'bench-password-1';
    const user = await adminAuth().createUser({ email, password, displayName });
    await adminDb().collection('users').doc(user.uid).set({ displayName, email, createdAt: now });
    const client = emulatorClient();
    const signedIn = await signInWithEmailAndPassword(client.auth, email, password);
    return { client: { ...client, uid: signedIn.user.uid }, email, password, displayName };
  });
}

// ---------- client listeners

export interface Watch {
  /** Resolves once the listener has its first snapshot (it is live). */
  live: Promise<void>;
  /** Resolves with performance.now() when the condition first holds. */
  seen: Promise<number>;
  stop: () => void;
}

function watch<S>(
  subscribe: (next: (snap: S) => void, error: (e: Error) => void) => () => void,
  done: (snap: S) => boolean,
  timeoutMs: number,
  what: string,
): Watch {
  let markLive: () => void = () => undefined;
  const live = new Promise<void>((resolve) => {
    markLive = resolve;
  });
  let unsubscribe: () => void = () => undefined;
  let timer: NodeJS.Timeout | undefined;
  const seen = new Promise<number>((resolve, reject) => {
    timer = setTimeout(() => {
      reject(new Error(`Timed out after ${String(timeoutMs)} ms waiting for ${what}`));
    }, timeoutMs);
    unsubscribe = subscribe(
      (snap) => {
        markLive();
        if (done(snap)) resolve(performance.now());
      },
      (error) => {
        markLive();
        reject(error);
      },
    );
  });
  const stop = () => {
    clearTimeout(timer);
    unsubscribe();
  };
  void seen.then(stop, stop);
  return { live, seen, stop };
}

export const watchDoc = (
  ref: DocumentReference,
  done: (snap: DocumentSnapshot) => boolean,
  timeoutMs: number,
  what: string,
) => watch((next, error) => onSnapshot(ref, next, error), done, timeoutMs, what);

export const watchQuery = (
  query: Query,
  done: (snap: QuerySnapshot) => boolean,
  timeoutMs: number,
  what: string,
) => watch((next, error) => onSnapshot(query, next, error), done, timeoutMs, what);

/** Polls `check` every `everyMs` until it returns a value, or throws after `timeoutMs`. */
export async function poll<T>(
  check: () => Promise<T | null>,
  timeoutMs: number,
  what: string,
  everyMs = 1000,
): Promise<T> {
  const start = performance.now();
  for (;;) {
    const value = await check();
    if (value !== null) return value;
    if (since(start) > timeoutMs) {
      throw new Error(`Timed out after ${String(timeoutMs)} ms waiting for ${what}`);
    }
    await sleep(everyMs);
  }
}

/** The first few distinct error messages, for the results. */
export function errorMessages(errors: readonly unknown[]): string[] {
  return [...new Set(errors.map((e) => (e instanceof Error ? e.message : String(e))))].slice(0, 5);
}
