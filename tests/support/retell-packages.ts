/**
 * The Retell SDK pair as installed: what retell-sdk (functions) posts create-web-call to, and
 * how retell-client-js-sdk (hosting) joins the call. Read from the packages' own files in
 * node_modules, so the drift test, the fake Retell and the browser test all follow what is
 * really installed rather than a version number written down somewhere.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './env';

export interface InstalledRetellPair {
  server: {
    version: string;
    /** e.g. '/v2/create-web-call', from the SDK's `call.createWebCall`. */
    createWebCallPath: string;
    /** e.g. '/v2/get-call/', from the SDK's `call.retrieve`. */
    getCallPath: string;
  };
  browser: {
    version: string;
    major: number;
    /** 2.x joins a LiveKit room with the token; 3.x joins Retell's gateway transport. */
    transport: 'livekit' | 'gateway';
    /** The LiveKit server URL 2.x connects to (a constant in its source); null for 3.x. */
    livekitUrl: string | null;
  };
}

/**
 * The package directory as Node resolves it from `workspace`: npm nests a workspace's own
 * version under the workspace and hoists the rest to the root.
 */
export function packageDir(name: string, workspace: 'functions' | 'hosting'): string {
  const candidates = [
    join(ROOT, workspace, 'node_modules', name),
    join(ROOT, 'node_modules', name),
  ];
  const found = candidates.find((dir) => existsSync(join(dir, 'package.json')));
  if (found === undefined) throw new Error(`${name} is not installed for ${workspace}`);
  return found;
}

function version(dir: string): string {
  return (JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { version: string })
    .version;
}

export function readInstalledRetellPair(): InstalledRetellPair {
  const serverDir = packageDir('retell-sdk', 'functions');
  const callSource = readFileSync(join(serverDir, 'resources', 'call.js'), 'utf8');
  const createWebCall = /post\(\s*['"`](\/v\d+\/create-web-call)['"`]/.exec(callSource)?.[1];
  const getCall = /get\(\s*\(0,\s*path_1\.path\)\s*`(\/v\d+\/get-call\/)\$\{/.exec(callSource)?.[1];
  if (createWebCall === undefined || getCall === undefined) {
    throw new Error(
      `retell-sdk ${version(serverDir)}: create-web-call or get-call path not found in resources/call.js`,
    );
  }

  const browserDir = packageDir('retell-client-js-sdk', 'hosting');
  const browserVersion = version(browserDir);
  const major = Number(browserVersion.split('.')[0]);
  const pkg = JSON.parse(readFileSync(join(browserDir, 'package.json'), 'utf8')) as {
    main: string;
    dependencies?: Record<string, string>;
  };
  const browserSource = readFileSync(join(browserDir, pkg.main), 'utf8');
  const livekitUrl = /["'](wss:\/\/[\w.-]+\.livekit\.cloud)["']/.exec(browserSource)?.[1] ?? null;
  const usesLivekit = pkg.dependencies?.['livekit-client'] !== undefined && livekitUrl !== null;
  return {
    server: { version: version(serverDir), createWebCallPath: createWebCall, getCallPath: getCall },
    browser: {
      version: browserVersion,
      major,
      transport: usesLivekit ? 'livekit' : 'gateway',
      livekitUrl,
    },
  };
}

/**
 * Why a pair cannot work, or null when Retell documents it as working: create-web-call v2 issues
 * a LiveKit room token that only browser SDK 2.x (`RetellWebClient.startCall`) joins; v3 issues a
 * gateway token (`transport: 'gateway'`, `ice_servers`) for browser SDK 3.x
 * (`RetellClient.createWebCall`).
 */
export function retellPairProblem(pair: InstalledRetellPair): string | null {
  const api = /^\/(v\d+)\//.exec(pair.server.createWebCallPath)?.[1];
  const { browser, server } = pair;
  if (api === 'v2' && browser.major === 2 && browser.transport === 'livekit') return null;
  if (api === 'v3' && browser.major === 3 && browser.transport === 'gateway') return null;
  return (
    `retell-sdk ${server.version} posts to ${server.createWebCallPath} but ` +
    `retell-client-js-sdk ${browser.version} joins via ${browser.transport}: ` +
    (api === 'v3'
      ? 'a v3 gateway token cannot join a LiveKit room. Pin retell-sdk to 5.64.0 (the last release on /v2/create-web-call) or move the browser to SDK 3.x (see ARCHITECTURE.md, "Retell SDK pair").'
      : 'a v2 LiveKit token is not what browser SDK 3.x joins. Move retell-sdk to a release on /v3/create-web-call together with the browser SDK (see ARCHITECTURE.md, "Retell SDK pair").')
  );
}
