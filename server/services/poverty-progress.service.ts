import type { EntityManager } from '@mikro-orm/postgresql';
import { UnitKind } from '../../domain/enums';
import { PovertyTargetStatus } from '../../domain/poverty-enums';
import {
  povertyRate,
  progressAgainst,
  targetAppliesTo,
  targetEnded,
  type PovertyFigures,
  type TargetProgress,
} from '../../domain/poverty-rules';
import { assertCanRead } from '../auth/access';
import type { Viewer } from '../auth/viewer';
import { AdminUnit } from '../entities/admin-unit.entity';
import { Campaign } from '../entities/campaign.entity';
import { PovertyTarget } from '../entities/poverty-target.entity';
import { loadPovertyBook } from '../store/poverty-counts';
import { findOrRefuse } from '../store/load';
import { ruleOf } from './poverty-target.service';

export interface TargetProgressRow extends TargetProgress {
  target: PovertyTarget;
  /** Predecessors whose base-year figures were added up (a merged commune), else empty. */
  baseFromPredecessors: string[];
}

export interface PovertyProgressRow {
  unit: AdminUnit;
  year: number;
  figures: PovertyFigures | null;
  rate: number | null;
  fromPredecessors: string[];
  /** NOT_MET if a due target is missed, NO_DATA if one lacks a count, MET if all due are met, else NOT_YET_DUE. */
  status: PovertyTargetStatus;
  targets: TargetProgressRow[];
}

const ORDER = [PovertyTargetStatus.NOT_MET, PovertyTargetStatus.NO_DATA, PovertyTargetStatus.MET];

/** One row per unit: the unit and, below it, its administrative units (communes, districts …). */
export async function povertyProgress(
  deps: { em: EntityManager; viewer: Viewer | null },
  campaignId: string,
  unitId: string,
  year: number,
  options: { subordinates?: boolean } = {},
): Promise<PovertyProgressRow[]> {
  const campaign = await findOrRefuse(deps.em, Campaign, campaignId, 'campaignId');
  const unit = await findOrRefuse(deps.em, AdminUnit, unitId, 'unitId');
  if (deps.viewer) assertCanRead(deps.viewer, unit.path);
  const below =
    options.subordinates === false
      ? []
      : await deps.em.find(
          AdminUnit,
          { path: { $like: `${unit.path}%` }, id: { $ne: unit.id }, kind: UnitKind.ADMINISTRATIVE },
          { orderBy: { level: 'asc', code: 'asc' } },
        );
  const units = [unit, ...below];
  const targets = await deps.em.find(PovertyTarget, { campaign }, { orderBy: { targetYear: 'asc', createdAt: 'asc' } });
  const years = [
    year,
    year - 1,
    ...targets.map((t) => t.baseYear).filter((y): y is number => y !== null && y !== undefined),
  ];
  const book = await loadPovertyBook(deps.em, units, years);
  return units.map((u) => {
    const current = book.figuresOf(u.id, year);
    const rows = targets
      .filter((t) => targetAppliesTo(t, u.type) && !targetEnded(ruleOf(t), year))
      .map((target) => {
        const rule = ruleOf(target);
        const progress = progressAgainst(rule, year, (y) => book.figuresOf(u.id, y)?.figures ?? null);
        const compared = progress.comparedYear === null ? null : book.figuresOf(u.id, progress.comparedYear);
        return { target, ...progress, baseFromPredecessors: compared?.fromPredecessors ?? [] };
      });
    const statuses = rows.map((r) => r.status);
    const status = ORDER.find((s) => statuses.includes(s)) ?? PovertyTargetStatus.NOT_YET_DUE;
    const figures = current?.figures ?? null;
    return {
      unit: u,
      year,
      figures,
      rate: figures && povertyRate(figures),
      fromPredecessors: current?.fromPredecessors ?? [],
      status,
      targets: rows,
    };
  });
}
