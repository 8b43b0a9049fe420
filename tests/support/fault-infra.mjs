// A Temporal dev server or an embedded PostgreSQL of a fault test's own, in a child process of its own
// (jest runs the tests as CommonJS and these helpers are ESM). It prints one `FAULT_READY <json>` line
// with the server's pid, so the test can SIGKILL the server itself; SIGTERM stops the server cleanly.
//   node tests/support/fault-infra.mjs temporal <port> <uiPort> <dbFile>
//   node tests/support/fault-infra.mjs postgres <port> <dataDir> <database>
import { startEmbeddedPostgres } from '../../scripts/lib/embedded-postgres.mjs';
import { ensureTemporalBinary } from '../../scripts/lib/temporal-binary.mjs';
import { startTemporalDevServer } from '../../scripts/lib/temporal-dev-server.mjs';

const [kind, port, second, third] = process.argv.slice(2);
const log = (line) => process.stderr.write(`${line}\n`);

async function start() {
  if (kind === 'temporal') {
    const binary = await ensureTemporalBinary({ log });
    const server = await startTemporalDevServer({
      binary,
      port: Number(port),
      uiPort: Number(second),
      dbFilename: third,
      headless: true,
      log,
    });
    return { server, ready: { address: server.address, pid: server.pid } };
  }
  if (kind === 'postgres') {
    const server = await startEmbeddedPostgres({
      dataDir: second,
      port: Number(port),
      database: third,
      log,
      postgresFlags: ['-c', 'fsync=off', '-c', 'full_page_writes=off', '-c', 'max_connections=100'],
    });
    return { server, ready: { url: server.url, adminUrl: server.adminUrl } };
  }
  throw new Error(`unknown kind ${kind}`);
}

const { server, ready } = await start();
let stopping = false;
const stop = async (code) => {
  if (stopping) return;
  stopping = true;
  await server.stop().catch((error) => log(String(error)));
  process.exit(code);
};
process.on('SIGTERM', () => void stop(0));
process.on('SIGINT', () => void stop(0));
// The test's process gone (its end of our stdin closes): do not outlive it.
process.stdin.on('end', () => void stop(0));
process.stdin.resume();
// The server killed under us (the fault itself): this process has nothing left to do.
void server.exited.then(() => void stop(0));
process.stdout.write(`FAULT_READY ${JSON.stringify(ready)}\n`);
