import type { EntityManager } from '@mikro-orm/postgresql';
import { startSearchAttributes } from '../../workflows/search-attributes';
import { AdminUnit } from '../entities/admin-unit.entity';
import { Campaign } from '../entities/campaign.entity';
import type { Period } from '../entities/period.entity';
import { pathIds } from '../store/unit-tree';

/** GSO codes from the province down to the unit itself, so `ThiduaUnits = '<province code>'` finds all below it. */
export async function unitPathCodes(em: EntityManager, unit: AdminUnit): Promise<string[]> {
  const ids = pathIds(unit.path);
  // Whole rows: a partial entity in the identity map would lack fields the caller reads later.
  const rows = await em.find(AdminUnit, { id: { $in: ids } });
  const codeOf = new Map(rows.map((row) => [row.id, row.code]));
  return ids.flatMap((id) => codeOf.get(id) ?? []);
}

async function campaignCode(em: EntityManager, period: Period): Promise<string> {
  return (await em.findOneOrFail(Campaign, period.campaign.id)).code;
}

/** A nomination's pipeline: its unit path, campaign and period, which the workflow itself does not know. */
export async function nominationStartAttributes(em: EntityManager, unit: AdminUnit, period: Period) {
  return startSearchAttributes({
    unitCodes: await unitPathCodes(em, unit),
    campaignCode: await campaignCode(em, period),
    periodId: period.id,
  });
}

/** A period's workflow: the campaign's issuing unit path, the campaign and the period. */
export async function periodStartAttributes(em: EntityManager, period: Period) {
  const campaign = await em.findOneOrFail(Campaign, period.campaign.id, { populate: ['issuingUnit'] });
  return startSearchAttributes({
    unitCodes: await unitPathCodes(em, campaign.issuingUnit),
    campaignCode: campaign.code,
    periodId: period.id,
  });
}

/** An export's workflow: the unit it was asked for. */
export async function exportStartAttributes(em: EntityManager, unitId: string | null) {
  const unit = unitId ? await em.findOne(AdminUnit, unitId) : null;
  return startSearchAttributes({ unitCodes: unit ? await unitPathCodes(em, unit) : [] });
}
