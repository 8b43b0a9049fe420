import type { EntityManager } from '@mikro-orm/postgresql';
import { AdminUnit } from '../entities/admin-unit.entity';
import { Campaign } from '../entities/campaign.entity';
import { RoleAssignment } from '../entities/role-assignment.entity';
import { User } from '../entities/user.entity';
import { applyCampaignTemplate } from '../services/campaign-template.service';
import { seedCurrentCampaign } from './current-campaign.seed';
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

/** Loads the demo units, users and campaigns (two from the template, one of this year); running it again changes nothing. */
export async function seedDemoData(em: EntityManager): Promise<{ created: number }> {
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
  created += await seedCurrentCampaign(em);
  return { created };
}
