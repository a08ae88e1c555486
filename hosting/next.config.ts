import type { NextConfig } from 'next';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

const nextConfig: NextConfig = {
  // @candor/core is shipped as TypeScript source inside the workspace.
  transpilePackages: ['@candor/core'],
  outputFileTracingRoot: root,
  turbopack: { root },
  poweredByHeader: false,
  reactStrictMode: true,
};

export default nextConfig;
