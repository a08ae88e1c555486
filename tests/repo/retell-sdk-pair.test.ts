import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../support/env';
import {
  readInstalledRetellPair,
  retellPairProblem,
  type InstalledRetellPair,
} from '../support/retell-packages';

const installed = readInstalledRetellPair();

describe('the Retell SDK pair', () => {
  it('is a pair Retell documents as working (server create-web-call path and browser SDK)', () => {
    expect(retellPairProblem(installed)).toBeNull();
  });

  it('is create-web-call v2 with the LiveKit browser SDK 2.x until 3.x can be installed', () => {
    // When browser SDK 3.x installs here, follow ARCHITECTURE.md ("Retell SDK pair") and update
    // this expectation together with the code.
    expect(installed.server.createWebCallPath).toBe('/v2/create-web-call');
    expect(installed.server.getCallPath).toBe('/v2/get-call/');
    expect(installed.browser).toMatchObject({ major: 2, transport: 'livekit' });
    expect(installed.browser.livekitUrl).toMatch(/^wss:\/\/[\w-]+\.livekit\.cloud$/);
  });

  it('cannot drift on a fresh install: retell-sdk is pinned exactly, the browser SDK to 2.x', () => {
    const deps = (workspace: string) =>
      (
        JSON.parse(readFileSync(join(ROOT, workspace, 'package.json'), 'utf8')) as {
          dependencies: Record<string, string>;
        }
      ).dependencies;
    expect(deps('functions')['retell-sdk']).toBe(installed.server.version);
    expect(deps('hosting')['retell-client-js-sdk']).toMatch(/^(\^|~)?2\.\d+\.\d+$/);
  });

  it('flags a drifted pair either way', () => {
    const drifted = (server: string, major: number, transport: 'livekit' | 'gateway') =>
      ({
        server: { version: 'x', createWebCallPath: server, getCallPath: '/v2/get-call/' },
        browser: { version: `${String(major)}.0.0`, major, transport, livekitUrl: null },
      }) satisfies InstalledRetellPair;
    expect(retellPairProblem(drifted('/v3/create-web-call', 2, 'livekit'))).toMatch(
      /cannot join a LiveKit room/,
    );
    expect(retellPairProblem(drifted('/v2/create-web-call', 3, 'gateway'))).toMatch(
      /not what browser SDK 3.x joins/,
    );
    expect(retellPairProblem(drifted('/v3/create-web-call', 3, 'gateway'))).toBeNull();
  });
});
