import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditAction, Role } from '../../domain/enums';
import { requireRole } from '../auth/access';
import type { Viewer } from '../auth/viewer';
import { AdminUnit } from '../entities/admin-unit.entity';
import { Campaign } from '../entities/campaign.entity';
import { recordAudit, type AuditInput } from '../store/audit';
import { findOrRefuse } from '../store/load';

/** Who changes configuration: an ADMIN over the campaign's issuing unit, or the seed (null viewer). */
export type ConfigActor = Viewer | null;

export async function requireCampaignAdmin(
  em: EntityManager,
  actor: ConfigActor,
  campaignId: string,
  field = 'campaignId',
) {
  const campaign = await findOrRefuse(em, Campaign, campaignId, field);
  const unit = await em.findOneOrFail(AdminUnit, campaign.issuingUnit.id);
  const role = actor ? requireRole(actor, Role.ADMIN, unit.path) : null;
  return { campaign, unit, role };
}

/** Records a configuration change on the audit trail (not tied to a nomination). */
export async function auditConfig(
  em: EntityManager,
  actor: ConfigActor,
  unitId: string,
  entity: { type: string; id: string },
  after: Record<string, unknown>,
  before: Record<string, unknown> | null = null,
) {
  const input: AuditInput = {
    key: `${entity.type}:${entity.id}:${randomUUID()}`,
    nominationId: null,
    actor: actor ? { userId: actor.user.id, role: Role.ADMIN, unitId } : null,
    action: AuditAction.CAMPAIGN_CHANGED,
    before,
    after,
    entityType: entity.type,
    entityId: entity.id,
  };
  await recordAudit(em, input);
}
