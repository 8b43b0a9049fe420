import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import { bulkInsert, pick, prng, type Value } from './bulk-insert';
import {
  AUDIT_COLUMNS,
  auditRow,
  insertNominations,
  nominationRow,
  STAGES,
  TASK_COLUMNS,
  type NomineeDraft,
} from './nomination-rows';
import type { ConfigSeed, ProvinceSeed } from './seed-config';

/** The mix of states: share, stages decided (APPROVE unless `last`), and whether one stays open. */
const MIX: { status: string; share: number; decided: number; open: boolean; last?: string }[] = [
  { status: 'DRAFT', share: 0.1, decided: 0, open: false },
  { status: 'IN_REVIEW', share: 0.3, decided: 0, open: true },
  { status: 'IN_REVIEW', share: 0.15, decided: 1, open: true },
  { status: 'APPROVED', share: 0.1, decided: 2, open: true },
  { status: 'RETURNED', share: 0.05, decided: 1, open: false, last: 'RETURN' },
  { status: 'COMMENDED', share: 0.2, decided: 3, open: false },
  { status: 'REJECTED', share: 0.05, decided: 1, open: false, last: 'REJECT' },
  { status: 'WITHDRAWN', share: 0.05, decided: 0, open: false },
];
const DAY = 86_400_000;
const CHUNK = 5_000;

function provinceFor(rand: () => number, provinces: ProvinceSeed[]): ProvinceSeed {
  let x = rand();
  for (const p of provinces) if ((x -= p.weight) <= 0) return p;
  return provinces[provinces.length - 1];
}

/** One nomination with its tasks and audit trail, as the pipeline would have left it. */
function history(
  rand: () => number,
  seed: ConfigSeed,
  d: NomineeDraft,
  nominations: Value[][],
  tasks: Value[][],
  audits: Value[][],
) {
  let x = rand();
  const mix = MIX.find((m) => (x -= m.share) <= 0) ?? MIX[0];
  const p = d.province;
  const submitter = { id: d.commune.submitterId, role: 'SUBMITTER', unitId: d.commune.id };
  let n = 0;
  let t = new Date(d.createdAt.getTime());
  audits.push(auditRow(d.id, n++, 'CREATED', t, submitter));
  const submitted = mix.status === 'DRAFT' ? null : new Date(t.getTime() + DAY);
  if (submitted) audits.push(auditRow(d.id, n++, 'SUBMITTED', (t = submitted), submitter));
  const stagesTouched = submitted
    ? Math.min(STAGES.length, mix.decided + (mix.open ? 1 : 0) + (mix.status === 'WITHDRAWN' ? 1 : 0))
    : 0;
  for (let i = 0; i < stagesTouched; i += 1) {
    const stage = STAGES[i];
    const opened = new Date(t.getTime() + 3600_000);
    const decider = stage.role === 'REVIEWER' ? pick(rand, p.reviewerIds) : p.approverId;
    const decided = i < mix.decided;
    const outcome = decided ? (i === mix.decided - 1 && mix.last ? mix.last : 'APPROVE') : null;
    const closed = decided || mix.status === 'WITHDRAWN' ? new Date(opened.getTime() + (1 + rand() * 4) * DAY) : null;
    const claimed = !decided && !closed && rand() < 0.1;
    const status = decided ? 'DONE' : closed ? 'CANCELLED' : claimed ? 'CLAIMED' : 'OPEN';
    tasks.push([
      randomUUID(),
      opened.toISOString(),
      d.id,
      stage.key,
      stage.name,
      stage.kind,
      1,
      p.id,
      stage.role,
      claimed || decided ? decider : null,
      status,
      new Date(opened.getTime() + 14 * DAY).toISOString(),
      closed?.toISOString() ?? null,
      outcome,
      decided ? decider : null,
      decided && outcome === 'APPROVE' ? 60 + Math.floor(rand() * 40) : null,
    ]);
    audits.push(auditRow(d.id, n++, 'TASK_OPENED', opened, null));
    t = closed ?? opened;
    const actor = { id: decider, role: stage.role, unitId: p.id };
    if (decided)
      audits.push(
        auditRow(
          d.id,
          n++,
          outcome === 'APPROVE' ? 'APPROVED' : outcome === 'RETURN' ? 'RETURNED' : 'REJECTED',
          t,
          actor,
        ),
      );
  }
  if (mix.status === 'COMMENDED')
    audits.push(auditRow(d.id, n++, 'COMMENDED', t, { id: p.approverId, role: 'APPROVER', unitId: p.id }));
  if (mix.status === 'WITHDRAWN')
    audits.push(auditRow(d.id, n++, 'WITHDRAWN', (t = new Date(t.getTime() + 1)), submitter));
  const openIndex = mix.open ? mix.decided : Math.max(0, mix.decided - 1);
  nominations.push(
    nominationRow(rand, d, seed.awardIds.BANG_KHEN_CHU_TICH_TINH, {
      status: mix.status,
      stageIndex: submitted ? openIndex : 0,
      stageKey: mix.open ? STAGES[openIndex].key : null,
      submittedAt: submitted,
      updatedAt: t,
      decisionNumber: mix.status === 'COMMENDED' ? `${1 + Math.floor(rand() * 300)}/QĐ-UBND` : null,
      decisionDate: mix.status === 'COMMENDED' ? t.toISOString().slice(0, 10) : null,
      revisionDueAt: mix.status === 'RETURNED' ? new Date(t.getTime() + 14 * DAY) : null,
    }),
  );
}

/**
 * The national data set by bulk SQL: nominations in mixed states spread over provinces by their
 * weight and over each province's communes, with their review tasks and audit events.
 */
export async function seedVolume(pool: Pool, seed: ConfigSeed, total: number, log: (l: string) => void) {
  const rand = prng(2025);
  const yearStart = Date.parse(`${seed.year}-01-01T00:00:00Z`);
  // Leave room for the trail after creation: it must not reach into the future.
  const span = Math.max(DAY, Date.now() - 30 * DAY - yearStart);
  const counts = { nominations: 0, tasks: 0, audits: 0 };
  for (let start = 0; start < total; start += CHUNK) {
    const nominations: Value[][] = [];
    const tasks: Value[][] = [];
    const audits: Value[][] = [];
    for (let i = start; i < Math.min(total, start + CHUNK); i += 1) {
      const province = provinceFor(rand, seed.provinces);
      const d = {
        id: randomUUID(),
        province,
        commune: pick(rand, province.communes),
        createdAt: new Date(yearStart + rand() * span),
      };
      history(rand, seed, d, nominations, tasks, audits);
    }
    await insertNominations(pool, nominations);
    await bulkInsert(pool, 'review_task', TASK_COLUMNS, tasks);
    await bulkInsert(pool, 'audit_event', AUDIT_COLUMNS, audits);
    counts.nominations += nominations.length;
    counts.tasks += tasks.length;
    counts.audits += audits.length;
    if (counts.nominations % 20_000 === 0 || counts.nominations === total)
      log(`  seeded ${counts.nominations}/${total} nominations`);
  }
  await pool.query('analyze');
  return counts;
}
