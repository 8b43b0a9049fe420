// A MinIO server of one test file, in a child process of its own (jest runs the tests as CommonJS and
// these helpers are ESM). Prints `MINIO_READY <json>` once live, or `MINIO_UNAVAILABLE <json reason>`
// and exits 3 when no binary can be had; SIGTERM, or the test's process gone, stops it and removes its data.
//   node tests/support/minio-process.mjs <dataDir>
import { findFreePort } from '../../scripts/lib/free-port.mjs';
import { ensureMinioBinary, MinioUnavailableError } from '../../scripts/lib/minio-binary.mjs';
import { startMinioServer } from '../../scripts/lib/minio-server.mjs';

const [dataDir] = process.argv.slice(2);
const log = (line) => process.stderr.write(`${line}\n`);

let binary;
try {
  binary = await ensureMinioBinary({ log });
} catch (error) {
  if (!(error instanceof MinioUnavailableError)) throw error;
  process.stdout.write(`MINIO_UNAVAILABLE ${JSON.stringify(error.message)}\n`);
  process.exit(3);
}
const server = await startMinioServer({ binary, port: await findFreePort(), dataDir, log });
let stopping = false;
const stop = async () => {
  if (stopping) return;
  stopping = true;
  await server.stop({ removeData: true }).catch((error) => log(String(error)));
  process.exit(0);
};
process.on('SIGTERM', () => void stop());
process.on('SIGINT', () => void stop());
process.stdin.on('end', () => void stop());
process.stdin.resume();
const { endpoint, rootUser, rootPassword, pid } = server;
process.stdout.write(`MINIO_READY ${JSON.stringify({ endpoint, rootUser, rootPassword, pid })}\n`);
