import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { get } from 'node:http';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { gunzipSync } from 'node:zlib';
import Fastify, { type FastifyInstance } from 'fastify';
import { registerExplorer } from '../../server/api/explorer/explorer-route';
import { loadConfig } from '../../server/config/config';
import { loadExplorerConfig } from '../../server/config/explorer.config';

/** The offline GraphQL explorer on a fastify instance of its own, as the API registers it. */
async function serve(enabled: boolean): Promise<{ app: FastifyInstance; origin: string }> {
  const app = Fastify();
  registerExplorer(app, { enabled });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = app.server.address() as { port: number };
  return { app, origin: `http://127.0.0.1:${port}` };
}

let on: { app: FastifyInstance; origin: string };
let html: string;
let page: Response;

beforeAll(async () => {
  on = await serve(true);
  page = await fetch(`${on.origin}/explorer`);
  html = await page.text();
});
afterAll(() => on?.app.close());

/** Every src and href of the page. */
const references = (text: string) => [...text.matchAll(/\b(?:src|href)="([^"]*)"/g)].map((m) => m[1]);

describe('GET /explorer', () => {
  it('is an HTML page titled "thidua – GraphQL" with a Vietnamese and English token field', () => {
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain('<title>thidua – GraphQL</title>');
    expect(html).toMatch(/<label for="token">Mã truy cập · Access token<\/label>/);
    expect(html).toMatch(/<input id="token" type="password"/);
    expect(html).toContain('data-graphql-path="/graphql"');
  });

  it('carries its own strict Content-Security-Policy: scripts only from itself, nothing inline', () => {
    const csp = page.headers.get('content-security-policy') ?? '';
    const directives = Object.fromEntries(csp.split(/;\s*/).map((d) => [d.split(' ')[0], d.split(' ').slice(1).join(' ')]));
    expect(directives).toMatchObject({
      'default-src': "'none'",
      'script-src': "'self'",
      'style-src': "'self'",
      'connect-src': "'self'",
      'frame-ancestors': "'none'",
    });
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
    // Every script is a file: none has a body the CSP would refuse.
    const scripts = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBe(4);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/ src="\/explorer\/assets\//);
      expect(body).toBe('');
    }
    expect(html).not.toMatch(/\son[a-z]+=|style="/);
  });

  it('references no other host: every asset is under /explorer/assets of this origin, and answers 200 with a long cache', async () => {
    expect(html).not.toMatch(/https?:\/\//);
    const assets = references(html).filter((ref) => !ref.startsWith('data:'));
    expect(assets.map((ref) => ref.replace(/\?v=[0-9a-f]{12}$/, ''))).toEqual([
      '/explorer/assets/graphiql.min.css',
      '/explorer/assets/explorer.css',
      '/explorer/assets/react.production.min.js',
      '/explorer/assets/react-dom.production.min.js',
      '/explorer/assets/graphiql.min.js',
      '/explorer/assets/explorer.js',
    ]);
    for (const ref of assets) {
      const res = await fetch(new URL(ref, on.origin));
      expect([ref, res.status]).toEqual([ref, 200]);
      expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(res.headers.get('content-type')).toMatch(ref.includes('.css') ? /^text\/css/ : /^text\/javascript/);
      const body = await res.text();
      // The stylesheets load nothing from elsewhere either (GraphiQL's fonts are data: URLs).
      if (ref.includes('.css')) expect([...body.matchAll(/url\(\s*['"]?([^'")]*)/g)].filter((m) => !m[1].startsWith('data:'))).toEqual([]);
    }
  });

  it("serves the installed packages' own UMD builds, gzipped when the browser accepts it", async () => {
    const installed = (pkg: string, file: string) => readFileSync(join(dirname(require.resolve(`${pkg}/package.json`)), file));
    const raw = await fetch(`${on.origin}/explorer/assets/graphiql.min.js`, { headers: { 'accept-encoding': 'identity' } });
    expect(raw.headers.get('content-encoding')).toBeNull();
    expect(Buffer.from(await raw.arrayBuffer()).equals(installed('graphiql', 'graphiql.min.js'))).toBe(true);
    // node:http rather than fetch, which would unzip it on the way.
    const zipped = await new Promise<{ encoding?: string; body: Buffer }>((resolve, reject) =>
      get(`${on.origin}/explorer/assets/react-dom.production.min.js`, { headers: { 'accept-encoding': 'gzip, br' } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ encoding: res.headers['content-encoding'], body: Buffer.concat(chunks) }));
      }).on('error', reject),
    );
    expect(zipped.encoding).toBe('gzip');
    expect(gunzipSync(zipped.body).equals(installed('react-dom', 'umd/react-dom.production.min.js'))).toBe(true);
    expect((await fetch(`${on.origin}/explorer/assets/nothing.js`)).status).toBe(404);
  });

  it("the page's script keeps the token in sessionStorage and sends it as a bearer token over HTTP and graphql-ws", async () => {
    const script = await (await fetch(`${on.origin}/explorer/assets/explorer.js`)).text();
    expect(script).toContain('window.sessionStorage.setItem(KEY, token)');
    expect(script).toContain("authorization: 'Bearer ' + current");
    expect(script).toMatch(/GraphiQL\.createFetcher\(\{\s*url: httpUrl,\s*subscriptionUrl: socketUrl,/);
    expect(script).not.toContain('localStorage');
  });
});

describe('GRAPHQL_EXPLORER', () => {
  it('is on by default outside production and off in production; on/off switch it', () => {
    expect([loadExplorerConfig({}, 'development'), loadExplorerConfig({}, 'test'), loadExplorerConfig({}, 'production')]).toEqual([
      { enabled: true },
      { enabled: true },
      { enabled: false },
    ]);
    expect(loadExplorerConfig({ GRAPHQL_EXPLORER: 'on' }, 'production')).toEqual({ enabled: true });
    expect(loadExplorerConfig({ GRAPHQL_EXPLORER: ' OFF ' }, 'development')).toEqual({ enabled: false });
    expect(loadConfig({ NODE_ENV: 'test', GRAPHQL_EXPLORER: 'off' }).explorer).toEqual({ enabled: false });
    expect(() => loadExplorerConfig({ GRAPHQL_EXPLORER: 'yes' }, 'production')).toThrow('GRAPHQL_EXPLORER must be on or off, got "yes".');
  });

  it('off: /explorer and its assets answer 404', async () => {
    const off = await serve(false);
    try {
      expect((await fetch(`${off.origin}/explorer`)).status).toBe(404);
      expect((await fetch(`${off.origin}/explorer/assets/graphiql.min.js`)).status).toBe(404);
    } finally {
      await off.app.close();
    }
  });
});

/** Debian's chromium, when installed: the page must render GraphiQL, not stay blank. */
const chromium = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path));
(chromium ? describe : describe.skip)(`in a headless browser (${chromium ?? 'chromium not installed: skipped'})`, () => {
  it('renders GraphiQL with the token bar, loading nothing from elsewhere', async () => {
    const { stdout } = await promisify(execFile)(chromium!, ['--headless', '--no-sandbox', '--disable-gpu', '--virtual-time-budget=10000', '--dump-dom', `${on.origin}/explorer`], { timeout: 60_000 });
    expect(stdout).toContain('class="graphiql-container"');
    expect(stdout).toContain('Chưa có mã: lược đồ chỉ hiện khi đã đăng nhập');
    expect(stdout).not.toContain('Đang tải trình duyệt GraphQL');
  }, 90_000);
});
