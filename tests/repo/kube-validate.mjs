// Validates Kubernetes manifests (a JSON array on stdin) with kubernetes-models, the schemas of
// the Kubernetes API: prints one line of JSON, [{ kind, name, error }] with error null when valid.
// A separate process because kubernetes-models is ECMAScript modules only, which Jest's
// CommonJS runtime cannot load.
import { readFileSync } from 'node:fs';

const manifests = JSON.parse(readFileSync(0, 'utf8'));
const results = [];
for (const manifest of manifests) {
  const [group, version] = manifest.apiVersion.includes('/')
    ? manifest.apiVersion.split('/')
    : [null, manifest.apiVersion];
  const path = `kubernetes-models/${group ? `${group}/` : ''}${version}/${manifest.kind}`;
  let error = null;
  try {
    const module = await import(path);
    const Model = module[manifest.kind];
    new Model(manifest).validate();
  } catch (e) {
    error = e instanceof Error ? e.message : String(e);
  }
  results.push({ kind: manifest.kind, name: manifest.metadata?.name ?? null, error });
}
console.log(JSON.stringify(results));
