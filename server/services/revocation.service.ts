import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditAction, NotificationKind, RecoveryStatus, type RevocationGround, Role } from '../../domain/enums';
import { refusal, render, revocationMessages as M } from '../../domain/messages';
import type { Viewer } from '../auth/viewer';
import { AdminUnit } from '../entities/admin-unit.entity';
import { AwardRecord } from '../entities/award-record.entity';
import { Nominee } from '../entities/nominee.entity';
import { User } from '../entities/user.entity';
import { recordAudit } from '../store/audit';
import { findOrRefuse } from '../store/load';
import { notify, recipientsFor } from '../store/notifications';

/** Free-text limits, in characters after trimming. */
export const REVOCATION_REASON_MAX = 2_000;
export const REVOCATION_BASIS_MAX = 2_000;

export interface RevokeAwardInput {
  awardRecordId: string;
  ground: RevocationGround;
  reason: string;
  legalBasis: string;
}

export interface RecordRecoveryInput {
  awardRecordId: string;
  certificate: boolean;
  bonus: boolean;
}

const REVOKERS: readonly Role[] = [Role.APPROVER, Role.ADMIN];

/**
 * Who cancels a decision is who made it (Law 06/2022 art. 93 cl. 2): an APPROVER or ADMIN at the issuing
 * unit itself, not a unit above or below it. Answers the actor as the audit trail records it.
 */
async function issuerActor(em: EntityManager, viewer: Viewer, record: AwardRecord) {
  if (!record.issuerUnit) throw refusal(M.issuerOutside, { issuer: record.issuerName });
  const issuer = await em.findOneOrFail(AdminUnit, record.issuerUnit.id);
  const held = viewer.roles.find((r) => REVOKERS.includes(r.role) && r.unitId === issuer.id);
  if (!held) throw refusal(M.issuerOnly, { issuer: record.issuerName });
  return { userId: viewer.user.id, role: held.role, unitId: held.unitId, onBehalfOfUserId: held.delegatedByUserId };
}

function cleanRevocationText(field: 'reason' | 'legalBasis', value: string | null | undefined, max: number): string {
  const text = (value ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();
  if (!text) throw refusal(field === 'reason' ? M.reasonRequired : M.basisRequired, {}, field);
  if (text.length > max) throw refusal(M.textTooLong, { field, length: text.length, max }, field);
  return text;
}

function recoveryState(record: AwardRecord) {
  return { certificateRecovery: record.certificateRecovery, bonusRecovery: record.bonusRecovery };
}

/** The record locked FOR UPDATE until the transaction ends (a second revocation waits, then sees the first). */
async function lockedRecord(em: EntityManager, id: string): Promise<AwardRecord> {
  return findOrRefuse(em, AwardRecord, id, 'awardRecordId', [], true);
}

/**
 * Cancels an award (hủy bỏ quyết định khen thưởng) on one of the grounds of Law 06/2022 art. 93 cl. 2:
 * the register keeps the row, marked revoked, and its certificate and bonus become due for recovery.
 */
export async function revokeAward(em: EntityManager, viewer: Viewer, input: RevokeAwardInput) {
  return em.transactional(async (tx) => {
    const record = await lockedRecord(tx, input.awardRecordId);
    const actor = await issuerActor(tx, viewer, record);
    const reason = cleanRevocationText('reason', input.reason, REVOCATION_REASON_MAX);
    const legalBasis = cleanRevocationText('legalBasis', input.legalBasis, REVOCATION_BASIS_MAX);
    if (record.revokedAt) throw refusal(M.alreadyRevoked, { revokedAt: record.revokedAt.toISOString() });
    const before = { revokedAt: null, ...recoveryState(record) };
    const hasBonus = Number(record.bonusAmount ?? 0) > 0;
    Object.assign(record, {
      revokedAt: new Date(),
      revokedBy: tx.getReference(User, viewer.user.id),
      revocationGround: input.ground,
      revocationReason: reason,
      revocationBasis: legalBasis,
      certificateRecovery: RecoveryStatus.PENDING,
      bonusRecovery: hasBonus ? RecoveryStatus.PENDING : RecoveryStatus.NONE,
    });
    await recordAudit(tx, {
      key: `award-record:${record.id}:revoked`,
      // An imported row has no nomination: its event is about the register row alone.
      nominationId: record.nomination?.id ?? null,
      entityType: 'AwardRecord',
      entityId: record.id,
      actor,
      action: AuditAction.AWARD_REVOKED,
      before,
      after: { revokedAt: record.revokedAt, ground: input.ground, ...recoveryState(record) },
      comment: `${reason} — ${legalBasis}`,
    });
    await noticeRevoked(tx, record, hasBonus);
    return { awardRecord: record };
  });
}

/** Tells the officers of the unit that proposed the award that it was revoked and what to recover. */
async function noticeRevoked(em: EntityManager, record: AwardRecord, bonus: boolean): Promise<void> {
  const nominee = await em.findOneOrFail(Nominee, record.nominee.id);
  const title = render(M.revokedTitle, { nominee: nominee.name });
  const body = render(M.revokedNotice, {
    nominee: nominee.name,
    decisionNumber: record.decisionNumber,
    decisionDate: record.decisionDate,
    revokedAt: record.revokedAt!.toISOString(),
    ground: record.revocationGround!,
    reason: record.revocationReason!,
    legalBasis: record.revocationBasis!,
    bonus,
  });
  await notify(em, {
    key: `award-record:${record.id}:revoked`,
    recipients: await recipientsFor(em, { unitId: record.unit.id, role: Role.SUBMITTER }),
    kind: NotificationKind.DECISION,
    nominationId: record.nomination?.id ?? null,
    titleVi: title.vi,
    titleEn: title.en,
    bodyVi: body.vi,
    bodyEn: body.en,
  });
}

/**
 * Records that a revoked award's certificate (hiện vật) and/or bonus were handed back. Recording one
 * already recovered changes nothing and writes no event.
 */
export async function recordRecovery(em: EntityManager, viewer: Viewer, input: RecordRecoveryInput) {
  return em.transactional(async (tx) => {
    const record = await lockedRecord(tx, input.awardRecordId);
    const actor = await issuerActor(tx, viewer, record);
    if (!input.certificate && !input.bonus) throw refusal(M.nothingChosen, {}, 'certificate');
    if (!record.revokedAt) throw refusal(M.notRevoked, {}, 'awardRecordId');
    if (input.bonus && record.bonusRecovery === RecoveryStatus.NONE) throw refusal(M.noBonus, {}, 'bonus');
    const before = recoveryState(record);
    const changed: string[] = [];
    if (input.certificate && record.certificateRecovery === RecoveryStatus.PENDING) {
      record.certificateRecovery = RecoveryStatus.RECOVERED;
      changed.push('certificate');
    }
    if (input.bonus && record.bonusRecovery === RecoveryStatus.PENDING) {
      record.bonusRecovery = RecoveryStatus.RECOVERED;
      changed.push('bonus');
    }
    if (changed.length) {
      await recordAudit(tx, {
        key: `award-record:${record.id}:recovered:${changed.join('+')}`,
        nominationId: record.nomination?.id ?? null,
        entityType: 'AwardRecord',
        entityId: record.id,
        actor,
        action: AuditAction.RECOVERY_RECORDED,
        before,
        after: recoveryState(record),
      });
    }
    return { awardRecord: record };
  });
}
