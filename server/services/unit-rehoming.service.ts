import { LockMode } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { assertDay } from '../../domain/campaign-rules';
import { AdminLevel, AuditAction, NominationStatus, SuccessionKind, TaskStatus } from '../../domain/enums';
import { AdminUnit } from '../entities/admin-unit.entity';
import { Nomination } from '../entities/nomination.entity';
import { ReviewTask } from '../entities/review-task.entity';
import { UnitSuccession } from '../entities/unit-succession.entity';
import { recordAudit } from '../store/audit';
import { ancestorAtLevel } from '../store/unit-tree';

/** Statuses after which a nomination is history: it keeps the unit it had. */
export const FINAL_STATUSES = [NominationStatus.COMMENDED, NominationStatus.REJECTED, NominationStatus.WITHDRAWN];
const LIVE_TASK = [TaskStatus.OPEN, TaskStatus.CLAIMED];

export interface RehomeResult {
  nominations: number;
  tasks: number;
  /** In-flight records whose dissolved unit has no successor for this reform (left where they are). */
  withoutSuccessor: number;
}

interface Choice {
  successor: AdminUnit;
  /** Set when the old unit was split and one successor had to be picked. */
  partialOf?: string[];
  /** A district's task handed to the commune that took over district powers. */
  toCommune?: boolean;
}

/** Full successors first, then by code: deterministic whatever order the rows come in. */
export function chooseSuccessor(rows: readonly { kind: SuccessionKind; successor: AdminUnit }[]): Choice | null {
  const sorted = [...rows].sort(
    (a, b) =>
      Number(b.kind === SuccessionKind.FULL) - Number(a.kind === SuccessionKind.FULL) ||
      a.successor.code.localeCompare(b.successor.code),
  );
  if (!sorted.length) return null;
  const [first] = sorted;
  return first.kind === SuccessionKind.FULL
    ? { successor: first.successor }
    : { successor: first.successor, partialOf: sorted.map((r) => r.successor.code) };
}

const label = (unit: AdminUnit) => `${unit.name} (${unit.code})`;

function rehomeComment(effectiveOn: string, from: AdminUnit, choice: Choice): string {
  const moved = `Administrative reform of ${effectiveOn} (sắp xếp đơn vị hành chính): ${label(from)} → ${label(choice.successor)}.`;
  const base = choice.toCommune
    ? `${moved} District powers pass to the commune chair, Decree 129/2025 (thẩm quyền cấp huyện chuyển cho Chủ tịch UBND cấp xã).`
    : moved;
  if (!choice.partialOf) return base;
  return `${base} The old unit was split among ${choice.partialOf.join(', ')} (PARTIAL); the first by code was chosen (chọn đơn vị có mã nhỏ nhất).`;
}

/**
 * Moves in-flight work off units a reform dissolved: each nomination not in a final status goes to its
 * unit's successor (a nominating organisation's too, when a succession row names one), each open or claimed
 * task to the successor of its unit's level; a district task (review or decision) to the commune its
 * nomination was re-homed to, never to the province. One transaction and one audit event per record;
 * running it again changes nothing.
 */
export async function rehomeInFlight(
  em: EntityManager,
  { effectiveOn }: { effectiveOn: string },
): Promise<RehomeResult> {
  assertDay(effectiveOn, 'effectiveOn');
  const dissolved = { validTo: { $lt: effectiveOn } };
  const reader = em.fork();
  const nominations = await reader.find(
    Nomination,
    { status: { $nin: FINAL_STATUSES }, unit: dissolved },
    { fields: ['id'] },
  );
  const tasks = await reader.find(ReviewTask, { status: { $in: LIVE_TASK }, unit: dissolved }, { fields: ['id'] });
  const result: RehomeResult = { nominations: 0, tasks: 0, withoutSuccessor: 0 };
  const count = (outcome: boolean | null, key: 'nominations' | 'tasks') => {
    if (outcome) result[key] += 1;
    else if (outcome === null) result.withoutSuccessor += 1;
  };
  for (const { id } of nominations) count(await rehomeNomination(em.fork(), id, effectiveOn), 'nominations');
  for (const { id } of tasks) count(await rehomeTask(em.fork(), id, effectiveOn), 'tasks');
  return result;
}

async function successionsOf(em: EntityManager, unit: AdminUnit, effectiveOn: string) {
  return em.find(UnitSuccession, { predecessor: unit, effectiveOn }, { populate: ['successor'] });
}

/** True when moved, false when no longer applicable (raced), null when there is no successor. */
async function rehomeNomination(em: EntityManager, id: string, effectiveOn: string): Promise<boolean | null> {
  return em.transactional(async (tx) => {
    const nomination = await tx.findOneOrFail(Nomination, id, { lockMode: LockMode.PESSIMISTIC_WRITE });
    const from = await tx.findOneOrFail(AdminUnit, nomination.unit.id);
    if (FINAL_STATUSES.includes(nomination.status) || !from.validTo || from.validTo >= effectiveOn) return false;
    const choice = chooseSuccessor(await successionsOf(tx, from, effectiveOn));
    if (!choice) return null;
    nomination.unit = choice.successor;
    await recordAudit(tx, {
      key: `nomination:${id}:rehomed:${effectiveOn}`,
      nominationId: id,
      actor: null,
      action: AuditAction.UNIT_REHOMED,
      before: { unitCode: from.code, unitName: from.name, unitValidFrom: from.validFrom },
      after: {
        unitCode: choice.successor.code,
        unitName: choice.successor.name,
        unitValidFrom: choice.successor.validFrom,
      },
      comment: rehomeComment(effectiveOn, from, choice),
    });
    return true;
  });
}

async function rehomeTask(em: EntityManager, id: string, effectiveOn: string): Promise<boolean | null> {
  return em.transactional(async (tx) => {
    const task = await tx.findOneOrFail(ReviewTask, id, { lockMode: LockMode.PESSIMISTIC_WRITE });
    const from = await tx.findOneOrFail(AdminUnit, task.unit.id);
    if (!LIVE_TASK.includes(task.status) || !from.validTo || from.validTo >= effectiveOn) return false;
    const rows = await successionsOf(tx, from, effectiveOn);
    const sameLevel = chooseSuccessor(rows.filter((r) => r.successor.level === from.level));
    let choice: Choice | null = sameLevel;
    let heir = sameLevel?.successor ?? null;
    if (!sameLevel && from.level === AdminLevel.DISTRICT) {
      heir = await districtHeir(tx, task, effectiveOn);
      choice = heir && { successor: heir, toCommune: true };
    } else if (!sameLevel) {
      choice = chooseSuccessor(rows);
      heir = choice && (await ancestorAtLevel(tx, choice.successor, from.level));
    }
    if (!choice || !heir || !inForce(heir, effectiveOn)) return null;
    task.unit = heir;
    await recordAudit(tx, {
      key: `task:${id}:rehomed:${effectiveOn}`,
      nominationId: task.nomination.id,
      actor: null,
      action: AuditAction.UNIT_REHOMED,
      before: { stageKey: task.stageKey, round: task.round, taskUnitCode: from.code, taskUnitName: from.name },
      after: { stageKey: task.stageKey, round: task.round, taskUnitCode: heir.code, taskUnitName: heir.name },
      comment: rehomeComment(effectiveOn, from, { ...choice, successor: heir }),
      entityType: 'ReviewTask',
      entityId: id,
    });
    return true;
  });
}

const inForce = (unit: AdminUnit, day: string) => unit.validFrom <= day && (!unit.validTo || unit.validTo >= day);

/**
 * A district's review or decision has no district to go to after the 2025 reform: district powers passed
 * to the commune chair (Decree 129/2025), so the task follows its nomination to the nomination's new
 * commune (re-homed first), never up to the province. Null when the nomination is not on a commune of the
 * new tree; the caller then leaves the task where it is (reported as without successor).
 */
async function districtHeir(tx: EntityManager, task: ReviewTask, effectiveOn: string): Promise<AdminUnit | null> {
  const nomination = await tx.findOneOrFail(Nomination, task.nomination.id, { populate: ['unit'] });
  const unit = nomination.unit as AdminUnit;
  return inForce(unit, effectiveOn) ? ancestorAtLevel(tx, unit, AdminLevel.COMMUNE) : null;
}
