import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

// `npm start` killed with SIGKILL (or a closed terminal) leaves its children running and
// holding the ports and the SQLite file. A run file in the data dir names the owner and
// its children, so the next start can refuse a live owner or clear what a dead one left.

function commandLine(pid) {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return null;
  }
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function stopOrphan({ name, pid, cmdline }, log) {
  if (commandLine(pid) !== cmdline) return; // gone, or the pid now belongs to someone else
  log(`Stopping ${name} (pid ${pid}) left running by an earlier start`);
  process.kill(pid, 'SIGTERM');
  for (let i = 0; i < 100 && commandLine(pid) === cmdline; i++) await sleep(100);
  if (commandLine(pid) === cmdline) process.kill(pid, 'SIGKILL');
}

export async function claimRunFile(file, log = console.log) {
  if (existsSync(file)) {
    const previous = JSON.parse(readFileSync(file, 'utf8'));
    if (previous.pid !== process.pid && commandLine(previous.pid) === previous.cmdline) {
      throw new Error(`The platform is already running from this data directory (pid ${previous.pid}); stop it first.`);
    }
    for (const child of previous.children ?? []) await stopOrphan(child, log);
  }
  const run = { pid: process.pid, cmdline: commandLine(process.pid), children: [] };
  writeFileSync(file, JSON.stringify(run, null, 2));
  return {
    record(name, pid) {
      run.children.push({ name, pid, cmdline: commandLine(pid) });
      writeFileSync(file, JSON.stringify(run, null, 2));
    },
    release() {
      rmSync(file, { force: true });
    },
  };
}
