import ExcelJS from 'exceljs';
import { createClient, Decision, DownloadError, ExportFormat, Gender, NomineeKind, PeriodKind, Vote, type Client } from '../../client-sdk/index';
import { Role } from '../../domain/enums';
import { docxParagraphs, pdfPageCount, pdfText, renderPage } from '../support/document-checks';
import { addUser } from '../support/nomination-fixtures';
import { uploadRequiredDocuments } from '../support/sdk-dossier';
import { startTestPlatform, type TestPlatform } from '../support/test-platform';

/**
 * A whole annual period of a district through the SDK: the window opens, two communes nominate a
 * dozen people and collectives, the district and the province approve them with scores, the
 * province's council votes on the quota-bounded shortlist, the public notice passes and the chair
 * signs one numbered decision that commends some and not others.
 */
let platform: TestPlatform;
const clients = new Map<string, Client>();
const as = async (username: string) => {
  if (!clients.has(username)) clients.set(username, createClient({ url: platform.url }).withToken(await platform.tokenFor(username)));
  return clients.get(username)!;
};
const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
const thisYear = Number(today.slice(0, 4));
const COUNCIL = ['hdtd.1', 'hdtd.2', 'hdtd.3', 'hdtd.4', 'hdtd.5'];

function ok<T extends { userErrors: { code: string }[] }>(payload: T): T {
  if (payload.userErrors.length) throw new Error(`refused: ${JSON.stringify(payload.userErrors)}`);
  return payload;
}

async function eventually<T>(check: () => Promise<T | undefined>, what: string, ms = 45_000): Promise<T> {
  const until = Date.now() + ms;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > until) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

beforeAll(async () => {
  platform = await startTestPlatform();
  for (const member of COUNCIL) await addUser(platform, member, Role.COUNCIL_MEMBER, '10');
});
afterAll(() => platform?.stop());

/** Individuals (6 places) and collectives (2 places); two individuals tie at the cut: the woman goes ahead. */
const NOMINEES = [
  { name: 'Nguyễn Thị Lan', kind: NomineeKind.INDIVIDUAL, gender: Gender.FEMALE, unit: 'xuantang', scores: [95, 93] },
  { name: 'Trần Văn Hùng', kind: NomineeKind.INDIVIDUAL, gender: Gender.MALE, unit: 'xuantang', scores: [92, 90] },
  { name: 'Lò Thị Mai', kind: NomineeKind.INDIVIDUAL, gender: Gender.FEMALE, unit: 'phuonglaocai', scores: [90, 88] },
  { name: 'Phạm Văn Đức', kind: NomineeKind.INDIVIDUAL, gender: Gender.MALE, unit: 'phuonglaocai', scores: [88, 86] },
  { name: 'Vàng Thị Sính', kind: NomineeKind.INDIVIDUAL, gender: Gender.FEMALE, unit: 'xuantang', scores: [86, 84] },
  { name: 'Hoàng Văn Nam', kind: NomineeKind.INDIVIDUAL, gender: Gender.MALE, unit: 'phuonglaocai', scores: [80, 80] },
  { name: 'Đỗ Thị Hạnh', kind: NomineeKind.INDIVIDUAL, gender: Gender.FEMALE, unit: 'xuantang', scores: [80, 80] },
  { name: 'Bùi Văn Tài', kind: NomineeKind.INDIVIDUAL, gender: Gender.MALE, unit: 'phuonglaocai', scores: [70, 72] },
  { name: 'Tổ tự quản số 3', kind: NomineeKind.COLLECTIVE, members: [20, 15], unit: 'xuantang', scores: [85, 85] },
  { name: 'Chi hội Phụ nữ tổ 5', kind: NomineeKind.COLLECTIVE, members: [10, 7], unit: 'phuonglaocai', scores: [82, 82] },
  { name: 'Tổ dân phố số 8', kind: NomineeKind.COLLECTIVE, members: [30, 12], unit: 'xuantang', scores: [82, 82] },
  { name: 'Đội thanh niên tình nguyện', kind: NomineeKind.COLLECTIVE, members: [12, 3], unit: 'phuonglaocai', scores: [60, 65] },
];

async function configurePeriod() {
  const admin = await as('laocai.admin');
  const province = (await admin.adminUnits({ filter: { code: '10', validOn: '2024-06-01' } })).adminUnits.edges[0].node;
  const campaignId = ok((await admin.createCampaign({ input: { code: 'E2E-NAM', name: 'Vì người nghèo (e2e)', startYear: 2025, endYear: thisYear, issuingUnitId: province.id } })).createCampaign).campaign!.id;
  const movementId = ok((await admin.addMovement({ input: { campaignId, name: 'Chung tay vì người nghèo', targetGroup: 'Tập thể, cá nhân', nomineeKinds: [NomineeKind.INDIVIDUAL, NomineeKind.COLLECTIVE] } })).addMovement).movement!.id;
  ok((await admin.setCampaignAwards({ input: { campaignId, awardCodes: ['BANG_KHEN_CHU_TICH_TINH'] } })).setCampaignAwards);
  const periodId = ok((await admin.addPeriod({
    input: { campaignId, kind: PeriodKind.ANNUAL, year: 2025, name: 'Năm 2025 (trước sắp xếp)', startsOn: '2025-01-01', endsOn: `${thisYear}-12-31`, submissionOpensOn: '2025-01-01', submissionClosesOn: `${thisYear}-12-31` },
  })).addPeriod).period!.id;
  for (const [nomineeKind, maxCount] of [[NomineeKind.INDIVIDUAL, 6], [NomineeKind.COLLECTIVE, 2]] as const) {
    ok((await admin.setQuota({ input: { campaignId, movementId, periodKind: PeriodKind.ANNUAL, nomineeKind, maxCount, awardCode: 'BANG_KHEN_CHU_TICH_TINH', decidingUnitId: province.id } })).setQuota);
  }
  ok((await admin.changeCampaignStatus({ input: { id: campaignId, status: 'ACTIVE' } })).changeCampaignStatus);
  ok((await admin.startPeriodWorkflow({ input: { periodId } })).startPeriodWorkflow);
  // The communes of the three-tier list nominate before the reform.
  platform.setSubmissionDay('2025-03-03');
  return { periodId, movementId };
}

async function nominateAndApprove(period: { periodId: string; movementId: string }, nominee: (typeof NOMINEES)[number]) {
  const commune = await as(`${nominee.unit}.submitter`);
  const facts = nominee.kind === NomineeKind.INDIVIDUAL ? { gender: nominee.gender } : { memberCount: nominee.members![0], femaleMemberCount: nominee.members![1] };
  const { nomination } = ok((await commune.createNomination({
    input: { ...period, nomineeKind: nominee.kind, nomineeName: nominee.name, achievements: 'Giúp đỡ hộ nghèo thoát nghèo bền vững.', awardCode: 'BANG_KHEN_CHU_TICH_TINH', facts },
  })).createNomination);
  await uploadRequiredDocuments(commune, nomination!.id);
  let current = ok((await commune.submitNomination({ input: { id: nomination!.id } })).submitNomination).nomination!;
  for (const [i, officer] of ['laocaicity.reviewer', 'laocai.approver'].entries()) {
    const task = current.currentTask!;
    current = ok((await (await as(officer)).decideTask({ input: { taskId: task.id, round: task.round, decision: Decision.APPROVE, score: nominee.scores[i] } })).decideTask).nomination!;
  }
  expect(current).toMatchObject({ status: 'APPROVED', currentStageKey: 'COMMENDATION_DECISION' });
  return current.id;
}

it('runs an annual period of Thành phố Lào Cai from window opening to the signed decision', async () => {
  const period = await configurePeriod();
  const ids = new Map<string, string>();
  for (const nominee of NOMINEES) ids.set(nominee.name, await nominateAndApprove(period, nominee));

  const admin = await as('laocai.admin');
  const now = Date.now();
  const started = ok((await admin.startRound({
    input: { periodId: period.periodId, votingClosesAt: new Date(now + 10_000).toISOString(), noticeClosesAt: new Date(now + 16_000).toISOString() },
  })).startRound);
  const round = started.rounds!.find((r) => r.unit.code === '10')!;
  const shortlisted = round.entries.map((e) => [e.nomineeName, e.rank]);
  // The council sees every approved entry, ranked (the woman wins the tie at 80; ≥70 % women ahead at 82).
  expect(shortlisted).toEqual(expect.arrayContaining([
    ['Nguyễn Thị Lan', 1], ['Trần Văn Hùng', 2], ['Lò Thị Mai', 3], ['Phạm Văn Đức', 4], ['Vàng Thị Sính', 5], ['Đỗ Thị Hạnh', 6],
    ['Tổ tự quản số 3', 1], ['Chi hội Phụ nữ tổ 5', 2],
  ]));
  expect(shortlisted).toHaveLength(NOMINEES.length);

  // Three members vote yes on all but "Phạm Văn Đức"; two vote no on everything: 3 of 5 is a majority.
  const entries = round.entries;
  for (const [i, member] of COUNCIL.entries()) {
    const votes = entries.map((e) => ({ entryId: e.id, vote: i < 3 && e.nomineeName !== 'Phạm Văn Đức' ? Vote.YES : Vote.NO }));
    ok((await (await as(member)).castBallots({ input: { roundId: round.id, votes, inWriting: i === 4 } })).castBallots);
  }
  await eventually(async () => {
    const { commendationRound } = await admin.commendationRound({ id: round.id });
    return commendationRound?.status === 'SIGNING' ? true : undefined;
  }, 'the vote and the public notice to close');

  const chair = await as('laocai.approver');
  const signed = ok((await chair.signRoundDecision({ input: { roundId: round.id, decisionDate: today } })).signRoundDecision);
  expect(signed.round?.decisionNumber).toBe('01/QĐ-UBND');

  const outcomes = await eventually(async () => {
    const statuses = await Promise.all(NOMINEES.map(async (n) => [n.name, (await admin.nomination({ id: ids.get(n.name)! })).nomination!] as const));
    return statuses.every(([, n]) => n.status === 'COMMENDED' || n.status === 'NOT_AWARDED') ? statuses : undefined;
  }, 'every nomination to be concluded');
  const commended = outcomes.filter(([, n]) => n.status === 'COMMENDED').map(([name]) => name);
  // The quota (6 individuals, 2 collectives) follows the vote: "Phạm Văn Đức" failed it, so the 7th
  // ranked individual, "Hoàng Văn Nam", takes the sixth place; "Bùi Văn Tài" passed but is outside the quota.
  expect(commended.sort()).toEqual(['Chi hội Phụ nữ tổ 5', 'Hoàng Văn Nam', 'Lò Thị Mai', 'Nguyễn Thị Lan', 'Trần Văn Hùng', 'Tổ tự quản số 3', 'Vàng Thị Sính', 'Đỗ Thị Hạnh'].sort());
  for (const [, n] of outcomes.filter(([, x]) => x.status === 'COMMENDED')) {
    expect(n.decisionNumber).toBe('01/QĐ-UBND');
    expect(n.certificateNumber).toMatch(new RegExp(`^BK-${today.slice(0, 4)}-\\d{4}$`));
  }
  const certificateNumbers = outcomes.map(([, n]) => n.certificateNumber).filter(Boolean) as string[];
  expect(new Set(certificateNumbers).size).toBe(8);

  // The commune hears the outcome.
  const inbox = await (await as('xuantang.submitter')).notifications({ first: 50 });
  expect(inbox.notifications.edges.map((e) => e.node.kind)).toContain('DECISION');

  // The signature produced the decision (DOCX, PDF) and the certificates; the commune downloads them.
  const commune = await as('xuantang.submitter');
  const files = await eventually(async () => {
    const documents = (await commune.commendationRoundDocuments({ id: round.id })).commendationRound?.documents ?? [];
    return documents.length === 3 ? documents : undefined;
  }, 'the decision and the certificates');
  const file = (kind: string, ext: string) => files.find((f) => f.kind === kind && f.fileName.endsWith(ext))!;
  const pdf = await commune.downloadFile(file('DECISION', '.pdf').downloadPath!);
  expect(pdf.sha256).toBe(file('DECISION', '.pdf').sha256);
  const text = pdfText(Buffer.from(pdf.bytes));
  expect(text).toContain('Số: 01/QĐ-UBND');
  expect(text).toContain('Luật Thi đua, khen thưởng');
  for (const name of commended) expect(text).toContain(name);
  expect(text).not.toContain('Phạm Văn Đức');
  expect(renderPage(Buffer.from(pdf.bytes)).inkShare).toBeGreaterThan(0.01);
  const docx = await commune.downloadFile(file('DECISION', '.docx').downloadPath!);
  const paragraphs = (await docxParagraphs(Buffer.from(docx.bytes))).join('\n');
  expect(paragraphs).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
  for (const name of commended) expect(paragraphs).toContain(name);
  const certificates = await commune.downloadFile(file('CERTIFICATES', '.pdf').downloadPath!);
  expect(pdfPageCount(Buffer.from(certificates.bytes))).toBe(8);
  expect(pdfText(Buffer.from(certificates.bytes))).toContain('Hoàng Văn Nam');

  // A commune of another province nominated nobody here: neither listed nor downloadable.
  const outsider = await as('dongvinh.submitter');
  await expect(outsider.downloadFile(file('DECISION', '.pdf').downloadPath!)).rejects.toBeInstanceOf(DownloadError);

  // The province takes the round's results away as a spreadsheet, certificate numbers included.
  const exported = ok((await admin.exportRoundResults({ roundId: round.id, format: ExportFormat.XLSX })).exportRoundResults).file!;
  expect(exported.status).toBe('READY');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from((await admin.downloadFile(exported.downloadPath!)).bytes) as never);
  const cells = workbook.worksheets[0].getSheetValues().flat().map(String);
  for (const number of certificateNumbers) expect(cells).toContain(number);
});
