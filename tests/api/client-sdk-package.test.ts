import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { NotificationKind } from '../../domain/enums';
import { User } from '../../server/entities/user.entity';
import { notify } from '../../server/store/notifications';
import { startTestPlatform, type TestPlatform } from '../support/test-platform';

/**
 * The SDK as a portal gets it: built with its own tsconfig, packed with npm, installed from the
 * tarball into a folder outside the checkout (so nothing resolves from our node_modules), and
 * used from plain Node scripts — CommonJS and ESM — against a real API.
 */
const run = promisify(execFile);
const repo = join(__dirname, '../..');
const work = mkdtempSync(join(tmpdir(), 'thidua-sdk-package-'));
const portal = join(work, 'portal');
let platform: TestPlatform;
let packed: { filename: string; files: { path: string }[] };
let token: string;
let userId: string;

/** What the portal's scripts do; each prints one JSON line per step. */
const PORTAL_CJS = `
const { createClient, subscriptions, ThiduaTimeoutError, ThiduaAbortError, SubscriptionClosedError } = require('@thidua/client-sdk');
const WebSocket = require('ws');
const say = (line) => console.log(JSON.stringify(line));
const failed = (error) => ({ name: error.name, message: error.message, operationName: error.operationName, closeCode: error.closeCode,
  timeout: error instanceof ThiduaTimeoutError, abort: error instanceof ThiduaAbortError, closed: error instanceof SubscriptionClosedError });
const { API_URL, TOKEN, HOLE_URL } = process.env;
const scenarios = {
  async subscribe() {
    const client = createClient({ url: API_URL, token: TOKEN, webSocketImpl: WebSocket });
    const feed = client.subscribe(subscriptions.notificationAdded);
    say({ step: 'subscribed' });
    for await (const event of feed) {
      say({ step: 'event', notification: event.notificationAdded });
      if (event.notificationAdded.titleEn === 'For the portal') break;
    }
    say({ step: 'ended' });
  },
  async anonymousSubscribe() {
    const client = createClient({ url: API_URL, webSocketImpl: WebSocket });
    try {
      for await (const event of client.subscribe(subscriptions.notificationAdded)) say({ step: 'event', event });
    } catch (error) { say({ step: 'failed', error: failed(error) }); }
  },
  async timeout() {
    const client = createClient({ url: HOLE_URL, token: TOKEN, timeoutMs: 400 });
    const started = Date.now();
    try { await client.viewer(); } catch (error) { say({ step: 'request', ms: Date.now() - started, error: failed(error) }); }
    const again = Date.now();
    try { await client.downloadFile('/files/x', { timeoutMs: 300 }); } catch (error) { say({ step: 'download', ms: Date.now() - again, error: failed(error) }); }
    const upload = { nominationId: 'n', slot: 'EVIDENCE', fileName: 'a.pdf', contentType: 'application/pdf', bytes: new Uint8Array(3) };
    try { await client.uploadDocument(upload, { timeoutMs: 300 }); } catch (error) { say({ step: 'upload', error: failed(error) }); }
  },
  async abort() {
    const client = createClient({ url: HOLE_URL, token: TOKEN });
    const controller = new AbortController();
    const started = Date.now();
    setTimeout(() => controller.abort(new Error('the officer closed the form')), 250);
    try { await client.nominations({ first: 5 }, { signal: controller.signal }); } catch (error) { say({ step: 'request', ms: Date.now() - started, error: failed(error) }); }
    try { await client.viewer(undefined, { signal: controller.signal }); } catch (error) { say({ step: 'already', error: failed(error) }); }
  },
};
scenarios[process.argv[2]]().then(() => say({ step: 'done' }), (error) => { say({ step: 'crashed', error: String(error && error.stack || error) }); process.exitCode = 1; });
`;

/** ESM, as a portal with "type": "module" writes it: named imports of a CommonJS package. */
const PORTAL_MJS = `
import { createClient, GraphQLRequestError } from '@thidua/client-sdk';
const client = createClient({ url: process.env.API_URL, token: process.env.TOKEN, timeoutMs: 10000 });
const { viewer } = await client.viewer();
const refused = await createClient({ url: process.env.API_URL }).unreadNotificationCount().catch((error) => error);
console.log(JSON.stringify({ username: viewer.username, refused: refused instanceof GraphQLRequestError && refused.code }));
`;

interface Portal {
  child: ChildProcess;
  lines: any[];
  /** The first line matching `test`, waiting up to `ms` for it. */
  line(test: (line: any) => boolean, ms?: number): Promise<any>;
  exited: Promise<number | null>;
}

function portalScript(file: string, args: string[], env: Record<string, string>): Portal {
  const child = spawn(process.execPath, [file, ...args], { cwd: portal, env: { PATH: process.env.PATH ?? '', ...env } });
  const lines: any[] = [];
  let buffered = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => {
    buffered += chunk.toString();
    const parts = buffered.split('\n');
    buffered = parts.pop() ?? '';
    lines.push(...parts.filter(Boolean).map((text) => JSON.parse(text)));
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  async function line(test: (line: any) => boolean, ms = 10_000) {
    const deadline = Date.now() + ms;
    while (Date.now() < deadline) {
      const found = lines.find(test);
      if (found) return found;
      if (child.exitCode !== null) break;
      await new Promise((r) => setTimeout(r, 25));
    }
    throw new Error(`portal script printed no such line; stdout ${JSON.stringify(lines)}; stderr ${stderr}`);
  }
  return { child, lines, line, exited };
}

/**
 * A server that reads requests and never answers: the request cannot finish. It counts the
 * connections that carried a request and how many of those the client closed (undici may open
 * a spare connection that carries nothing).
 */
function blackHole(): Promise<{ server: Server; url: string; requests: () => number; closed: () => number }> {
  const asked = new Set<Socket>();
  let closed = 0;
  const server = createServer((socket) => {
    socket.once('data', () => asked.add(socket));
    socket.on('close', () => (closed += asked.has(socket) ? 1 : 0));
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      resolve({ server, url: `http://127.0.0.1:${port}/graphql`, requests: () => asked.size, closed: () => closed });
    }),
  );
}

const send = (titleEn: string) =>
  platform.db.orm.em.fork().transactional((tx) =>
    notify(tx, { key: `sdk-package:${titleEn}:${Date.now()}`, kind: NotificationKind.REMINDER, titleVi: 'Nhắc việc', titleEn, bodyVi: 'Hồ sơ sắp đến hạn.', bodyEn: 'A dossier is nearly due.', recipients: [userId] }),
  );

beforeAll(async () => {
  const pkg = join(work, 'pkg');
  const [started] = await Promise.all([
    startTestPlatform({ worker: false }),
    run(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', join(repo, 'client-sdk/tsconfig.json'), '--outDir', join(pkg, 'dist')]),
  ]);
  platform = started;
  copyFileSync(join(repo, 'client-sdk/package.json'), join(pkg, 'package.json'));
  copyFileSync(join(repo, 'client-sdk/README.md'), join(pkg, 'README.md'));
  // Built above already: --ignore-scripts skips the prepack build into client-sdk/dist.
  const { stdout } = await run('npm', ['pack', pkg, '--ignore-scripts', '--json', '--pack-destination', work], { cwd: work });
  [packed] = JSON.parse(stdout);
  mkdirSync(portal);
  writeFileSync(join(portal, 'package.json'), JSON.stringify({ name: 'district-portal', private: true }));
  await run('npm', ['install', join(work, packed.filename), 'ws', '--prefer-offline', '--no-audit', '--no-fund'], { cwd: portal });
  writeFileSync(join(portal, 'portal.cjs'), PORTAL_CJS);
  writeFileSync(join(portal, 'portal.mjs'), PORTAL_MJS);
  token = await platform.tokenFor('xuantang.submitter');
  userId = (await platform.db.orm.em.fork().findOneOrFail(User, { username: 'xuantang.submitter' })).id;
}, 240_000);

afterAll(async () => {
  await platform?.stop();
  rmSync(work, { recursive: true, force: true });
});

describe('the packed client SDK', () => {
  it('is @thidua/client-sdk at the platform version, with compiled code and types only', () => {
    const root = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));
    expect(packed.filename).toBe(`thidua-client-sdk-${root.version}.tgz`);
    const files = packed.files.map((f) => f.path);
    expect(files).toEqual(expect.arrayContaining(['package.json', 'README.md', 'dist/index.js', 'dist/index.d.ts', 'dist/generated/graphql.js']));
    expect(files.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))).toEqual([]);
    const installed = JSON.parse(readFileSync(join(portal, 'node_modules/@thidua/client-sdk/package.json'), 'utf8'));
    expect(installed.peerDependencies.graphql).toBe(root.dependencies.graphql);
    expect(installed.dependencies['graphql-ws']).toBe(root.dependencies['graphql-ws']);
  });

  it('answers a query with the token from an ES module, and refuses it without one', async () => {
    const script = portalScript('portal.mjs', [], { API_URL: platform.url, TOKEN: token });
    expect(await script.line((l) => 'username' in l)).toEqual({ username: 'xuantang.submitter', refused: 'UNAUTHENTICATED' });
  });

  it('receives a notification through client.subscribe, the token in connectionParams, and ends on break', async () => {
    const script = portalScript('portal.cjs', ['subscribe'], { API_URL: platform.url, TOKEN: token });
    await script.line((l) => l.step === 'subscribed');
    // The server registers the subscription a moment after the socket opens: probe until it is live.
    for (let attempt = 0; attempt < 50 && !script.lines.some((l) => l.step === 'event'); attempt += 1) {
      await send('probe');
      await new Promise((r) => setTimeout(r, 200));
    }
    await send('For the portal');
    const event = await script.line((l) => l.step === 'event' && l.notification.titleEn === 'For the portal');
    expect(event.notification).toMatchObject({ kind: 'REMINDER', titleVi: 'Nhắc việc', bodyVi: 'Hồ sơ sắp đến hạn.', readAt: null });
    await script.line((l) => l.step === 'done');
    // Nothing keeps the process alive once the loop ended: the socket closed with the last subscription.
    expect(await script.exited).toBe(0);
  });

  it('without a token the subscription fails with SubscriptionClosedError 4401', async () => {
    const script = portalScript('portal.cjs', ['anonymousSubscribe'], { API_URL: platform.url });
    const { error } = await script.line((l) => l.step === 'failed');
    expect(error).toMatchObject({ closed: true, closeCode: 4401, operationName: 'NotificationAdded' });
    expect(error.message).toContain('connectionParams.authorization must be "Bearer <token>"');
  });

  it('a request, download or upload that cannot finish rejects with ThiduaTimeoutError naming the operation, and is cancelled', async () => {
    const hole = await blackHole();
    try {
      const script = portalScript('portal.cjs', ['timeout'], { HOLE_URL: hole.url, TOKEN: token });
      const request = await script.line((l) => l.step === 'request');
      expect(request.error).toMatchObject({ name: 'ThiduaTimeoutError', timeout: true, operationName: 'Viewer' });
      expect(request.error.message).toBe('Viewer: no answer within 400 ms (timeoutMs); the request was cancelled');
      expect(request.ms).toBeGreaterThanOrEqual(390);
      expect(request.ms).toBeLessThan(3000);
      // Cancelled, not abandoned: its connection is closed while the script is still busy with the download.
      for (let i = 0; i < 10 && hole.closed() < 1; i += 1) await new Promise((r) => setTimeout(r, 20));
      expect(hole.closed()).toBe(1);
      const download = await script.line((l) => l.step === 'download');
      expect(download.error).toMatchObject({ timeout: true, operationName: 'downloadFile' });
      expect(download.ms).toBeLessThan(3000);
      expect((await script.line((l) => l.step === 'upload')).error).toMatchObject({ timeout: true, operationName: 'uploadDocument' });
      await script.line((l) => l.step === 'done');
      expect(hole.requests()).toBe(3);
      // Every timed-out call closed its connection, the upload's too.
      for (let i = 0; i < 150 && hole.closed() < 3; i += 1) await new Promise((r) => setTimeout(r, 20));
      expect(hole.closed()).toBe(3);
    } finally {
      hole.server.close();
    }
  });

  it('an aborted call rejects with ThiduaAbortError at once, and an already aborted signal sends nothing', async () => {
    const hole = await blackHole();
    try {
      const script = portalScript('portal.cjs', ['abort'], { HOLE_URL: hole.url, TOKEN: token });
      const request = await script.line((l) => l.step === 'request');
      expect(request.error).toMatchObject({ name: 'ThiduaAbortError', abort: true, timeout: false, operationName: 'Nominations' });
      expect(request.ms).toBeLessThan(2000);
      const already = await script.line((l) => l.step === 'already');
      expect(already.error).toMatchObject({ abort: true, operationName: 'Viewer' });
      await script.line((l) => l.step === 'done');
      expect(hole.requests()).toBe(1);
    } finally {
      hole.server.close();
    }
  });
});
