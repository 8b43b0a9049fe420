import type { EntityManager } from '@mikro-orm/postgresql';
import { NomineeKind } from '../../domain/enums';
import { registryImportMessages as M } from '../../domain/messages';
import { foldName } from '../../domain/nominee-records';
import { AdminUnit } from '../entities/admin-unit.entity';
import { AwardType } from '../entities/award-type.entity';
import type { Nominee } from '../entities/nominee.entity';
import { unmatched, type RegistryRow, type UnmatchedRow } from './award-registry-row';

/** How a row's "Đơn vị" and "Hình thức khen thưởng" cells and its nominee are found. */

export interface UnitRef {
  id: string;
  code: string;
  name: string;
}

const lower = (text: string) => text.normalize('NFC').toLowerCase();

function push<K, V>(map: Map<K, V[]>, key: K, value: V) {
  map.set(key, [...(map.get(key) ?? []), value]);
}

/** GSO codes keep their leading zeros ("02656"); a spreadsheet that read one as a number dropped them. */
function codeVariants(cell: string): string[] {
  const code = cell.toUpperCase();
  return /^\d+$/.test(code) ? [...new Set([code, ...[2, 3, 5].map((n) => code.padStart(n, '0'))])] : [code];
}

/** The units of the importing unit's subtree, by code or by name (exact first, then without diacritics). */
export class UnitDirectory {
  private readonly byCode = new Map<string, UnitRef[]>();
  private readonly byName = new Map<string, UnitRef[]>();
  private readonly byFolded = new Map<string, UnitRef[]>();
  /** Cells naming a unit outside the subtree: the unit's name, for the reason. */
  private readonly outside = new Map<string, string>();

  private constructor(readonly root: AdminUnit) {}

  static async load(em: EntityManager, root: AdminUnit, cells: string[]): Promise<UnitDirectory> {
    const directory = new UnitDirectory(root);
    const units = await em.find(
      AdminUnit,
      { path: { $like: `${root.path}%` } },
      { fields: ['code', 'name'], orderBy: { validFrom: 'desc' } },
    );
    for (const unit of units) {
      const ref = { id: unit.id, code: unit.code, name: unit.name };
      push(directory.byCode, unit.code.toUpperCase(), ref);
      push(directory.byName, lower(unit.name), ref);
      push(directory.byFolded, foldName(unit.name), ref);
    }
    const unknown = [...new Set(cells)].filter((cell) => !directory.candidates(cell).length);
    if (unknown.length) {
      const codes = unknown.flatMap(codeVariants);
      const elsewhere = await em.find(
        AdminUnit,
        { $or: [{ code: { $in: codes } }, { name: { $in: unknown } }] },
        { fields: ['code', 'name'] },
      );
      for (const cell of unknown) {
        const hit = elsewhere.find((u) => codeVariants(cell).includes(u.code.toUpperCase()) || u.name === cell);
        if (hit) directory.outside.set(cell, hit.name);
      }
    }
    return directory;
  }

  private candidates(cell: string): UnitRef[] {
    for (const code of codeVariants(cell)) {
      const hits = this.byCode.get(code);
      if (hits) return hits;
    }
    return this.byName.get(lower(cell)) ?? this.byFolded.get(foldName(cell)) ?? [];
  }

  find(row: number, cell: string): { unit: UnitRef } | { problem: UnmatchedRow } {
    const hits = this.candidates(cell);
    if (hits.length === 1) return { unit: hits[0] };
    if (hits.length > 1) return { problem: unmatched(row, M.unitAmbiguous, { value: cell, count: hits.length }) };
    const unitName = this.outside.get(cell);
    const importingUnit = this.root.name;
    return {
      problem: unitName
        ? unmatched(row, M.unitOutside, { value: cell, unitName, importingUnit })
        : unmatched(row, M.unitNotFound, { value: cell, importingUnit }),
    };
  }
}

/** The award catalogue by code, or by name folded (with or without "Danh hiệu"). */
export class AwardDirectory {
  private readonly byCode = new Map<string, AwardType>();
  private readonly byName = new Map<string, AwardType[]>();

  static async load(em: EntityManager): Promise<AwardDirectory> {
    const directory = new AwardDirectory();
    for (const award of await em.find(AwardType, {})) {
      directory.byCode.set(award.code, award);
      push(directory.byName, AwardDirectory.nameKey(award.name), award);
    }
    return directory;
  }

  private static nameKey(name: string): string {
    return foldName(name).replace(/^danh hieu\s+/, '');
  }

  find(row: number, cell: string): { award: AwardType } | { problem: UnmatchedRow } {
    const byCode = this.byCode.get(cell.toUpperCase().replace(/\s+/g, '_'));
    const byName = this.byName.get(AwardDirectory.nameKey(cell)) ?? [];
    const award = byCode ?? (byName.length === 1 ? byName[0] : null);
    return award ? { award } : { problem: unmatched(row, M.awardNotFound, { value: cell }) };
  }
}

/** The nominee kind a row without one takes: an individual where the award allows, else the award's kind. */
export function kindFor(row: RegistryRow, award: AwardType): NomineeKind {
  if (row.kind) return row.kind;
  return award.nomineeKinds.includes(NomineeKind.INDIVIDUAL) ? NomineeKind.INDIVIDUAL : award.nomineeKinds[0];
}

/** What matching needs of a nominee, stored or about to be created by this import. */
export interface NomineeInfo {
  id: string;
  kind: NomineeKind;
  name: string;
  foldedName: string;
  unitId: string;
  dateOfBirth: string | null;
  identityNumber: string | null;
}

export function infoOf(nominee: Nominee): NomineeInfo {
  return {
    id: nominee.id,
    kind: nominee.kind,
    name: nominee.name,
    foldedName: nominee.foldedName,
    unitId: nominee.unit.id,
    dateOfBirth: nominee.dateOfBirth ?? null,
    identityNumber: nominee.identityNumber ?? null,
  };
}

export const nameKey = (unitId: string, kind: NomineeKind, foldedName: string) => `${unitId}|${kind}|${foldedName}`;

/**
 * Records of the same name in the unit that may be the row's nominee: none with another date of birth
 * or identity number; where some have the row's very date of birth (or number), only those.
 */
export function sameNominee(candidates: NomineeInfo[], row: RegistryRow): NomineeInfo[] {
  const fits = candidates.filter(
    (c) =>
      (!row.dateOfBirth || !c.dateOfBirth || c.dateOfBirth === row.dateOfBirth) &&
      (!row.identityNumber || !c.identityNumber || c.identityNumber === row.identityNumber),
  );
  const exactDay = row.dateOfBirth ? fits.filter((c) => c.dateOfBirth === row.dateOfBirth) : [];
  return exactDay.length ? exactDay : fits;
}
