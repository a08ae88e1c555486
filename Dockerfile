# syntax=docker/dockerfile:1.7
#
# Candor images, built from the repository root.
#
#   runner (default)  the web app alone: the Next.js standalone server as a non-root user. Every
#                     setting is read at run time (FIREBASE_WEBAPP_CONFIG, CANDOR_FUNCTIONS_REGION,
#                     PORT), so one image serves every Firebase project.
#                       docker build -t candor .
#   emulators         the whole product on the Firebase emulator suite (demo project, seed data,
#                     offline providers), as `npm start` runs it.
#                       docker build --target emulators -t candor-emulators .
#
# No Docker engine runs where this project is developed, so tests/repo/docker-steps.test.ts
# replays these stages outside Docker through scripts/docker-steps.mjs (the runner's files and
# command, the emulators' command) on every `npm test`. README.md, "Docker", has the run commands.

# ── deps: the workspaces' dependencies, exactly as the lockfile pins them ────────────────────────
FROM node:22-alpine AS deps
WORKDIR /app
# Manifests and the lockfile first: this layer is reused until a dependency changes.
COPY package.json package-lock.json ./
COPY packages/core/package.json packages/core/
COPY functions/package.json functions/
COPY hosting/package.json hosting/
# Install scripts stay off, as on the development machines (npm 11 there runs none it was not
# told to allow): nothing here needs one, and the lockfile carries the musl builds of the native
# packages (Next.js SWC, Tailwind oxide, lightningcss, sharp) for Alpine.
RUN --mount=type=cache,target=/root/.npm npm ci --ignore-scripts --no-audit --no-fund

# ── builder: the functions bundle and the Next.js standalone server ─────────────────────────────
FROM deps AS builder
ENV NEXT_TELEMETRY_DISABLED=1
COPY . .
RUN npm run build

# ── runner: the web app, nothing else ───────────────────────────────────────────────────────────
FROM node:22-alpine AS runner
WORKDIR /app
# Reported by GET /api/health (CI passes the commit).
ARG CANDOR_VERSION=""
ENV NODE_ENV=production \
    NEXT_TELEMETRY_DISABLED=1 \
    PORT=3000 \
    HOSTNAME=0.0.0.0 \
    CANDOR_VERSION=${CANDOR_VERSION}
# outputFileTracingRoot is the repository root, so the server sits at hosting/server.js beside
# the traced node_modules; the static assets are not part of the standalone output.
COPY --from=builder --chown=node:node /app/hosting/.next/standalone ./
COPY --from=builder --chown=node:node /app/hosting/.next/static ./hosting/.next/static
USER node
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || '3000') + '/api/health', { signal: AbortSignal.timeout(4000) }).then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "hosting/server.js"]

# ── emulators: the full local stack for development ─────────────────────────────────────────────
FROM node:22-alpine AS emulators
# Java 21+ for the Firestore emulator (firebase-tools 15 refuses older Java); tini reaps the
# emulators' child processes and forwards Ctrl-C and docker stop.
RUN apk add --no-cache openjdk21-jre-headless tini
# HOSTNAME: Docker sets it to the container id, and a Next.js standalone server would bind to
# that address alone; `next start`, which the App Hosting emulator runs, binds to all anyway.
ENV JAVA_HOME=/usr/lib/jvm/java-21-openjdk \
    NEXT_TELEMETRY_DISABLED=1 \
    HOSTNAME=0.0.0.0
WORKDIR /app
# The built repository with its development dependencies: firebase-tools as the lockfile pins it.
COPY --from=builder --chown=node:node /app /app
USER node
# Download the emulators now, so that the container starts without network access.
RUN node_modules/.bin/firebase setup:emulators:firestore \
 && node_modules/.bin/firebase setup:emulators:ui
# firebase.json pins the emulators to 127.0.0.1; in a container they must listen on every
# interface to be reachable through published ports. The web app still hands the browser
# 127.0.0.1 addresses, which the same published ports serve.
RUN node scripts/docker-steps.mjs listen-all firebase.json
# web app, Auth, Firestore, Functions, hub, logging, Eventarc, Emulator UI and its websocket
EXPOSE 5002 9099 8080 5001 4400 4500 9299 4000 9150
ENTRYPOINT ["/sbin/tini", "--"]
CMD ["node", "scripts/emulators.mjs", "start", "--import", "seed"]
