import type { NextConfig } from 'next';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  version?: string;
};

const nextConfig: NextConfig = {
  // @candor/core is shipped as TypeScript source inside the workspace.
  transpilePackages: ['@candor/core'],
  // A self-contained server (.next/standalone/hosting/server.js beside the traced node_modules)
  // for the Docker image. Tracing starts at the repository root so that the workspace package
  // and the hoisted node_modules are included.
  output: 'standalone',
  outputFileTracingRoot: root,
  turbopack: {
    root,
    resolveAlias: {
      // @firebase/util bundles "autoinit" defaults that its postinstall script, or the App
      // Hosting emulator when it starts, writes into node_modules: a build made after an
      // emulator run would ship the demo project and 127.0.0.1 emulator hosts to every
      // browser. The app passes its config explicitly (server-config.ts), so the build never
      // reads them. These two requests are @firebase/util's own imports of that file.
      './postinstall.mjs': './firebase-defaults-stub.mjs',
      '../postinstall.mjs': './firebase-defaults-stub.mjs',
    },
  },
  // Reported by /api/health when CANDOR_VERSION is not set at run time.
  env: { CANDOR_BUILD_VERSION: version ?? '0.0.0' },
  poweredByHeader: false,
  // A shared report's URL carries its token: never send it on as a Referer, never index it,
  // never cache it anywhere on the way.
  headers: () =>
    Promise.resolve([
      {
        // Every response. The Content-Security-Policy, which needs a nonce per request, is set
        // by src/proxy.ts.
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          // Browsers that predate CSP's frame-ancestors: no page of Candor is ever framed.
          { key: 'X-Frame-Options', value: 'DENY' },
          // The room needs the microphone; nothing needs the camera, location or payments.
          {
            key: 'Permissions-Policy',
            value: 'microphone=(self), camera=(), geolocation=(), payment=(), usb=()',
          },
          // Ignored over plain http (the emulator suite); production is served over https only.
          { key: 'Strict-Transport-Security', value: 'max-age=31536000' },
        ],
      },
      {
        source: '/share/:token',
        headers: [
          { key: 'Referrer-Policy', value: 'no-referrer' },
          { key: 'X-Robots-Tag', value: 'noindex, nofollow' },
          { key: 'Cache-Control', value: 'private, no-store' },
        ],
      },
    ]),
  reactStrictMode: true,
};

export default nextConfig;
