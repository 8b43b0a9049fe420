import { randomUUID } from 'node:crypto';
import { Role, Vote as StoredVote } from '../../domain/enums';
import { Worker } from '@temporalio/worker';
import {
  AdminLevel, CastBallotDocument, CastBallotsDocument, CommendationRoundsDocument, FileObjectionDocument, Gender, GraphQLRequestError, MyBallotsDocument, NomineeKind,
  PeriodKind, ResolveObjectionDocument, SignRoundDecisionDocument, StartPeriodWorkflowDocument, StartRoundDocument, Vote, type Client, type CommendationRoundFieldsFragment,
} from '../../client-sdk/index';
import { AuditEvent } from '../../server/entities/audit-event.entity';
import { Nomination } from '../../server/entities/nomination.entity';
import { RoleAssignment } from '../../server/entities/role-assignment.entity';
import { User } from '../../server/entities/user.entity';
import { Notification } from '../../server/entities/notification.entity';
import { vietnamToday } from '../../server/auth/viewer';
import { createRoundActivities } from '../../workflows/activities/round.activities';
import { periodWorkflowId } from '../../workflows/period.messages';
import { approvedNomination, COUNCIL, eventually, roundCampaign, sdkAs, thisYear, type Nominee, type RoundCampaign } from '../support/round-fixtures';
import { uploadRequiredDocuments } from '../support/sdk-dossier';
import { startTestPlatform, workflowBundle, type TestPlatform } from '../support/test-platform';

/**
 * The end-of-period commendation round through the API and a real Temporal: shortlist within quota
 * and tie-break, the council vote against each award's threshold (written votes count), the public
 * notice where an objection pauses the round, and the chair's numbered decision concluding every nomination.
 */
let platform: TestPlatform;
let as: (username: string) => Promise<Client>;
let campaign: RoundCampaign;
const ids: Record<string, string> = {};
const entryOf: Record<string, string> = {};
const roundIds = { annual: '', midterm: '' };
const windows = { votingClosesAt: '', noticeClosesAt: '' };

const ANNUAL: Record<string, Nominee> = {
  an: { name: 'Nguyễn Văn An', kind: NomineeKind.INDIVIDUAL, gender: Gender.MALE, scores: [95, 85] },
  binh: { name: 'Trần Thị Bình', kind: NomineeKind.INDIVIDUAL, gender: Gender.FEMALE, scores: [80, 80] },
  cuong: { name: 'Lê Văn Cường', kind: NomineeKind.INDIVIDUAL, gender: Gender.MALE, scores: [85, 75] },
  phunu: { name: 'Chi hội Phụ nữ tổ 5', kind: NomineeKind.COLLECTIVE, members: [10, 7], scores: [85, 85] },
  tuquan: { name: 'Tổ tự quản số 3', kind: NomineeKind.COLLECTIVE, members: [10, 3], scores: [90, 80] },
  mattran: { name: 'Ban công tác Mặt trận', kind: NomineeKind.COLLECTIVE, members: [10, 5], scores: [70, 70], award: 'TAP_THE_LAO_DONG_XUAT_SAC' },
};

beforeAll(async () => {
  platform = await startTestPlatform();
  as = sdkAs(platform);
  campaign = await roundCampaign(platform, 'ROUND-TEST');
  await Promise.all(Object.entries(ANNUAL).map(async ([key, nominee]) => (ids[key] = await approvedNomination(platform, campaign.annualId, campaign.movementId, nominee))));
  ids.dung = await approvedNomination(platform, campaign.midtermId, campaign.movementId, { name: 'Phạm Thị Dung', kind: NomineeKind.INDIVIDUAL, gender: Gender.FEMALE, scores: [88, 88] });
});
afterAll(() => platform?.stop());

async function roundOf(periodId: string, username = 'laocai2025.admin'): Promise<CommendationRoundFieldsFragment> {
  const { commendationRounds } = await (await as(username)).request(CommendationRoundsDocument, { periodId });
  expect(commendationRounds).toHaveLength(1);
  return commendationRounds[0];
}

/** The key of the ballot paper recorded twice at once in the vote test (one more VOTE_CAST event). */
const RETRIED_PAPER_KEY = randomUUID();
const codes = (payload: { userErrors: { code: string }[] }) => payload.userErrors.map((e) => e.code);
const topLevel = (call: Promise<unknown>) => call.then(() => 'OK', (error: unknown) => (error instanceof GraphQLRequestError ? error.code : String(error)));
/** Rows sorted by their first column (the nominee's name): award groups come in no fixed order. */
const sorted = <T extends unknown[]>(rows: T[]) => [...rows].sort((a, b) => String(a[0]).localeCompare(String(b[0]), 'vi'));
const byName = (round: CommendationRoundFieldsFragment) => Object.fromEntries(round.entries.map((e) => [e.nomineeName, e]));

it('starts the round early: one shortlist per deciding unit holding every approved entry, ranked by mean score with the tie-break', async () => {
  const admin = await as('laocai2025.admin');
  const soon = (s: number) => new Date(Date.now() + s * 1000).toISOString();
  expect(await topLevel((await as('camduong.submitter')).request(StartRoundDocument, { input: { periodId: campaign.annualId } }))).toBe('FORBIDDEN');
  expect(codes((await admin.request(StartRoundDocument, { input: { periodId: campaign.annualId, votingClosesAt: soon(-5) } })).startRound)).toEqual(['INVALID_DATE_RANGE']);

  // Ten seconds of voting is ample for the ballots below (the dev server writes history to SQLite).
  Object.assign(windows, { votingClosesAt: soon(10), noticeClosesAt: soon(14) });
  const [annual, midterm] = await Promise.all([campaign.annualId, campaign.midtermId].map((periodId) => admin.request(StartRoundDocument, { input: { periodId, ...windows } })));
  expect(codes(annual.startRound)).toEqual([]);
  expect(codes(midterm.startRound)).toEqual([]);
  const again = await admin.request(StartRoundDocument, { input: { periodId: campaign.annualId } });
  expect(codes(again.startRound)).toEqual(['INVALID_STATE']);

  const round = annual.startRound.rounds![0];
  expect(round).toMatchObject({ status: 'VOTING', unit: { code: '15' }, councilSize: 10, votingClosesAt: windows.votingClosesAt, decisionNumber: null });
  // Council before quota: nobody is left out before the vote. Cường ties with Bình at 80 and, a man,
  // ranks behind her; each award form is ranked on its own (the Mặt trận is proposed for TTLĐXS).
  expect(sorted(round.entries.map((e) => [e.nomineeName, e.nomineeKind, e.rank, e.score, e.outcome]))).toEqual(sorted([
    ['Nguyễn Văn An', 'INDIVIDUAL', 1, 90, 'PENDING'],
    ['Trần Thị Bình', 'INDIVIDUAL', 2, 80, 'PENDING'],
    ['Lê Văn Cường', 'INDIVIDUAL', 3, 80, 'PENDING'],
    ['Ban công tác Mặt trận', 'COLLECTIVE', 1, 70, 'PENDING'],
    // Equal scores: the collective of at least 70 % women goes first.
    ['Chi hội Phụ nữ tổ 5', 'COLLECTIVE', 1, 85, 'PENDING'],
    ['Tổ tự quản số 3', 'COLLECTIVE', 2, 85, 'PENDING'],
  ]));
  for (const entry of round.entries) entryOf[entry.nomineeName] = entry.id;
  entryOf.dung = midterm.startRound.rounds![0].entries[0].id;
  Object.assign(roundIds, { annual: round.id, midterm: midterm.startRound.rounds![0].id });
  expect(midterm.startRound.rounds![0].entries.map((e) => e.nomineeName)).toEqual(['Phạm Thị Dung']);
});

it('the council votes until the close; each award\'s threshold decides, written votes count', async () => {
  const yes = (n: number) => (i: number) => (i < n ? Vote.YES : Vote.NO);
  const plan: [string, (i: number) => Vote | null][] = [
    ['Nguyễn Văn An', yes(6)],
    ['Trần Thị Bình', yes(10)],
    ['Chi hội Phụ nữ tổ 5', (i) => (i < 8 ? Vote.YES : i === 8 ? Vote.NO : null)],
    ['Tổ tự quản số 3', yes(5)],
    ['Ban công tác Mặt trận', yes(8)],
    ['dung', yes(10)],
  ];
  expect(await topLevel((await as('laocai2025.approver')).request(CastBallotDocument, { input: { entryId: entryOf['Nguyễn Văn An'], vote: Vote.YES } }))).toBe('FORBIDDEN');
  await Promise.all(COUNCIL.map(async (username, i) => {
    const member = await as(username);
    // Member 7 first votes yes on An alone, then the ballot paper changes it before the close.
    if (i === 6) expect(codes((await member.request(CastBallotDocument, { input: { entryId: entryOf['Nguyễn Văn An'], vote: Vote.YES } })).castBallot)).toEqual([]);
    const votes = plan.flatMap(([name, voteOf]) => (voteOf(i) ? [{ entryId: entryOf[name], vote: voteOf(i)! }] : []));
    const annualVotes = votes.filter((v) => v.entryId !== entryOf.dung);
    // Member 6 is absent from the meeting and sends the ballot paper in writing.
    const paper = await member.request(CastBallotsDocument, { input: { roundId: roundIds.annual, votes: annualVotes, inWriting: i === 5 } });
    expect(codes(paper.castBallots)).toEqual([]);
    expect(paper.castBallots.ballots).toHaveLength(annualVotes.length);
    const midterm = await member.request(CastBallotDocument, { input: { entryId: entryOf.dung, vote: Vote.YES } });
    expect(codes(midterm.castBallot)).toEqual([]);
  }));
  // A ballot paper retried while its first attempt still runs (an activity timeout under load) is recorded once.
  const em = platform.db.orm.em.fork();
  const [memberRole] = await em.find(RoleAssignment, { user: { username: 'council.1' }, role: Role.COUNCIL_MEMBER });
  const retried = {
    roundId: roundIds.annual, votes: [{ entryId: entryOf['Trần Thị Bình'], vote: StoredVote.YES }], inWriting: false, key: RETRIED_PAPER_KEY,
    actor: { userId: memberRole.user.id, role: Role.COUNCIL_MEMBER, unitId: memberRole.unit.id },
  };
  const recordBallots = createRoundActivities({ orm: platform.db.orm }).recordBallots;
  const [first, second] = await Promise.all([recordBallots(retried), recordBallots(retried)]);
  expect(second).toEqual(first);
  expect(await em.count(AuditEvent, { idempotencyKey: { $like: `ballot:${retried.key}:%` } })).toBe(1);
  const mixed = await (await as('council.1')).request(CastBallotsDocument, { input: { roundId: roundIds.annual, votes: [{ entryId: entryOf.dung, vote: Vote.YES }] } });
  expect(codes(mixed.castBallots)).toEqual(['NOT_FOUND']);
  const { myBallots } = await (await as('council.7')).request(MyBallotsDocument, {});
  expect(myBallots.find((b) => b.entry.id === entryOf['Nguyễn Văn An'])).toMatchObject({ vote: 'NO', inWriting: false });
  expect(myBallots).toHaveLength(6);

  const round = await eventually(async () => {
    const r = await roundOf(campaign.annualId);
    return r.status === 'PUBLIC_NOTICE' ? r : undefined;
  });
  expect(Date.now()).toBeGreaterThanOrEqual(Date.parse(windows.votingClosesAt));
  const late = await (await as('council.10')).request(CastBallotDocument, { input: { entryId: entryOf['Chi hội Phụ nữ tổ 5'], vote: Vote.YES } });
  expect(codes(late.castBallot)).toEqual(['INVALID_STATE']);
  const entries = byName(round);
  expect(sorted(Object.values(entries).map((e) => [e.nomineeName, e.yesVotes, e.noVotes, e.outcome]))).toEqual(sorted([
    // 6 of 10 is a majority only with the written vote of the absent member.
    ['Nguyễn Văn An', 6, 4, 'PENDING'],
    ['Trần Thị Bình', 10, 0, 'PENDING'],
    // Nobody voted for Cường: the vote, not the quota, leaves him out.
    ['Lê Văn Cường', 0, 0, 'NOT_AWARDED'],
    // 8 of 10 is not the 90 % the collective title needs…
    ['Ban công tác Mặt trận', 8, 2, 'NOT_AWARDED'],
    // …but passes a Bằng khen (simple majority).
    ['Chi hội Phụ nữ tổ 5', 8, 1, 'PENDING'],
    ['Tổ tự quản số 3', 5, 5, 'NOT_AWARDED'],
  ]));
  expect(entries['Nguyễn Văn An'].ballots.filter((b) => b.inWriting).map((b) => b.member.username)).toEqual(['council.6']);
  expect(entries['Ban công tác Mặt trận'].award.approvalThreshold).toBe('NINETY_PERCENT_OF_MEMBERS');
});

it('an objection during the public notice pauses the round until an administrator resolves it', async () => {
  const commune = await as('camduong.submitter');
  const object = (client: Client, name: string, reason: string) => client.request(FileObjectionDocument, { input: { entryId: entryOf[name], reason } });
  expect(codes((await object(commune, 'Tổ tự quản số 3', 'Không đúng')).fileObjection)).toEqual(['INVALID_STATE']);
  expect(await topLevel(object(await as('xuantang.submitter'), 'Trần Thị Bình', 'Không đúng'))).toBe('FORBIDDEN');
  const upheld = (await object(commune, 'Trần Thị Bình', 'Hộ gia đình bà Bình chưa hoàn thành nghĩa vụ đóng góp.')).fileObjection;
  expect(upheld.entry).toMatchObject({ objected: true, outcome: 'PENDING' });
  const dismissed = (await object(await as('laocai2025.reviewer'), 'Chi hội Phụ nữ tổ 5', 'Số liệu thành tích chưa được xác minh.')).fileObjection;
  expect(dismissed.objection!.status).toBe('OPEN');

  // The notice closes; the round with open objections stays paused, the other round goes on to signing.
  await eventually(async () => (Date.now() > Date.parse(windows.noticeClosesAt) + 1500 ? true : undefined));
  expect((await roundOf(campaign.annualId)).status).toBe('PUBLIC_NOTICE');
  expect((await eventually(async () => ((await roundOf(campaign.midtermId)).status === 'SIGNING' ? true : undefined)))).toBe(true);
  expect(codes((await object(commune, 'Nguyễn Văn An', 'Quá hạn')).fileObjection)).toEqual(['INVALID_STATE']);
  const chair = await as('laocai2025.approver');
  const annualRound = await roundOf(campaign.annualId);
  expect(codes((await chair.request(SignRoundDecisionDocument, { input: { roundId: annualRound.id, decisionDate: vietnamToday() } })).signRoundDecision)).toEqual(['INVALID_STATE']);

  const admin = await as('laocai2025.admin');
  const resolve = (client: Client, objectionId: string, isUpheld: boolean) =>
    client.request(ResolveObjectionDocument, { input: { objectionId, upheld: isUpheld, resolution: isUpheld ? 'Phản ánh đúng; không khen thưởng.' : 'Đã xác minh số liệu.' } });
  expect(await topLevel(resolve(commune, upheld.objection!.id, true))).toBe('FORBIDDEN');
  expect((await resolve(admin, upheld.objection!.id, true)).resolveObjection.entry).toMatchObject({ objected: false, outcome: 'NOT_AWARDED' });
  expect((await resolve(admin, dismissed.objection!.id, false)).resolveObjection.entry).toMatchObject({ objected: false, outcome: 'PENDING' });
  const round = await eventually(async () => {
    const r = await roundOf(campaign.annualId);
    return r.status === 'SIGNING' ? r : undefined;
  });
  expect(byName(round)['Trần Thị Bình'].objections.map((o) => o.status)).toEqual(['UPHELD']);
});

it('the chair signs: decisions numbered in the unit\'s yearly register, certificates in rank order, counting on across decisions', async () => {
  const today = vietnamToday();
  expect(await topLevel((await as('laocai2025.admin')).request(SignRoundDecisionDocument, { input: { roundId: (await roundOf(campaign.annualId)).id, decisionDate: today } }))).toBe('FORBIDDEN');
  const chair = await as('laocai2025.approver');
  const sign = async (periodId: string) => (await chair.request(SignRoundDecisionDocument, { input: { roundId: (await roundOf(periodId)).id, decisionDate: today } })).signRoundDecision;
  const annual = await sign(campaign.annualId);
  expect(codes(annual)).toEqual([]);
  expect(annual.round).toMatchObject({ status: 'ISSUED', decisionNumber: '01/QĐ-UBND', decisionDate: today, signedBy: { username: 'laocai2025.approver' } });
  expect(sorted(annual.round!.entries.map((e) => [e.nomineeName, e.outcome, e.certificateNumber]))).toEqual(sorted([
    ['Nguyễn Văn An', 'AWARDED', `BK-${thisYear}-0001`],
    ['Trần Thị Bình', 'NOT_AWARDED', null],
    ['Lê Văn Cường', 'NOT_AWARDED', null],
    ['Ban công tác Mặt trận', 'NOT_AWARDED', null],
    ['Chi hội Phụ nữ tổ 5', 'AWARDED', `BK-${thisYear}-0002`],
    ['Tổ tự quản số 3', 'NOT_AWARDED', null],
  ]));
  expect(codes(await sign(campaign.annualId))).toEqual(['INVALID_STATE']);
  const midterm = await sign(campaign.midtermId);
  expect(midterm.round).toMatchObject({ status: 'ISSUED', decisionNumber: '02/QĐ-UBND' });
  // The issuer's certificate register runs on from the year's first decision.
  expect(midterm.round!.entries[0]).toMatchObject({ outcome: 'AWARDED', certificateNumber: `BK-${thisYear}-0003` });
});

it('every nomination of the rounds is concluded through its own workflow, and everyone concerned is told', async () => {
  const commune = await as('camduong.submitter');
  const expected: Record<string, [string, string | null, string | null]> = {
    an: ['COMMENDED', '01/QĐ-UBND', `BK-${thisYear}-0001`],
    phunu: ['COMMENDED', '01/QĐ-UBND', `BK-${thisYear}-0002`],
    binh: ['NOT_AWARDED', null, null],
    cuong: ['NOT_AWARDED', null, null],
    tuquan: ['NOT_AWARDED', null, null],
    mattran: ['NOT_AWARDED', null, null],
    dung: ['COMMENDED', '02/QĐ-UBND', `BK-${thisYear}-0003`],
  };
  for (const [key, [status, decisionNumber, certificate]] of Object.entries(expected)) {
    const nomination = await eventually(async () => {
      const { nomination: n } = await commune.nomination({ id: ids[key] });
      return n && n.status === status ? n : undefined;
    });
    expect([key, nomination.decisionNumber ?? null, nomination.currentTask]).toEqual([key, decisionNumber, null]);
    const stored = await platform.db.orm.em.fork().findOneOrFail(Nomination, ids[key]);
    expect([key, stored.certificateNumber ?? null]).toEqual([key, certificate]);
  }
  const em = platform.db.orm.em.fork();
  expect(await em.count(AuditEvent, { action: 'ROUND_CHANGED' as never, entityType: 'CommendationRound' })).toBeGreaterThanOrEqual(10);
  expect(await em.count(AuditEvent, { action: 'VOTE_CAST' as never, $not: { idempotencyKey: { $like: `ballot:${RETRIED_PAPER_KEY}:%` } } })).toBe(60);
  expect(await em.count(Notification, { kind: 'VOTE_REQUESTED' as never })).toBe(20);
  await eventually(async () => ((await em.fork().count(Notification, { kind: 'DECISION' as never, nomination: ids.cuong })) > 0 ? true : undefined));
});

it('a period workflow records its submission window and sweeps a level at its cut-off', async () => {
  const admin = await as('laocai2025.admin');
  const { campaign: configured } = await admin.campaign({ id: (await admin.nomination({ id: ids.an })).nomination!.campaign.id });
  const { addPeriod } = await admin.addPeriod({
    input: { campaignId: configured!.id, kind: PeriodKind.FINAL, year: thisYear, name: `Tổng kết ${thisYear}`, startsOn: `${thisYear}-01-01`, endsOn: `${thisYear}-12-31`, submissionOpensOn: `${thisYear}-01-01`, submissionClosesOn: `${thisYear}-12-31`, levelCutoffs: [{ level: AdminLevel.PROVINCE, day: `${thisYear}-01-02` }] },
  });
  const periodId = addPeriod.period!.id;
  const commune = await as('camduong.submitter');
  const { createNomination } = await commune.createNomination({
    input: { periodId, movementId: campaign.movementId, nomineeKind: NomineeKind.INDIVIDUAL, nomineeName: 'Vàng Seo Lử', achievements: 'Vận động 12 hộ thoát nghèo.', awardCode: 'BANG_KHEN_CHU_TICH_TINH', facts: { gender: Gender.MALE } },
  });
  const nominationId = createNomination.nomination!.id;
  await uploadRequiredDocuments(commune, nominationId);
  expect((await commune.submitNomination({ input: { id: nominationId } })).submitNomination.nomination!.currentTask!.stageKey).toBe('PROVINCE_APPRAISAL');
  const em = platform.db.orm.em.fork();
  // The province's cut-off (2 January) is past: the appraisal still open there is swept at once.

  expect(await topLevel(commune.request(StartPeriodWorkflowDocument, { input: { periodId } }))).toBe('FORBIDDEN');
  for (let i = 0; i < 2; i++) {
    const { startPeriodWorkflow } = await admin.request(StartPeriodWorkflowDocument, { input: { periodId } });
    expect([codes(startPeriodWorkflow), startPeriodWorkflow.rounds]).toEqual([[], []]);
  }
  const audit = (key: string) => eventually(async () => (await em.fork().findOne(AuditEvent, { idempotencyKey: key })) ?? undefined);
  expect((await audit(`period:${periodId}:window:OPENED`)).after).toMatchObject({ submissionWindow: 'OPENED', closesOn: `${thisYear}-12-31` });
  expect((await audit(`period:${periodId}:cutoff:PROVINCE`)).after).toEqual({ cutoff: 'PROVINCE', signalled: 1 });
  const swept = await eventually(async () => {
    const events = await em.fork().find(AuditEvent, { nomination: nominationId, action: { $in: ['TASK_ESCALATED', 'AUTO_RETURNED', 'AUTO_FORWARDED'] as never[] } });
    return events.length ? events : undefined;
  });
  expect(swept.length).toBeGreaterThan(0);
  const submitter = await em.fork().findOneOrFail(User, { username: 'camduong.submitter' });
  expect(await em.fork().count(Notification, { recipient: submitter, kind: 'WINDOW' as never, titleVi: { $like: `%Tổng kết ${thisYear}%` } })).toBe(1);
});

it('the period workflow\'s history replays without non-determinism', async () => {
  const history = await platform.temporal.workflow.getHandle(periodWorkflowId(campaign.annualId)).fetchHistory();
  expect(history.events!.length).toBeGreaterThan(50);
  await expect(Worker.runReplayHistory({ workflowBundle: await workflowBundle() }, history, 'period-replay')).resolves.toBeUndefined();
});
