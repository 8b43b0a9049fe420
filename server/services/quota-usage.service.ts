import type { EntityManager } from '@mikro-orm/postgresql';
import type { AdminLevel, NomineeKind } from '../../domain/enums';
import { QuotaScopeKind } from '../../domain/quota';
import { quotasBounding } from '../../domain/quota-cut';
import { assertCanRead, canReadUnit } from '../auth/access';
import type { Viewer } from '../auth/viewer';
import { AdminUnit } from '../entities/admin-unit.entity';
import { AwardType } from '../entities/award-type.entity';
import { Movement } from '../entities/movement.entity';
import { Period } from '../entities/period.entity';
import { findOrRefuse } from '../store/load';
import { decidedCounts, forwardedCounts, quotaRules, usedBy, type QuotaRuleOf } from '../store/quota-counts';

/** One quota's use (or a group with candidates and no quota: `maxCount` null). */
export interface QuotaUsage {
  scope: QuotaScopeKind;
  movement: Movement;
  nomineeKind: NomineeKind;
  /** The award form; null for a quota of every form. */
  award: AwardType | null;
  /** Decision rows: the deciding unit (null for a level's quota no unit has used yet). */
  decidingUnit: AdminUnit | null;
  decidingLevel: AdminLevel | null;
  /** Forwarding rows: the forwarding unit. */
  unit: AdminUnit | null;
  maxCount: number | null;
  used: number;
}

/**
 * Quota use in a period: per deciding unit × award form × movement × nominee kind that has a quota
 * or candidates (within `unitId`'s subtree, else every unit the viewer reads), and with `unitId`
 * what it forwarded against its caps. Counts come from two grouped queries.
 */
export async function quotaUsage(em: EntityManager, viewer: Viewer, periodId: string, unitId?: string | null) {
  const period = await findOrRefuse(em, Period, periodId, 'periodId');
  const unit = unitId ? await findOrRefuse(em, AdminUnit, unitId, 'unitId') : null;
  if (unit) assertCanRead(viewer, unit.path);
  const movements = await em.find(Movement, { campaign: period.campaign.id }, { orderBy: { position: 'asc' } });
  const movementById = new Map(movements.map((m) => [m.id, m]));
  const { decision, forwarding } = await quotaRules(em, period.campaign.id, period.kind);
  const counts = await decidedCounts(em, period.id);
  const unitIds = new Set([...counts.used, ...counts.waiting].map((c) => c.unitId));
  for (const q of decision) if (q.unitId) unitIds.add(q.unitId);
  const units = new Map((await em.find(AdminUnit, { id: { $in: [...unitIds] } })).map((u) => [u.id, u]));
  const visible = (u: AdminUnit) => (unit ? u.path.startsWith(unit.path) : canReadUnit(viewer, u.path));
  const awardIds = new Set<string>([...counts.used, ...counts.waiting].map((c) => c.awardId));
  for (const q of [...decision, ...forwarding]) if (q.awardId) awardIds.add(q.awardId);
  const awards = new Map((await em.find(AwardType, { id: { $in: [...awardIds] } })).map((a) => [a.id, a]));

  const rows: QuotaUsage[] = [];
  const seen = new Set<string>();
  const push = (row: Omit<QuotaUsage, 'scope' | 'unit'>, key: string) => {
    if (seen.has(key) || !movementById.has(row.movement.id)) return;
    seen.add(key);
    rows.push({ scope: QuotaScopeKind.DECISION, unit: null, ...row });
  };
  const groups = [...counts.used, ...counts.waiting].filter((c) => c.count > 0);
  for (const g of groups) {
    const u = units.get(g.unitId);
    if (!u || !visible(u)) continue;
    const target = { ...g, level: u.level };
    const own = quotasBounding(decision, target).find((q) => q.awardId === g.awardId);
    const base = { movement: movementById.get(g.movementId)!, nomineeKind: g.nomineeKind, decidingUnit: u };
    const used = usedBy({ ...target, id: '', unitId: u.id, maxCount: 0 }, u.id, counts.used);
    push(
      { ...base, award: awards.get(g.awardId) ?? null, decidingLevel: null, maxCount: own?.maxCount ?? null, used },
      `${u.id}|${g.awardId}|${g.movementId}|${g.nomineeKind}`,
    );
    for (const q of quotasBounding(decision, target).filter((r) => r.awardId === null)) {
      const row = {
        ...base,
        award: null,
        decidingLevel: null,
        maxCount: q.maxCount,
        used: usedBy(q, u.id, counts.used),
      };
      push(row, `${u.id}|*|${g.movementId}|${g.nomineeKind}`);
    }
  }
  for (const q of decision) {
    const u = q.unitId ? units.get(q.unitId) : null;
    if (u && !visible(u)) continue;
    if (!u && unit) continue;
    const key = `${u?.id ?? q.level}|${q.awardId ?? '*'}|${q.movementId}|${q.nomineeKind}`;
    if (!u && rows.some((r) => r.decidingUnit?.level === q.level && r.award?.id === q.awardId)) continue;
    push(ruleRow(q, movementById, awards, u ?? null, u ? usedBy(q, u.id, counts.used) : 0), key);
  }
  if (unit) rows.push(...(await forwardingRows(em, period.id, unit, forwarding, movements, awards)));
  return rows;
}

function ruleRow(
  q: QuotaRuleOf,
  movements: Map<string, Movement>,
  awards: Map<string, AwardType>,
  decidingUnit: AdminUnit | null,
  used: number,
) {
  return {
    movement: movements.get(q.movementId)!,
    nomineeKind: q.nomineeKind,
    award: q.awardId ? (awards.get(q.awardId) ?? null) : null,
    decidingUnit,
    decidingLevel: decidingUnit ? null : (q.level as AdminLevel),
    maxCount: q.maxCount,
    used,
  };
}

/** What `unit` forwarded, per movement and kind: against each cap that bounds it, or with no cap. */
async function forwardingRows(
  em: EntityManager,
  periodId: string,
  unit: AdminUnit,
  caps: QuotaRuleOf[],
  movements: Movement[],
  awards: Map<string, AwardType>,
): Promise<QuotaUsage[]> {
  const counts = await forwardedCounts(em, periodId, unit.id);
  const rows: QuotaUsage[] = [];
  for (const movement of movements) {
    for (const nomineeKind of movement.nomineeKinds) {
      const bounding = caps.filter(
        (q) =>
          q.movementId === movement.id &&
          q.nomineeKind === nomineeKind &&
          (q.unitId === unit.id || (q.unitId === null && q.level === unit.level)),
      );
      // Per award key, the unit's own cap over its level's.
      const chosen = new Map<string, QuotaRuleOf>();
      for (const q of bounding) {
        const key = q.awardId ?? '*';
        if (!chosen.has(key) || q.unitId === unit.id) chosen.set(key, q);
      }
      const base = {
        scope: QuotaScopeKind.FORWARDING,
        movement,
        nomineeKind,
        unit,
        decidingUnit: null,
        decidingLevel: null,
      };
      const all = {
        id: '',
        movementId: movement.id,
        nomineeKind,
        awardId: null,
        unitId: unit.id,
        level: null,
        maxCount: 0,
      };
      if (!chosen.has('*')) rows.push({ ...base, award: null, maxCount: null, used: usedBy(all, unit.id, counts) });
      for (const q of chosen.values()) {
        const award = q.awardId ? (awards.get(q.awardId) ?? null) : null;
        rows.push({ ...base, award, maxCount: q.maxCount, used: usedBy(q, unit.id, counts) });
      }
    }
  }
  return rows;
}
