import type { EntityManager } from '@mikro-orm/postgresql';
import { UnitKind } from '../../domain/enums';
import type { ErrorCode, UserErrorData } from '../../domain/error-codes';
import { povertyMessages as P, refusal, registryImportMessages as M, userErrorOf } from '../../domain/messages';
import { PovertyCountSource } from '../../domain/poverty-enums';
import type { PovertyFigures } from '../../domain/poverty-rules';
import type { Viewer } from '../auth/viewer';
import { AdminUnit } from '../entities/admin-unit.entity';
import { POVERTY_COLUMN_LABELS, readPovertyFile, type PovertyFileRow } from '../importers/poverty-file';
import { registryFormatOf } from '../importers/award-registry-file';
import { findOrRefuse } from '../store/load';
import { MAX_REGISTRY_FILE_BYTES } from './award-registry-import.service';
import { assertCanRecord, povertyCountErrors, upsertPovertyCount, type Actor } from './poverty-count.service';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

export interface ImportPovertyCountsRequest {
  /** The unit whose area the rows belong to (a commune, a district, a province). */
  unitId: string;
  fileName: string;
  contentBase64: string;
  dryRun?: boolean | null;
}

export interface PovertyImportRowError {
  row: number;
  code: ErrorCode;
  reason: string;
  reasonVi: string;
}

/** importPovertyCounts: rows that hold are written, the others reported by row number (as importAwardRegistry). */
export async function importPovertyCounts(
  deps: { em: EntityManager; viewer: Viewer },
  input: ImportPovertyCountsRequest,
) {
  const area = await findOrRefuse(deps.em, AdminUnit, input.unitId, 'unitId');
  const actor = assertCanRecord(deps.viewer, area);
  const fileName = input.fileName.trim();
  const format = registryFormatOf(fileName);
  if (!format) throw refusal(M.fileType, { fileName }, 'fileName');
  const bytes = decode(input.contentBase64, fileName);
  const rows = await readPovertyFile(bytes, format, fileName);
  const units = await unitsByCode(deps.em, rows);
  const errors: PovertyImportRowError[] = [];
  const seen = new Map<string, number>();
  let imported = 0;
  for (const row of rows) {
    const error = await importRow({ em: deps.em, actor }, area, units, seen, row, input.dryRun ?? false);
    if (error) errors.push({ row: row.row, code: error.code, reason: error.message, reasonVi: error.messageVi });
    else imported += 1;
  }
  if (!input.dryRun) await deps.em.flush();
  return { report: { dryRun: input.dryRun ?? false, rows: rows.length, imported, errors } };
}

function decode(contentBase64: string, fileName: string): Buffer {
  const content = contentBase64.replace(/\s/g, '');
  const tooLarge = () =>
    refusal(M.fileTooLarge, { fileName, maxMiB: MAX_REGISTRY_FILE_BYTES / 1024 / 1024 }, 'contentBase64');
  if (Math.floor((content.length * 3) / 4) > MAX_REGISTRY_FILE_BYTES + 2) throw tooLarge();
  if (!BASE64.test(content) || content.length % 4 === 1) throw refusal(M.contentInvalid, {}, 'contentBase64');
  const bytes = Buffer.from(content, 'base64');
  if (bytes.length > MAX_REGISTRY_FILE_BYTES) throw tooLarge();
  return bytes;
}

async function unitsByCode(em: EntityManager, rows: PovertyFileRow[]): Promise<Map<string, AdminUnit[]>> {
  const codes = [...new Set(rows.map((r) => r.cells.unitCode).filter((c): c is string => !!c))];
  const found = codes.length ? await em.find(AdminUnit, { code: { $in: codes }, kind: UnitKind.ADMINISTRATIVE }) : [];
  const byCode = new Map<string, AdminUnit[]>();
  for (const unit of found) byCode.set(unit.code, [...(byCode.get(unit.code) ?? []), unit]);
  return byCode;
}

/** A code names one unit per list version: the one in force at the end of the row's year. */
function unitForYear(candidates: AdminUnit[], year: number): AdminUnit | undefined {
  const end = `${year}-12-31`;
  const inForce = candidates.filter((u) => u.validFrom <= end && (!u.validTo || u.validTo >= end));
  const started = candidates.filter((u) => u.validFrom <= end).sort((a, b) => b.validFrom.localeCompare(a.validFrom));
  return inForce[0] ?? started[0] ?? candidates[0];
}

function numberCell(row: PovertyFileRow, column: keyof typeof POVERTY_COLUMN_LABELS, optional = false) {
  const value = row.cells[column];
  if (value === undefined) return optional ? 0 : null;
  // Spreadsheets written in Vietnamese group thousands with dots or spaces ("1.250").
  const plain = value.replace(/[.\s]/g, '');
  return /^-?\d+$/.test(plain) ? Number(plain) : { column: POVERTY_COLUMN_LABELS[column], value };
}

async function importRow(
  deps: { em: EntityManager; actor: Actor },
  area: AdminUnit,
  units: Map<string, AdminUnit[]>,
  seen: Map<string, number>,
  row: PovertyFileRow,
  dryRun: boolean,
): Promise<UserErrorData | null> {
  const values: Record<string, number> = {};
  for (const column of [
    'year',
    'households',
    'poorHouseholds',
    'nearPoorHouseholds',
    'ethnicMinorityPoorHouseholds',
  ] as const) {
    const value = numberCell(row, column, column === 'ethnicMinorityPoorHouseholds');
    if (value === null)
      return userErrorOf(P.cellNotNumber, { column: POVERTY_COLUMN_LABELS[column], value: '' }, column);
    if (typeof value === 'object') return userErrorOf(P.cellNotNumber, value, column);
    values[column] = value;
  }
  const { year, ...rest } = values;
  const figures = rest as unknown as PovertyFigures;
  const code = row.cells.unitCode ?? '';
  const unit = unitForYear(units.get(code) ?? [], year);
  if (!unit) return userErrorOf(P.unitUnknown, { code }, 'unitCode');
  if (!unit.path.startsWith(area.path))
    return userErrorOf(P.unitOutside, { code, name: unit.name, unit: area.name }, 'unitCode');
  const key = `${unit.id}:${year}`;
  const first = seen.get(key);
  if (first !== undefined) return userErrorOf(P.duplicateRow, { code, year, row: first }, 'unitCode');
  seen.set(key, row.row);
  const [error] = povertyCountErrors(year, figures);
  if (error) return error;
  if (!dryRun) await upsertPovertyCount(deps.em, unit, year, figures, PovertyCountSource.IMPORT, deps.actor);
  return null;
}
