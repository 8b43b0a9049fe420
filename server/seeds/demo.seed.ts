import type { EntityManager } from '@mikro-orm/postgresql';
import { AdminUnit } from '../entities/admin-unit.entity';
import { Campaign } from '../entities/campaign.entity';
import { Movement } from '../entities/movement.entity';
import { Period } from '../entities/period.entity';
import { RoleAssignment } from '../entities/role-assignment.entity';
import { User } from '../entities/user.entity';
import {
  DEMO_CAMPAIGN,
  DEMO_MOVEMENTS,
  DEMO_PERIODS,
  DEMO_UNITS,
  DEMO_UNITS_VALID_FROM,
  DEMO_UNITS_VALID_TO,
  DEMO_USERS,
} from './demo-data';

/** Loads the demo units, users, campaign, movements and periods; running it again changes nothing. */
export async function seedDemoData(em: EntityManager): Promise<{ created: number }> {
  let created = 0;
  const track = <T>(found: T | null, make: () => T): T => {
    if (found) return found;
    created += 1;
    return make();
  };
  await em.transactional(async (tx) => {
    const units = new Map<string, AdminUnit>();
    for (const data of DEMO_UNITS) {
      const parent = data.parentCode ? units.get(data.parentCode) : undefined;
      const existing = await tx.findOne(AdminUnit, { code: data.code, validFrom: DEMO_UNITS_VALID_FROM });
      const unit = track(existing, () => {
        const made = tx.create(AdminUnit, {
          code: data.code,
          name: data.name,
          type: data.type,
          level: data.level,
          parent,
          path: '',
          validFrom: DEMO_UNITS_VALID_FROM,
          validTo: DEMO_UNITS_VALID_TO,
        });
        made.path = `${parent?.path ?? '/'}${made.id}/`;
        return made;
      });
      units.set(data.code, unit);
    }
    for (const data of DEMO_USERS) {
      const user = track(await tx.findOne(User, { username: data.username }), () =>
        tx.create(User, { username: data.username, fullName: data.fullName }),
      );
      const unit = units.get(data.unitCode)!;
      const held = await tx.findOne(RoleAssignment, { user, role: data.role, unit });
      track(held, () => tx.create(RoleAssignment, { user, role: data.role, unit }));
    }
    const { issuingUnitCode, ...campaignData } = DEMO_CAMPAIGN;
    const issuingUnit = units.get(issuingUnitCode)!;
    const campaign = track(await tx.findOne(Campaign, { code: campaignData.code }), () =>
      tx.create(Campaign, { ...campaignData, issuingUnit }),
    );
    for (const [position, data] of DEMO_MOVEMENTS.entries()) {
      const found = await tx.findOne(Movement, { campaign, position });
      track(found, () => tx.create(Movement, { ...data, campaign, position }));
    }
    for (const data of DEMO_PERIODS) {
      const found = await tx.findOne(Period, { campaign, kind: data.kind, year: data.year });
      track(found, () => tx.create(Period, { ...data, campaign }));
    }
  });
  return { created };
}
