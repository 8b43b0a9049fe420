import { Client, Connection } from '@temporalio/client';
import { startApiServer, type ApiServer } from '../../server/api/api-server';
import type { AppConfig } from '../../server/config/config';
import { openDatabase } from '../../server/db/open-database';
import { capturedLogger } from '../support/captured-logger';
import { requestUpload, samplePdf } from '../support/dossier-fixtures';
import { as, createDraft, loadCatalog } from '../support/nomination-fixtures';
import { startTestPlatform, type TestPlatform } from '../support/test-platform';

let platform: TestPlatform;
const servers: ApiServer[] = [];

beforeAll(async () => {
  platform = await startTestPlatform({ worker: false });
}, 120_000);
afterAll(async () => {
  for (const server of servers) await server.stop();
  await platform?.stop();
});

/** Another API instance over the platform's parts, with these replaced. */
async function apiWith(parts: { config?: Partial<AppConfig>; temporal?: Client; orm?: TestPlatform['db']['orm'] } = {}) {
  const api = await startApiServer(
    {
      config: { ...platform.config, ...parts.config },
      orm: parts.orm ?? platform.db.orm,
      temporal: parts.temporal ?? platform.temporal,
      logger: capturedLogger().logger,
    },
    0,
  );
  servers.push(api);
  return api;
}

const readyz = async (api: ApiServer) => {
  const response = await fetch(new URL('/readyz', api.url));
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
};

describe('GET /readyz', () => {
  it('is 200 ready when PostgreSQL, Temporal and the LISTEN connection are up', async () => {
    const api = await apiWith();
    expect(await readyz(api)).toEqual({ status: 200, body: { status: 'ready', checks: { database: 'up', temporal: 'up', notifications: 'up' } } });
  });

  it('is 503 naming Temporal when its frontend does not answer, within the probe timeout', async () => {
    const nobody = new Client({ connection: Connection.lazy({ address: '127.0.0.1:1' }), namespace: 'default' });
    const api = await apiWith({ temporal: nobody });
    const started = Date.now();
    expect(await readyz(api)).toEqual({ status: 503, body: { status: 'not ready', checks: { database: 'up', temporal: 'down', notifications: 'up' } } });
    expect(Date.now() - started).toBeLessThan(4000);
    // Liveness does not depend on Temporal.
    expect((await fetch(new URL('/healthz', api.url))).status).toBe(200);
  });

  it('is 503 naming the database when PostgreSQL is gone, and the LISTEN connection when it cannot connect', async () => {
    const closed = await openDatabase(platform.db.url);
    await closed.close();
    const noDatabase = await apiWith({ orm: closed, config: { databaseUrl: 'postgres://postgres:postgres@127.0.0.1:1/none' } });
    expect(await readyz(noDatabase)).toEqual({ status: 503, body: { status: 'not ready', checks: { database: 'down', temporal: 'up', notifications: 'down' } } });
    expect((await fetch(new URL('/healthz', noDatabase.url))).status).toBe(503);
  });

  it('is 503 draining as soon as a stop begins, while a slow upload still finishes', async () => {
    const api = await apiWith({ config: { http: { drainDelayMs: 1500, shutdownTimeoutMs: 20_000 } } });
    const gql = await as(platform, 'xuantang.submitter');
    const draft = await createDraft(gql, await loadCatalog(gql));
    const bytes = samplePdf();
    const { uploadUrl } = await requestUpload(gql, { nominationId: draft.id, slot: 'SUBMISSION_LETTER' }, bytes);
    const target = new URL(new URL(uploadUrl).pathname, api.url);

    // The bytes trickle in over about 2.5 s, well past the start of the stop.
    let sent = 0;
    const trickle = new ReadableStream<Uint8Array>({
      async pull(controller) {
        if (sent >= bytes.length) return controller.close();
        await new Promise((resolve) => setTimeout(resolve, 250));
        const chunk = bytes.subarray(sent, sent + Math.ceil(bytes.length / 10));
        sent += chunk.length;
        controller.enqueue(new Uint8Array(chunk));
      },
    });
    const upload = fetch(target, { method: 'PUT', headers: { 'content-type': 'application/pdf', 'content-length': String(bytes.length) }, body: trickle, duplex: 'half' } as RequestInit);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(sent).toBeLessThan(bytes.length);

    const stopped = api.stop();
    expect(await readyz(api)).toEqual({ status: 503, body: { status: 'draining' } });
    const answer = await upload;
    expect(answer.status).toBe(201);
    expect(((await answer.json()) as { size: number }).size).toBe(bytes.length);
    await stopped;
    // Once stopped it takes no connection at all.
    await expect(fetch(new URL('/readyz', api.url))).rejects.toThrow();
  });
});
