import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from '../support/env';

type FunctionsConfig = { source: string; predeploy?: string[]; ignore?: string[] };
type AppHostingConfig = { backendId: string; rootDir: string; ignore: string[] };
type FirebaseJson = {
  functions: FunctionsConfig[];
  apphosting: AppHostingConfig[];
  firestore: { rules: string; indexes: string };
  emulators: { apphosting: { rootDirectory: string; startCommand: string } };
};
const firebaseJson = JSON.parse(readFileSync(join(ROOT, 'firebase.json'), 'utf8')) as FirebaseJson;
const readJson = (path: string) => JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as unknown;

describe('firebase.json', () => {
  it("is valid for the pinned firebase-tools (the CLI's own schema validator)", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { getValidator } = require('firebase-tools/lib/firebaseConfigValidate') as {
      getValidator: () => ((data: unknown) => boolean) & { errors?: unknown };
    };
    const validate = getValidator();
    expect([validate(firebaseJson), validate.errors ?? null]).toEqual([true, null]);
  });

  it('runs lint, type checks and the functions build before a functions deploy', () => {
    const [functions] = firebaseJson.functions;
    expect(functions?.predeploy).toBeDefined();
    const sourceDir = join(ROOT, functions?.source ?? '');
    // firebase-tools 15 runs each command with a shell in the project directory and sets
    // RESOURCE_DIR to the functions source; each must name a script of that package.
    const scripts: string[] = [];
    for (const command of functions?.predeploy ?? []) {
      const match = /^npm --prefix "\$RESOURCE_DIR(\/\.\.)?" run (\S+)$/.exec(command);
      expect([command, match !== null]).toEqual([command, true]);
      const dir = match?.[1] ? join(sourceDir, '..') : sourceDir;
      const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as {
        scripts: Record<string, string>;
      };
      expect(pkg.scripts[match?.[2] ?? '']).toBeDefined();
      scripts.push(match?.[2] ?? '');
    }
    expect(scripts).toEqual(['lint', 'typecheck', 'build']);
    // The deploy uploads the bundle and package.json, not the sources.
    expect(functions?.ignore).toEqual(expect.arrayContaining(['node_modules', 'src']));
    expect((readJson('functions/package.json') as { main: string }).main).toBe('lib/index.js');
  });

  it('deploys the web app to the App Hosting backend "candor" from hosting/', () => {
    expect(firebaseJson.apphosting).toHaveLength(1);
    const [backend] = firebaseJson.apphosting;
    expect(backend).toMatchObject({ backendId: 'candor', rootDir: 'hosting' });
    expect(existsSync(join(ROOT, backend?.rootDir ?? '', 'apphosting.yaml'))).toBe(true);
    // The emulator serves the same directory.
    expect(firebaseJson.emulators.apphosting.rootDirectory).toBe(backend?.rootDir);
    // The source upload leaves out dependencies, local state and credentials.
    expect(backend?.ignore).toEqual(
      expect.arrayContaining(['node_modules', '.git', '.cache', 'gha-creds-*.json']),
    );
    for (const file of [firebaseJson.firestore.rules, firebaseJson.firestore.indexes]) {
      expect(existsSync(join(ROOT, file))).toBe(true);
    }
  });
});

describe('hosting/apphosting.yaml', () => {
  type Env = { variable: string; value?: string; secret?: string; availability?: string[] };
  const config = parse(readFileSync(join(ROOT, 'hosting', 'apphosting.yaml'), 'utf8')) as {
    runConfig: Record<string, number>;
    env: Env[];
  };

  it('sizes the Cloud Run service with App Hosting runConfig keys', () => {
    const keys = ['cpu', 'memoryMiB', 'concurrency', 'minInstances', 'maxInstances'];
    for (const key of Object.keys(config.runConfig)) expect(keys).toContain(key);
    expect(config.runConfig.maxInstances).toBeGreaterThanOrEqual(
      config.runConfig.minInstances ?? 0,
    );
  });

  it('sets the functions region at run time and leaves the web config to App Hosting', () => {
    const names = config.env.map((e) => e.variable);
    expect(names).toContain('CANDOR_FUNCTIONS_REGION');
    // App Hosting injects FIREBASE_WEBAPP_CONFIG itself; emulator hosts only in the emulator file.
    expect(names).not.toContain('FIREBASE_WEBAPP_CONFIG');
    expect(names.some((n) => n.endsWith('_EMULATOR_HOST'))).toBe(false);
    for (const entry of config.env) {
      expect(entry.value !== undefined || entry.secret !== undefined).toBe(true);
      for (const a of entry.availability ?? []) expect(['BUILD', 'RUNTIME']).toContain(a);
    }
  });

  it('runs the production server under the App Hosting emulator', () => {
    expect(firebaseJson.emulators.apphosting.startCommand).toBe('npm run start');
    expect(
      (readJson('hosting/package.json') as { scripts: Record<string, string> }).scripts.start,
    ).toBe('next start');
  });
});
