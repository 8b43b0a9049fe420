import { ApolloServer } from '@apollo/server';
import { startStandaloneServer } from '@apollo/server/standalone';
import type { Client } from '@temporalio/client';
import type { IncomingMessage } from 'node:http';
import { verifyToken } from '../auth/token';
import { loadViewer } from '../auth/viewer';
import type { AppConfig } from '../config/config';
import type { Orm } from '../db/open-database';
import { buildAppSchema } from '../graphql/build-schema';
import type { RequestContext } from '../graphql/context';
import { formatError } from './format-error';

export interface ApiDeps {
  config: AppConfig;
  orm: Orm;
  temporal: Client;
}

function bearerToken(req: IncomingMessage): string | null {
  const header = req.headers.authorization ?? '';
  const match = /^Bearer\s+(.+)$/i.exec(header);
  return match ? match[1].trim() : null;
}

/** Builds the request context: a fresh entity manager and the viewer named by the bearer token. */
export function contextFactory({ config, orm, temporal }: ApiDeps) {
  return async ({ req }: { req: IncomingMessage }): Promise<RequestContext> => {
    const em = orm.em.fork();
    const token = bearerToken(req);
    const userId = token ? verifyToken(token, config.jwtSecret) : null;
    const viewer = userId ? await loadViewer(em, userId) : null;
    return { em, viewer, temporal, config };
  };
}

export async function createApolloServer() {
  return new ApolloServer<RequestContext>({
    schema: await buildAppSchema(),
    formatError,
    includeStacktraceInErrorResponses: false,
    introspection: true,
  });
}

/** Starts the GraphQL API on config.port; resolves to its URL and a stop function. */
export async function startApiServer(deps: ApiDeps, port = deps.config.port) {
  const server = await createApolloServer();
  const { url } = await startStandaloneServer(server, { listen: { port }, context: contextFactory(deps) });
  return { url: `${url.replace(/\/$/, '')}/graphql`, stop: () => server.stop() };
}
