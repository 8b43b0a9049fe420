import { createHash, randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AwardKind, AwardRecordSource, CommendationKind } from '../../domain/enums';
import { registryImportMessages as M } from '../../domain/messages';
import { AdminUnit } from '../entities/admin-unit.entity';
import { AwardRecord } from '../entities/award-record.entity';
import { AwardType } from '../entities/award-type.entity';
import { Nominee } from '../entities/nominee.entity';
import {
  infoOf,
  kindFor,
  nameKey,
  sameNominee,
  type AwardDirectory,
  type NomineeInfo,
  type UnitDirectory,
  type UnitRef,
} from './award-registry-match';
import { decisionKey, unmatched, type RegistryRow, type UnmatchedRow } from './award-registry-row';

/** What one run remembers across batches: nominees it created or completed, and the keys it saw. */
export interface RunState {
  touched: Map<string, NomineeInfo>;
  createdByName: Map<string, NomineeInfo[]>;
  byIdentity: Map<string, NomineeInfo>;
  seenKeys: Set<string>;
}

interface Planned {
  row: RegistryRow;
  unit: UnitRef;
  award: AwardType;
  nominee: NomineeInfo;
  key: string;
}

export function newRunState(): RunState {
  return { touched: new Map(), createdByName: new Map(), byIdentity: new Map(), seenKeys: new Set() };
}

/**
 * Matches a batch of rows (units and awards in memory, nominees in two queries) and sorts them into
 * unmatched, already recorded and to import, with the nominees to create or complete.
 */
export async function planBatch(
  tx: EntityManager,
  batch: RegistryRow[],
  units: UnitDirectory,
  awards: AwardDirectory,
  state: RunState,
) {
  const problems: UnmatchedRow[] = [];
  const located: { row: RegistryRow; unit: UnitRef; award: AwardType }[] = [];
  for (const row of batch) {
    const unit = units.find(row.row, row.unit);
    if ('problem' in unit) {
      problems.push(unit.problem);
      continue;
    }
    const award = awards.find(row.row, row.award);
    if ('problem' in award) {
      problems.push(award.problem);
      continue;
    }
    const kind = kindFor(row, award.award);
    if (!award.award.nomineeKinds.includes(kind)) {
      problems.push(unmatched(row.row, M.awardKindMismatch, { award: award.award.name, kind }));
      continue;
    }
    located.push({ row: { ...row, kind }, unit: unit.unit, award: award.award });
  }

  // The stored nominees the batch may refer to, in two queries.
  const identities = located.flatMap((l) => (l.row.identityNumber ? [l.row.identityNumber] : []));
  const holders = identities.length ? await tx.find(Nominee, { identityNumber: { $in: identities } }) : [];
  const names = [...new Set(located.map((l) => l.row.foldedName))];
  const namesakes = names.length
    ? await tx.find(Nominee, { unit: { $in: [...new Set(located.map((l) => l.unit.id))] }, foldedName: { $in: names } })
    : [];
  const loaded = new Map([...holders, ...namesakes].map((n) => [n.id, n]));
  // One info per nominee, so what a row completes, the next row of the batch sees.
  const infos = new Map<string, NomineeInfo>();
  const current = (n: Nominee) => {
    const info = state.touched.get(n.id) ?? infos.get(n.id) ?? infoOf(n);
    infos.set(n.id, info);
    return info;
  };
  const storedByIdentity = new Map(holders.map((n) => [n.identityNumber!, current(n)]));
  const storedByName = new Map<string, NomineeInfo[]>();
  for (const n of namesakes) {
    const key = nameKey(n.unit.id, n.kind, n.foldedName);
    storedByName.set(key, [...(storedByName.get(key) ?? []), current(n)]);
  }

  const planned: Planned[] = [];
  const created: NomineeInfo[] = [];
  const fills = new Set<NomineeInfo>();
  let unchanged = 0;
  for (const { row, unit, award } of located) {
    const kind = row.kind!;
    let nominee: NomineeInfo | undefined;
    const holder = row.identityNumber
      ? (state.byIdentity.get(row.identityNumber) ?? storedByIdentity.get(row.identityNumber))
      : undefined;
    if (holder) {
      if (holder.kind !== kind || holder.foldedName !== row.foldedName) {
        const params = { value: row.identityNumber!, name: holder.name };
        problems.push(unmatched(row.row, M.identityNumberOtherName, params));
        continue;
      }
      nominee = holder;
      completeNominee(nominee, row, state, fills);
    } else {
      const key = nameKey(unit.id, kind, row.foldedName);
      const all = [...(storedByName.get(key) ?? []), ...(state.createdByName.get(key) ?? [])];
      const candidates = sameNominee([...new Map(all.map((c) => [c.id, c])).values()], row);
      if (candidates.length > 1) {
        const params = { name: row.name, count: candidates.length, unit: unit.name };
        problems.push(unmatched(row.row, M.nomineeAmbiguous, params));
        continue;
      }
      nominee = candidates[0] ?? newNominee(row, unit, state, created);
      completeNominee(nominee, row, state, fills);
    }
    const key = importKey(nominee.id, award.code, row.year, row.decisionNumber);
    if (state.seenKeys.has(key)) {
      unchanged += 1;
      continue;
    }
    state.seenKeys.add(key);
    planned.push({ row, unit, award, nominee, key });
  }

  const stored = await alreadyRecorded(tx, planned, new Set(created.map((c) => c.id)));
  const imported = planned.filter((p) => !stored.has(p.key));
  unchanged += planned.length - imported.length;
  return { imported, unchanged, unmatched: problems, created, fills, loaded };
}

function newNominee(row: RegistryRow, unit: UnitRef, state: RunState, created: NomineeInfo[]): NomineeInfo {
  const info: NomineeInfo = {
    id: randomUUID(),
    kind: row.kind!,
    name: row.name,
    foldedName: row.foldedName,
    unitId: unit.id,
    dateOfBirth: null,
    identityNumber: null,
  };
  const key = nameKey(unit.id, info.kind, info.foldedName);
  state.createdByName.set(key, [...(state.createdByName.get(key) ?? []), info]);
  state.touched.set(info.id, info);
  created.push(info);
  return info;
}

/** A date of birth or CCCD the record lacks is taken from the row (as a nomination would). */
function completeNominee(nominee: NomineeInfo, row: RegistryRow, state: RunState, fills: Set<NomineeInfo>) {
  if (row.dateOfBirth && !nominee.dateOfBirth) {
    nominee.dateOfBirth = row.dateOfBirth;
    fills.add(nominee);
  }
  if (row.identityNumber && !nominee.identityNumber) {
    nominee.identityNumber = row.identityNumber;
    state.byIdentity.set(row.identityNumber, nominee);
    fills.add(nominee);
  }
  if (fills.has(nominee)) state.touched.set(nominee.id, nominee);
}

/** The keys of planned rows already in the registry: imported before, or the same award signed on the platform. */
async function alreadyRecorded(tx: EntityManager, planned: Planned[], newIds: Set<string>): Promise<Set<string>> {
  if (!planned.length) return new Set();
  const found = new Set<string>();
  const imported = await tx.find(
    AwardRecord,
    { importKey: { $in: planned.map((p) => p.key) } },
    { fields: ['importKey'] },
  );
  for (const record of imported) found.add(record.importKey!);
  const known = planned.filter((p) => !newIds.has(p.nominee.id) && !found.has(p.key));
  if (!known.length) return found;
  const records = await tx.find(
    AwardRecord,
    {
      nominee: { $in: [...new Set(known.map((p) => p.nominee.id))] },
      year: { $in: [...new Set(known.map((p) => p.row.year))] },
    },
    { fields: ['nominee', 'award', 'year', 'decisionNumber'] },
  );
  const signed = new Set(records.map((r) => importKey(r.nominee.id, r.award.id, r.year, r.decisionNumber)));
  for (const p of known)
    if (signed.has(importKey(p.nominee.id, p.award.id, p.row.year, p.row.decisionNumber))) found.add(p.key);
  return found;
}

export function importKey(nomineeId: string, award: string, year: number, decisionNumber: string): string {
  return createHash('sha256')
    .update([nomineeId, award, year, decisionKey(decisionNumber)].join('|'))
    .digest('hex');
}

/** Writes what planBatch decided, in the batch's transaction. */
export async function writeBatch(
  tx: EntityManager,
  { imported, fills, created, loaded }: Awaited<ReturnType<typeof planBatch>>,
): Promise<void> {
  const entities = new Map(loaded);
  for (const info of created)
    entities.set(
      info.id,
      tx.create(Nominee, {
        id: info.id,
        kind: info.kind,
        name: info.name,
        foldedName: info.foldedName,
        unit: tx.getReference(AdminUnit, info.unitId),
        dateOfBirth: info.dateOfBirth,
        identityNumber: info.identityNumber,
      }),
    );
  for (const info of fills) {
    const completed = { dateOfBirth: info.dateOfBirth, identityNumber: info.identityNumber };
    const entity = entities.get(info.id);
    if (entity) Object.assign(entity, completed);
    else await tx.nativeUpdate(Nominee, { id: info.id }, completed);
  }
  for (const { row, unit, award, nominee, key } of imported)
    tx.create(AwardRecord, {
      nominee: entities.get(nominee.id) ?? tx.getReference(Nominee, nominee.id),
      award: tx.getReference(AwardType, award.id),
      year: row.year,
      commendationKind:
        row.commendationKind ??
        (award.kind === AwardKind.TITLE ? CommendationKind.CONG_TRANG : CommendationKind.CHUYEN_DE),
      decisionNumber: row.decisionNumber,
      decisionDate: row.decisionDate,
      issuerUnit: null,
      issuerName: row.issuerName,
      unit: tx.getReference(AdminUnit, unit.id),
      movementName: row.movementName,
      certificateNumber: row.certificateNumber,
      source: AwardRecordSource.IMPORTED,
      importKey: key,
    });
}
