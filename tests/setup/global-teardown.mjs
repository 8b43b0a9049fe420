import { rmSync } from 'node:fs';

// Stops what global-setup.mjs started (handles kept on globalThis, which jest shares
// between globalSetup and globalTeardown) and removes the run's PostgreSQL data.
export default async function globalTeardown() {
  const infra = globalThis.__THIDUA_TEST_INFRA__;
  if (!infra) return;
  globalThis.__THIDUA_TEST_INFRA__ = undefined;
  const results = await Promise.allSettled([infra.temporal?.stop(), infra.postgres?.stop()]);
  rmSync(infra.dataDir, { recursive: true, force: true });
  await new Promise((resolve) => infra.logStream.end(resolve));
  const failed = results.find((r) => r.status === 'rejected');
  if (failed) throw failed.reason;
}
