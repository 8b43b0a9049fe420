import { createHash } from 'node:crypto';
import { Gender, NomineeKind, Vote } from '../../client-sdk/index';
import { vietnamToday } from '../../server/auth/viewer';
import { produceMissingRoundDocuments, roundsMissingDocuments } from '../../server/documents/missing-round-documents';
import { produceRoundDocuments } from '../../server/services/round-documents.service';
import { Role } from '../../domain/enums';
import { CommendationRound } from '../../server/entities/commendation-round.entity';
import { GeneratedFile } from '../../server/entities/generated-file.entity';
import { User } from '../../server/entities/user.entity';
import { createRoundSigningActivities } from '../../workflows/activities/round-signing.activities';
import { RoundEntry } from '../../server/entities/round-entry.entity';
import { LocalDiskStorage } from '../../server/storage/local-disk.storage';
import { docxParagraphs, pdfPageCount, pdfText, renderPage } from '../support/document-checks';
import { dataOf, graphqlAs, type Gql } from '../support/graphql-request';
import { approvedNomination, COUNCIL, eventually, roundCampaign, sdkAs, type Nominee, type RoundCampaign } from '../support/round-fixtures';
import { startTestPlatform, type TestPlatform } from '../support/test-platform';

/**
 * The round's decision as a document (Decree 30/2020): signing makes a DOCX and a PDF once, with
 * the register's number, the legal bases, the articles and the annexed list of awardees; the
 * deciding unit and the nominating units download them, nobody else; a draft before signing.
 */
let platform: TestPlatform;
let campaign: RoundCampaign;
let roundId = '';
const origin = () => platform.url.replace(/\/graphql$/, '');
const gqlAs = async (username: string): Promise<Gql> => graphqlAs(platform.url, await platform.tokenFor(username));

const NOMINEES: Nominee[] = [
  { name: 'Nguyễn Thị Hồng Nhung', kind: NomineeKind.INDIVIDUAL, gender: Gender.FEMALE, scores: [95, 90] },
  { name: 'Lò Văn Thưởng', kind: NomineeKind.INDIVIDUAL, gender: Gender.MALE, scores: [85, 85] },
  { name: 'Chi hội Phụ nữ thôn Bản Xèo', kind: NomineeKind.COLLECTIVE, members: [12, 10], scores: [90, 88] },
];

const FILE = 'id kind fileName contentType size sha256 status downloadPath';
const DOCUMENTS = `query ($id: ID!) { commendationRound(id: $id) { id status decisionNumber documents { ${FILE} } } }`;
const DRAFT = `mutation ($roundId: ID!) { draftRoundDecision(roundId: $roundId) { files { ${FILE} } round { id } userErrors { code field message messageVi } } }`;

async function download(path: string, username: string) {
  return fetch(`${origin()}${path}`, { headers: { authorization: `Bearer ${await platform.tokenFor(username)}` } });
}
const bytesOf = async (response: Response) => Buffer.from(await response.arrayBuffer());
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const documentsAs = async (username: string) => dataOf(await (await gqlAs(username))(DOCUMENTS, { id: roundId })).commendationRound;

beforeAll(async () => {
  platform = await startTestPlatform();
  campaign = await roundCampaign(platform, 'DECISION-DOC');
  for (const nominee of NOMINEES) await approvedNomination(platform, campaign.annualId, campaign.movementId, nominee);
});
afterAll(() => platform?.stop());

it('a draft before signing: marked DỰ THẢO, the number blank, the entries still to award; only the round’s officers ask', async () => {
  const admin = await sdkAs(platform)('laocai2025.admin');
  const soon = (s: number) => new Date(Date.now() + s * 1000).toISOString();
  const started = await admin.startRound({ input: { periodId: campaign.annualId, votingClosesAt: soon(8), noticeClosesAt: soon(11) } });
  roundId = started.startRound.rounds![0].id;

  const refused = await (await gqlAs('camduong.submitter'))(DRAFT, { roundId });
  expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  const draft = dataOf(await (await gqlAs('laocai2025.approver'))(DRAFT, { roundId })).draftRoundDecision;
  expect(draft.userErrors).toEqual([]);
  expect(draft.files.map((f: any) => [f.kind, f.fileName, f.status])).toEqual([
    ['DECISION_DRAFT', 'DU-THAO-QD-UBND.docx', 'READY'],
    ['DECISION_DRAFT', 'DU-THAO-QD-UBND.pdf', 'READY'],
  ]);
  const docx = await docxParagraphs(await bytesOf(await download(draft.files[0].downloadPath, 'laocai2025.approver')));
  expect(docx).toContain('DỰ THẢO');
  expect(docx).toContain('Số:      /QĐ-UBND');
  const text = pdfText(await bytesOf(await download(draft.files[1].downloadPath, 'laocai2025.admin')));
  expect(text).toContain('DỰ THẢO');
  for (const nominee of NOMINEES) expect(text).toContain(nominee.name);
  // The commune that nominated sees no draft: a draft is the deciding unit's.
  expect((await documentsAs('camduong.submitter')).documents).toEqual([]);
});

it('signing makes the decision once, as DOCX and PDF, with the register number, the legal bases and every awardee', async () => {
  await Promise.all(
    COUNCIL.map(async (username) => {
      const member = await sdkAs(platform)(username);
      const { commendationRound } = await member.commendationRound({ id: roundId });
      const votes = commendationRound!.entries.map((e) => ({ entryId: e.id, vote: Vote.YES }));
      await member.castBallots({ input: { roundId, votes } });
    }),
  );
  const chair = await sdkAs(platform)('laocai2025.approver');
  await eventually(async () => ((await chair.commendationRound({ id: roundId })).commendationRound!.status === 'SIGNING' ? true : undefined));
  const today = vietnamToday();
  const signed = (await chair.signRoundDecision({ input: { roundId, decisionDate: today } })).signRoundDecision;
  expect(signed.userErrors).toEqual([]);
  const number = signed.round!.decisionNumber!;
  expect(number).toMatch(/^\d{2}\/QĐ-UBND$/);

  const round = await eventually(async () => {
    const r = await documentsAs('laocai2025.approver');
    return r.documents.filter((f: any) => f.kind === 'DECISION').length === 2 ? r : undefined;
  });
  const decisions = round.documents.filter((f: any) => f.kind === 'DECISION');
  const stem = `QD-${number.replace('/QĐ-', '-QD-')}`;
  expect(decisions.map((f: any) => [f.fileName, f.contentType, f.status])).toEqual([
    [`${stem}.docx`, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'READY'],
    [`${stem}.pdf`, 'application/pdf', 'READY'],
  ]);
  const [docxFile, pdfFile] = decisions;
  const docxBytes = await bytesOf(await download(docxFile.downloadPath, 'camduong.submitter'));
  const pdfBytes = await bytesOf(await download(pdfFile.downloadPath, 'camduong.submitter'));
  // The recorded SHA-256 is that of the bytes downloaded.
  expect([sha256(docxBytes), sha256(pdfBytes)]).toEqual([docxFile.sha256, pdfFile.sha256]);

  const [y, m, d] = today.split('-');
  const dateLine = `Lào Cai, ngày ${d} tháng ${Number(m) <= 2 ? m : Number(m)} năm ${y}`;
  const paragraphs = await docxParagraphs(docxBytes);
  for (const line of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'ỦY BAN NHÂN DÂN', 'TỈNH LÀO CAI', `Số: ${number}`, dateLine, 'QUYẾT ĐỊNH', 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÀO CAI', 'QUYẾT ĐỊNH:', 'TM. ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Phụ lục'])
    expect(paragraphs).toContain(line);
  expect(paragraphs).toContain('Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;');
  expect(paragraphs).toContain('Căn cứ Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022;');
  expect(paragraphs.some((p) => p.startsWith('Căn cứ Nghị định số 152/2025/NĐ-CP'))).toBe(true);
  expect(paragraphs.some((p) => p.startsWith('Xét đề nghị của Hội đồng Thi đua - Khen thưởng tỉnh Lào Cai'))).toBe(true);
  expect(paragraphs.find((p) => p.startsWith('Điều 1.'))).toContain('01 tập thể, 02 cá nhân');
  expect(paragraphs).toContain('Nguyễn Thị Hồng Nhung');
  for (const nominee of NOMINEES) expect(paragraphs).toContain(nominee.name);
  expect(paragraphs).toContain('Phường Cam Đường');

  const text = pdfText(pdfBytes);
  for (const expected of [`Số: ${number}`, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Luật Thi đua, khen thưởng ngày 15 tháng 6 năm 2022', 'Nghị định số 152/2025/NĐ-CP', 'Điều 3.', ...NOMINEES.map((n) => n.name)])
    expect(text).toContain(expected);
  const page = renderPage(pdfBytes, 1);
  expect(page.inkShare).toBeGreaterThan(0.01);
  // The annex on its own page, after the signature.
  expect(pdfPageCount(pdfBytes)).toBe(2);
  expect(pdfText(pdfBytes).split('\f')[1]).toContain('DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC KHEN THƯỞNG');

  // Again (a retried activity): no new file.
  const em = platform.db.orm.em.fork();
  const storage = new LocalDiskStorage(platform.config.storageDir);
  await produceRoundDocuments({ em, storage }, roundId);
  expect(await em.count(GeneratedFile, { round: roundId, kind: 'DECISION' as never })).toBe(2);

  // A crash after the signature's commit, before the files: the retried signing finds the round
  // issued and still makes what is missing.
  await em.nativeDelete(GeneratedFile, { round: roundId, kind: 'DECISION' as never, fileName: `${stem}.pdf` });
  const chairUser = await em.findOneOrFail(User, { username: 'laocai2025.approver' });
  const unitId = (await em.findOneOrFail(CommendationRound, roundId)).unit.id;
  const { signRound } = createRoundSigningActivities({ orm: platform.db.orm, temporal: () => platform.temporal, storage });
  await signRound({ roundId, decisionDate: today, actor: { userId: chairUser.id, role: Role.APPROVER, unitId } });
  const remade = await em.fork().find(GeneratedFile, { round: roundId, kind: 'DECISION' as never }, { orderBy: { fileName: 'asc' } });
  expect(remade.map((f) => [f.fileName, f.status])).toEqual([[`${stem}.docx`, 'READY'], [`${stem}.pdf`, 'READY']]);
  expect(remade.find((f) => f.fileName.endsWith('.docx'))!.id).toBe(docxFile.id);

  // A worker that died while rendering (no retry of the signature): the reconciliation finds the
  // round short of its files and makes them.
  await em.nativeDelete(GeneratedFile, { round: roundId, kind: { $in: ['DECISION', 'CERTIFICATES'] as never[] }, fileName: { $ne: `${stem}.docx` } });
  expect(await roundsMissingDocuments(em.fork())).toContain(roundId);
  expect(await produceMissingRoundDocuments({ em: em.fork(), storage })).toBeGreaterThanOrEqual(1);
  expect(await roundsMissingDocuments(em.fork())).not.toContain(roundId);
  const kinds = (await em.fork().find(GeneratedFile, { round: roundId, status: 'READY' as never })).map((f) => f.kind);
  expect(kinds.filter((k) => k !== 'DECISION_DRAFT').sort()).toEqual(['CERTIFICATES', 'DECISION', 'DECISION']);
});

it('a unit that nominated nobody neither sees nor downloads the decision; a draft is refused once signed', async () => {
  const { documents } = await documentsAs('laocai2025.approver');
  const pdf = documents.find((f: any) => f.kind === 'DECISION' && f.fileName.endsWith('.pdf'));
  for (const outsider of ['mttqlaocai.submitter', 'dongvinh.submitter']) {
    const response = await download(pdf.downloadPath, outsider);
    expect([403, 404]).toContain(response.status);
  }
  const round = await documentsAs('mttqlaocai.submitter').catch(() => null);
  expect(round?.documents ?? []).toEqual([]);
  // The nominating commune gets the decision in both formats and the certificates made with it.
  expect((await documentsAs('camduong.submitter')).documents.map((f: any) => f.kind).sort()).toEqual(['CERTIFICATES', 'DECISION', 'DECISION']);

  const again = dataOf(await (await gqlAs('laocai2025.approver'))(DRAFT, { roundId })).draftRoundDecision;
  expect(again.userErrors.map((e: any) => [e.code, e.field])).toEqual([['INVALID_STATE', 'roundId']]);
  expect(again.userErrors[0].messageVi).toContain('đã được ký');
});

it('a round with nobody left to award has no decision to draft', async () => {
  const admin = await sdkAs(platform)('laocai2025.admin');
  await approvedNomination(platform, campaign.midtermId, campaign.movementId, { name: 'Phạm Thị Dung', kind: NomineeKind.INDIVIDUAL, gender: Gender.FEMALE, scores: [88, 88] });
  const soon = (s: number) => new Date(Date.now() + s * 1000).toISOString();
  const started = await admin.startRound({ input: { periodId: campaign.midtermId, votingClosesAt: soon(60), noticeClosesAt: soon(90) } });
  const midtermId = started.startRound.rounds![0].id;
  await platform.db.orm.em.fork().nativeUpdate(RoundEntry, { round: midtermId }, { outcome: 'NOT_AWARDED' as never });
  const refused = dataOf(await (await gqlAs('laocai2025.admin'))(DRAFT, { roundId: midtermId })).draftRoundDecision;
  expect(refused.userErrors.map((e: any) => e.code)).toEqual(['INVALID_STATE']);
  expect(refused.userErrors[0].messageVi).not.toBe(refused.userErrors[0].message);
});
