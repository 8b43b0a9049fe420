import type { FastifyInstance } from 'fastify';
import { loadExplorerAssets } from './explorer-assets';
import { ASSET_PREFIX, EXPLORER_CSP, explorerPage } from './explorer-page';

export interface ExplorerOptions {
  /** GRAPHQL_EXPLORER (explorer.config.ts); when off, /explorer is not routed and answers 404. */
  enabled: boolean;
  /** Where the page sends queries, on this origin; /graphql by default. */
  graphqlPath?: string;
}

/** A year: every asset URL carries its content digest, so a new build is a new URL. */
const ASSET_CACHE = 'public, max-age=31536000, immutable';

/**
 * GET /explorer: GraphiQL 3 with a bearer-token field, served entirely by the API from the
 * installed graphiql, react and react-dom packages — it works on a network without internet.
 * The page carries its own strict Content-Security-Policy in place of the API's deny-all one.
 */
export function registerExplorer(app: FastifyInstance, { enabled, graphqlPath = '/graphql' }: ExplorerOptions): void {
  if (!enabled) return;
  const assets = loadExplorerAssets();
  const byName = new Map(assets.map((asset) => [asset.name, asset]));
  const page = explorerPage(assets, graphqlPath);

  app.get('/explorer', async (_request, reply) =>
    reply
      .header('content-type', 'text/html; charset=utf-8')
      .header('content-security-policy', EXPLORER_CSP)
      .header('cache-control', 'no-cache')
      .header('x-content-type-options', 'nosniff')
      .send(page),
  );

  app.get<{ Params: { name: string } }>(`${ASSET_PREFIX}:name`, async (request, reply) => {
    const asset = byName.get(request.params.name);
    if (!asset) return reply.callNotFound();
    const gzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    reply
      .header('content-type', asset.contentType)
      .header('cache-control', ASSET_CACHE)
      .header('x-content-type-options', 'nosniff')
      .header('vary', 'accept-encoding');
    if (gzip) reply.header('content-encoding', 'gzip');
    return reply.send(gzip ? asset.gzipped : asset.body);
  });
}
