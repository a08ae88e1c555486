/**
 * Scenario 5a: first-load weight of every route of the production build, from Next's own
 * manifests (Next 16 no longer prints it). A route loads the root main files (the runtime and
 * framework) plus the entry chunks of its layout, boundaries and page, listed in the route's
 * client reference manifest; the sum of their gzip sizes is the first-load JavaScript. The
 * nomodule polyfills are left out (modern browsers skip them) and reported apart.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createContext, runInContext } from 'node:vm';
import { gzipSync } from 'node:zlib';
import { PAGES, findRoute } from './lib/pages';
import { ROOT, writePart } from './lib/results';
import { log } from './lib/stats';

const NEXT = join(ROOT, 'hosting', '.next');

interface ClientManifest {
  entryJSFiles?: Record<string, string[]>;
  entryCSSFiles?: Record<string, { path: string }[]>;
}

const sizes = new Map<string, { raw: number; gzip: number }>();
function size(file: string): { raw: number; gzip: number } {
  const known = sizes.get(file);
  if (known) return known;
  const buf = readFileSync(join(NEXT, file));
  const figure = { raw: buf.length, gzip: gzipSync(buf).length };
  sizes.set(file, figure);
  return figure;
}

const kb = (bytes: number) => Math.round(bytes / 102.4) / 10;
const total = (files: Iterable<string>) => {
  let raw = 0;
  let gzip = 0;
  for (const f of files) {
    const s = size(f);
    raw += s.raw;
    gzip += s.gzip;
  }
  return { rawKb: kb(raw), gzipKb: kb(gzip) };
};

function clientManifest(entry: string): ClientManifest {
  const path = join(NEXT, 'server', 'app', `${entry}_client-reference-manifest.js`);
  const context = createContext({});
  runInContext(readFileSync(path, 'utf8'), context);
  const manifests = (context as { __RSC_MANIFEST?: Record<string, ClientManifest> }).__RSC_MANIFEST;
  return manifests?.[entry] ?? {};
}

export function runPageWeight() {
  if (!existsSync(join(NEXT, 'build-manifest.json'))) {
    throw new Error('hosting/.next has no production build: run `npm run build` first');
  }
  const build = JSON.parse(readFileSync(join(NEXT, 'build-manifest.json'), 'utf8')) as {
    rootMainFiles: string[];
    polyfillFiles: string[];
  };
  const routesManifest = JSON.parse(
    readFileSync(join(NEXT, 'app-path-routes-manifest.json'), 'utf8'),
  ) as Record<string, string>;
  const routes = Object.entries(routesManifest)
    .filter(([entry]) => entry.endsWith('/page') && !entry.startsWith('/_'))
    .map(([entry, route]) => {
      const manifest = clientManifest(entry);
      const js = new Set(build.rootMainFiles);
      for (const files of Object.values(manifest.entryJSFiles ?? {}))
        files.forEach((f) => js.add(f));
      const css = new Set<string>();
      for (const files of Object.values(manifest.entryCSSFiles ?? {})) {
        for (const f of files) css.add(f.path);
      }
      return { route, entry, js: [...js], css: [...css] };
    })
    .sort((a, b) => a.route.localeCompare(b.route));
  const shared = routes.reduce<Set<string> | null>(
    (acc, r) => (acc ? new Set(r.js.filter((f) => acc.has(f))) : new Set(r.js)),
    null,
  );
  const figures = {
    // The floor of any App Router page: Next's runtime and React, which every route loads before
    // its root layout and page; an empty page adds only its own few hundred bytes.
    frameworkJs: { files: build.rootMainFiles.length, ...total(build.rootMainFiles) },
    sharedJs: { files: shared?.size ?? 0, ...total(shared ?? []) },
    polyfills: { files: build.polyfillFiles.length, ...total(build.polyfillFiles) },
    routes: routes.map((r) => {
      const own = r.js.filter((f) => !shared?.has(f));
      return {
        route: r.route,
        page: PAGES.find((p) => findRoute(p, [r.route]) === r.route)?.key ?? null,
        jsFiles: r.js.length,
        firstLoadJs: total(r.js),
        routeOnlyJs: total(own),
        css: total(r.css),
      };
    }),
    missingPages: PAGES.filter(
      (p) =>
        !findRoute(
          p,
          routes.map((r) => r.route),
        ),
    ).map((p) => p.key),
  };
  log(`page weight framework floor: ${String(figures.frameworkJs.gzipKb)} kB gzip`);
  for (const r of figures.routes) {
    log(`page weight ${r.route}: ${String(r.firstLoadJs.gzipKb)} kB gzip first-load JS`);
  }
  if (figures.missingPages.length > 0) {
    log(`pages not in this build yet: ${figures.missingPages.join(', ')}`);
  }
  return figures;
}

if (require.main === module) writePart('page-weight', runPageWeight());
