import { AuditAction, NominationStatus, NomineeKind, Role } from '../../domain/enums';
import type { RoutingPolicy } from '../../domain/routing';
import { loadViewer } from '../../server/auth/viewer';
import { AuditEvent } from '../../server/entities/audit-event.entity';
import { Campaign } from '../../server/entities/campaign.entity';
import { Movement } from '../../server/entities/movement.entity';
import { Nomination } from '../../server/entities/nomination.entity';
import { Period } from '../../server/entities/period.entity';
import { User } from '../../server/entities/user.entity';
import { createNomination } from '../../server/services/nomination.service';
import { createNominationActivities } from '../../workflows/activities/nomination.activities';
import type { ActorRef } from '../../workflows/nomination-pipeline.messages';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

/** The activities' keyed transitions against a real database, without Temporal: retries, including concurrent ones. */
let db: TestDatabase;
let activities: ReturnType<typeof createNominationActivities>;
let actor: ActorRef;
/** Suspension is a reviewer's act: the activity re-checks the actor's role in the database. */
let reviewer: ActorRef;

const POLICY = { code: 'TEST', stages: [{ key: 'district' }] } as unknown as RoutingPolicy;

beforeAll(async () => {
  db = await createTestDatabase();
  activities = createNominationActivities({ orm: db.orm, workingDayMs: null });
  const viewer = await loadViewer(db.orm.em.fork(), (await db.orm.em.fork().findOneOrFail(User, { username: 'xuantang.submitter' })).id);
  actor = { userId: viewer!.user.id, role: Role.SUBMITTER, unitId: viewer!.roles[0].unitId };
  const district = await loadViewer(db.orm.em.fork(), (await db.orm.em.fork().findOneOrFail(User, { username: 'laocaicity.reviewer' })).id);
  reviewer = { userId: district!.user.id, role: Role.REVIEWER, unitId: district!.roles[0].unitId };
});
afterAll(() => db?.drop());

async function draft(): Promise<string> {
  const em = db.orm.em.fork();
  const viewer = (await loadViewer(em, actor.userId))!;
  const campaign = await em.findOneOrFail(Campaign, { code: 'VI_NGUOI_NGHEO_2021_2025' });
  const period = await em.findOneOrFail(Period, { campaign, name: 'Năm 2024' });
  const movement = await em.findOneOrFail(Movement, { campaign, position: 3 });
  const { nomination } = await createNomination(em, viewer, {
    periodId: period.id,
    movementId: movement.id,
    nomineeKind: NomineeKind.INDIVIDUAL,
    nomineeName: 'Nguyễn Văn An',
    achievements: 'Giúp 5 hộ nghèo thoát nghèo bền vững trong năm 2024.',
    awardCode: 'BANG_KHEN_CHU_TICH_TINH',
  }, '2024-11-20');
  return nomination.id;
}

const eventsOf = (nominationId: string, action: AuditAction) => db.orm.em.fork().count(AuditEvent, { nomination: nominationId, action });

it('a submission retried while its first attempt runs waits for it and answers what it did', async () => {
  const id = await draft();
  const args = { nominationId: id, policy: POLICY, actor };
  const answers = await Promise.all([activities.markSubmitted(args), activities.markSubmitted(args)]);
  expect(answers).toEqual([
    { submitted: true, status: NominationStatus.IN_REVIEW },
    { submitted: true, status: NominationStatus.IN_REVIEW },
  ]);
  expect(await activities.markSubmitted(args)).toEqual({ submitted: true, status: NominationStatus.IN_REVIEW });
  expect(await eventsOf(id, AuditAction.SUBMITTED)).toBe(1);
});

it('a change that finds nothing to do writes no event', async () => {
  const id = await draft();
  await activities.markSubmitted({ nominationId: id, policy: POLICY, actor });
  const suspend = { nominationId: id, actor: reviewer, reason: 'Đang xác minh đơn khiếu nại.' };
  await Promise.all([activities.suspend(suspend), activities.suspend(suspend)]);
  expect(await eventsOf(id, AuditAction.SUSPENDED)).toBe(1);
  const resume = { nominationId: id, actor: reviewer, comment: null, resumedTo: NominationStatus.IN_REVIEW };
  await activities.resume(resume);
  await activities.resume(resume);
  expect(await eventsOf(id, AuditAction.RESUMED)).toBe(1);
  const stored = await db.orm.em.fork().findOneOrFail(Nomination, id);
  expect(stored.status).toBe(NominationStatus.IN_REVIEW);
});

it('a suspension by an actor without the role (a submitter) is a final ACTOR_NOT_AUTHORIZED, written nowhere', async () => {
  const id = await draft();
  await activities.markSubmitted({ nominationId: id, policy: POLICY, actor });
  await expect(activities.suspend({ nominationId: id, actor, reason: 'Giả mạo' })).rejects.toMatchObject({ type: 'ACTOR_NOT_AUTHORIZED', nonRetryable: true });
  expect(await eventsOf(id, AuditAction.SUSPENDED)).toBe(0);
  expect((await db.orm.em.fork().findOneOrFail(Nomination, id)).status).toBe(NominationStatus.IN_REVIEW);
});

it('an unknown nomination is a final NOT_FOUND', async () => {
  const missing = '00000000-0000-4000-8000-000000000000';
  await expect(activities.withdraw({ nominationId: missing, actor, reason: 'x' })).rejects.toMatchObject({ type: 'NOT_FOUND', nonRetryable: true });
});
