import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ROOT } from '../support/env';
import { build, readKustomization } from './kustomize';

type Step = {
  id?: string;
  name?: string;
  uses?: string;
  run?: string;
  with?: Record<string, unknown>;
  if?: string;
};
type Job = { steps: Step[]; needs?: string; env?: Record<string, string> };
type Workflow = {
  on: Record<string, unknown>;
  concurrency?: { group: string; 'cancel-in-progress': boolean };
  jobs: Record<string, Job>;
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
    // The Prometheus test and promtool need Debian's/Ubuntu's prometheus package.
    expect(scriptOf(ci)).toContain(
      'sudo apt-get install -y -qq --no-install-recommends prometheus',
    );
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

  describe('deploy rolls the pushed image out to Kubernetes when a cluster is configured', () => {
    const deploy = load('deploy.yml');
    const job = deploy.jobs.kubernetes;
    if (!job) throw new Error('deploy.yml has no kubernetes job');
    const env = job.env ?? {};
    const script = job.steps.map((s) => s.run ?? '').join('\n');

    it('after the Firebase deploy, with the image docker.yml pushes for this commit', () => {
      expect(job.needs).toBe('deploy');
      expect(env.KUBECONFIG_DATA).toBe('${{ secrets.KUBECONFIG }}');
      const docker = load('docker.yml');
      const dockerJob = Object.values(docker.jobs)[0];
      expect(env.IMAGE).toBe(dockerJob?.env?.IMAGE);
      const push = usesOf(docker, 'docker/build-push-action').find((b) => b.with?.push === true);
      expect(push?.with?.tags).toContain('${{ env.IMAGE }}:${{ github.sha }}');
      // github.sha is GITHUB_SHA in the shell: the tag the push above made.
      const overlay = readKustomization(join(ROOT, env.OVERLAY ?? ''));
      const [image] = overlay.images ?? [];
      expect(script).toContain(
        `kustomize edit set image "${image?.name ?? ''}=$IMAGE:$GITHUB_SHA"`,
      );
      expect(script).toContain('docker manifest inspect "$IMAGE:$GITHUB_SHA"');
    });

    it('applies the overlay, waits for the rollout and rolls back on failure', () => {
      expect(env.OVERLAY).toBe('deploy/kubernetes/overlays/production');
      const rendered = build(join(ROOT, env.OVERLAY ?? ''));
      const deployment = rendered.find((m) => m.kind === 'Deployment');
      expect([deployment?.metadata.name, deployment?.metadata.namespace]).toEqual([
        env.DEPLOYMENT,
        env.NAMESPACE,
      ]);
      const apply = script.indexOf('kubectl apply -k "$OVERLAY"');
      const status = script.indexOf('rollout status "deployment/$DEPLOYMENT" --timeout=');
      const undo = script.indexOf('rollout undo "deployment/$DEPLOYMENT"');
      expect(apply).toBeGreaterThan(-1);
      expect(status).toBeGreaterThan(apply);
      expect(undo).toBeGreaterThan(status);
      expect(script).toMatch(/if ! kubectl -n "\$NAMESPACE" rollout status/);
    });

    it('skips with a clear message when no KUBECONFIG secret is set', () => {
      const [credentials, ...rest] = job.steps;
      expect(credentials?.id).toBe('cluster');
      for (const step of rest)
        expect(step.if).toBe("${{ steps.cluster.outputs.configured == 'true' }}");
      const dir = mkdtempSync(join(tmpdir(), 'candor-workflow-'));
      try {
        const output = join(dir, 'output');
        const result = spawnSync('bash', ['-e', '-c', credentials?.run ?? 'false'], {
          encoding: 'utf8',
          env: {
            PATH: process.env.PATH ?? '',
            KUBECONFIG_DATA: '',
            IMAGE: '/candor',
            GITHUB_OUTPUT: output,
            RUNNER_TEMP: dir,
            GITHUB_ENV: join(dir, 'env'),
          },
        });
        expect(result.status).toBe(0);
        expect(result.stdout).toContain('::notice::No KUBECONFIG secret is configured');
        expect(readFileSync(output, 'utf8')).toBe('configured=false\n');
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });
});
