import { spawnSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from '../support/env';

type Step = { uses?: string; run?: string; with?: Record<string, unknown>; if?: string };
type Workflow = {
  on: Record<string, unknown>;
  concurrency?: { group: string; 'cancel-in-progress': boolean };
  jobs: Record<string, { steps: Step[] }>;
};

const DIR = join(ROOT, '.github', 'workflows');
const files = readdirSync(DIR).filter((f) => /\.ya?ml$/.test(f));
const load = (name: string) => parse(readFileSync(join(DIR, name), 'utf8')) as Workflow;
const stepsOf = (workflow: Workflow) => Object.values(workflow.jobs).flatMap((j) => j.steps);
const usesOf = (workflow: Workflow, action: string) =>
  stepsOf(workflow).filter((s) => s.uses?.startsWith(`${action}@`));
const scriptOf = (workflow: Workflow) =>
  stepsOf(workflow)
    .map((s) => s.run ?? '')
    .join('\n');

describe('GitHub Actions workflows', () => {
  it('are ci, docker and deploy', () => {
    expect(files.sort()).toEqual(['ci.yml', 'deploy.yml', 'docker.yml']);
  });

  it.each(files)('%s is valid against the workflow schema (action-validator)', (file) => {
    const cli = join(ROOT, 'node_modules', '@action-validator', 'cli', 'cli.mjs');
    const result = spawnSync(process.execPath, [cli, join(DIR, file)], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect({ file, status: result.status, output: `${result.stdout}${result.stderr}` }).toEqual({
      file,
      status: 0,
      output: '',
    });
  });

  it.each(files)('%s pins every action to a major version', (file) => {
    for (const step of stepsOf(load(file))) {
      if (step.uses) expect(step.uses).toMatch(/^[\w.-]+\/[\w.-]+@v\d+$/);
    }
  });

  it('ci runs the whole suite on pull requests and pushes, one run per ref', () => {
    const ci = load('ci.yml');
    expect(Object.keys(ci.on)).toEqual(expect.arrayContaining(['pull_request', 'push']));
    expect(ci.concurrency?.['cancel-in-progress']).toBe(true);
    expect(usesOf(ci, 'actions/setup-node')[0]?.with).toMatchObject({
      'node-version': 22,
      cache: 'npm',
    });
    expect(usesOf(ci, 'actions/setup-java')[0]?.with).toMatchObject({
      distribution: 'temurin',
      'java-version': '21',
    });
    expect(usesOf(ci, 'actions/cache')[0]?.with?.path).toBe('~/.cache/firebase/emulators');
    const runs = stepsOf(ci).map((s) => s.run?.trim());
    expect(runs).toEqual(expect.arrayContaining(['npm ci', 'npm test']));
    const upload = usesOf(ci, 'actions/upload-artifact')[0];
    expect(upload?.with?.path).toBe('.cache/test-results');
    expect(upload?.if).toContain('!cancelled()');
  });

  it('docker builds, checks and pushes the runner image from main', () => {
    const docker = load('docker.yml');
    expect(docker.on.push).toEqual({ branches: ['main'] });
    expect(usesOf(docker, 'docker/setup-buildx-action')).toHaveLength(1);
    expect(usesOf(docker, 'docker/login-action')[0]?.with).toEqual({
      username: '${{ secrets.DOCKERHUB_USERNAME }}',
      password: '${{ secrets.DOCKERHUB_TOKEN }}',
    });
    const builds = usesOf(docker, 'docker/build-push-action');
    const push = builds.find((b) => b.with?.push === true);
    expect(push?.with).toMatchObject({
      target: 'runner',
      'cache-from': expect.stringContaining('type=gha') as unknown,
      'cache-to': expect.stringContaining('type=gha') as unknown,
    });
    expect(push?.with?.tags).toContain(':latest');
    expect(push?.with?.tags).toContain(':${{ github.sha }}');
    // The image is started and health-checked before anything is pushed.
    const script = scriptOf(docker);
    expect(script).toContain('.State.Health.Status');
    expect(script).toContain('/api/health');
  });

  it('deploy ships rules, indexes, functions and the web app with the Firebase CLI', () => {
    const deploy = load('deploy.yml');
    expect(Object.keys(deploy.on).sort()).toEqual(['push', 'workflow_dispatch']);
    expect(deploy.on.push).toEqual({ tags: ['v*'] });
    expect(usesOf(deploy, 'google-github-actions/auth')[0]?.with).toEqual({
      credentials_json: '${{ secrets.FIREBASE_SERVICE_ACCOUNT }}',
    });
    const script = scriptOf(deploy);
    expect(script).toMatch(
      /npx firebase deploy --only firestore,functions --project "\$FIREBASE_PROJECT_ID" --force/,
    );
    expect(script).toMatch(
      /npx firebase deploy --only apphosting --project "\$FIREBASE_PROJECT_ID"/,
    );
    // Every deploy target it names is configured in firebase.json.
    const firebaseJson = JSON.parse(readFileSync(join(ROOT, 'firebase.json'), 'utf8')) as object;
    for (const [, targets] of script.matchAll(/--only ([\w,]+)/g)) {
      for (const target of (targets ?? '').split(','))
        expect(Object.keys(firebaseJson)).toContain(target);
    }
  });
});
