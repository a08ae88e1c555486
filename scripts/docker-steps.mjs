#!/usr/bin/env node
// Replays the Dockerfile's stages outside Docker. No Docker engine runs where this project is
// developed, so the image's steps are proven by doing the same things on this machine: the same
// files copied to the same places, the same RUN commands, the same start command.
//
//   node scripts/docker-steps.mjs plan
//       the Dockerfile's stages and instructions as JSON
//   node scripts/docker-steps.mjs stage <name> --out <dir> [--builder-root <dir>] [--link-node-modules]
//       builds stage <name> into <dir> (its filesystem root: the container's /app is <dir>/app)
//       and prints what a container of it would run (JSON). --builder-root stands an already
//       built checkout in for the builder stage (its /app), as `npm test` does after its build;
//       --link-node-modules links that checkout's node_modules instead of copying them.
//   node scripts/docker-steps.mjs full [--out <dir>] [--keep]
//       deps, builder and runner from a fresh copy of the build context (npm ci and the build
//       included), then starts the runner's command and checks it serves. Takes a few minutes.
//   node scripts/docker-steps.mjs listen-all [firebase.json]
//       run by the emulators stage: every emulator listens on 0.0.0.0 inside the container.
//
// Only what a Dockerfile can say that this project uses is understood; anything else fails
// loudly rather than being skipped. RUN lines that need Alpine's package manager or Google's
// download servers cannot run here: they are reported under "skipped" with the reason, and the
// repository tests pin that list.
import { spawn, spawnSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, posix, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** What the builder stage makes that the build context does not hold (all dockerignored). */
export const BUILD_OUTPUTS = ['node_modules', 'hosting/.next', 'functions/lib'];

/** RUN commands that cannot run outside the image, and why. */
const UNRUNNABLE = [
  { pattern: /^apk\s/, reason: 'Alpine package manager: exists only in the image' },
  {
    pattern: /\bsetup:emulators:/,
    reason: "downloads the emulators from Google's servers: no network here",
  },
];

// ── Parsing ─────────────────────────────────────────────────────────────────────────────────────

/** Joins continuation lines and drops comments and blank lines, as Docker's parser does. */
function logicalLines(text) {
  const lines = [];
  let current = null;
  for (const raw of text.split(/\r?\n/)) {
    const trimmed = raw.trim();
    if (trimmed.startsWith('#') || (trimmed === '' && current === null)) continue;
    if (trimmed === '') continue;
    const continued = /\\$/.test(trimmed);
    const part = continued ? trimmed.slice(0, -1).trimEnd() : trimmed;
    current = current === null ? part : `${current} ${part}`;
    if (!continued) {
      lines.push(current);
      current = null;
    }
  }
  if (current !== null) lines.push(current);
  return lines;
}

/** Splits words the way a shell would for ENV/ARG values: quotes group, backslash escapes. */
function splitWords(text) {
  const words = [];
  let word = '';
  let quote = null;
  let started = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = null;
      else if (c === '\\' && quote === '"' && i + 1 < text.length) word += text[++i];
      else word += c;
    } else if (c === '"' || c === "'") {
      quote = c;
      started = true;
    } else if (c === '\\' && i + 1 < text.length) {
      word += text[++i];
      started = true;
    } else if (/\s/.test(c)) {
      if (started) words.push(word);
      word = '';
      started = false;
    } else {
      word += c;
      started = true;
    }
  }
  if (quote) throw new Error(`Unterminated quote in: ${text}`);
  if (started) words.push(word);
  return words;
}

/** Leading --name=value flags of an instruction. */
function takeFlags(rest) {
  const flags = {};
  let remaining = rest;
  for (;;) {
    const match = /^--([\w-]+)(?:=(\S*))?\s*/.exec(remaining);
    if (!match) break;
    flags[match[1]] = match[2] ?? true;
    remaining = remaining.slice(match[0].length);
  }
  return { flags, remaining };
}

/** Exec form (a JSON array) or shell form. */
function command(rest) {
  if (rest.startsWith('[')) {
    const parsed = JSON.parse(rest);
    if (!Array.isArray(parsed) || !parsed.every((a) => typeof a === 'string')) {
      throw new Error(`Exec form must be an array of strings: ${rest}`);
    }
    return { form: 'exec', argv: parsed };
  }
  return { form: 'shell', argv: ['/bin/sh', '-c', rest], shell: rest };
}

export function parseDockerfile(text) {
  const stages = [];
  const globalArgs = {};
  let stage = null;
  for (const line of logicalLines(text)) {
    const match = /^(\w+)\s*(.*)$/.exec(line);
    if (!match) throw new Error(`Cannot parse Dockerfile line: ${line}`);
    const keyword = match[1].toUpperCase();
    const rest = match[2];
    if (keyword === 'FROM') {
      const { flags, remaining } = takeFlags(rest);
      const words = remaining.split(/\s+/);
      const as = words.length === 3 && words[1].toUpperCase() === 'AS' ? words[2] : null;
      if (words.length !== 1 && !as) throw new Error(`Cannot parse FROM: ${line}`);
      stage = {
        name: as ?? String(stages.length),
        from: words[0],
        platform: flags.platform ?? null,
        instructions: [],
      };
      stages.push(stage);
      continue;
    }
    if (!stage) {
      if (keyword !== 'ARG') throw new Error(`${keyword} before the first FROM`);
      for (const word of splitWords(rest)) {
        const [name, ...value] = word.split('=');
        globalArgs[name] = value.length > 0 ? value.join('=') : null;
      }
      continue;
    }
    const instruction = { keyword, raw: line };
    switch (keyword) {
      case 'WORKDIR':
      case 'USER':
        instruction.value = rest.trim();
        break;
      case 'ENV': {
        const words = splitWords(rest);
        instruction.pairs = words.every((w) => w.includes('='))
          ? words.map((w) => [w.slice(0, w.indexOf('=')), w.slice(w.indexOf('=') + 1)])
          : [[words[0], words.slice(1).join(' ')]];
        break;
      }
      case 'ARG':
        instruction.pairs = splitWords(rest).map((w) =>
          w.includes('=') ? [w.slice(0, w.indexOf('=')), w.slice(w.indexOf('=') + 1)] : [w, null],
        );
        break;
      case 'COPY': {
        const { flags, remaining } = takeFlags(rest);
        const paths = remaining.startsWith('[') ? JSON.parse(remaining) : splitWords(remaining);
        if (paths.length < 2) throw new Error(`COPY needs a source and a destination: ${line}`);
        instruction.flags = flags;
        instruction.sources = paths.slice(0, -1);
        instruction.dest = paths[paths.length - 1];
        break;
      }
      case 'RUN': {
        const { flags, remaining } = takeFlags(rest);
        instruction.flags = flags;
        Object.assign(instruction, command(remaining));
        break;
      }
      case 'CMD':
      case 'ENTRYPOINT':
        Object.assign(instruction, command(rest));
        break;
      case 'HEALTHCHECK': {
        const { flags, remaining } = takeFlags(rest);
        instruction.flags = flags;
        if (/^NONE$/i.test(remaining)) instruction.none = true;
        else {
          const cmd = /^CMD\s+(.*)$/i.exec(remaining);
          if (!cmd) throw new Error(`Cannot parse HEALTHCHECK: ${line}`);
          Object.assign(instruction, command(cmd[1]));
        }
        break;
      }
      case 'EXPOSE':
        instruction.ports = rest.split(/\s+/).filter(Boolean);
        break;
      case 'LABEL':
      case 'STOPSIGNAL':
        instruction.value = rest;
        break;
      default:
        throw new Error(`docker-steps does not understand ${keyword} (line: ${line})`);
    }
    stage.instructions.push(instruction);
  }
  return { globalArgs, stages };
}

export function readPlan(root = ROOT) {
  return parseDockerfile(readFileSync(join(root, 'Dockerfile'), 'utf8'));
}

// ── Build context ───────────────────────────────────────────────────────────────────────────────

/** A predicate for repository-relative paths: true when .dockerignore keeps it out. */
export function dockerignore(root = ROOT) {
  const require = createRequire(import.meta.url);
  const ignore = require('@balena/dockerignore');
  const file = join(root, '.dockerignore');
  const lines = existsSync(file) ? readFileSync(file, 'utf8').split(/\r?\n/) : [];
  const matcher = ignore().add(lines);
  return (rel) => rel !== '' && rel !== '.' && matcher.ignores(rel);
}

/** Copies the build context (the repository less what .dockerignore excludes) to dest. */
export function copyContext(root, dest) {
  const ignored = dockerignore(root);
  cpSync(root, dest, {
    recursive: true,
    verbatimSymlinks: true,
    filter: (src) => !ignored(relative(root, src).split('\\').join('/')),
  });
}

// ── Executing a stage ───────────────────────────────────────────────────────────────────────────

function substitute(value, vars) {
  return value.replace(/\$\{(\w+)(?::-([^}]*))?\}|\$(\w+)/g, (_, braced, fallback, bare) => {
    const name = braced ?? bare;
    const found = vars[name];
    if (found !== undefined && found !== null && found !== '') return found;
    return fallback ?? found ?? '';
  });
}

/** Where a container path of a stage lives on this machine. */
function hostPath(stageRoot, workdir, containerPath) {
  const absolute = posix.isAbsolute(containerPath)
    ? containerPath
    : posix.join(workdir, containerPath);
  return join(stageRoot, ...absolute.split('/').filter(Boolean));
}

function copyInto(src, dest, destIsDir, filter) {
  if (!existsSync(src)) throw new Error(`COPY source does not exist: ${src}`);
  const isDir = statSync(src).isDirectory();
  const target = isDir ? dest : destIsDir ? join(dest, src.split(/[\\/]/).pop()) : dest;
  mkdirSync(isDir ? target : dirname(target), { recursive: true });
  cpSync(src, target, { recursive: true, verbatimSymlinks: true, filter });
}

function run(argv, { cwd, env }) {
  const started = Date.now();
  // Their output goes to stderr: stdout carries the JSON that `stage` prints.
  const result = spawnSync(argv[0], argv.slice(1), { cwd, env, stdio: ['inherit', 2, 2] });
  if (result.status !== 0) {
    throw new Error(`${argv.join(' ')} failed (exit ${String(result.status)})`);
  }
  return (Date.now() - started) / 1000;
}

/**
 * Executes a stage into `out`/<its root>. Stages built FROM another stage continue in that
 * stage's root (the Dockerfile never copies from a stage that a later stage continues).
 */
export function runStage(plan, name, options) {
  const {
    out,
    builderRoot = null,
    linkNodeModules = false,
    context = ROOT,
    log = console.error,
  } = options;
  const memo = (options.memo ??= new Map());
  const done = memo.get(name);
  if (done) return done;
  const stage = plan.stages.find((s) => s.name === name);
  if (!stage) throw new Error(`No stage named ${name}`);
  const parent = plan.stages.find((s) => s.name === stage.from);
  const result = parent
    ? structuredClone(runStage(plan, parent.name, options))
    : {
        stage: name,
        root: join(out, name),
        workdir: '/',
        env: {},
        args: {},
        user: 'root',
        entrypoint: null,
        cmd: null,
        healthcheck: null,
        expose: [],
        ran: [],
        skipped: [],
      };
  result.stage = name;
  memo.set(name, result);
  mkdirSync(result.root, { recursive: true });
  const vars = () => ({ ...plan.globalArgs, ...result.args, ...result.env });
  const stageRoot = (from) => {
    if (from === 'builder' && builderRoot) return null;
    const source = plan.stages.find((s) => s.name === from);
    if (!source) throw new Error(`COPY --from=${from}: no such stage (images are not supported)`);
    return runStage(plan, from, options).root;
  };

  for (const ins of stage.instructions) {
    switch (ins.keyword) {
      case 'WORKDIR':
        result.workdir = posix.resolve(result.workdir, substitute(ins.value, vars()));
        mkdirSync(hostPath(result.root, '/', result.workdir), { recursive: true });
        break;
      case 'USER':
        result.user = substitute(ins.value, vars());
        break;
      case 'ARG':
        for (const [key, value] of ins.pairs) result.args[key] = value ?? result.args[key] ?? '';
        break;
      case 'ENV':
        for (const [key, value] of ins.pairs) result.env[key] = substitute(value, vars());
        break;
      case 'EXPOSE':
        result.expose.push(...ins.ports);
        break;
      case 'ENTRYPOINT':
        result.entrypoint = ins.argv;
        break;
      case 'CMD':
        result.cmd = ins.argv;
        break;
      case 'HEALTHCHECK':
        result.healthcheck = ins.none ? null : { argv: ins.argv, flags: ins.flags };
        break;
      case 'LABEL':
      case 'STOPSIGNAL':
        break;
      case 'COPY': {
        const dest = hostPath(result.root, result.workdir, substitute(ins.dest, vars()));
        const destIsDir = ins.dest.endsWith('/') || ins.sources.length > 1 || ins.dest === '.';
        const from = ins.flags.from;
        for (const source of ins.sources.map((s) => substitute(s, vars()))) {
          if (/[*?[]/.test(source)) throw new Error(`COPY globs are not supported: ${source}`);
          if (from === undefined) {
            // From the build context, less what .dockerignore keeps out.
            const ignored = dockerignore(context);
            const src = join(context, source);
            copyInto(
              src,
              dest,
              destIsDir,
              (p) => !ignored(relative(context, p).split('\\').join('/')),
            );
          } else if (from === 'builder' && builderRoot) {
            copyFromCheckout(builderRoot, source, dest, destIsDir, linkNodeModules);
          } else {
            copyInto(hostPath(stageRoot(from), '/', source), dest, destIsDir);
          }
        }
        log(`COPY ${ins.sources.join(' ')} -> ${ins.dest} done`);
        break;
      }
      case 'RUN': {
        const shellText = ins.shell ?? ins.argv.join(' ');
        const blocked = UNRUNNABLE.find((u) => u.pattern.test(shellText));
        if (blocked) {
          result.skipped.push({ command: shellText, reason: blocked.reason });
          log(`RUN ${shellText}: skipped (${blocked.reason})`);
          break;
        }
        log(`RUN ${shellText}`);
        const seconds = run(ins.argv[0] === '/bin/sh' ? ['sh', ...ins.argv.slice(1)] : ins.argv, {
          cwd: hostPath(result.root, '/', result.workdir),
          env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '/root', ...result.env },
        });
        result.ran.push({ command: shellText, seconds });
        break;
      }
      default:
        throw new Error(`Unhandled instruction ${ins.keyword}`);
    }
  }
  return result;
}

/**
 * COPY --from=builder when a built checkout stands in for the builder stage. The builder's /app
 * is the build context plus what the build made (BUILD_OUTPUTS), so copying /app as a whole
 * takes exactly that from the checkout.
 */
function copyFromCheckout(checkout, source, dest, destIsDir, linkNodeModules) {
  if (!source.startsWith('/app')) {
    throw new Error(`The builder stands in for /app only; cannot copy ${source}`);
  }
  const rel = posix.relative('/app', source);
  const ignored = dockerignore(checkout);
  const made = (p) => BUILD_OUTPUTS.some((o) => p === o || p.startsWith(`${o}/`));
  if (rel !== '') {
    if (!made(rel) && ignored(rel)) throw new Error(`${source} is not in the builder's /app`);
    copyInto(join(checkout, rel), dest, destIsDir);
    return;
  }
  mkdirSync(dest, { recursive: true });
  for (const entry of readdirSync(checkout)) {
    if (entry === 'node_modules' && linkNodeModules) {
      symlinkSync(join(checkout, 'node_modules'), join(dest, 'node_modules'));
      continue;
    }
    cpSync(join(checkout, entry), join(dest, entry), {
      recursive: true,
      verbatimSymlinks: true,
      filter: (p) => {
        const r = relative(checkout, p).split('\\').join('/');
        return made(r) || BUILD_OUTPUTS.some((o) => o.startsWith(`${r}/`)) || !ignored(r);
      },
    });
  }
}

// ── The emulators stage's firebase.json ─────────────────────────────────────────────────────────

/** Every emulator (and the Emulator UI) listens on all interfaces. */
export function listenAll(config) {
  const emulators = { ...config.emulators };
  for (const [name, value] of Object.entries(emulators)) {
    if (value && typeof value === 'object' && ('host' in value || 'port' in value)) {
      emulators[name] = { ...value, host: '0.0.0.0' };
    }
  }
  return { ...config, emulators };
}

// ── Serving a runner ────────────────────────────────────────────────────────────────────────────

export async function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolvePort(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** The demo settings a self-hosted container would be given with `docker run -e`. */
export const DEMO_RUNTIME_ENV = {
  FIREBASE_WEBAPP_CONFIG: JSON.stringify({
    apiKey: 'demo-api-key',
    authDomain: 'demo-selfhost.firebaseapp.com',
    projectId: 'demo-selfhost',
    appId: '1:000000000000:web:0000000000000000',
  }),
  CANDOR_FUNCTIONS_REGION: 'europe-west1',
};

async function serveCheck(image) {
  const port = await freePort();
  const env = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? '/root',
    ...image.env,
    ...DEMO_RUNTIME_ENV,
    PORT: String(port),
  };
  const cwd = hostPath(image.root, '/', image.workdir);
  const child = spawn(image.cmd[0], image.cmd.slice(1), { cwd, env, stdio: 'inherit' });
  try {
    const deadline = Date.now() + 60_000;
    let health = null;
    while (!health && Date.now() < deadline) {
      health = await fetch(`http://127.0.0.1:${String(port)}/api/health`).catch(() => null);
      if (!health) await new Promise((r) => setTimeout(r, 250));
    }
    if (!health?.ok) throw new Error('GET /api/health did not answer 200');
    console.log(`GET /api/health: ${JSON.stringify(await health.json())}`);
    const page = await fetch(`http://127.0.0.1:${String(port)}/`);
    const html = await page.text();
    if (!page.ok || !html.includes('demo-selfhost')) {
      throw new Error(`GET / answered ${String(page.status)} without the runtime config`);
    }
    console.log('GET /: 200 with the runtime Firebase config');
    const baked = findBakedFirebaseDefaults(image.root);
    if (baked.length > 0) {
      throw new Error(`The bundle carries @firebase/util autoinit defaults: ${baked.join(', ')}`);
    }
    console.log('bundle: no @firebase/util autoinit defaults baked in');
  } finally {
    child.kill('SIGTERM');
  }
}

/**
 * Files of a built app that carry Firebase "autoinit" defaults (a project and emulator hosts
 * written into node_modules/@firebase/util by its postinstall script or by the App Hosting
 * emulator). hosting/next.config.ts keeps them out of every build; this checks that it does.
 */
export function findBakedFirebaseDefaults(dir) {
  const hits = [];
  const walk = (d) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, entry.name);
      if (entry.isDirectory()) walk(p);
      else if (/\.(m?js|html)$/.test(entry.name)) {
        const text = readFileSync(p, 'utf8');
        if (/emulatorHosts"?\s*:\s*\{/.test(text)) hits.push(p);
      }
    }
  };
  walk(dir);
  return hits;
}

// ── Command line ────────────────────────────────────────────────────────────────────────────────

function option(args, name) {
  const index = args.indexOf(name);
  return index === -1 ? null : (args[index + 1] ?? null);
}

async function main(argv) {
  const [cmd, ...args] = argv;
  if (cmd === 'plan') {
    console.log(JSON.stringify(readPlan(), null, 2));
    return 0;
  }
  if (cmd === 'listen-all') {
    const file = resolve(args[0] ?? 'firebase.json');
    const config = listenAll(JSON.parse(readFileSync(file, 'utf8')));
    writeFileSync(file, `${JSON.stringify(config, null, 2)}\n`);
    console.log(`${file}: emulators listen on 0.0.0.0`);
    return 0;
  }
  if (cmd === 'stage') {
    const name = args[0];
    const out = option(args, '--out');
    if (!name || !out) throw new Error('usage: stage <name> --out <dir> [--builder-root <dir>]');
    const builderRoot = option(args, '--builder-root');
    const result = runStage(readPlan(), name, {
      out: resolve(out),
      builderRoot: builderRoot ? resolve(builderRoot) : null,
      linkNodeModules: args.includes('--link-node-modules'),
    });
    console.log(JSON.stringify(result, null, 2));
    return 0;
  }
  if (cmd === 'full') {
    const out = resolve(option(args, '--out') ?? mkdtempSync(join(tmpdir(), 'candor-docker-')));
    const started = Date.now();
    try {
      const context = join(out, 'context');
      console.error(`build context -> ${context}`);
      copyContext(ROOT, context);
      const memo = new Map();
      const plan = readPlan();
      const image = runStage(plan, 'runner', { out, context, memo });
      const builder = runStage(plan, 'builder', { out, context, memo });
      for (const step of builder.ran) {
        console.log(`ran in the builder: ${step.command} (${step.seconds.toFixed(1)} s)`);
      }
      await serveCheck(image);
      console.log(`full replay passed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
      return 0;
    } finally {
      if (!args.includes('--keep')) rmSync(out, { recursive: true, force: true });
    }
  }
  console.error('usage: docker-steps.mjs plan | stage <name> --out <dir> | full | listen-all');
  return 2;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    process.exitCode = await main(process.argv.slice(2));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
