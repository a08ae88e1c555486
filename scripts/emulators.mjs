#!/usr/bin/env node
// Starts the Firebase emulator suite for the demo project, on a normal developer machine and on
// machines that cannot download the emulators alike.
//
//   node scripts/emulators.mjs start [--only a,b] [--import dir]   run until Ctrl-C
//   node scripts/emulators.mjs exec  [--only a,b] [--import dir] -- <command...>
//
// It finds a Java 21+ runtime (firebase-tools 15 refuses older ones), and when Google's
// Firestore emulator download is not cached but Debian's google-cloud-cli-firestore-emulator jar
// is installed, it builds a tiny launcher jar for it (that jar has no Main-Class). Otherwise
// firebase-tools downloads the emulator as usual.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { delimiter, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const PROJECT_ID = JSON.parse(readFileSync(join(ROOT, '.firebaserc'), 'utf8')).projects
  .default;
export const FIREBASE_JSON = JSON.parse(readFileSync(join(ROOT, 'firebase.json'), 'utf8'));
const MIN_JAVA = 21;
const DEBIAN_FIRESTORE_JAR =
  '/usr/lib/google-cloud-sdk/platform/cloud-firestore-emulator/cloud-firestore-emulator.jar';
const FIRESTORE_MAIN_CLASS = 'com.google.cloud.datastore.emulator.firestore.CloudFirestore';

if (!PROJECT_ID.startsWith('demo-')) {
  throw new Error(`The emulators only run demo- projects; .firebaserc says ${PROJECT_ID}`);
}

/** Base URL of an emulator as configured in firebase.json (the one source of the ports). */
export function emulatorOrigin(name) {
  const cfg = FIREBASE_JSON.emulators[name];
  return `http://${cfg.host}:${String(cfg.port)}`;
}

function javaMajor(javaBin) {
  const out = spawnSync(javaBin, ['-version'], { encoding: 'utf8' });
  if (out.error || out.status !== 0) return 0;
  const match = /version "(\d+)(?:\.(\d+))?/.exec(`${out.stderr}${out.stdout}`);
  if (!match) return 0;
  const first = Number(match[1]);
  return first === 1 ? Number(match[2]) : first;
}

/** Returns the directory of a java binary of version 21 or newer, or null. */
export function findJavaHome() {
  const candidates = [];
  if (process.env.JAVA_HOME) candidates.push(process.env.JAVA_HOME);
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && existsSync(join(dir, 'java'))) candidates.push(resolve(dir, '..'));
  }
  for (const base of ['/usr/lib/jvm', '/Library/Java/JavaVirtualMachines', '/opt/java']) {
    if (!existsSync(base)) continue;
    for (const entry of readdirSync(base).sort().reverse()) {
      candidates.push(join(base, entry), join(base, entry, 'Contents', 'Home'));
    }
  }
  for (const home of candidates) {
    const bin = join(home, 'bin', 'java');
    if (existsSync(bin) && javaMajor(bin) >= MIN_JAVA) return home;
  }
  return null;
}

function hasCachedFirestoreDownload() {
  const dir = join(homedir(), '.cache', 'firebase', 'emulators');
  return (
    existsSync(dir) &&
    readdirSync(dir).some((f) => f.startsWith('cloud-firestore-emulator') && f.endsWith('.jar'))
  );
}

// A jar is a zip; a stored (uncompressed) one with just a manifest needs no zip tool.
const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const byte of buf) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function storedZip(name, content) {
  const nameBuf = Buffer.from(name);
  const crc = crc32(content);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(10, 4);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(content.length, 18);
  local.writeUInt32LE(content.length, 22);
  local.writeUInt16LE(nameBuf.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(10, 6);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(content.length, 20);
  central.writeUInt32LE(content.length, 24);
  central.writeUInt16LE(nameBuf.length, 28);
  const localSize = local.length + nameBuf.length + content.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + nameBuf.length, 12);
  end.writeUInt32LE(localSize, 16);
  return Buffer.concat([local, nameBuf, content, central, nameBuf, end]);
}
function manifestLine(line) {
  // Manifest lines are limited to 72 bytes; longer values continue after "\r\n ".
  const parts = [line.slice(0, 70)];
  for (let i = 70; i < line.length; i += 69) parts.push(` ${line.slice(i, i + 69)}`);
  return parts.join('\r\n');
}

/** Builds (once) a launcher jar for Debian's Firestore emulator jar and returns its path. */
export function prepareFirestoreLauncher(debianJar = DEBIAN_FIRESTORE_JAR) {
  const dir = join(ROOT, '.cache', 'emulators');
  const launcher = join(dir, 'firestore-launcher.jar');
  const manifest = [
    'Manifest-Version: 1.0',
    `Main-Class: ${FIRESTORE_MAIN_CLASS}`,
    manifestLine(`Class-Path: file:${debianJar}`),
    '',
    '',
  ].join('\r\n');
  const jar = storedZip('META-INF/MANIFEST.MF', Buffer.from(manifest));
  if (!existsSync(launcher) || !readFileSync(launcher).equals(jar)) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(launcher, jar);
  }
  return launcher;
}

const LOCAL_SECRETS = join(ROOT, 'functions', '.secret.local');
const LOCAL_SECRETS_TEMPLATE = `# Values of the functions' secrets under the emulator (never committed).
# "offline" means not configured: the offline question bank and scorer, and practice mode.
# Put real keys here to try Gemini and Retell locally.
GEMINI_API_KEY=offline
RETELL_API_KEY=offline
`;

/**
 * The Functions emulator reads secrets from functions/.secret.local and asks Secret Manager for
 * any missing one (which fails for a demo project); a file with placeholders avoids that.
 */
export function ensureLocalSecrets() {
  if (!existsSync(LOCAL_SECRETS)) writeFileSync(LOCAL_SECRETS, LOCAL_SECRETS_TEMPLATE);
}

/**
 * The "providers" emulator run: the Functions emulator gets test keys and the loopback URLs of
 * the fake Gemini and Retell servers, which the process run inside the emulators serves on those
 * ports. `npm test` (provider tests) and `npm run bench` both use this, so the two runs cannot
 * drift apart. `params` adds or overrides entries of functions/.env.local.
 *
 * Returns the files to put in place with `withFiles` (functions/.secret.local and .env.local),
 * the environment for the process inside the emulators (FAKE_GEMINI_URL, FAKE_RETELL_URL), and
 * the same secrets and params as plain objects for code that runs a function in-process.
 */
export function providerRunConfig({ params: extraParams = {} } = {}) {
  const fakeGeminiUrl = 'http://127.0.0.1:9811';
  const fakeRetellUrl = 'http://127.0.0.1:9812';
  const secrets = { GEMINI_API_KEY: 'test-gemini-key', RETELL_API_KEY: 'test-retell-key' };
  const params = {
    GEMINI_BASE_URL: fakeGeminiUrl,
    RETELL_BASE_URL: fakeRetellUrl,
    GEMINI_TIMEOUT_MS: '2000',
    RETELL_AGENT_ID: 'agent_test_interviewer',
    ...extraParams,
  };
  const envFile = (vars) =>
    Object.entries(vars)
      .map(([name, value]) => `${name}=${value}\n`)
      .join('');
  return {
    files: {
      [join(ROOT, 'functions', '.secret.local')]: envFile(secrets),
      [join(ROOT, 'functions', '.env.local')]: envFile(params),
    },
    env: { FAKE_GEMINI_URL: fakeGeminiUrl, FAKE_RETELL_URL: fakeRetellUrl },
    secrets,
    params,
  };
}

/**
 * Runs `fn` with some files replaced, restoring (or removing) them afterwards, also on Ctrl-C.
 * The test run uses it to give the Functions emulator test keys and loopback provider URLs.
 */
export async function withFiles(files, fn) {
  const saved = Object.keys(files).map((path) => [
    path,
    existsSync(path) ? readFileSync(path) : null,
  ]);
  const restore = () => {
    for (const [path, content] of saved) {
      if (content === null) rmSync(path, { force: true });
      else writeFileSync(path, content);
    }
  };
  const onExit = () => restore();
  process.on('exit', onExit);
  try {
    for (const [path, content] of Object.entries(files)) writeFileSync(path, content);
    return await fn();
  } finally {
    restore();
    process.off('exit', onExit);
  }
}

/** The environment for firebase-tools: Java 21+ first on PATH and, if needed, the launcher. */
export function emulatorEnv(base = process.env) {
  ensureLocalSecrets();
  const env = { ...base };
  const javaHome = findJavaHome();
  if (!javaHome) {
    throw new Error(
      `The Firebase emulators need Java ${String(MIN_JAVA)} or newer, and none was found ` +
        '(looked at JAVA_HOME, PATH and /usr/lib/jvm). Install one, for example ' +
        '`apt-get install openjdk-21-jre-headless` or an Eclipse Temurin 21+ JDK, ' +
        'then run this again (or set JAVA_HOME to it).',
    );
  }
  env.JAVA_HOME = javaHome;
  env.PATH = `${join(javaHome, 'bin')}${delimiter}${env.PATH ?? ''}`;
  if (!env.FIRESTORE_EMULATOR_BINARY_PATH && !hasCachedFirestoreDownload()) {
    if (existsSync(DEBIAN_FIRESTORE_JAR)) {
      env.FIRESTORE_EMULATOR_BINARY_PATH = prepareFirestoreLauncher();
    } else {
      env.CANDOR_FIRESTORE_DOWNLOAD_EXPECTED = '1';
    }
  }
  return env;
}

const DOWNLOAD_HINT =
  'The Firestore emulator could not be started. firebase-tools downloads it on first use; ' +
  'without internet access install Debian\'s "google-cloud-cli-firestore-emulator" package ' +
  '(from the Google Cloud apt repository) and run this again.';

/**
 * The emulators use fixed ports, so two runs on one machine would collide, whichever checkout
 * they run from: the lock is one file per machine (in the system's temporary folder). A run waits
 * for the lock that another live run of these scripts holds (a stale one, whose process is gone,
 * is taken over).
 */
/** Whether `pid` is this process's parent, grandparent, ... (Linux /proc, else `ps`). */
function isAncestor(pid) {
  let current = process.ppid;
  for (let depth = 0; depth < 64 && current > 1; depth++) {
    if (current === pid) return true;
    let parent = NaN;
    try {
      const stat = readFileSync(`/proc/${String(current)}/stat`, 'utf8');
      parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    } catch {
      const ps = spawnSync('ps', ['-o', 'ppid=', '-p', String(current)], { encoding: 'utf8' });
      parent = Number(ps.stdout.trim());
    }
    if (!Number.isInteger(parent)) return false;
    current = parent;
  }
  return false;
}

export async function withEmulatorLock(fn) {
  const lock = join(tmpdir(), 'candor-emulators.lock');
  mkdirSync(dirname(lock), { recursive: true });
  let announced = false;
  for (;;) {
    try {
      writeFileSync(lock, String(process.pid), { flag: 'wx' });
      break;
    } catch {
      const holder = Number(readFileSync(lock, 'utf8'));
      // A run started by the lock's holder (the emulators image replayed inside `npm test`)
      // shares its emulators' turn: waiting for its own parent would never end.
      if (isAncestor(holder)) return fn();
      let alive = false;
      try {
        process.kill(holder, 0);
        alive = holder !== process.pid;
      } catch {
        alive = false;
      }
      if (!alive) {
        rmSync(lock, { force: true });
        continue;
      }
      if (!announced) console.log(`Waiting for another emulator run (pid ${String(holder)})...`);
      announced = true;
      await new Promise((resolve) => setTimeout(resolve, 2000));
    }
  }
  const release = () => rmSync(lock, { force: true });
  process.on('exit', release);
  try {
    return await fn();
  } finally {
    release();
    process.off('exit', release);
  }
}

/**
 * Runs firebase-tools in its own process group so that everything it starts (the emulators'
 * Java process, the web server of the App Hosting emulator) stops with it.
 */
export function runFirebase(args, { env = emulatorEnv(), stdio = 'inherit' } = {}) {
  const bin = join(ROOT, 'node_modules', '.bin', 'firebase');
  const child = spawn(bin, [...args, '--project', PROJECT_ID], {
    cwd: ROOT,
    env,
    stdio,
    detached: true,
  });
  const stopGroup = (signal) => {
    try {
      process.kill(-child.pid, signal);
    } catch {
      // already gone
    }
  };
  const onSignal = (signal) => stopGroup(signal);
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  const done = new Promise((resolvePromise) => {
    child.on('exit', (code, signal) => {
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      // The App Hosting emulator's web server can outlive firebase-tools; end the whole group.
      stopGroup('SIGTERM');
      if (code !== 0 && env.CANDOR_FIRESTORE_DOWNLOAD_EXPECTED) console.error(`\n${DOWNLOAD_HINT}`);
      resolvePromise(code ?? (signal ? 130 : 1));
    });
  });
  return { child, done, stop: () => stopGroup('SIGINT') };
}

function parseArgs(argv) {
  const opts = { only: 'auth,firestore,functions,apphosting', import: undefined, command: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      opts.command = argv.slice(i + 1);
      break;
    }
    if (arg === '--only') opts.only = argv[++i];
    else if (arg === '--import') opts.import = argv[++i];
  }
  return opts;
}

export function emulatorArgs(mode, { only, import: importDir, command }) {
  const args = [mode === 'exec' ? 'emulators:exec' : 'emulators:start', '--only', only];
  if (importDir) args.push('--import', importDir);
  if (mode === 'exec') args.push(command.join(' '));
  return args;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [mode, ...rest] = process.argv.slice(2);
  if (mode !== 'start' && mode !== 'exec') {
    console.error('usage: emulators.mjs start|exec [--only list] [--import dir] [-- command]');
    process.exit(2);
  }
  try {
    process.exitCode = await withEmulatorLock(
      () => runFirebase(emulatorArgs(mode, parseArgs(rest))).done,
    );
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
