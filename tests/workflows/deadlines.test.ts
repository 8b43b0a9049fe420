import { NotificationKind } from '../../domain/enums';
import { AuditEvent } from '../../server/entities/audit-event.entity';
import { Notification } from '../../server/entities/notification.entity';
import { ReviewTask } from '../../server/entities/review-task.entity';
import {
  as,
  createDraft,
  dataOf,
  decideCurrent,
  loadCatalog,
  okPayload,
  RESUBMIT,
  submit,
  type Catalog,
  type Gql,
} from '../support/nomination-fixtures';
import { startTestPlatform, type TestPlatform } from '../support/test-platform';

/**
 * Deadlines run on a compressed clock here (a working day lasts WORKING_DAY_MS), so reminders,
 * escalations and timeout actions happen within seconds through the real workflow and database.
 */
const DAY_MS = 700;
let platform: TestPlatform;
let admin: Gql;
let commune: Gql;
let district: Gql;
let catalog: Catalog;
let policySeq = 0;

beforeAll(async () => {
  platform = await startTestPlatform({ env: { WORKING_DAY_MS: String(DAY_MS) } });
  admin = await as(platform, 'laocai.admin');
  commune = await as(platform, 'xuantang.submitter');
  district = await as(platform, 'laocaicity.reviewer');
  catalog = await loadCatalog(commune);
});
afterAll(() => platform?.stop());

/** A period of the Lào Cai campaign routed by a policy whose district stage has the given timing. */
async function periodWith(timing: { deadline: number; escalation?: number; timeoutAction: string; escalationTarget?: string; revision?: number }) {
  policySeq += 1;
  const code = `TEST_DEADLINES_${policySeq}`;
  const stage = (key: string, level: string, role: string, kind: string, deadline: number) => ({
    key, name: key, nameVi: key, level, role, kind, deadlineWorkingDays: deadline, reminderOffsets: deadline > 1 ? [1] : [],
    escalationTarget: timing.escalationTarget ?? 'UNIT_HEAD', escalationWorkingDays: timing.escalation ?? 2, timeoutAction: timing.timeoutAction,
  });
  const units = dataOf(await admin(`{ adminUnits(filter: { code: "10", validOn: "2024-06-01" }) { edges { node { id } } } }`));
  const policy = await admin(
    `mutation ($input: CreateRoutingPolicyInput!) { createRoutingPolicy(input: $input) { routingPolicy { code } userErrors { code message } } }`,
    {
      input: {
        code, name: code, effectiveFrom: '2024-01-01', effectiveTo: '2025-06-30', revisionWorkingDays: timing.revision ?? 10,
        ownerUnitId: units.adminUnits.edges[0].node.id,
        stages: [
          stage('DISTRICT_REVIEW', 'DISTRICT', 'REVIEWER', 'REVIEW', timing.deadline),
          stage('PROVINCE_APPROVAL', 'PROVINCE', 'APPROVER', 'REVIEW', 20),
          stage('COMMENDATION_DECISION', 'PROVINCE', 'APPROVER', 'DECISION', 20),
        ],
      },
    },
  );
  okPayload(policy, 'createRoutingPolicy');
  // A campaign of its own per policy, so that every test's period window can stay open.
  const unitId = units.adminUnits.edges[0].node.id;
  const campaignId = okPayload(
    await admin(`mutation ($input: CreateCampaignInput!) { createCampaign(input: $input) { campaign { id } userErrors { code message } } }`, {
      input: { code: `C-${code}`, name: code, startYear: 2024, endYear: 2026, issuingUnitId: unitId },
    }),
    'createCampaign',
  ).campaign.id;
  const movementId = okPayload(
    await admin(`mutation ($input: AddMovementInput!) { addMovement(input: $input) { movement { id } userErrors { code } } }`, {
      input: { campaignId, name: 'Cán bộ giảm nghèo', targetGroup: 'Cán bộ', nomineeKinds: ['INDIVIDUAL'] },
    }),
    'addMovement',
  ).movement.id;
  await admin(`mutation ($input: SetCampaignAwardsInput!) { setCampaignAwards(input: $input) { userErrors { code } } }`, {
    input: { campaignId, awardCodes: ['BANG_KHEN_CHU_TICH_TINH'] },
  });
  const added = await admin(
    `mutation ($input: AddPeriodInput!) { addPeriod(input: $input) { period { id } userErrors { code message } } }`,
    { input: { campaignId, kind: 'ANNUAL', year: 2024, name: code, startsOn: '2024-01-01', endsOn: '2024-12-31', submissionOpensOn: '2024-01-01', submissionClosesOn: '2099-12-31', routingPolicyCodes: [code] } },
  );
  const periodId = okPayload(added, 'addPeriod').period.id;
  okPayload(await admin(`mutation ($input: ChangeCampaignStatusInput!) { changeCampaignStatus(input: $input) { userErrors { code } } }`, {
    input: { id: campaignId, status: 'ACTIVE' },
  }), 'changeCampaignStatus');
  return { periodId, movementId };
}

async function nominate({ periodId, movementId }: { periodId: string; movementId: string }) {
  const draft = await createDraft(commune, { ...catalog, periodId }, { movementId, nomineeName: `Ông ${Math.random().toString(36).slice(2, 7)}` });
  return submit(commune, draft.id);
}

async function trail(nominationId: string) {
  return platform.db.orm.em.fork().find(AuditEvent, { nomination: nominationId }, { orderBy: { occurredAt: 'asc', id: 'asc' } });
}

async function waitForAction(nominationId: string, action: string, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const events = await trail(nominationId);
    // "TASK_OPENED_<STAGE>" waits for the task of that stage to open.
    const found = events.find((e) => e.action === action || `${e.action}_${e.after?.stageKey}` === action);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no ${action} on ${nominationId}: ${events.map((e) => e.action).join(', ')}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** "08:30 ngày 15/12/2026" / "08:30 on 15/12/2026 (Vietnam time)": an instant as Vietnam time (UTC+7). */
function vnTime(at: Date, lang: 'vi' | 'en' = 'vi'): string {
  const local = new Date(at.getTime() + 7 * 3_600_000).toISOString();
  const day = `${local.slice(8, 10)}/${local.slice(5, 7)}/${local.slice(0, 4)}`;
  return lang === 'vi' ? `${local.slice(11, 16)} ngày ${day}` : `${local.slice(11, 16)} on ${day} (Vietnam time)`;
}

const NOMINATION = `query ($id: ID!) { nomination(id: $id) { status round revisionDueAt currentStageKey currentTask { id round stageKey dueAt escalationLevel forwardedWithoutReview } } }`;

it('reminds the candidates, escalates at the deadline, and AUTO_RETURN sends it back with a revision deadline', async () => {
  const nomination = await nominate(await periodWith({ deadline: 2, escalation: 2, timeoutAction: 'AUTO_RETURN' }));
  const reminder = await waitForAction(nomination.id, 'REMINDER_SENT');
  expect(reminder.after).toMatchObject({ offset: 1 });
  const escalated = await waitForAction(nomination.id, 'TASK_ESCALATED');
  expect(escalated.after).toMatchObject({ level: 1, unitCode: '080', role: 'ADMIN' });
  await waitForAction(nomination.id, 'AUTO_RETURNED');
  const now = dataOf(await commune(NOMINATION, { id: nomination.id })).nomination;
  expect(now.status).toBe('RETURNED');
  expect(Date.parse(now.revisionDueAt)).toBeGreaterThan(Date.now());
  const em = platform.db.orm.em.fork();
  const reviewer = (await em.find(Notification, { task: nomination.currentTask.id, kind: NotificationKind.REMINDER }, { populate: ['recipient'] })).map((n) => n.recipient.username);
  expect(reviewer).toContain('laocaicity.reviewer');
  const task = await em.findOneOrFail(ReviewTask, nomination.currentTask.id);
  expect([task.status, task.outcome, task.decidedBy]).toEqual(['DONE', 'RETURN', null]);
  // People read Vietnam time, dd/mm/yyyy (the compressed clock's deadlines are not at midnight, so they keep HH:mm).
  const [remindNotice] = await em.find(Notification, { task: task.id, kind: NotificationKind.REMINDER });
  expect(remindNotice.bodyVi).toBe(`Nhiệm vụ "DISTRICT_REVIEW" (vòng 1) hết hạn lúc ${vnTime(task.dueAt)}.`);
  expect(remindNotice.bodyEn).toBe(`Task "DISTRICT_REVIEW" (round 1) is due ${vnTime(task.dueAt, 'en')}.`);
  const [escalationNotice] = await em.find(Notification, { task: task.id, kind: NotificationKind.ESCALATION });
  expect(escalationNotice.bodyVi).toContain(`đã quá hạn (${vnTime(task.dueAt)}); quản trị viên của `);
  expect(`${remindNotice.bodyEn} ${escalationNotice.bodyVi} ${escalationNotice.bodyEn}`).not.toMatch(/UTC|ADMIN|\d{4}-\d{2}-\d{2}/);
});

it('AUTO_FORWARD marks the task forwarded without review and opens the next stage', async () => {
  const nomination = await nominate(await periodWith({ deadline: 1, escalation: 1, timeoutAction: 'AUTO_FORWARD' }));
  await waitForAction(nomination.id, 'AUTO_FORWARDED');
  // The next stage's task opens in the activity after the forward: wait for it.
  await waitForAction(nomination.id, 'TASK_OPENED_PROVINCE_APPROVAL');
  const now = dataOf(await commune(NOMINATION, { id: nomination.id })).nomination;
  expect(now.currentTask.stageKey).toBe('PROVINCE_APPROVAL');
  const first = await platform.db.orm.em.fork().findOneOrFail(ReviewTask, nomination.currentTask.id);
  expect(first.forwardedWithoutReview).toBe(true);
});

it('ESCALATE climbs from the head of the district to the province, whose admin may then decide', async () => {
  const nomination = await nominate(await periodWith({ deadline: 1, escalation: 1, timeoutAction: 'ESCALATE' }));
  await waitForAction(nomination.id, 'TASK_ESCALATED');
  const deadline = Date.now() + 20_000;
  let levels: unknown[] = [];
  while (Date.now() < deadline) {
    levels = (await trail(nomination.id)).filter((e) => e.action === 'TASK_ESCALATED').map((e) => [e.after?.level, e.after?.unitCode]);
    if (levels.length >= 2) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  expect(levels.slice(0, 2)).toEqual([[1, '080'], [2, '10']]);
  const decided = await decideCurrent(admin, nomination, 'APPROVE');
  expect(decided.currentTask.stageKey).toBe('PROVINCE_APPROVAL');
});

it('stops the reviewing level\'s clock while returned: the next round gets the working days that were left', async () => {
  const nomination = await nominate(await periodWith({ deadline: 6, timeoutAction: 'ESCALATE' }));
  await new Promise((resolve) => setTimeout(resolve, DAY_MS * 2.2));
  await decideCurrent(district, nomination, 'RETURN', 'Bổ sung minh chứng');
  const returned = await waitForAction(nomination.id, 'RETURNED');
  const left = (returned.after as { remainingWorkingDays: number }).remainingWorkingDays;
  // Fewer than the stage's 6 days are left (about 3), and the next round gets exactly those.
  expect(left).toBeGreaterThanOrEqual(1);
  expect(left).toBeLessThan(6);
  await new Promise((resolve) => setTimeout(resolve, DAY_MS * 2));
  okPayload(await commune(RESUBMIT, { id: nomination.id, comment: 'Đã bổ sung' }), 'resubmitNomination');
  const reopened = (await trail(nomination.id)).filter((e) => e.action === 'TASK_OPENED').pop()!;
  expect(reopened.after).toMatchObject({ round: 2, workingDays: left });
});

it('expires a returned nomination the commune does not resubmit in time', async () => {
  const nomination = await nominate(await periodWith({ deadline: 20, timeoutAction: 'ESCALATE', revision: 2 }));
  await decideCurrent(district, nomination, 'RETURN', 'Thiếu biên bản');
  await waitForAction(nomination.id, 'EXPIRED');
  expect(dataOf(await commune(NOMINATION, { id: nomination.id })).nomination.status).toBe('EXPIRED');
});

it('an extension moves the deadline at once: no escalation at the old time, and it is on the trail', async () => {
  const nomination = await nominate(await periodWith({ deadline: 2, timeoutAction: 'ESCALATE' }));
  const before = dataOf(await commune(NOMINATION, { id: nomination.id })).nomination.currentTask;
  const extended = await admin(
    `mutation ($input: ExtendDeadlineInput!) { extendDeadline(input: $input) { task { dueAt } userErrors { code message } } }`,
    { input: { taskId: nomination.currentTask.id, workingDays: 8, reason: 'Chờ kết quả xác minh' } },
  );
  const dueAt = Date.parse(okPayload(extended, 'extendDeadline').task.dueAt);
  expect(dueAt - Date.parse(before.dueAt)).toBeGreaterThanOrEqual(8 * DAY_MS - 50);
  await new Promise((resolve) => setTimeout(resolve, DAY_MS * 3));
  const actions = (await trail(nomination.id)).map((e) => e.action);
  expect(actions).toContain('DEADLINE_EXTENDED');
  expect(actions).not.toContain('TASK_ESCALATED');
  const refused = await commune(
    `mutation ($input: ExtendDeadlineInput!) { extendDeadline(input: $input) { userErrors { code } } }`,
    { input: { taskId: nomination.currentTask.id, workingDays: 3, reason: 'x' } },
  );
  expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
});

it('refuses a submission outside the period window with SUBMISSION_WINDOW_CLOSED', async () => {
  const catalogs = dataOf(await commune(`{ campaigns { code periods { id name } } }`));
  const closed = catalogs.campaigns.find((c: { code: string }) => c.code === 'VI_NGUOI_NGHEO_2021_2025').periods.find((p: { name: string }) => p.name === 'Năm 2022');
  const draft = await createDraft(commune, { ...catalog, periodId: closed.id });
  const res = await commune(`mutation ($id: ID!) { submitNomination(input: { id: $id }) { nomination { status } userErrors { code message } } }`, { id: draft.id });
  expect(res.data!.submitNomination.userErrors[0].code).toBe('SUBMISSION_WINDOW_CLOSED');
});
