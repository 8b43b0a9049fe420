import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { bulkInsert, pick, prng, type Value } from './bulk-insert';
import {
  AUDIT_COLUMNS,
  auditRow,
  DOCUMENT_COLUMNS,
  documentRows,
  insertNominations,
  nominationRow,
  type NomineeDraft,
} from './nomination-rows';
import type { ConfigSeed, ProvinceSeed } from './seed-config';

/** A draft ready to submit: its commune's submitter acts on it. */
export type Draft = NomineeDraft;

let seedNumber = 100;

/**
 * Drafts with their three required documents stored, by bulk SQL: what a commune has before it
 * presses "submit". Only the submission and what follows go through the API.
 */
export async function createDrafts(
  pool: Pool,
  seed: ConfigSeed,
  provinces: ProvinceSeed[],
  count: number,
  periodOf?: (p: ProvinceSeed) => ProvinceSeed,
): Promise<Draft[]> {
  const rand = prng((seedNumber += 1));
  const weight = provinces.reduce((sum, p) => sum + p.weight, 0);
  const drafts: Draft[] = [];
  const rows: Value[][] = [];
  const documents: Value[][] = [];
  const audits: Value[][] = [];
  const now = new Date();
  for (let i = 0; i < count; i += 1) {
    let x = rand() * weight;
    const province = provinces.find((p) => (x -= p.weight) <= 0) ?? provinces[0];
    const d: Draft = { id: randomUUID(), province, commune: pick(rand, province.communes), createdAt: now };
    // The round's drafts belong to its own campaign's period.
    const target = periodOf ? { ...d, province: periodOf(province) } : d;
    rows.push(
      nominationRow(rand, target, seed.awardIds.BANG_KHEN_CHU_TICH_TINH, {
        status: 'DRAFT',
        stageIndex: 0,
        stageKey: null,
        submittedAt: null,
        updatedAt: now,
      }),
    );
    documents.push(...documentRows(d.id, d.commune.submitterId, now));
    audits.push(
      auditRow(d.id, 0, 'CREATED', now, { id: d.commune.submitterId, role: 'SUBMITTER', unitId: d.commune.id }),
    );
    drafts.push(d);
  }
  await insertNominations(pool, rows);
  await bulkInsert(pool, 'dossier_document', DOCUMENT_COLUMNS, documents);
  await bulkInsert(pool, 'audit_event', AUDIT_COLUMNS, audits);
  return drafts;
}
