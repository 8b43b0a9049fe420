import type { EntityManager } from '@mikro-orm/postgresql';
import { AwardLevel, CampaignStatus, NomineeKind, Role } from '../../domain/enums';
import { DomainError, ErrorCode } from '../../domain/error-codes';
import { cleanText } from '../../domain/text-rules';
import { requireRole } from '../auth/access';
import { AdminUnit } from '../entities/admin-unit.entity';
import { AwardType } from '../entities/award-type.entity';
import { Campaign } from '../entities/campaign.entity';
import { Movement } from '../entities/movement.entity';
import { Period } from '../entities/period.entity';
import { auditConfig, requireCampaignAdmin, type ConfigActor } from './config-access';
import { findOrRefuse } from '../store/load';

export interface CampaignInput {
  code: string;
  name: string;
  description?: string | null;
  startYear: number;
  endYear: number;
  issuingUnitId: string;
}

function cleanCode(code: string): string {
  const value = code.trim().toUpperCase();
  if (!/^[A-Z0-9][A-Z0-9_-]{1,49}$/.test(value)) {
    throw DomainError.of(ErrorCode.INVALID_VALUE, 'code', {
      en: 'A code is 2–50 letters, digits, "-" or "_".',
      vi: 'Mã gồm 2–50 chữ, số, "-" hoặc "_".',
    });
  }
  return value;
}

function assertYears(startYear: number, endYear: number): void {
  const valid = (y: number) => Number.isInteger(y) && y >= 2000 && y <= 2100;
  if (!valid(startYear) || !valid(endYear) || startYear > endYear) {
    throw DomainError.of(ErrorCode.INVALID_DATE_RANGE, 'endYear', {
      en: `The campaign runs from a year to a later or equal year (2000–2100), got ${startYear}–${endYear}.`,
      vi: `Giai đoạn phong trào không hợp lệ: ${startYear}–${endYear}.`,
    });
  }
}

/** A new campaign in DRAFT, issued by a unit whose ADMIN the actor is. */
export async function createCampaign(em: EntityManager, actor: ConfigActor, input: CampaignInput) {
  const unit = await findOrRefuse(em, AdminUnit, input.issuingUnitId, 'issuingUnitId');
  const role = actor ? requireRole(actor, Role.ADMIN, unit.path) : null;
  const code = cleanCode(input.code);
  if (await em.count(Campaign, { code })) {
    throw DomainError.of(ErrorCode.DUPLICATE, 'code', {
      en: `Campaign ${code} already exists.`,
      vi: `Phong trào mã ${code} đã tồn tại.`,
    });
  }
  assertYears(input.startYear, input.endYear);
  const campaign = em.create(Campaign, {
    code,
    name: cleanText('name', input.name),
    description: cleanText('description', input.description, false),
    startYear: input.startYear,
    endYear: input.endYear,
    issuingUnit: unit,
  });
  await auditConfig(
    em,
    actor,
    role?.unitId ?? unit.id,
    { type: 'Campaign', id: campaign.id },
    { code, name: campaign.name },
  );
  await em.flush();
  return campaign;
}

const NEXT_STATUS: Record<CampaignStatus, CampaignStatus[]> = {
  DRAFT: [CampaignStatus.ACTIVE],
  ACTIVE: [CampaignStatus.CLOSED],
  CLOSED: [],
};

/** DRAFT → ACTIVE (launched: needs movements, periods and awards) → CLOSED. */
export async function changeCampaignStatus(
  em: EntityManager,
  actor: ConfigActor,
  campaignId: string,
  status: CampaignStatus,
) {
  const { campaign, unit } = await requireCampaignAdmin(em, actor, campaignId, 'id');
  if (!NEXT_STATUS[campaign.status].includes(status)) {
    throw DomainError.of(ErrorCode.INVALID_STATE, 'status', {
      en: `A ${campaign.status} campaign cannot become ${status}.`,
      vi: `Không thể chuyển phong trào từ ${campaign.status} sang ${status}.`,
    });
  }
  if (status === CampaignStatus.ACTIVE) {
    const [movements, periods] = await Promise.all([em.count(Movement, { campaign }), em.count(Period, { campaign })]);
    await campaign.awards.init();
    if (!movements || !periods || !campaign.awards.count()) {
      throw DomainError.of(ErrorCode.INVALID_STATE, 'status', {
        en: 'A campaign is launched once it has movements, periods and awards.',
        vi: 'Phong trào cần có phong trào con, đợt và hình thức khen thưởng trước khi phát động.',
      });
    }
  }
  const before = campaign.status;
  campaign.status = status;
  await auditConfig(em, actor, unit.id, { type: 'Campaign', id: campaign.id }, { status }, { status: before });
  await em.flush();
  return campaign;
}

export async function addMovement(
  em: EntityManager,
  actor: ConfigActor,
  input: { campaignId: string; name: string; targetGroup: string; nomineeKinds: NomineeKind[] },
) {
  const { campaign, unit } = await requireCampaignAdmin(em, actor, input.campaignId);
  const nomineeKinds = [...new Set(input.nomineeKinds)];
  if (!nomineeKinds.length) {
    throw DomainError.of(ErrorCode.REQUIRED, 'nomineeKinds', {
      en: 'Name at least one kind of nominee.',
      vi: 'Cần chọn ít nhất một loại đối tượng.',
    });
  }
  const position = await em.count(Movement, { campaign });
  const movement = em.create(Movement, {
    campaign,
    position,
    name: cleanText('name', input.name),
    targetGroup: cleanText('targetGroup', input.targetGroup),
    nomineeKinds,
  });
  await auditConfig(em, actor, unit.id, { type: 'Movement', id: movement.id }, { name: movement.name, nomineeKinds });
  await em.flush();
  return movement;
}

// An agency head grants within the agency, whatever level the agency sits at: never above the campaign.
const AWARD_DEPTH: Record<AwardLevel, number> = { NATIONAL: -1, PROVINCE: 0, DISTRICT: 1, COMMUNE: 2, AGENCY: 2 };

/**
 * The awards the campaign offers. An award granted above the issuing unit's level (the Prime
 * Minister's Bằng khen in a province campaign) cannot be decided by this campaign's pipelines.
 */
export async function setCampaignAwards(
  em: EntityManager,
  actor: ConfigActor,
  campaignId: string,
  awardCodes: string[],
) {
  const { campaign, unit } = await requireCampaignAdmin(em, actor, campaignId);
  const codes = [...new Set(awardCodes.map((c) => c.trim()))];
  const awards = await em.find(AwardType, { code: { $in: codes } });
  const unknown = codes.filter((c) => !awards.some((a) => a.code === c));
  if (unknown.length) {
    throw DomainError.of(ErrorCode.NOT_FOUND, 'awardCodes', {
      en: `Unknown award codes: ${unknown.join(', ')}.`,
      vi: `Không có hình thức khen thưởng: ${unknown.join(', ')}.`,
    });
  }
  const issuingDepth = AWARD_DEPTH[unit.level as unknown as AwardLevel];
  const tooHigh = awards.find((a) => AWARD_DEPTH[a.grantingLevel] < issuingDepth);
  if (tooHigh) {
    throw DomainError.of(ErrorCode.AWARD_LEVEL_MISMATCH, 'awardCodes', {
      en: `"${tooHigh.name}" is granted at ${tooHigh.grantingLevel} level, above ${unit.name} which issues this campaign.`,
      vi: `"${tooHigh.name}" do cấp ${tooHigh.grantingLevel} tặng, cao hơn cấp ban hành phong trào (${unit.name}).`,
    });
  }
  campaign.awards.set(awards);
  await auditConfig(em, actor, unit.id, { type: 'Campaign', id: campaign.id }, { awardCodes: codes });
  await em.flush();
  return campaign;
}
