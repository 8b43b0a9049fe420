# One image for both the API and the worker; docker-compose.yml picks the command:
#   node dist/server/api.main.js                 the GraphQL API (port 4000)
#   node dist/workflows/worker/worker.main.js    the Temporal worker (health and metrics on 4001, 9464)
#   node dist/server/scripts/migrate.js          migrations, and the other scripts of dist/server/scripts
# Node 24 is an LTS line supported until April 2028 (Node 20 reached its end of life in April 2026).
ARG NODE_IMAGE=node:24-bookworm-slim

# Compiles TypeScript with every dependency; nothing of this stage but dist/ reaches the image.
FROM ${NODE_IMAGE} AS build
WORKDIR /app
# Dependencies first, so source edits do not invalidate this layer.
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY domain ./domain
COPY server ./server
COPY workflows ./workflows
COPY client-sdk ./client-sdk
RUN npm run build

# The production dependencies alone: no TypeScript, ts-node, jest or embedded PostgreSQL. Install
# scripts are skipped: none of the production packages needs one to run.
FROM ${NODE_IMAGE} AS production-modules
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --ignore-scripts --no-audit --no-fund && npm cache clean --force

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production
# Tinos (metric-compatible with Times New Roman) is embedded in the decisions and certificates.
RUN apt-get update && apt-get install -y --no-install-recommends fonts-croscore && rm -rf /var/lib/apt/lists/*
WORKDIR /app
# Owned by root and read-only for the process: the app writes only to its volumes.
COPY package.json package-lock.json ./
COPY --from=production-modules /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# The local document store of a single-instance install (STORAGE_DRIVER=local); compose mounts a volume here.
RUN mkdir -p /var/lib/thidua/documents && chown node:node /var/lib/thidua/documents
ENV STORAGE_DIR=/var/lib/thidua/documents
# The `node` user of the official image (uid 1000), never root.
USER node
EXPOSE 4000 4001 9464
CMD ["node", "dist/server/api.main.js"]
