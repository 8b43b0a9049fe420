import { join } from 'node:path';
import { buildOnce, cacheDir, findGo, findOnPath, goInstallStaged, isExecutable } from './binary-cache.mjs';

// Exported from here before binary-cache.mjs existed; kept for outside callers.
export { cacheDir as temporalCacheDir, findOnPath };

// Later tags carry a `replace` directive in go.mod, which `go install pkg@version` refuses.
const CLI_MODULE = 'github.com/temporalio/cli/cmd/temporal';
const CLI_TAGS = ['v1.5.1', 'v1.5.0', 'v1.4.1'];

function notObtainableError(reason) {
  return new Error(
    `No Temporal CLI available (${reason}).\n` +
      'Either install the Temporal CLI so that `temporal` is on PATH ' +
      '(https://docs.temporal.io/cli, or with Go: ' +
      `\`go install ${CLI_MODULE}@v1.5.1\`), ` +
      'or set TEMPORAL_ADDRESS=host:port to use an existing Temporal server.',
  );
}

async function build(binDir, log) {
  const go = findGo();
  if (!go) throw notObtainableError('`temporal` is not on PATH and no `go` toolchain was found');
  for (const tag of CLI_TAGS) {
    log(
      `Building the Temporal CLI ${tag} with \`go install\` into ${binDir}.\n` +
        'The first build downloads a few hundred Go modules and compiles: it takes several minutes. ' +
        'Later runs reuse the binary.',
    );
    const { code, seconds, target } = await goInstallStaged(go, `${CLI_MODULE}@${tag}`, {
      binDir,
      name: 'temporal',
      stagingPrefix: '.staging-',
      log,
    });
    if (target) {
      log(`Temporal CLI ${tag} built in ${seconds} s: ${target}`);
      return target;
    }
    log(`go install ${CLI_MODULE}@${tag} failed (exit ${code}).`);
  }
  throw notObtainableError(`go install failed for ${CLI_TAGS.join(', ')}`);
}

export async function ensureTemporalBinary({ log = console.log } = {}) {
  const onPath = findOnPath('temporal');
  if (onPath) return onPath;

  const binDir = cacheDir();
  const target = join(binDir, 'temporal');
  if (isExecutable(target)) return target;

  const lockPath = join(binDir, '.temporal-build.lock');
  const onWait = () => log(`Another process is building the Temporal CLI (lock ${lockPath}); waiting for it…`);
  return buildOnce(lockPath, { target, onWait }, () => build(binDir, log));
}
