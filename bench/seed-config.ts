import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { CampaignStatus, NomineeKind, PeriodKind } from '../domain/enums';
import type { Orm } from '../server/db/open-database';
import { REFORM_EFFECTIVE_ON } from '../server/importers/admin-unit.importer';
import {
  addMovement,
  changeCampaignStatus,
  createCampaign,
  setCampaignAwards,
} from '../server/services/campaign.service';
import { addPeriod } from '../server/services/period.service';
import { setQuota } from '../server/services/quota.service';
import { bulkInsert, prng, type Value } from './bulk-insert';
import type { BenchOptions } from './options';

export interface Commune {
  id: string;
  name: string;
  submitterId: string;
}
export interface ProvinceSeed {
  id: string;
  code: string;
  name: string;
  path: string;
  weight: number;
  communes: Commune[];
  reviewerIds: string[];
  approverId: string;
  adminId: string;
  councilIds: string[];
  campaignId: string;
  periodId: string;
  movementIds: string[];
}
export interface ConfigSeed {
  year: number;
  provinces: ProvinceSeed[];
  awardIds: Record<string, string>;
  users: number;
}

export const COUNCIL_SIZE = 5;
const KINDS = [NomineeKind.INDIVIDUAL, NomineeKind.COLLECTIVE, NomineeKind.HOUSEHOLD];
const MOVEMENTS = ['Hộ gia đình vượt khó', 'Cộng đồng, ấp, tổ tự quản', 'Tập thể và cá nhân các cơ quan'];

/** A campaign of a province for the current year through the product's own services (no viewer: a seed). */
export async function provinceCampaign(orm: Orm, provinceId: string, code: string, year: number, quota: number | null) {
  return orm.em.fork().transactional(async (tx) => {
    const campaign = await createCampaign(tx, null, {
      code,
      name: `Phong trào thi đua ${code} năm ${year}`,
      startYear: year,
      endYear: year,
      issuingUnitId: provinceId,
    });
    const movements = [];
    for (const name of MOVEMENTS)
      movements.push(
        await addMovement(tx, null, {
          campaignId: campaign.id,
          name,
          targetGroup: 'Tập thể, cá nhân, hộ gia đình',
          nomineeKinds: KINDS,
        }),
      );
    await setCampaignAwards(tx, null, campaign.id, ['GIAY_KHEN_CHU_TICH_XA', 'BANG_KHEN_CHU_TICH_TINH']);
    const days = {
      startsOn: `${year}-01-01`,
      endsOn: `${year}-12-31`,
      submissionOpensOn: `${year}-01-01`,
      submissionClosesOn: `${year}-12-31`,
    };
    const period = await addPeriod(tx, null, {
      campaignId: campaign.id,
      kind: PeriodKind.ANNUAL,
      year,
      name: `Năm ${year}`,
      ...days,
    });
    for (const movement of quota === null ? [] : movements) {
      for (const nomineeKind of KINDS)
        await setQuota(tx, null, {
          campaignId: campaign.id,
          movementId: movement.id,
          periodKind: PeriodKind.ANNUAL,
          nomineeKind,
          // The round's quota is the province chair's own Bằng khen (a quota belongs to a deciding unit and award).
          awardCode: 'BANG_KHEN_CHU_TICH_TINH',
          decidingUnitId: provinceId,
          maxCount: quota!,
        });
    }
    await changeCampaignStatus(tx, null, campaign.id, CampaignStatus.ACTIVE);
    return { campaignId: campaign.id, periodId: period.id, movementIds: movements.map((m) => m.id) };
  });
}

/**
 * Users with roles for every province of the two-tier list (reviewers, approver, admin, council) and a
 * submitter for a sample of its communes; one campaign per province. Provinces are ranked by size
 * (communes) and weighted Zipf-like, so a few large ones will hold most nominations.
 */
export async function seedConfig(
  orm: Orm,
  pool: Pool,
  options: BenchOptions,
  log: (l: string) => void,
): Promise<ConfigSeed> {
  const year = Number(new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 4));
  const units = (
    await pool.query<{ id: string; code: string; name: string; level: string; parent_id: string | null; path: string }>(
      `select id, code, name, level, parent_id, path from admin_unit where valid_from = $1 order by code`,
      [REFORM_EFFECTIVE_ON],
    )
  ).rows;
  const communesOf = new Map<string, typeof units>();
  for (const u of units)
    if (u.level === 'COMMUNE') communesOf.set(u.parent_id!, [...(communesOf.get(u.parent_id!) ?? []), u]);
  const ranked = units
    .filter((u) => u.level === 'PROVINCE')
    .sort((a, b) => (communesOf.get(b.id)?.length ?? 0) - (communesOf.get(a.id)?.length ?? 0));
  const raw = ranked.map((_, i) => 1 / (i + 1) ** options.skew);
  const total = raw.reduce((a, b) => a + b, 0);
  const rand = prng(7);
  const users: Value[][] = [];
  const roles: Value[][] = [];
  const now = new Date().toISOString();
  const user = (username: string, fullName: string, role: string, unitId: string) => {
    const id = randomUUID();
    users.push([id, now, username, fullName]);
    roles.push([randomUUID(), now, id, role, unitId]);
    return id;
  };
  const provinces: ProvinceSeed[] = [];
  for (const [i, p] of ranked.entries()) {
    const all = communesOf.get(p.id) ?? [];
    // At least a handful of communes nominate in every province.
    const sample = all.filter((_, k) => k < 5 || rand() < options.communeSample);
    const communes = sample.map((c) => ({
      id: c.id,
      name: c.name,
      submitterId: user(`c${c.code}.submitter`, `Cán bộ ${c.name}`, 'SUBMITTER', c.id),
    }));
    provinces.push({
      id: p.id,
      code: p.code,
      name: p.name,
      path: p.path,
      weight: raw[i] / total,
      communes,
      reviewerIds: [1, 2, 3].map((n) =>
        user(`p${p.code}.reviewer${n}`, `Chuyên viên Sở Nội vụ ${n}`, 'REVIEWER', p.id),
      ),
      approverId: user(`p${p.code}.approver`, `Chủ tịch UBND ${p.name}`, 'APPROVER', p.id),
      adminId: user(`p${p.code}.admin`, `Quản trị ${p.name}`, 'ADMIN', p.id),
      councilIds: Array.from({ length: COUNCIL_SIZE }, (_, n) =>
        user(`p${p.code}.council${n + 1}`, `Ủy viên Hội đồng ${n + 1}`, 'COUNCIL_MEMBER', p.id),
      ),
      campaignId: '',
      periodId: '',
      movementIds: [],
    });
  }
  await bulkInsert(
    pool,
    'app_user',
    [
      ['id', 'uuid'],
      ['created_at', 'timestamptz'],
      ['username', 'varchar'],
      ['full_name', 'varchar'],
    ],
    users,
  );
  await bulkInsert(
    pool,
    'role_assignment',
    [
      ['id', 'uuid'],
      ['created_at', 'timestamptz'],
      ['user_id', 'uuid'],
      ['role', 'role'],
      ['unit_id', 'uuid'],
    ],
    roles,
  );
  log(
    `users: ${users.length} with roles in ${provinces.length} provinces and ${provinces.reduce((n, p) => n + p.communes.length, 0)} communes`,
  );
  for (const p of provinces) Object.assign(p, await provinceCampaign(orm, p.id, `BENCH-${p.code}`, year, null));
  log(`campaigns: ${provinces.length} (one per province, period Năm ${year}, routing TWO_TIER)`);
  const awardIds = Object.fromEntries(
    (await pool.query<{ code: string; id: string }>('select code, id from award_type')).rows.map((r) => [r.code, r.id]),
  );
  return { year, provinces, awardIds, users: users.length };
}
