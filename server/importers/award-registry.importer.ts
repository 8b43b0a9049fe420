import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AuditAction } from '../../domain/enums';
import { vietnamToday } from '../auth/viewer';
import { AdminUnit } from '../entities/admin-unit.entity';
import type { Actor } from '../services/admin-access';
import { recordAudit } from '../store/audit';
import type { RegistryFileRow } from './award-registry-file';
import { newRunState, planBatch, writeBatch } from './award-registry-batch';
import { AwardDirectory, UnitDirectory } from './award-registry-match';
import { readRegistryRow, type RegistryRow, type UnmatchedRow } from './award-registry-row';

export interface AwardRegistryImportOptions {
  /** The importing unit: every row's unit is within its subtree. */
  unitId: string;
  rows: RegistryFileRow[];
  /** The name column was headed "Tên tập thể": rows without a kind are collectives. */
  collectiveNames?: boolean;
  /** Check every row and report, writing nothing. */
  dryRun: boolean;
  /** Who imports (null: the command line); the import goes on the audit trail under them. */
  actor: Actor | null;
  fileName?: string;
  today?: string;
  onProgress?: (progress: { done: number; total: number }) => void;
}

export interface AwardRegistryImportReport {
  dryRun: boolean;
  /** Data rows read (blank rows are not counted). */
  rows: number;
  /** Entered in the registry (a dry run: would be). */
  imported: number;
  /** Already in the registry: imported before, or signed through the platform. */
  unchanged: number;
  unmatched: UnmatchedRow[];
}

export const REGISTRY_IMPORT_BATCH = 500;

/**
 * Enters the rows of a register kept before the platform (sổ theo dõi khen thưởng) in the award
 * registry, as IMPORTED records. Each row on its own: one that cannot be matched is reported with
 * why and the others go on. A row's nominee is the holder of its CCCD (under the same name), else the
 * one record of that name (and date of birth) in its unit, else a new record. The import key hashes
 * nominee, award, year and decision, so importing the same file again enters nothing.
 * A dry run reports the same and writes nothing.
 */
export async function importAwardRegistry(
  em: EntityManager,
  options: AwardRegistryImportOptions,
): Promise<AwardRegistryImportReport> {
  const today = options.today ?? vietnamToday();
  const root = await em.findOneOrFail(AdminUnit, options.unitId);
  const report: AwardRegistryImportReport = {
    dryRun: options.dryRun,
    rows: options.rows.length,
    imported: 0,
    unchanged: 0,
    unmatched: [],
  };
  const read: RegistryRow[] = [];
  for (const source of options.rows) {
    const result = readRegistryRow(source, { today, collectiveNames: options.collectiveNames ?? false });
    if ('problem' in result) report.unmatched.push(result.problem);
    else read.push(result.row);
  }
  const units = await UnitDirectory.load(
    em.fork(),
    root,
    read.map((r) => r.unit),
  );
  const awards = await AwardDirectory.load(em.fork());
  const state = newRunState();

  for (let i = 0; i < read.length; i += REGISTRY_IMPORT_BATCH) {
    const batch = read.slice(i, i + REGISTRY_IMPORT_BATCH);
    const run = async (tx: EntityManager) => {
      const outcome = await planBatch(tx, batch, units, awards, state);
      if (!options.dryRun) await writeBatch(tx, outcome);
      return outcome;
    };
    const outcome = options.dryRun ? await run(em.fork()) : await em.fork().transactional(run);
    report.imported += outcome.imported.length;
    report.unchanged += outcome.unchanged;
    report.unmatched.push(...outcome.unmatched);
    options.onProgress?.({ done: Math.min(i + REGISTRY_IMPORT_BATCH, read.length), total: read.length });
  }
  report.unmatched.sort((a, b) => a.row - b.row);
  if (!options.dryRun && report.imported)
    await em.fork().transactional((tx) =>
      recordAudit(tx, {
        key: `AwardRegistryImport:${root.id}:${randomUUID()}`,
        nominationId: null,
        actor: options.actor,
        action: AuditAction.REGISTRY_IMPORTED,
        after: {
          fileName: options.fileName ?? null,
          rows: report.rows,
          imported: report.imported,
          unchanged: report.unchanged,
          unmatched: report.unmatched.length,
        },
        entityType: 'AdminUnit',
        entityId: root.id,
      }),
    );
  return report;
}
