import { randomUUID } from 'node:crypto';
import { TWO_TIER_POLICY } from '../domain/routing';
import type { Column, Value } from './bulk-insert';
import { bulkInsert, pick } from './bulk-insert';
import { foldName } from '../domain/nominee-records';
import type { Pool } from 'pg';
import type { Commune, ProvinceSeed } from './seed-config';

/** Column lists and row builders shared by the national volume and the bench's own drafts. */
export const NOMINATION_COLUMNS: Column[] = [
  ['id', 'uuid'],
  ['created_at', 'timestamptz'],
  ['updated_at', 'timestamptz'],
  ['period_id', 'uuid'],
  ['movement_id', 'uuid'],
  ['unit_id', 'uuid'],
  ['original_unit_id', 'uuid'],
  ['created_by_id', 'uuid'],
  ['nominee_kind', 'nominee_kind'],
  ['nominee_name', 'varchar'],
  ['achievements', 'text'],
  ['award_id', 'uuid'],
  ['gender', 'gender'],
  ['member_count', 'int'],
  ['female_member_count', 'int'],
  ['household_head', 'varchar'],
  ['prior_award_codes', 'jsonb'],
  ['status', 'nomination_status'],
  ['stage_index', 'int'],
  ['current_stage_key', 'varchar'],
  ['round', 'int'],
  ['routing_policy', 'jsonb'],
  ['submitted_at', 'timestamptz'],
  ['decision_number', 'varchar'],
  ['decision_date', 'date'],
  ['revision_due_at', 'timestamptz'],
  ['version', 'int'],
  ['nominee_id', 'uuid'],
  ['commendation_kind', 'commendation_kind'],
  ['declared_awards', 'jsonb'],
];

const NOMINEE_COLUMNS: Column[] = [
  ['id', 'uuid'],
  ['created_at', 'timestamptz'],
  ['updated_at', 'timestamptz'],
  ['kind', 'nominee_kind'],
  ['name', 'varchar'],
  ['folded_name', 'varchar'],
  ['unit_id', 'uuid'],
  ['positions', 'jsonb'],
  ['years', 'jsonb'],
];
const column = (name: string) => NOMINATION_COLUMNS.findIndex(([n]) => n === name);

/** Nomination rows with their nominee records (one each, same id), as the product makes them. */
export async function insertNominations(pool: Pool, rows: Value[][]): Promise<void> {
  const at = (row: Value[], name: string) => row[column(name)];
  const nominees = rows.map((row) => [
    at(row, 'nominee_id'),
    at(row, 'created_at'),
    at(row, 'updated_at'),
    at(row, 'nominee_kind'),
    at(row, 'nominee_name'),
    foldName(String(at(row, 'nominee_name'))),
    at(row, 'original_unit_id'),
    '[]',
    '[]',
  ]);
  await bulkInsert(pool, 'nominee', NOMINEE_COLUMNS, nominees);
  await bulkInsert(pool, 'nomination', NOMINATION_COLUMNS, rows);
}

export const TASK_COLUMNS: Column[] = [
  ['id', 'uuid'],
  ['created_at', 'timestamptz'],
  ['nomination_id', 'uuid'],
  ['stage_key', 'varchar'],
  ['stage_name', 'varchar'],
  ['kind', 'task_kind'],
  ['round', 'int'],
  ['unit_id', 'uuid'],
  ['candidate_role', 'role'],
  ['assignee_id', 'uuid'],
  ['status', 'task_status'],
  ['due_at', 'timestamptz'],
  ['closed_at', 'timestamptz'],
  ['outcome', 'decision'],
  ['decided_by_id', 'uuid'],
  ['score', 'int'],
];
export const AUDIT_COLUMNS: Column[] = [
  ['id', 'uuid'],
  ['created_at', 'timestamptz'],
  ['idempotency_key', 'varchar'],
  ['nomination_id', 'uuid'],
  ['actor_id', 'uuid'],
  ['actor_role', 'role'],
  ['unit_id', 'uuid'],
  ['action', 'audit_action'],
  ['after', 'jsonb'],
  ['comment', 'text'],
  ['occurred_at', 'timestamptz'],
];
export const DOCUMENT_COLUMNS: Column[] = [
  ['id', 'uuid'],
  ['created_at', 'timestamptz'],
  ['nomination_id', 'uuid'],
  ['slot', 'document_slot'],
  ['version', 'int'],
  ['file_name', 'varchar'],
  ['content_type', 'varchar'],
  ['size', 'int'],
  ['sha256', 'varchar'],
  ['storage_key', 'varchar'],
  ['uploaded_by_id', 'uuid'],
  ['stored_at', 'timestamptz'],
];

/** The snapshot submitNomination stores (server/services/pipeline.service.ts). */
export const POLICY_JSON = JSON.stringify({ ...TWO_TIER_POLICY, revisionWorkingDays: 10 });
export const STAGES = TWO_TIER_POLICY.stages;

const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Huỳnh', 'Phan', 'Vũ', 'Võ', 'Đặng', 'Bùi', 'Đỗ'];
const GIVEN = [
  'Văn An',
  'Thị Bình',
  'Văn Cường',
  'Thị Dung',
  'Minh Đức',
  'Thị Hoa',
  'Quốc Huy',
  'Thị Lan',
  'Văn Nam',
  'Thị Yến',
];
const COLLECTIVES = ['Chi hội Phụ nữ', 'Tổ tự quản', 'Ban công tác Mặt trận', 'Hợp tác xã', 'Đoàn thanh niên'];

export interface NomineeDraft {
  id: string;
  province: ProvinceSeed;
  commune: Commune;
  createdAt: Date;
}

/** One nomination row; `status` and the pipeline fields come from the caller. */
export function nominationRow(
  rand: () => number,
  d: NomineeDraft,
  awardId: string,
  pipeline: {
    status: string;
    stageIndex: number;
    stageKey: string | null;
    submittedAt: Date | null;
    updatedAt: Date;
    decisionNumber?: string | null;
    decisionDate?: string | null;
    revisionDueAt?: Date | null;
  },
): Value[] {
  const kind = pick(rand, ['INDIVIDUAL', 'INDIVIDUAL', 'COLLECTIVE', 'HOUSEHOLD']);
  const person = `${pick(rand, FAMILY)} ${pick(rand, GIVEN)}`;
  const name =
    kind === 'COLLECTIVE'
      ? `${pick(rand, COLLECTIVES)} ${d.commune.name}`
      : kind === 'HOUSEHOLD'
        ? `Hộ gia đình ông/bà ${person}`
        : person;
  const members = kind === 'COLLECTIVE' ? 8 + Math.floor(rand() * 30) : null;
  const iso = (t: Date | null | undefined) => (t ? t.toISOString() : null);
  return [
    d.id,
    iso(d.createdAt),
    iso(pipeline.updatedAt),
    d.province.periodId,
    pick(rand, d.province.movementIds),
    d.commune.id,
    d.commune.id,
    d.commune.submitterId,
    kind,
    name,
    'Tích cực giúp đỡ hộ nghèo, đóng góp xây dựng nông thôn mới.',
    awardId,
    kind === 'INDIVIDUAL' ? pick(rand, ['FEMALE', 'MALE']) : null,
    members,
    members === null ? null : Math.floor(members * rand()),
    kind === 'HOUSEHOLD' ? person : null,
    '[]',
    pipeline.status,
    pipeline.stageIndex,
    pipeline.stageKey,
    1,
    pipeline.submittedAt ? POLICY_JSON : null,
    iso(pipeline.submittedAt),
    pipeline.decisionNumber ?? null,
    pipeline.decisionDate ?? null,
    iso(pipeline.revisionDueAt),
    1,
    d.id,
    'CHUYEN_DE',
    '[]',
  ];
}

/** An audit event row with a unique key. */
export function auditRow(
  nominationId: string,
  n: number,
  action: string,
  at: Date,
  actor: { id: string; role: string; unitId: string } | null,
): Value[] {
  return [
    randomUUID(),
    at.toISOString(),
    `bench:${nominationId}:${n}`,
    nominationId,
    actor?.id ?? null,
    actor?.role ?? null,
    actor?.unitId ?? null,
    action,
    null,
    null,
    at.toISOString(),
  ];
}

/** The three documents a submission needs, as stored uploads. */
// Every kind's dossier is complete: households file their own report form instead of the achievement report.
const BENCH_SLOTS = ['SUBMISSION_LETTER', 'ACHIEVEMENT_REPORT', 'HOUSEHOLD_REPORT', 'REVIEW_MINUTES'];

export function documentRows(nominationId: string, uploadedBy: string, at: Date): Value[][] {
  return BENCH_SLOTS.map((slot) => [
    randomUUID(),
    at.toISOString(),
    nominationId,
    slot,
    1,
    `${slot.toLowerCase()}.pdf`,
    'application/pdf',
    48_213,
    'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    `bench/${nominationId}/${slot}`,
    uploadedBy,
    at.toISOString(),
  ]);
}
