# syntax=docker/dockerfile:1
# Pathway Tracker image: Next's standalone server, run as an unprivileged user, ready when /api/ready says so.
# Stages: deps (npm install) → build (next build, standalone output) → tools (migrations, roles, backups)
# → runtime (the server only). compose.yaml runs `tools` once to prepare the database, then `runtime`.

# The base image; the container test builds a stand-in where no registry is reachable (scripts/container/).
ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS deps
WORKDIR /app
ENV NEXT_TELEMETRY_DISABLED=1
COPY package.json package-lock.json prisma.config.ts ./
COPY prisma/schema.prisma prisma/schema.prisma
RUN npm install --no-audit --no-fund

FROM deps AS build
COPY . .
ENV NEXT_OUTPUT=standalone
RUN npx next build

# Migrations (wasm schema engine), role setup, seed and db:backup/restore need the full toolchain.
FROM build AS tools
RUN apt-get update && apt-get install -y --no-install-recommends postgresql-client && rm -rf /var/lib/apt/lists/*
USER node
CMD ["npx", "tsx", "scripts/db/prepare.ts"]

FROM ${NODE_IMAGE} AS runtime
WORKDIR /app
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000 HOSTNAME=0.0.0.0
COPY --from=build --chown=node:node /app/.next/standalone ./
COPY --from=build --chown=node:node /app/.next/static ./.next/static
# /api/ready compares the applied migrations with the ones this build ships.
COPY --from=build --chown=node:node /app/prisma/migrations ./prisma/migrations
USER node
EXPOSE 3000
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/ready').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# SIGTERM drains in-flight requests and aborts running exports (lib/server/shutdown.ts).
STOPSIGNAL SIGTERM
CMD ["node", "server.js"]
