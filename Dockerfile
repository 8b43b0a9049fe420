# One image for both the API and the worker; docker-compose.yml picks the command.
FROM node:20-bookworm-slim AS build
WORKDIR /app
# Dependencies first so source edits do not invalidate this layer. `npm install`, not
# `npm ci`: the lockfile names optional platform packages the registry may not serve.
COPY package.json package-lock.json ./
RUN npm install --no-audit --no-fund
COPY . .
RUN npm run build && npm prune --omit=dev

FROM node:20-bookworm-slim
ENV NODE_ENV=production
# Tinos (metric-compatible with Times New Roman) is embedded in the decisions and certificates.
RUN apt-get update && apt-get install -y --no-install-recommends fonts-croscore && rm -rf /var/lib/apt/lists/*
WORKDIR /app
COPY --from=build --chown=node:node /app ./
USER node
EXPOSE 4000
CMD ["node", "dist/server/api.main.js"]
