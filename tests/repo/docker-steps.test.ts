// The Dockerfile's runner and emulators stages, replayed outside Docker by
// scripts/docker-steps.mjs on the build `npm test` just made: the same files copied to the same
// places (in a directory outside the repository, so nothing resolves from its node_modules), then
// the image's own start and health-check commands, with the environment a container would have.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../support/env';
import {
  RUNTIME_ENV,
  buildStage,
  containerEnv,
  exitCodeOf,
  filesWithBakedFirebaseDefaults,
  freePort,
  killProcessesUnder,
  start,
  stop,
  isWildcard,
  listeningAddresses,
  waitForHttp,
  workdirOf,
  type StageResult,
} from './docker';

const firebaseJson = JSON.parse(readFileSync(join(ROOT, 'firebase.json'), 'utf8')) as {
  emulators: Record<string, { host?: string; port?: number } | boolean>;
};

describe('the runner image, replayed', () => {
  let out: string;
  let image: StageResult;

  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'candor-runner-'));
    image = buildStage('runner', out);
  });
  afterAll(() => {
    rmSync(out, { recursive: true, force: true });
  });

  it('holds the standalone server, its traced dependencies and the static assets only', () => {
    expect(out.startsWith(ROOT)).toBe(false);
    expect(image.user).toBe('node');
    expect(image.cmd).toEqual(['node', 'hosting/server.js']);
    expect(image.ran).toEqual([]);
    expect(image.skipped).toEqual([]);
    const app = workdirOf(image);
    expect(readFileSync(join(app, 'hosting', 'server.js'), 'utf8')).toContain('process.env.PORT');
    expect(() => readFileSync(join(app, 'node_modules', 'next', 'package.json'))).not.toThrow();
    // No Firebase defaults from node_modules were bundled (next.config.ts keeps them out).
    expect(filesWithBakedFirebaseDefaults(app)).toEqual([]);
  });

  it('answers /api/health without any Firebase settings', async () => {
    const port = await freePort();
    const server = start(image.cmd ?? [], {
      cwd: workdirOf(image),
      env: containerEnv(image, { PORT: String(port) }),
    });
    try {
      const health = await waitForHttp(
        `http://127.0.0.1:${String(port)}/api/health`,
        30_000,
        server,
      );
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ status: 'ok' });
    } finally {
      await stop(server, 'SIGTERM', 10_000);
    }
  });

  it('serves the app with the settings given at run time, and stops on SIGTERM', async () => {
    const port = await freePort();
    const env = containerEnv(image, {
      ...RUNTIME_ENV,
      PORT: String(port),
      CANDOR_VERSION: 'build-arg-version', // what --build-arg CANDOR_VERSION sets
    });
    const cwd = workdirOf(image);
    const healthcheck = image.healthcheck?.argv ?? [];
    expect(healthcheck.length).toBeGreaterThan(0);
    // The image's HEALTHCHECK fails while nothing listens...
    expect(await exitCodeOf(healthcheck, { cwd, env })).not.toBe(0);

    const server = start(image.cmd ?? [], { cwd, env });
    try {
      const origin = `http://127.0.0.1:${String(port)}`;
      const health = await waitForHttp(`${origin}/api/health`, 30_000, server);
      expect(health.status).toBe(200);
      expect(health.headers.get('cache-control')).toContain('no-store');
      const body = (await health.json()) as { status: string; version: string; time: string };
      expect(body).toEqual({ status: 'ok', version: 'build-arg-version', time: body.time });
      expect(Math.abs(Date.parse(body.time) - Date.now())).toBeLessThan(60_000);

      // ...and passes once the server answers.
      expect(await exitCodeOf(healthcheck, { cwd, env })).toBe(0);

      const page = await fetch(`${origin}/`);
      expect(page.status).toBe(200);
      const html = await page.text();
      // The runtime config reaches the browser; nothing of the demo project was built in.
      expect(html).toContain('demo-selfhost');
      expect(html).toContain('europe-west1');
      expect(html).toContain('demo-recaptcha-site-key');
      expect(html).not.toContain('demo-candor');

      // The static assets the page loads come from the copied .next/static.
      const script = /src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
      expect(script).toBeDefined();
      expect((await fetch(`${origin}${script ?? ''}`)).status).toBe(200);
    } finally {
      const stopped = await stop(server, 'SIGTERM', 10_000);
      // docker stop sends SIGTERM: the server exits by itself, well within Docker's 10 s.
      expect(stopped.killed).toBe(false);
    }
  });
});

describe('the emulators image, replayed', () => {
  let out: string;
  let image: StageResult;

  beforeAll(() => {
    out = mkdtempSync(join(tmpdir(), 'candor-emulators-'));
    // The checkout's node_modules are linked rather than copied (1.4 GB); everything else is
    // copied as the image has it.
    image = buildStage('emulators', out, ['--link-node-modules']);
    // The image downloads the Emulator UI at build time (a skipped step here: no network), and
    // `emulators:start` starts the UI whenever it is enabled. Without the download it would
    // try to fetch it and stop, so this replay alone turns the UI off in its copy.
    const file = join(workdirOf(image), 'firebase.json');
    const config = JSON.parse(readFileSync(file, 'utf8')) as {
      emulators: Record<string, unknown>;
    };
    config.emulators.ui = { ...(config.emulators.ui as object), enabled: false };
    writeFileSync(file, JSON.stringify(config, null, 2));
  });
  afterAll(() => {
    // Anything the suite left behind (it is stopped in the test; this is for a failed stop).
    killProcessesUnder(out);
    rmSync(out, { recursive: true, force: true });
  });

  it('runs every step that can run outside Alpine', () => {
    expect(image.skipped.map((s) => s.command)).toEqual([
      expect.stringMatching(/^apk add /),
      expect.stringMatching(/setup:emulators:firestore/),
    ]);
    expect(image.ran.map((r) => r.command)).toEqual([
      'node scripts/docker-steps.mjs listen-all firebase.json',
    ]);
    expect(image.user).toBe('node');
    expect(image.entrypoint).toEqual(['/sbin/tini', '--']);

    // The image's firebase.json: every emulator on all interfaces, the ports unchanged.
    const config = JSON.parse(readFileSync(join(workdirOf(image), 'firebase.json'), 'utf8')) as {
      emulators: Record<string, { host?: string; port?: number } | boolean>;
    };
    for (const [name, value] of Object.entries(firebaseJson.emulators)) {
      if (typeof value !== 'object') continue;
      // Only the host changes (`enabled` aside: this replay turns the UI off, see beforeAll).
      const replayed = config.emulators[name] as object;
      expect([name, { ...replayed, enabled: undefined }]).toEqual([
        name,
        { ...value, enabled: undefined, host: '0.0.0.0' },
      ]);
    }
  });

  it('starts the whole suite on all interfaces and hands the browser loopback addresses', async () => {
    const app = workdirOf(image);
    // tini only forwards signals and reaps children: the command is what runs.
    const suite = start(image.cmd ?? [], { cwd: app, env: containerEnv(image), group: true });
    try {
      const web = await waitForHttp('http://127.0.0.1:5002/', 150_000, suite);
      expect(web.status).toBe(200);
      const html = await web.text();
      for (const name of ['auth', 'firestore', 'functions']) {
        const entry = firebaseJson.emulators[name];
        const port = typeof entry === 'object' ? entry.port : undefined;
        expect(html).toContain(`127.0.0.1:${String(port)}`);
      }
      expect(html).not.toContain('0.0.0.0');

      // Published ports reach the emulators only when they listen on the wildcard address.
      const listening = listeningAddresses();
      for (const name of ['apphosting', 'auth', 'firestore', 'functions', 'hub']) {
        const entry = firebaseJson.emulators[name];
        const addresses = listening.get(typeof entry === 'object' ? (entry.port ?? 0) : 0) ?? [];
        expect({ name, addresses, wildcard: addresses.some(isWildcard) }).toEqual({
          name,
          addresses,
          wildcard: true,
        });
      }
    } finally {
      // Ctrl-C (tini forwards it): the harness stops the whole emulator process group.
      await stop(suite, 'SIGINT', 30_000, true);
    }
  }, 240_000);
});
