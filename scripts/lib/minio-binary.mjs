import { join } from 'node:path';
import { buildOnce, cacheDir, findGo, findOnPath, goInstallStaged, isExecutable } from './binary-cache.mjs';

// A pseudo-version of MinIO's master branch: MinIO publishes no tagged Go module releases,
// and this commit was built and run here.
export const MINIO_MODULE = 'github.com/minio/minio';
export const MINIO_VERSION = 'v0.0.0-20260212201848-7aac2a2c5b7c';

export class MinioUnavailableError extends Error {
  constructor(reason) {
    super(
      `No MinIO server available (${reason}).\n` +
        'Either put `minio` on PATH (https://min.io/download), set MINIO_BINARY=/path/to/minio, ' +
        `or install Go so it can be built once with \`go install ${MINIO_MODULE}@${MINIO_VERSION}\`.`,
    );
    this.name = 'MinioUnavailableError';
  }
}

async function build(binDir, log) {
  const go = findGo();
  if (!go)
    throw new MinioUnavailableError('`minio` is not on PATH, MINIO_BINARY is unset and no `go` toolchain was found');
  log(
    `Building the MinIO server ${MINIO_VERSION} with \`go install\` into ${binDir}.\n` +
      'The first build downloads Go modules and compiles: it takes a minute or several. Later runs reuse the binary.',
  );
  const { code, seconds, target } = await goInstallStaged(go, `${MINIO_MODULE}@${MINIO_VERSION}`, {
    binDir,
    name: 'minio',
    stagingPrefix: '.minio-staging-',
    log,
  });
  if (!target) throw new MinioUnavailableError(`go install ${MINIO_MODULE}@${MINIO_VERSION} failed (exit ${code})`);
  log(`MinIO built in ${seconds} s: ${target}`);
  return target;
}

/** The path of a MinIO server binary: MINIO_BINARY, else `minio` on PATH, else one built into the user cache. */
export async function ensureMinioBinary({ log = console.log, env = process.env } = {}) {
  const given = env.MINIO_BINARY?.trim();
  if (given) {
    if (isExecutable(given)) return given;
    throw new MinioUnavailableError(`MINIO_BINARY=${given} is not an executable file`);
  }
  const onPath = findOnPath('minio', env);
  if (onPath) return onPath;

  const binDir = cacheDir(env);
  const target = join(binDir, 'minio');
  if (isExecutable(target)) return target;

  const lockPath = join(binDir, '.minio-build.lock');
  const onWait = () => log(`Another process is building MinIO (lock ${lockPath}); waiting for it…`);
  return buildOnce(lockPath, { target, onWait }, () => build(binDir, log));
}
