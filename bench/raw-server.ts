import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WithStartWorkflowOperation, type Client } from '@temporalio/client';
import pg from 'pg';
import { noopStartedUpdate, noopStepUpdate, NOOP_WORKFLOW, noopWorkflowId } from './noop.messages';
import { RAW_CLIENT, resetStatementCount, statementCount } from './query-counter';
import { rawInbox } from './raw-inbox';

export interface RawServerDeps {
  databaseUrl: string;
  /** The username a bearer token signs in, checked as the API checks it (null: refused). */
  usernameOf: (token: string) => Promise<string | null>;
  temporal: Client;
  noopTaskQueue: string;
}

/** pg clients of the raw endpoint are marked so the statement counter leaves them out. */
class RawClient extends pg.Client {
  constructor(config?: pg.ClientConfig) {
    super(config);
    (this as unknown as Record<symbol, boolean>)[RAW_CLIENT] = true;
  }
}

async function body(req: IncomingMessage): Promise<Record<string, unknown>> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return chunks.length ? JSON.parse(Buffer.concat(chunks).toString()) : {};
}

function send(res: ServerResponse, status: number, json: string) {
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(json) });
  res.end(json);
}

/**
 * The baselines beside the API, in its process: the inbox by plain pg + JSON.stringify, the no-op
 * workflow's start and update through the API's own Temporal client, and the statement counter.
 */
export async function startRawServer(deps: RawServerDeps): Promise<{ url: string; stop(): Promise<void> }> {
  // Same pool size as the ORM's (server/db/orm-options.ts).
  const pool = new pg.Pool({ connectionString: deps.databaseUrl, max: 10, Client: RawClient });
  const { temporal } = deps;
  const routes: Record<string, (req: IncomingMessage, url: URL) => Promise<[number, string]>> = {
    'GET /raw/inbox': async (req, url) => {
      const json = await rawInbox(
        pool,
        deps.usernameOf,
        req.headers.authorization,
        Number(url.searchParams.get('first') ?? 50),
      );
      return json ? [200, json] : [401, '{"error":"UNAUTHENTICATED"}'];
    },
    'GET /stats': async () => [200, JSON.stringify({ statements: statementCount() })],
    'POST /stats/reset': async () => {
      resetStatementCount();
      return [200, '{}'];
    },
    'POST /raw/noop/start': async (req) => {
      const { key, activitiesPerStep } = (await body(req)) as { key: string; activitiesPerStep: number[] };
      const startWorkflowOperation = new WithStartWorkflowOperation(NOOP_WORKFLOW, {
        workflowId: noopWorkflowId(key),
        taskQueue: deps.noopTaskQueue,
        args: [{ activitiesPerStep }],
        workflowIdConflictPolicy: 'FAIL',
      });
      const step = await temporal.workflow.executeUpdateWithStart(noopStartedUpdate, { startWorkflowOperation });
      return [200, JSON.stringify({ step })];
    },
    'POST /raw/noop/step': async (req) => {
      const { key } = (await body(req)) as { key: string };
      const step = await temporal.workflow.getHandle(noopWorkflowId(key)).executeUpdate(noopStepUpdate);
      return [200, JSON.stringify({ step })];
    },
  };
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const route = routes[`${req.method} ${url.pathname}`];
    if (!route) return send(res, 404, '{"error":"NOT_FOUND"}');
    route(req, url).then(
      ([status, json]) => send(res, status, json),
      (error: unknown) =>
        send(res, 500, JSON.stringify({ error: error instanceof Error ? error.message : String(error) })),
    );
  });
  server.keepAliveTimeout = 60_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
      await pool.end();
    },
  };
}
