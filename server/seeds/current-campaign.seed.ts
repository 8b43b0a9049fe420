import type { EntityManager } from '@mikro-orm/postgresql';
import { CampaignStatus, NomineeKind, PeriodKind } from '../../domain/enums';
import { vietnamToday } from '../auth/viewer';
import { AdminUnit } from '../entities/admin-unit.entity';
import { Campaign } from '../entities/campaign.entity';
import { addMovement, changeCampaignStatus, createCampaign, setCampaignAwards } from '../services/campaign.service';
import { addPeriod } from '../services/period.service';
import { setQuota } from '../services/quota.service';
import { DEMO_UNITS_2025_VALID_FROM } from './demo-data';

/**
 * A campaign of the current year, open for submissions today, so that a newcomer can take a
 * nomination through the two-tier pipeline right after `npm start` (the 2021–2025 plans are over).
 */
export async function seedCurrentCampaign(em: EntityManager): Promise<number> {
  const year = Number(vietnamToday().slice(0, 4));
  const code = `THI_DUA_THUONG_XUYEN_${year}`;
  if (await em.count(Campaign, { code })) return 0;
  const province = await em.findOneOrFail(AdminUnit, { code: '15', validFrom: DEMO_UNITS_2025_VALID_FROM });
  return em.transactional(async (tx) => {
    const campaign = await createCampaign(tx, null, {
      code,
      name: `Phong trào thi đua thường xuyên năm ${year}`,
      description: 'Phong trào thi đua yêu nước thường xuyên của tỉnh Lào Cai (dữ liệu minh họa).',
      startYear: year,
      endYear: year,
      issuingUnitId: province.id,
    });
    await setCampaignAwards(tx, null, campaign.id, ['GIAY_KHEN_CHU_TICH_XA', 'BANG_KHEN_CHU_TICH_TINH']);
    const movement = await addMovement(tx, null, {
      campaignId: campaign.id,
      name: 'Chung tay vì người nghèo – Không để ai bị bỏ lại phía sau',
      targetGroup: 'Tập thể, cá nhân, hộ gia đình',
      nomineeKinds: [NomineeKind.INDIVIDUAL, NomineeKind.COLLECTIVE, NomineeKind.HOUSEHOLD],
    });
    for (const [nomineeKind, maxCount] of [
      [NomineeKind.INDIVIDUAL, 6],
      [NomineeKind.COLLECTIVE, 3],
      [NomineeKind.HOUSEHOLD, 6],
    ] as const) {
      await setQuota(tx, null, {
        campaignId: campaign.id,
        movementId: movement.id,
        periodKind: PeriodKind.ANNUAL,
        nomineeKind,
        maxCount,
      });
    }
    await addPeriod(tx, null, {
      campaignId: campaign.id,
      kind: PeriodKind.ANNUAL,
      year,
      name: `Năm ${year}`,
      startsOn: `${year}-01-01`,
      endsOn: `${year}-12-31`,
      submissionOpensOn: `${year}-01-01`,
      submissionClosesOn: `${year}-12-31`,
    });
    await changeCampaignStatus(tx, null, campaign.id, CampaignStatus.ACTIVE);
    return 1;
  });
}
