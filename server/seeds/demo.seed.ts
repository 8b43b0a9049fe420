import type { EntityManager } from '@mikro-orm/postgresql';
import { AdminUnit } from '../entities/admin-unit.entity';
import { Campaign } from '../entities/campaign.entity';
import { RoleAssignment } from '../entities/role-assignment.entity';
import { User } from '../entities/user.entity';
import { CampaignStatus } from '../../domain/enums';
import { TINH_BIEN_2016_2020_TEMPLATE } from '../campaign-templates/tinh-bien-2016-2020.template';
import { applyCampaignTemplate } from '../services/campaign-template.service';
import { changeCampaignStatus } from '../services/campaign.service';
import { seedCurrentCampaign, type SeedLaunch } from './current-campaign.seed';
import {
  DEMO_CAMPAIGNS,
  DEMO_NATIONAL_ADMINS,
  DEMO_UNITS,
  DEMO_UNITS_2025,
  DEMO_UNITS_2025_VALID_FROM,
  DEMO_UNITS_VALID_FROM,
  DEMO_UNITS_VALID_TO,
  DEMO_USERS,
} from './demo-data';

/**
 * Tịnh Biên's own 2016–2020 plan (seed 002), issued by its district and closed: the period is over.
 * Applied by the district, it offers the district chair's Giấy khen with the plan's quotas; province
 * and state awards follow An Giang's plan 597/KH-UBND, not this campaign.
 */
const TINH_BIEN_CAMPAIGN = { templateCode: TINH_BIEN_2016_2020_TEMPLATE.code, issuingUnitCode: '890' };

/**
 * Loads the demo units, users and campaigns: the 2021–2025 template run by Tỉnh Lào Cai and Tỉnh Nghệ An
 * (launched), Tịnh Biên's 2016–2020 plan (closed) and one campaign of this year, whose period workflows
 * start when `launch` gives a Temporal client. Running it again changes nothing (and starts nothing twice).
 */
export async function seedDemoData(
  em: EntityManager,
  launch?: SeedLaunch,
): Promise<{ created: number; started: string[] }> {
  let created = 0;
  const track = <T>(found: T | null, make: () => T): T => {
    if (found) return found;
    created += 1;
    return make();
  };
  await em.transactional(async (tx) => {
    const units = new Map<string, AdminUnit>();
    const lists = [
      { key: '', rows: DEMO_UNITS, validFrom: DEMO_UNITS_VALID_FROM, validTo: DEMO_UNITS_VALID_TO },
      { key: '2025:', rows: DEMO_UNITS_2025, validFrom: DEMO_UNITS_2025_VALID_FROM, validTo: null },
    ];
    for (const list of lists) {
      for (const data of list.rows) {
        const parent = data.parentCode ? units.get(list.key + data.parentCode) : undefined;
        const existing = await tx.findOne(AdminUnit, { code: data.code, validFrom: list.validFrom });
        const unit = track(existing, () => {
          const { parentCode: _parent, ...fields } = data;
          const made = tx.create(AdminUnit, {
            ...fields,
            parent,
            path: '',
            validFrom: list.validFrom,
            validTo: list.validTo,
          });
          made.path = `${parent?.path ?? '/'}${made.id}/`;
          return made;
        });
        units.set(list.key + data.code, unit);
      }
    }
    for (const data of DEMO_USERS) {
      const user = track(await tx.findOne(User, { username: data.username }), () =>
        tx.create(User, { username: data.username, fullName: data.fullName }),
      );
      const unit = units.get(data.list ? `${data.list}:${data.unitCode}` : data.unitCode)!;
      const held = await tx.findOne(RoleAssignment, { user, role: data.role, unit });
      track(held, () => tx.create(RoleAssignment, { user, role: data.role, unit }));
    }
    for (const data of DEMO_NATIONAL_ADMINS) {
      track(await tx.findOne(User, { username: data.username }), () =>
        tx.create(User, { ...data, nationalAdmin: true }),
      );
    }
  });
  for (const demo of DEMO_CAMPAIGNS) {
    if (await em.count(Campaign, { code: demo.code })) continue;
    const issuing = await em.findOneOrFail(AdminUnit, { code: demo.issuingUnitCode, validFrom: DEMO_UNITS_VALID_FROM });
    await applyCampaignTemplate(em, null, {
      templateCode: demo.templateCode,
      code: demo.code,
      issuingUnitId: issuing.id,
      activate: true,
    });
    created += 1;
  }
  if (!(await em.count(Campaign, { code: TINH_BIEN_CAMPAIGN.templateCode }))) {
    const issuing = await em.findOneOrFail(AdminUnit, {
      code: TINH_BIEN_CAMPAIGN.issuingUnitCode,
      validFrom: DEMO_UNITS_VALID_FROM,
    });
    const campaign = await applyCampaignTemplate(em, null, {
      templateCode: TINH_BIEN_CAMPAIGN.templateCode,
      issuingUnitId: issuing.id,
      activate: true,
    });
    await em.transactional((tx) => changeCampaignStatus(tx, null, campaign.id, CampaignStatus.CLOSED));
    created += 1;
  }
  const current = await seedCurrentCampaign(em, launch);
  return { created: created + current.created, started: current.started };
}
