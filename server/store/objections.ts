import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditAction, NotificationKind, ObjectionStatus, Role, RoundOutcome, RoundStatus } from '../../domain/enums';
import { refusal } from '../../domain/messages/message';
import { roundMessages as M } from '../../domain/messages/round.messages';
import { Objection } from '../entities/objection.entity';
import { RoundEntry } from '../entities/round-entry.entity';
import { User } from '../entities/user.entity';
import { hasAudit, recordAudit, type AuditInput } from './audit';
import { shareRound } from './ballots';
import { notify } from './notifications';
import { holdersOf } from './role-holders';

type Actor = NonNullable<AuditInput['actor']>;

/** Written when the period's workflow closes a round's notice: no objection is filed after it. */
export const noticeClosedKey = (roundId: string) => `round:${roundId}:notice-closed`;

/** Objections still waiting for an administrator in a round. */
export function openObjectionCount(em: EntityManager, roundId: string): Promise<number> {
  return em.count(Objection, { entry: { round: roundId }, status: ObjectionStatus.OPEN });
}

/**
 * Files an objection in the caller's transaction (written by the API itself, off the period's
 * workflow history): only during the round's public notice, only on a nominee the council
 * approved. The same person filing the same reason again on an entry gets the open one back.
 */
export async function fileObjectionInDb(
  em: EntityManager,
  input: { roundId: string; entryId: string; reason: string; actor: Actor },
): Promise<Objection> {
  const round = await shareRound(em, input.roundId);
  if (!round) throw refusal(M.notInPeriod, undefined, 'entryId');
  const open =
    round.status === RoundStatus.PUBLIC_NOTICE &&
    Date.now() < (round.noticeClosesAt?.getTime() ?? 0) &&
    !(await hasAudit(em, noticeClosedKey(round.id)));
  if (!open) throw refusal(M.noticeClosed);
  const entry = await em.findOneOrFail(RoundEntry, input.entryId, { lockMode: LockMode.PESSIMISTIC_WRITE });
  // Approved by the council: still pending, or not awarded only through an upheld objection (not by the vote).
  const approved =
    entry.outcome === RoundOutcome.PENDING ||
    (await em.count(Objection, { entry, status: ObjectionStatus.UPHELD })) > 0;
  if (entry.round.id !== round.id || !approved) throw refusal(M.objectionNotPassed, undefined, 'entryId');
  const filedBy = em.getReference(User, input.actor.userId);
  const same = await em.findOne(Objection, { entry, filedBy, reason: input.reason, status: ObjectionStatus.OPEN });
  if (same) return same;
  const objection = em.create(Objection, { entry, filedBy, reason: input.reason });
  entry.objected = true;
  // Kept off the nomination's own history, which its commune reads: the filer is not exposed there.
  await recordAudit(em, {
    key: `objection:${objection.id}:filed`,
    nominationId: null,
    actor: input.actor,
    action: AuditAction.OBJECTION_FILED,
    after: { entryId: entry.id, nominationId: entry.nomination.id, status: ObjectionStatus.OPEN },
    comment: input.reason,
    entityType: 'Objection',
    entityId: objection.id,
  });
  await em.flush();
  await notify(em, {
    key: `objection:${objection.id}:filed`,
    recipients: await holdersOf(em, round.unit.id, Role.ADMIN),
    kind: NotificationKind.OBJECTION,
    nominationId: entry.nomination.id,
    titleVi: 'Có ý kiến phản ánh trong thời gian công khai',
    titleEn: 'An objection was filed during the public notice',
    bodyVi: `Một trường hợp đề nghị khen thưởng bị phản ánh: "${input.reason}". Đợt xét chờ kết quả xử lý trước khi trình ký.`,
    bodyEn: `A shortlisted nominee received an objection: "${input.reason}". The round waits for its resolution before signing.`,
  });
  return objection;
}

/**
 * Upheld: the nominee is not awarded. Dismissed: it goes on. Either way the pause on it ends.
 * Refused once the objection is no longer open. The caller tells the period's workflow afterwards.
 */
export async function resolveObjectionInDb(
  em: EntityManager,
  input: { objectionId: string; upheld: boolean; resolution: string; actor: Actor },
): Promise<Objection> {
  const objection = await em.findOneOrFail(Objection, input.objectionId, {
    lockMode: LockMode.PESSIMISTIC_WRITE,
    refresh: true,
  });
  if (objection.status !== ObjectionStatus.OPEN) throw refusal(M.objectionNotOpen, undefined, 'objectionId');
  const entry = await em.findOneOrFail(RoundEntry, objection.entry.id, {
    lockMode: LockMode.PESSIMISTIC_WRITE,
    refresh: true,
  });
  Object.assign(objection, {
    status: input.upheld ? ObjectionStatus.UPHELD : ObjectionStatus.DISMISSED,
    resolution: input.resolution,
    resolvedBy: em.getReference(User, input.actor.userId),
    resolvedAt: new Date(),
  });
  if (input.upheld) entry.outcome = RoundOutcome.NOT_AWARDED;
  entry.objected = (await em.count(Objection, { entry, status: ObjectionStatus.OPEN, id: { $ne: objection.id } })) > 0;
  await recordAudit(em, {
    key: `objection:${objection.id}:resolved`,
    nominationId: null,
    actor: input.actor,
    action: AuditAction.OBJECTION_RESOLVED,
    before: { status: ObjectionStatus.OPEN },
    after: { entryId: entry.id, status: objection.status, outcome: entry.outcome },
    comment: input.resolution,
    entityType: 'Objection',
    entityId: objection.id,
  });
  await em.flush();
  return objection;
}
