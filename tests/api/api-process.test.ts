import { spawn } from 'node:child_process';
import { createServer, type AddressInfo } from 'node:net';
import { createInterface } from 'node:readline';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

/**
 * The API process as `npm run start:api` runs it (server/api.main.ts): JSON log lines on stdout,
 * and on SIGTERM one line saying it stops, then exit 0 once requests have drained.
 */
jest.setTimeout(120_000);

let db: TestDatabase;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db?.drop());

it('logs JSON lines, stops on SIGTERM with one line and exits 0', async () => {
  const port = await freePort();
  const child = spawn(process.execPath, ['-r', 'ts-node/register/transpile-only', 'server/api.main.ts'], {
    env: {
      ...process.env,
      // As under npm start: outside NODE_ENV=test Apollo would install its own SIGTERM handler, which hung the stop.
      NODE_ENV: 'development',
      SHUTDOWN_TIMEOUT_MS: '8000',
      LOG_LEVEL: 'info',
      PORT: String(port),
      DATABASE_URL: db.url,
      TEMPORAL_ADDRESS: process.env.TEMPORAL_ADDRESS,
      JWT_SECRET: 'test-secret-for-jest-only-0123456789',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: Record<string, any>[] = [];
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += String(chunk)));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const ready = new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout }).on('line', (line) => {
      const entry = JSON.parse(line);
      lines.push(entry);
      if (entry.msg === 'GraphQL ready') resolve(entry.url);
    });
    void exited.then((code) => reject(new Error(`exited ${code} before ready: ${stderr}`)));
  });
  expect(await ready).toBe(`http://localhost:${port}/graphql`);
  expect(lines.every((line) => line.service === 'api' && line.level && line.time)).toBe(true);
  const ok = await fetch(`http://localhost:${port}/readyz`, { headers: { 'x-request-id': 'probe-1' } });
  expect(ok.status).toBe(200);

  // The access line of the probe, then nothing but the stop.
  for (let i = 0; i < 50 && !lines.some((line) => line.requestId === 'probe-1'); i += 1) await new Promise((r) => setTimeout(r, 50));
  const before = lines.length;
  child.kill('SIGTERM');
  expect(await exited).toBe(0);
  const after = lines.slice(before).map((line) => line.msg);
  expect(after).toEqual(['stopping: draining requests']);
  expect(lines.find((line) => line.requestId === 'probe-1')).toMatchObject({ msg: 'request', route: '/readyz', status: 200 });
});
