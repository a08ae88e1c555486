import ignore from '@balena/dockerignore';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../support/env';
import { instructionsOf, readPlan, stageNamed, type Plan } from './docker';

const plan: Plan = readPlan();
const rootPackage = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  workspaces: string[];
};
const firebaseJson = JSON.parse(readFileSync(join(ROOT, 'firebase.json'), 'utf8')) as {
  emulators: Record<string, { port?: number }>;
};

describe('Dockerfile', () => {
  it('has the deps, builder, runner and emulators stages, all on node:22-alpine', () => {
    expect(plan.stages.map((s) => s.name)).toEqual(['deps', 'builder', 'runner', 'emulators']);
    const seen = new Set<string>();
    for (const stage of plan.stages) {
      // Either the pinned base image or an earlier stage of this file.
      expect(stage.from === 'node:22-alpine' || seen.has(stage.from)).toBe(true);
      seen.add(stage.name);
    }
    expect(stageNamed(plan, 'builder').from).toBe('deps');
  });

  it('installs the workspaces from the lockfile alone, install scripts off', () => {
    const deps = stageNamed(plan, 'deps');
    const copied = instructionsOf(deps, 'COPY').flatMap((c) => c.sources ?? []);
    const manifests = ['package.json', 'package-lock.json'].concat(
      rootPackage.workspaces.map((w) => `${w}/package.json`),
    );
    expect(copied.sort()).toEqual(manifests.sort());
    const runs = instructionsOf(deps, 'RUN').map((r) => r.shell ?? '');
    expect(runs).toEqual([expect.stringMatching(/^npm ci --ignore-scripts\b/)]);
  });

  it('builds with the repository build script from the whole context', () => {
    const builder = stageNamed(plan, 'builder');
    expect(instructionsOf(builder, 'COPY').map((c) => [c.sources, c.dest])).toEqual([[['.'], '.']]);
    expect(instructionsOf(builder, 'RUN').map((r) => r.shell)).toEqual(['npm run build']);
    expect(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'))).toMatchObject({
      scripts: { build: expect.stringContaining('hosting') as unknown },
    });
  });

  it('runs the web app as a non-root user, on $PORT at 0.0.0.0, with a health check', () => {
    const runner = stageNamed(plan, 'runner');
    const env = Object.fromEntries(instructionsOf(runner, 'ENV').flatMap((e) => e.pairs ?? []));
    expect(env).toMatchObject({ NODE_ENV: 'production', HOSTNAME: '0.0.0.0', PORT: '3000' });

    const users = instructionsOf(runner, 'USER').map((u) => u.value);
    expect(users).toHaveLength(1);
    expect(users[0]).not.toMatch(/^(root|0)(:|$)/);
    const keywords = runner.instructions.map((i) => i.keyword);
    expect(keywords.indexOf('USER')).toBeLessThan(keywords.indexOf('CMD'));

    const [healthcheck] = instructionsOf(runner, 'HEALTHCHECK');
    expect(healthcheck?.argv?.join(' ')).toContain('/api/health');
    expect(healthcheck?.argv?.join(' ')).toContain('process.env.PORT');
    expect(instructionsOf(runner, 'CMD').map((c) => c.argv)).toEqual([
      ['node', 'hosting/server.js'],
    ]);
  });

  it('copies only the standalone server and the static assets, which the build makes', () => {
    const runner = stageNamed(plan, 'runner');
    const copies = instructionsOf(runner, 'COPY');
    expect(copies.every((c) => c.flags?.from === 'builder')).toBe(true);
    const sources = copies.flatMap((c) => c.sources ?? []);
    const expected = ['/app/hosting/.next/standalone', '/app/hosting/.next/static'];
    // Public assets are copied as soon as the app has any.
    if (existsSync(join(ROOT, 'hosting', 'public'))) expected.push('/app/hosting/public');
    expect(sources).toEqual(expected);
    // `npm test` built the app before this layer: every source exists, and the server is where
    // CMD expects it (outputFileTracingRoot is the repository root).
    for (const source of sources)
      expect(existsSync(join(ROOT, source.slice('/app/'.length)))).toBe(true);
    expect(existsSync(join(ROOT, 'hosting/.next/standalone/hosting/server.js'))).toBe(true);
  });

  it('gives the emulators target Java 21, the pinned firebase-tools and downloaded emulators', () => {
    const emulators = stageNamed(plan, 'emulators');
    const runs = instructionsOf(emulators, 'RUN').map((r) => r.shell ?? '');
    expect(runs.some((r) => /^apk add .*\bopenjdk21-jre/.test(r))).toBe(true);
    const setup = runs.find((r) => r.includes('setup:emulators:firestore'));
    expect(setup).toContain('node_modules/.bin/firebase'); // the lockfile's firebase-tools
    // The pinned firebase-tools has the download commands the image runs.
    for (const name of ['firestore', 'ui']) {
      expect(setup).toContain(`setup:emulators:${name}`);
      const help = spawnSync(
        join(ROOT, 'node_modules', '.bin', 'firebase'),
        ['help', `setup:emulators:${name}`],
        { cwd: ROOT, encoding: 'utf8' },
      );
      expect(help.stdout).toContain(`download the ${name} emulator`);
    }
    const cmd = instructionsOf(emulators, 'CMD')[0]?.argv ?? [];
    expect(cmd).toEqual(['node', 'scripts/emulators.mjs', 'start', '--import', 'seed']);
    // Every emulator that command starts is published.
    const exposed = instructionsOf(emulators, 'EXPOSE').flatMap((e) => e.ports ?? []);
    for (const name of ['apphosting', 'auth', 'firestore', 'functions', 'hub']) {
      expect(exposed).toContain(String(firebaseJson.emulators[name]?.port));
    }
  });
});

describe('.dockerignore', () => {
  const matcher = ignore().add(readFileSync(join(ROOT, '.dockerignore'), 'utf8').split('\n'));

  it('keeps secrets, credentials, dependencies and build output out of the context', () => {
    for (const path of [
      '.env',
      '.env.production',
      'hosting/.env.local',
      'functions/.env.my-project',
      'functions/.secret.local',
      'service-account.json',
      'keys/my-project-service-account.json',
      'my-project-firebase-adminsdk-abc12-0123456789.json',
      'gha-creds-0123456789abcdef.json',
      'hosting/apphosting.local.yaml',
      'node_modules/next/package.json',
      'hosting/node_modules/x/index.js',
      'hosting/.next/BUILD_ID',
      'functions/lib/index.js',
      '.git/config',
      '.cache/emulator-data/firebase-export-metadata.json',
      'firebase-debug.log',
    ]) {
      expect([path, matcher.ignores(path)]).toEqual([path, true]);
    }
  });

  it('keeps everything the image needs', () => {
    for (const path of [
      'package.json',
      'package-lock.json',
      '.firebaserc',
      'firebase.json',
      'firestore.rules',
      'firestore.indexes.json',
      'seed/firebase-export-metadata.json',
      'scripts/emulators.mjs',
      'scripts/docker-steps.mjs',
      'packages/core/src/index.ts',
      'functions/build.mjs',
      'functions/src/index.ts',
      'hosting/next.config.ts',
      'hosting/apphosting.yaml',
      'hosting/apphosting.emulator.yaml',
      'hosting/src/app/layout.tsx',
      'tsconfig.base.json',
    ]) {
      expect([path, matcher.ignores(path)]).toEqual([path, false]);
    }
  });
});

describe('package-lock.json', () => {
  type Entry = {
    os?: string[];
    cpu?: string[];
    libc?: string[];
    optionalDependencies?: Record<string, string>;
  };
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, Entry>;
  };

  /** npm's lookup: the nearest node_modules/<name> from the dependent's folder upwards. */
  function resolveEntry(from: string, name: string): Entry | undefined {
    let base = from;
    for (;;) {
      const entry = lock.packages[`${base ? `${base}/` : ''}node_modules/${name}`];
      if (entry) return entry;
      if (!base) return undefined;
      const index = base.lastIndexOf('/node_modules/');
      base = index === -1 ? '' : base.slice(0, index);
    }
  }

  const fits = (entry: Entry, cpu: string, libc: string) =>
    (!entry.os || entry.os.includes('linux')) &&
    (!entry.cpu || entry.cpu.includes(cpu)) &&
    (!entry.libc || entry.libc.includes(libc));

  it.each(['x64', 'arm64'])(
    'has an Alpine (musl) build of every native package that has a glibc one, for %s',
    (cpu) => {
      const missing: string[] = [];
      for (const [path, entry] of Object.entries(lock.packages)) {
        // A platform build's own dependencies follow its platform (sharp-linux-x64 -> glibc).
        if (entry.os !== undefined || entry.cpu !== undefined || entry.libc !== undefined) continue;
        const platformDeps = Object.keys(entry.optionalDependencies ?? {})
          .map((name) => [name, resolveEntry(path, name)] as const)
          .filter(([, dep]) => dep?.os !== undefined || dep?.cpu !== undefined);
        const forGlibc = platformDeps.filter(([, dep]) => dep && fits(dep, cpu, 'glibc'));
        const forMusl = platformDeps.filter(([, dep]) => dep && fits(dep, cpu, 'musl'));
        if (forGlibc.length > 0 && forMusl.length === 0) missing.push(path || '(root)');
      }
      expect(missing).toEqual([]);
    },
  );
});
