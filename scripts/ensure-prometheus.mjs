#!/usr/bin/env node
// Finds Prometheus and promtool for the monitoring tests, installing Debian's "prometheus"
// package (which carries both) when they are missing and this machine can (root with apt-get).
// Prints {"prometheus": path, "promtool": path} as JSON.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { aptInstall } from './ensure-chromium.mjs';

const DIRS = ['/usr/bin', '/usr/local/bin', '/opt/homebrew/bin'];

export function findPrometheus() {
  const find = (name) => {
    const fromEnv = process.env[`${name.toUpperCase()}_PATH`];
    if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
    return DIRS.map((d) => `${d}/${name}`).find((p) => existsSync(p)) ?? null;
  };
  const prometheus = find('prometheus');
  const promtool = find('promtool');
  return prometheus && promtool ? { prometheus, promtool } : null;
}

export function ensurePrometheus() {
  const found = findPrometheus();
  if (found) return found;
  if (aptInstall('prometheus', 'Prometheus')) {
    const installed = findPrometheus();
    if (installed) return installed;
  }
  throw new Error(
    'The monitoring tests need Prometheus and promtool. Install them (Debian/Ubuntu: ' +
      '`sudo apt-get install prometheus`) or set PROMETHEUS_PATH and PROMTOOL_PATH.',
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    console.log(JSON.stringify(ensurePrometheus()));
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
