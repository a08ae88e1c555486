// The part of Kustomize this project's manifests use, so that tests render exactly what
// `kubectl apply -k` applies without a kustomize binary: resources (files and directories with a
// kustomization.yaml), namespace, strategic-merge patches from files, and images. Any other
// field fails loudly rather than being ignored.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseAllDocuments } from 'yaml';
import { ROOT } from '../support/env';

export type Manifest = {
  apiVersion: string;
  kind: string;
  metadata: { name: string; namespace?: string; [key: string]: unknown };
  [key: string]: unknown;
};
type Image = { name: string; newName?: string; newTag?: string; digest?: string };
type Kustomization = {
  apiVersion?: string;
  kind?: string;
  resources?: string[];
  namespace?: string;
  patches?: { path: string }[];
  images?: Image[];
};

const KNOWN = new Set(['apiVersion', 'kind', 'resources', 'namespace', 'patches', 'images']);
/** Kinds without a namespace among those this project uses. */
const CLUSTER_SCOPED = new Set(['Namespace', 'ClusterRole', 'ClusterRoleBinding']);
/** Strategic-merge keys of the lists the manifests use (Kubernetes' patchMergeKey). */
const MERGE_KEYS: Record<string, string[]> = {
  containers: ['name'],
  initContainers: ['name'],
  env: ['name'],
  volumes: ['name'],
  volumeMounts: ['mountPath'],
  ports: ['containerPort', 'port'],
};

type Json = unknown;
const isObject = (v: Json): v is Record<string, Json> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function readYamlDocuments(file: string): Manifest[] {
  return parseAllDocuments(readFileSync(file, 'utf8'))
    .map((doc) => doc.toJS() as Manifest | null)
    .filter((doc): doc is Manifest => doc !== null);
}

/** A strategic merge patch (Kubernetes' semantics for maps and keyed lists; other lists replace). */
export function strategicMerge(target: Json, patch: Json, field = ''): Json {
  if (isObject(target) && isObject(patch)) {
    const out: Record<string, Json> = { ...target };
    for (const [key, value] of Object.entries(patch)) {
      if (key.startsWith('$')) throw new Error(`Patch directive ${key} is not supported`);
      out[key] = value === null ? undefined : strategicMerge(target[key], value, key);
      if (value === null) Reflect.deleteProperty(out, key);
    }
    return out;
  }
  const keys = MERGE_KEYS[field];
  if (Array.isArray(target) && Array.isArray(patch) && keys) {
    const items: Json[] = [...(target as Json[]), ...(patch as Json[])];
    const key = keys.find((k) => items.every((i) => isObject(i) && k in i));
    if (!key) throw new Error(`The ${field} lists have no common merge key (${keys.join(', ')})`);
    const out = (target as Json[]).slice() as Record<string, Json>[];
    for (const item of patch as Record<string, Json>[]) {
      const index = out.findIndex((i) => i[key] === item[key]);
      if (index === -1) out.push(item);
      else out[index] = strategicMerge(out[index], item, field) as Record<string, Json>;
    }
    return out;
  }
  return patch;
}

function setImages(manifest: Manifest, images: Image[]): Manifest {
  const rewrite = (value: Json): Json => {
    if (Array.isArray(value)) return value.map(rewrite);
    if (!isObject(value)) return value;
    const out: Record<string, Json> = {};
    for (const [key, v] of Object.entries(value)) {
      if (key === 'image' && typeof v === 'string') {
        const name = v.split('@')[0]?.replace(/:[^/:]+$/, '') ?? v;
        const entry = images.find((i) => i.name === name);
        if (!entry) out[key] = v;
        else {
          const newName = entry.newName ?? name;
          const suffix = entry.digest
            ? `@${entry.digest}`
            : entry.newTag
              ? `:${entry.newTag}`
              : v.slice(name.length);
          out[key] = `${newName}${suffix}`;
        }
      } else out[key] = rewrite(v);
    }
    return out;
  };
  return rewrite(manifest) as Manifest;
}

export function readKustomization(dir: string): Kustomization {
  const file = join(dir, 'kustomization.yaml');
  const k = readYamlDocuments(file)[0] as unknown as Kustomization;
  for (const key of Object.keys(k)) {
    if (!KNOWN.has(key))
      throw new Error(`${file}: ${key} is not supported by tests/repo/kustomize.ts`);
  }
  if (k.apiVersion !== 'kustomize.config.k8s.io/v1beta1' || k.kind !== 'Kustomization') {
    throw new Error(`${file}: not a kustomize.config.k8s.io/v1beta1 Kustomization`);
  }
  return k;
}

/**
 * Renders a kustomization directory. `images` stands in for `kustomize edit set image`: entries
 * given here replace the kustomization's own entries of the same name.
 */
export function build(dir: string, images: Image[] = []): Manifest[] {
  const k = readKustomization(dir);
  let manifests: Manifest[] = [];
  for (const resource of k.resources ?? []) {
    const path = resolve(dir, resource);
    if (!existsSync(path)) throw new Error(`${dir}: resource ${resource} does not exist`);
    manifests.push(...(statSync(path).isDirectory() ? build(path) : readYamlDocuments(path)));
  }
  for (const { path } of k.patches ?? []) {
    for (const patch of readYamlDocuments(resolve(dir, path))) {
      const index = manifests.findIndex(
        (m) =>
          m.kind === patch.kind &&
          m.apiVersion === patch.apiVersion &&
          m.metadata.name === patch.metadata.name,
      );
      if (index === -1) {
        throw new Error(`${path}: no ${patch.kind} ${patch.metadata.name} to patch`);
      }
      manifests[index] = strategicMerge(manifests[index], patch) as Manifest;
    }
  }
  if (k.namespace) {
    const namespace = k.namespace;
    manifests = manifests.map((m) =>
      CLUSTER_SCOPED.has(m.kind) ? m : { ...m, metadata: { ...m.metadata, namespace } },
    );
  }
  const merged = [
    ...(k.images ?? []).filter((i) => !images.some((o) => o.name === i.name)),
    ...images,
  ];
  if (merged.length > 0) manifests = manifests.map((m) => setImages(m, merged));
  return manifests;
}

export const KUBERNETES = join(ROOT, 'deploy', 'kubernetes');
