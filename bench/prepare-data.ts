import type { Pool } from 'pg';
import type { Orm } from '../server/db/open-database';
import { createDrafts, type Draft } from './drafts';
import type { BenchOptions } from './options';
import { prepareDatabase } from './prepare-db';
import { provinceCampaign, seedConfig, type ConfigSeed, type ProvinceSeed } from './seed-config';
import { seedVolume } from './seed-volume';
import { timed } from './stats';

export interface BenchData {
  seed: ConfigSeed;
  drafts: { latency: Draft[]; pipeline: Draft[]; burst: Draft[]; round: Draft[] };
  round: { province: ProvinceSeed; periodId: string };
  seeding: Record<string, number>;
}

/** Schema, units, users and campaigns, the national volume, and the drafts each measurement submits. */
export async function prepareData(
  orm: Orm,
  pool: Pool,
  options: BenchOptions,
  log: (l: string) => void,
): Promise<BenchData> {
  const seconds = (ms: number) => Math.round(ms / 100) / 10;
  const [, unitsMs] = await timed(() => prepareDatabase(orm, log));
  log(`schema and unit lists ready in ${seconds(unitsMs)} s`);
  const [seed, configMs] = await timed(() => seedConfig(orm, pool, options, log));
  log(`seeding ${options.nominations} nominations by bulk SQL`);
  const [counts, volumeMs] = await timed(() => seedVolume(pool, seed, options.nominations, log));
  log(
    `national data: ${counts.nominations} nominations, ${counts.tasks} tasks, ${counts.audits} audit events in ${seconds(volumeMs)} s`,
  );

  const [largest] = seed.provinces;
  // The round has a campaign of its own, so its shortlist holds only nominations with real workflows;
  // the quota leaves about a third out (they end NOT_AWARDED, concluded through their workflows too).
  const quota = Math.max(1, Math.ceil((options.roundNominations * 0.65) / 9));
  const roundCampaign = await provinceCampaign(orm, largest.id, 'BENCH-ROUND', seed.year, quota);
  const top = seed.provinces.slice(0, 5);
  const [drafts, draftsMs] = await timed(async () => ({
    latency: await createDrafts(pool, seed, [largest], options.latencySamples + 3),
    pipeline: await createDrafts(pool, seed, [largest], options.pipelineSeconds * 60),
    burst: await createDrafts(pool, seed, top, options.burstRate * options.burstSeconds),
    round: await createDrafts(pool, seed, [largest], options.roundNominations, (p) => ({ ...p, ...roundCampaign })),
  }));
  log(
    `drafts with stored dossiers for the pipeline figures: ${Object.values(drafts).reduce((n, d) => n + d.length, 0)} in ${seconds(draftsMs)} s`,
  );
  await pool.query('analyze');
  return {
    seed,
    drafts,
    round: { province: largest, periodId: roundCampaign.periodId },
    seeding: {
      unitsSeconds: seconds(unitsMs),
      configSeconds: seconds(configMs),
      volumeSeconds: seconds(volumeMs),
      ...counts,
      users: seed.users,
    },
  };
}
