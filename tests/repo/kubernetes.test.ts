// deploy/kubernetes rendered as `kubectl apply -k` would render it (tests/repo/kustomize.ts),
// every manifest validated against the Kubernetes API schemas (kubernetes-models), and the
// Deployment checked against what the runner image really is: its port, its user, its health
// endpoint and the environment names the server reads.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT } from '../support/env';
import { instructionsOf, readPlan, stageNamed } from './docker';
import { KUBERNETES, build, readKustomization, strategicMerge, type Manifest } from './kustomize';

const BASE = join(KUBERNETES, 'base');
const PRODUCTION = join(KUBERNETES, 'overlays', 'production');
const COMMIT = 'a'.repeat(40);

type Probe = { httpGet?: { path: string; port: string | number } };
type Container = {
  name: string;
  image: string;
  ports: { name: string; containerPort: number }[];
  env?: { name: string; value?: string }[];
  envFrom?: { configMapRef?: { name: string } }[];
  readinessProbe?: Probe;
  livenessProbe?: Probe;
  startupProbe?: Probe;
  resources: { requests?: Record<string, string>; limits?: Record<string, string> };
  lifecycle?: { preStop?: { exec?: { command: string[] }; sleep?: { seconds: number } } };
  securityContext: Record<string, unknown>;
  volumeMounts: { name: string; mountPath: string }[];
};
type PodSpec = {
  containers: Container[];
  securityContext: Record<string, unknown>;
  terminationGracePeriodSeconds: number;
  volumes: { name: string; emptyDir?: object }[];
  enableServiceLinks?: boolean;
};
type Deployment = Manifest & {
  spec: {
    replicas?: number;
    selector: { matchLabels: Record<string, string> };
    template: {
      metadata: { labels: Record<string, string>; annotations: Record<string, string> };
      spec: PodSpec;
    };
  };
};

function validate(manifests: Manifest[]) {
  const result = spawnSync(process.execPath, [join(__dirname, 'kube-validate.mjs')], {
    cwd: ROOT,
    input: JSON.stringify(manifests),
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(result.stderr);
  return JSON.parse(result.stdout) as { kind: string; name: string; error: string | null }[];
}

// eslint-disable-next-line @typescript-eslint/no-unnecessary-type-parameters -- the caller names the shape it reads
const one = <T extends Manifest>(manifests: Manifest[], kind: string): T => {
  const found = manifests.filter((m) => m.kind === kind);
  expect(found.map((m) => m.kind)).toEqual([kind]);
  return found[0] as T;
};

/** Environment names the web server reads (the zod schema of server-config.ts). */
function serverEnvNames(): string[] {
  const source = readFileSync(join(ROOT, 'hosting/src/lib/config/server-config.ts'), 'utf8');
  const schema = /const serverEnvSchema = z\.object\(\{([\s\S]*?)\n\}\);/.exec(source)?.[1] ?? '';
  return [...schema.matchAll(/^\s{2}([A-Z][A-Z0-9_]+):/gm)].map((m) => m[1] ?? '');
}

describe('the Kubernetes manifests', () => {
  const base = build(BASE);
  const production = build(PRODUCTION, [
    { name: 'candor', newName: 'docker.io/example/candor', newTag: COMMIT },
  ]);

  it('render base and production to the expected objects', () => {
    const names = (ms: Manifest[]) => ms.map((m) => `${m.kind}/${m.metadata.name}`).sort();
    expect(names(base)).toEqual([
      'ConfigMap/candor-config',
      'Deployment/candor',
      'HorizontalPodAutoscaler/candor',
      'Ingress/candor',
      'PodDisruptionBudget/candor',
      'Service/candor',
    ]);
    expect(names(production)).toEqual([...names(base), 'Namespace/candor'].sort());
    for (const m of production) {
      expect([m.kind, m.metadata.namespace]).toEqual([
        m.kind,
        m.kind === 'Namespace' ? undefined : 'candor',
      ]);
    }
  });

  it.each([
    ['base', base],
    ['production', production],
  ])('%s: every manifest is valid against the Kubernetes schemas', (_name, manifests) => {
    const results = validate(manifests);
    expect(results).toHaveLength(manifests.length);
    expect(results.filter((r) => r.error !== null)).toEqual([]);
  });

  it('the validator rejects what the API server would refuse', () => {
    const deployment = one<Deployment>(base, 'Deployment');
    const broken = strategicMerge(deployment, {
      spec: {
        template: { spec: { containers: [{ name: 'web', ports: [{ containerPort: 'http' }] }] } },
      },
    }) as Manifest;
    const empty: Manifest = { ...deployment, spec: {} };
    const [typed, missing] = validate([broken, empty]);
    expect(typed?.error).toMatch(/containerPort must be integer/);
    expect(missing?.error).toMatch(/selector/);
  });

  describe('the Deployment runs the runner image as its Dockerfile stage defines it', () => {
    const runner = stageNamed(readPlan(), 'runner');
    const env = Object.fromEntries(instructionsOf(runner, 'ENV').flatMap((i) => i.pairs ?? []));
    const deployment = one<Deployment>(production, 'Deployment');
    const pod = deployment.spec.template.spec;
    const [web] = pod.containers;
    if (!web) throw new Error('no container');

    it('with the commit tag the docker workflow pushes', () => {
      expect(pod.containers).toHaveLength(1);
      expect(web.image).toBe(`docker.io/example/candor:${COMMIT}`);
      // Without the deploy's tag, the committed overlay names the image docker.yml pushes.
      const committed = one<Deployment>(build(PRODUCTION), 'Deployment');
      const image = committed.spec.template.spec.containers[0]?.image ?? '';
      expect(image).toMatch(/^docker\.io\/[\w-]+\/candor:commit-sha$/);
      expect(image).not.toMatch(/:latest$/);
      const overlay = readKustomization(PRODUCTION);
      expect(overlay.images?.map((i) => i.name)).toEqual(['candor']);
    });

    it('on the port the image listens on, probed on /api/health', () => {
      expect(env.PORT).toBe('3000');
      expect(env.HOSTNAME).toBe('0.0.0.0');
      const http = web.ports.find((p) => p.name === 'http');
      expect(http?.containerPort).toBe(Number(env.PORT));
      expect(instructionsOf(runner, 'EXPOSE').flatMap((i) => i.ports)).toEqual([env.PORT]);
      for (const probe of [web.readinessProbe, web.livenessProbe, web.startupProbe]) {
        expect(probe?.httpGet).toEqual({ path: '/api/health', port: 'http' });
      }
      // PORT and HOSTNAME come from the image, unchanged.
      expect(web.env?.map((e) => e.name)).not.toContain('PORT');
      expect(web.env?.map((e) => e.name)).not.toContain('HOSTNAME');
    });

    it('as the image user, non-root, with a read-only root filesystem', () => {
      expect(runner.instructions.find((i) => i.keyword === 'USER')?.value).toBe('node');
      // uid 1000 is "node" in the node images; runAsNonRoot cannot check a user name.
      expect(pod.securityContext).toMatchObject({ runAsNonRoot: true, runAsUser: 1000 });
      expect(web.securityContext).toMatchObject({
        readOnlyRootFilesystem: true,
        allowPrivilegeEscalation: false,
        capabilities: { drop: ['ALL'] },
      });
      // Next.js writes its cache under the app's .next directory: an emptyDir there.
      const workdir = runner.instructions.find((i) => i.keyword === 'WORKDIR')?.value;
      const cache = web.volumeMounts.find(
        (m) => m.mountPath === `${workdir ?? ''}/hosting/.next/cache`,
      );
      expect(pod.volumes.find((v) => v.name === cache?.name)?.emptyDir).toBeDefined();
    });

    it('with requests and limits, and a shutdown inside the grace period', () => {
      expect(Object.keys(web.resources.requests ?? {}).sort()).toEqual(['cpu', 'memory']);
      expect(web.resources.limits?.memory).toBeDefined();
      const sleep = Number(
        web.lifecycle?.preStop?.exec?.command[1] ?? web.lifecycle?.preStop?.sleep?.seconds,
      );
      expect(web.lifecycle?.preStop?.exec?.command[0]).toBe('sleep');
      // The replay shows the server exits within 10 s of SIGTERM (docker-steps.test.ts).
      expect(sleep + 10).toBeLessThanOrEqual(pod.terminationGracePeriodSeconds);
      // The HPA owns the replica count.
      expect(deployment.spec.replicas).toBeUndefined();
    });

    it('with the settings the server reads, from the ConfigMap', () => {
      const names = serverEnvNames();
      expect(names).toContain('FIREBASE_WEBAPP_CONFIG');
      const config = one<Manifest & { data: Record<string, string> }>(production, 'ConfigMap');
      expect(web.envFrom).toEqual([{ configMapRef: { name: config.metadata.name } }]);
      const keys = Object.keys(config.data);
      for (const key of keys) expect([key, names.includes(key)]).toEqual([key, true]);
      // The README's web app settings, and no emulator hosts.
      expect(keys.sort()).toEqual(
        [
          'CANDOR_FUNCTIONS_REGION',
          'FIREBASE_WEBAPP_CONFIG',
          'RECAPTCHA_ENTERPRISE_SITE_KEY',
        ].sort(),
      );
      const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
      for (const key of keys)
        expect(readme).toMatch(new RegExp(`\\| \`${key}\`\\s+\\| web app environment`));
      expect(() => JSON.parse(config.data.FIREBASE_WEBAPP_CONFIG ?? '') as unknown).not.toThrow();
      // The metrics switch and port, and the pod's scrape annotations, agree.
      const metricsEnv = Object.fromEntries((web.env ?? []).map((e) => [e.name, e.value]));
      expect(metricsEnv.CANDOR_METRICS).toBe('1');
      const metrics = web.ports.find((p) => p.name === 'metrics');
      expect(String(metrics?.containerPort)).toBe(metricsEnv.CANDOR_METRICS_PORT);
      expect(deployment.spec.template.metadata.annotations).toMatchObject({
        'prometheus.io/scrape': 'true',
        'prometheus.io/port': metricsEnv.CANDOR_METRICS_PORT,
        'prometheus.io/path': '/api/metrics',
      });
      // CANDOR_* variables for a Service named "candor" would be injected otherwise.
      expect(pod.enableServiceLinks).toBe(false);
    });
  });

  it('route only the public port: Service, Ingress with TLS, HPA and PDB select the pods', () => {
    const deployment = one<Deployment>(production, 'Deployment');
    const labels = deployment.spec.template.metadata.labels;
    const service = one<
      Manifest & {
        spec: { selector: Record<string, string>; ports: { name: string; targetPort: string }[] };
      }
    >(production, 'Service');
    expect(labels).toMatchObject(service.spec.selector);
    expect(labels).toMatchObject(deployment.spec.selector.matchLabels);
    expect(service.spec.ports.map((p) => p.targetPort)).toEqual(['http']);

    type Ingress = Manifest & {
      spec: {
        tls: { hosts: string[]; secretName: string }[];
        rules: {
          host: string;
          http: { paths: { backend: { service: { name: string; port: { name: string } } } }[] };
        }[];
      };
    };
    const ingress = one<Ingress>(production, 'Ingress');
    const hosts = ingress.spec.rules.map((r) => r.host);
    expect(ingress.spec.tls.flatMap((t) => t.hosts).sort()).toEqual(hosts.sort());
    for (const path of ingress.spec.rules.flatMap((r) => r.http.paths)) {
      expect(path.backend.service).toEqual({ name: service.metadata.name, port: { name: 'http' } });
    }

    const hpa = one<
      Manifest & {
        spec: {
          scaleTargetRef: { kind: string; name: string };
          minReplicas: number;
          maxReplicas: number;
        };
      }
    >(production, 'HorizontalPodAutoscaler');
    expect(hpa.apiVersion).toBe('autoscaling/v2');
    expect(hpa.spec.scaleTargetRef).toMatchObject({
      kind: 'Deployment',
      name: deployment.metadata.name,
    });
    expect(hpa.spec.minReplicas).toBeGreaterThanOrEqual(2);
    const pdb = one<
      Manifest & {
        spec: { minAvailable: number; selector: { matchLabels: Record<string, string> } };
      }
    >(production, 'PodDisruptionBudget');
    expect(labels).toMatchObject(pdb.spec.selector.matchLabels);
    // The PDB never blocks every disruption at the smallest scale.
    expect(pdb.spec.minAvailable).toBeLessThan(hpa.spec.minReplicas);
  });

  it('the renderer refuses kustomization fields it does not implement', () => {
    const dir = mkdtempSync(join(tmpdir(), 'candor-kustomize-'));
    try {
      writeFileSync(
        join(dir, 'kustomization.yaml'),
        'apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n' +
          'configMapGenerator:\n  - name: x\n    literals: [A=1]\n',
      );
      expect(() => build(dir)).toThrow(/configMapGenerator is not supported/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
