import type { EntityManager } from '@mikro-orm/postgresql';
import type { Client } from '@temporalio/client';
import { CampaignStatus, NomineeKind, PeriodKind } from '../../domain/enums';
import { DomainError, ErrorCode } from '../../domain/error-codes';
import { periodWorkflowId } from '../../workflows/period.messages';
import { loadViewerWhere, vietnamToday } from '../auth/viewer';
import type { AppConfig } from '../config/config';
import { AdminUnit } from '../entities/admin-unit.entity';
import { Campaign } from '../entities/campaign.entity';
import { Period } from '../entities/period.entity';
import { addMovement, changeCampaignStatus, createCampaign, setCampaignAwards } from '../services/campaign.service';
import { changeStatusWithWorkflows, launchPeriodWorkflows } from '../services/period-launch.service';
import { addPeriod } from '../services/period.service';
import { DEMO_UNITS_2025_VALID_FROM } from './demo-data';

/** What the seed needs to start period workflows (npm start gives it; tests of the API seed without). */
export interface SeedLaunch {
  temporal: Client;
  config: Pick<AppConfig, 'taskQueue' | 'workingDayMs'>;
}

/** The demo administrator of Tỉnh Lào Cai (from 1/7/2025), who launches the campaign as through the API. */
const LAUNCHED_BY = 'laocai2025.admin';

async function launchDeps(em: EntityManager, launch: SeedLaunch) {
  const viewer = await loadViewerWhere(em, { username: LAUNCHED_BY });
  if (!viewer) throw new Error(`The seed launches the current campaign as ${LAUNCHED_BY}, who is missing.`);
  return { em, viewer, temporal: launch.temporal, config: launch.config };
}

/**
 * A campaign of the current year, open for submissions today, so that a newcomer can take a
 * nomination through the two-tier pipeline right after `npm start` (the 2021–2025 plans are over).
 * Demo data, from no seed plan: it sets no quota. With `launch` it is activated the way the API does
 * (changeStatusWithWorkflows), so its period workflow runs and its commendation round starts by
 * itself; run again, it joins the running workflows (a campaign activated without them gets them).
 * Answers the campaigns created and the period workflows started.
 */
export async function seedCurrentCampaign(em: EntityManager, launch?: SeedLaunch) {
  const year = Number(vietnamToday().slice(0, 4));
  const code = `THI_DUA_THUONG_XUYEN_${year}`;
  const existing = await em.findOne(Campaign, { code });
  if (existing) {
    if (!launch || existing.status !== CampaignStatus.ACTIVE) return { created: 0, started: [] as string[] };
    return { created: 0, started: await joinRunning(await launchDeps(em, launch), existing.id) };
  }
  const province = await em.findOneOrFail(AdminUnit, { code: '15', validFrom: DEMO_UNITS_2025_VALID_FROM });
  const campaign = await em.transactional(async (tx) => {
    const made = await createCampaign(tx, null, {
      code,
      name: `Phong trào thi đua thường xuyên năm ${year}`,
      description: 'Phong trào thi đua yêu nước thường xuyên của tỉnh Lào Cai (dữ liệu minh họa).',
      startYear: year,
      endYear: year,
      issuingUnitId: province.id,
    });
    await setCampaignAwards(tx, null, made.id, ['GIAY_KHEN_CHU_TICH_XA', 'BANG_KHEN_CHU_TICH_TINH']);
    await addMovement(tx, null, {
      campaignId: made.id,
      name: 'Chung tay vì người nghèo – Không để ai bị bỏ lại phía sau',
      targetGroup: 'Tập thể, cá nhân, hộ gia đình',
      nomineeKinds: [NomineeKind.INDIVIDUAL, NomineeKind.COLLECTIVE, NomineeKind.HOUSEHOLD],
    });
    await addPeriod(tx, null, {
      campaignId: made.id,
      kind: PeriodKind.ANNUAL,
      year,
      name: `Năm ${year}`,
      startsOn: `${year}-01-01`,
      endsOn: `${year}-12-31`,
      submissionOpensOn: `${year}-01-01`,
      submissionClosesOn: `${year}-12-31`,
    });
    if (!launch) await changeCampaignStatus(tx, null, made.id, CampaignStatus.ACTIVE);
    return made;
  });
  if (!launch) return { created: 1, started: [] as string[] };
  const deps = await launchDeps(em, launch);
  await changeStatusWithWorkflows(deps, campaign.id, CampaignStatus.ACTIVE);
  // A new campaign's periods had no workflow: each current one was started by the launch.
  const current = await em.find(Period, { campaign: campaign.id, endsOn: { $gte: vietnamToday() } });
  return { created: 1, started: current.map((p) => periodWorkflowId(p.id)) };
}

/** Starts what does not run yet; a period whose workflow already finished (its round done) is left alone. */
async function joinRunning(deps: Awaited<ReturnType<typeof launchDeps>>, campaignId: string) {
  try {
    return await launchPeriodWorkflows(deps, campaignId);
  } catch (error) {
    if (error instanceof DomainError && error.error.code === ErrorCode.INVALID_STATE) return [];
    throw error;
  }
}
