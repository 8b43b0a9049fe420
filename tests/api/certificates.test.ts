import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CastBallotsDocument, CommendationRoundsDocument, Gender, NomineeKind, SignRoundDecisionDocument, StartRoundDocument, Vote } from '../../client-sdk/index';
import { GeneratedFileKind } from '../../domain/document-enums';
import { vietnamToday } from '../../server/auth/viewer';
import { CommendationRound } from '../../server/entities/commendation-round.entity';
import { GeneratedFile } from '../../server/entities/generated-file.entity';
import { ensureRoundCertificates } from '../../server/services/round-certificates.service';
import { LocalDiskStorage } from '../../server/storage/local-disk.storage';
import { codeOf } from '../support/access-fixtures';
import { pdfPageCount, pdfText, renderPage } from '../support/document-checks';
import { dataOf, okPayload } from '../support/graphql-request';
import { as as gqlAs, type Gql } from '../support/nomination-fixtures';
import { approvedNomination, COUNCIL, eventually, roundCampaign, sdkAs, thisYear, type Nominee } from '../support/round-fixtures';
import { startTestPlatform, type TestPlatform } from '../support/test-platform';

/**
 * Certificates of a signed decision (Bằng khen of the province chair): one PDF of all awardees, one
 * page each, made once; one awardee's own certificate on demand; the unit's blank form moving the
 * fields where its văn thư measured them; downloads only for the units concerned.
 */
let platform: TestPlatform;
let origin: string;
let roundId: string;
let decisionNumber: string;
const entryOf: Record<string, { id: string; certificateNumber: string | null }> = {};
let binhFileId: string;

const NOMINEES: Nominee[] = [
  { name: 'Nguyễn Văn An', kind: NomineeKind.INDIVIDUAL, gender: Gender.MALE, scores: [95, 85] },
  { name: 'Trần Thị Bình', kind: NomineeKind.INDIVIDUAL, gender: Gender.FEMALE, scores: [90, 90] },
  // Third of two individuals in the quota: the council's yes does not make him an awardee.
  { name: 'Lê Văn Cường', kind: NomineeKind.INDIVIDUAL, gender: Gender.MALE, scores: [70, 70] },
  { name: 'Hợp tác xã Nông nghiệp Cam Đường', kind: NomineeKind.COLLECTIVE, members: [12, 7], scores: [88, 88] },
];

const ERRORS = 'userErrors { code field message messageVi }';
const SAVE_FORM = `mutation ($input: SaveCertificateFormInput!) { saveCertificateForm(input: $input) {
  form { id name pageSize orientation mode award { code } layout { recipientName { x y width fontSize align } signerName { x y } } } ${ERRORS} } }`;
const FORMS = `query ($unitId: ID!) { certificateForms(unitId: $unitId) { name mode award { code } layout { recipientName { x y } } } }`;
const OF_ENTRY = `mutation ($entryId: ID!) { certificateOfEntry(entryId: $entryId) { file { id kind status fileName downloadPath sha256 } ${ERRORS} } }`;

const download = async (path: string, username: string) =>
  fetch(`${origin}${path}`, { headers: { authorization: `Bearer ${await platform.tokenFor(username)}` } });
const bytesOf = async (path: string, username = 'laocai2025.admin') => {
  const res = await download(path, username);
  expect(res.status).toBe(200);
  return Buffer.from(await res.arrayBuffer());
};
const deps = () => ({ em: platform.db.orm.em.fork(), storage: new LocalDiskStorage(platform.config.storageDir) });

/** Each word poppler finds with its box, in points from the top-left corner. */
function words(pdf: Buffer): { text: string; xMin: number; yMin: number }[] {
  const dir = mkdtempSync(join(tmpdir(), 'thidua-bbox-'));
  writeFileSync(join(dir, 'doc.pdf'), pdf);
  const html = execFileSync('pdftotext', ['-bbox', join(dir, 'doc.pdf'), '-'], { encoding: 'utf8' });
  return [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)].map((m) => ({
    xMin: Number(m[1]),
    yMin: Number(m[2]),
    text: m[3],
  }));
}
const pt = (millimetres: number) => (millimetres * 72) / 25.4;

beforeAll(async () => {
  platform = await startTestPlatform();
  origin = new URL(platform.url).origin;
  const campaign = await roundCampaign(platform, 'CERT-TEST');
  for (const nominee of NOMINEES) await approvedNomination(platform, campaign.annualId, campaign.movementId, nominee);
  const as = sdkAs(platform);
  const admin = await as('laocai2025.admin');
  const soon = (s: number) => new Date(Date.now() + s * 1000).toISOString();
  const started = (await admin.request(StartRoundDocument, { input: { periodId: campaign.annualId, votingClosesAt: soon(10), noticeClosesAt: soon(14) } })).startRound;
  const round = started.rounds![0];
  roundId = round.id;
  await Promise.all(COUNCIL.map(async (username) => {
    const votes = round.entries.map((e) => ({ entryId: e.id, vote: Vote.YES }));
    expect((await (await as(username)).request(CastBallotsDocument, { input: { roundId, votes } })).castBallots.userErrors).toEqual([]);
  }));
  await eventually(async () => {
    const [r] = (await admin.request(CommendationRoundsDocument, { periodId: campaign.annualId })).commendationRounds;
    return r.status === 'SIGNING' ? true : undefined;
  }, 60_000);
  const chair = await as('laocai2025.approver');
  const signed = (await chair.request(SignRoundDecisionDocument, { input: { roundId, decisionDate: vietnamToday() } })).signRoundDecision;
  expect(signed.userErrors).toEqual([]);
  decisionNumber = signed.round!.decisionNumber!;
  for (const e of signed.round!.entries) entryOf[e.nomineeName] = { id: e.id, certificateNumber: e.certificateNumber ?? null };
}, 180_000);
afterAll(() => platform?.stop());

describe('the certificates of a signed decision', () => {
  let file: GeneratedFile;

  it('are one PDF with a page per awardee, each with the name, the register number and the decision', async () => {
    file = (await ensureRoundCertificates(deps(), roundId))!;
    expect(file).toMatchObject({ kind: GeneratedFileKind.CERTIFICATES, status: 'READY', contentType: 'application/pdf' });
    const pdf = await bytesOf(`/files/${file.id}`);
    expect(pdfPageCount(pdf)).toBe(3);
    const text = pdfText(pdf);
    for (const name of ['Ông Nguyễn Văn An', 'Bà Trần Thị Bình', 'Hợp tác xã Nông nghiệp Cam Đường']) expect(text).toContain(name);
    expect(text).not.toContain('Lê Văn Cường');
    const numbers = ['Nguyễn Văn An', 'Trần Thị Bình', 'Hợp tác xã Nông nghiệp Cam Đường'].map((n) => entryOf[n].certificateNumber);
    for (const number of numbers) expect(text).toContain(`Số sổ: ${number}`);
    expect(numbers.every((n) => n?.startsWith(`BK-${thisYear}-`))).toBe(true);
    expect(text).toContain(`Quyết định số ${decisionNumber}, ngày ${vietnamToday().split('-').reverse().join('/')}`);
    for (const line of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH LÀO CAI', 'BẰNG KHEN'])
      expect(text).toContain(line);
    const [y, m, d] = vietnamToday().split('-');
    expect(text).toContain(`Lào Cai, ngày ${d} tháng ${m} năm ${y}`);
    expect(text).toContain('Đã có thành tích giúp nhiều hộ nghèo thoát nghèo bền vững');
    const page = renderPage(pdf, 1);
    expect(page.inkShare).toBeGreaterThan(0.03);
    copyFileSync(page.png, join(tmpdir(), 'thidua-certificate-page1.png'));
  });

  it('are made once: a second call returns the same file', async () => {
    const again = await ensureRoundCertificates(deps(), roundId);
    expect(again!.id).toBe(file.id);
    const count = await platform.db.orm.em.fork().count(GeneratedFile, { round: roundId, kind: GeneratedFileKind.CERTIFICATES });
    expect(count).toBe(1);
  });

  it('download for the deciding and the nominating units only', async () => {
    expect((await download(`/files/${file.id}`, 'camduong.submitter')).status).toBe(200);
    expect((await download(`/files/${file.id}`, 'xuantang.submitter')).status).toBe(403);
  });
});

describe('one awardee’s certificate', () => {
  let commune: Gql;
  beforeAll(async () => (commune = await gqlAs(platform, 'camduong.submitter')));

  it('is a one-page PDF for the nominating unit, made once', async () => {
    const { file } = okPayload(await commune(OF_ENTRY, { entryId: entryOf['Trần Thị Bình'].id }), 'certificateOfEntry');
    expect(file).toMatchObject({ kind: 'CERTIFICATES', status: 'READY', downloadPath: `/files/${file.id}` });
    expect(file.fileName).toMatch(/^bang-khen-BK-\d{4}-\d{4}\.pdf$/);
    const pdf = await bytesOf(file.downloadPath, 'camduong.submitter');
    expect(pdfPageCount(pdf)).toBe(1);
    expect(pdfText(pdf)).toContain('Bà Trần Thị Bình');
    const again = okPayload(await commune(OF_ENTRY, { entryId: entryOf['Trần Thị Bình'].id }), 'certificateOfEntry');
    expect(again.file.id).toBe(file.id);
    binhFileId = file.id;
    expect((await download(file.downloadPath, 'xuantang.submitter')).status).toBe(403);
  });

  it('is refused for an entry the decision did not award, and to a unit that cannot see the nomination', async () => {
    const res = await commune(OF_ENTRY, { entryId: entryOf['Lê Văn Cường'].id });
    const [error] = dataOf(res).certificateOfEntry.userErrors;
    expect(error).toMatchObject({ code: 'INVALID_STATE', field: 'entryId' });
    expect(error.messageVi).toContain('chưa được khen thưởng');
    expect(codeOf(await (await gqlAs(platform, 'xuantang.submitter'))(OF_ENTRY, { entryId: entryOf['Nguyễn Văn An'].id }))).toBe('FORBIDDEN');
  });
});

describe('the unit’s certificate form', () => {
  let admin: Gql;
  let provinceId: string;
  const position = (x: number, y: number, width: number, fontSize: number) => ({ x, y, width, fontSize, align: 'LEFT' });
  beforeAll(async () => {
    admin = await gqlAs(platform, 'laocai2025.admin');
    provinceId = (await platform.db.orm.em.fork().findOneOrFail(CommendationRound, roundId)).unit.id;
  });

  it.each([
    ['a field off the sheet', { recipientName: position(250, 30, 100, 20) }, 'layout.recipientName', 'nằm ngoài trang giấy (297 × 210 mm)'],
    ['a field below the sheet', { signerName: position(20, 208, 100, 14) }, 'layout.signerName', 'nằm ngoài trang giấy'],
    ['an unreadable font size', { achievement: position(20, 30, 100, 2) }, 'layout.achievement', 'Cỡ chữ của ô "Thành tích" là 2'],
  ])('refuses %s with the code, in both languages', async (_case, layout, field, vi) => {
    const input = { unitId: provinceId, pageSize: 'A4', orientation: 'LANDSCAPE', mode: 'FIELDS_ONLY', layout };
    const [error] = dataOf(await admin(SAVE_FORM, { input })).saveCertificateForm.userErrors;
    expect(error).toMatchObject({ code: 'CERTIFICATE_LAYOUT_INVALID', field });
    expect(error.messageVi).toContain(vi);
    expect(error.message).not.toBe(error.messageVi);
  });

  it('starts from the built-in positions, scaled to the sheet', async () => {
    const BUILT_IN = `query ($pageSize: CertificatePageSize, $orientation: CertificateOrientation) {
      builtInCertificateLayout(pageSize: $pageSize, orientation: $orientation) { recipientName { x y width fontSize align } } }`;
    expect(dataOf(await admin(BUILT_IN, {})).builtInCertificateLayout.recipientName).toEqual({ x: 30, y: 90, width: 237, fontSize: 22, align: 'CENTER' });
    const a3 = dataOf(await admin(BUILT_IN, { pageSize: 'A3', orientation: 'LANDSCAPE' })).builtInCertificateLayout;
    expect(a3.recipientName.width).toBeGreaterThan(300);
  });

  it('is configured by the unit’s administrator only', async () => {
    const input = { unitId: provinceId, pageSize: 'A4', orientation: 'LANDSCAPE', mode: 'FULL' };
    expect(codeOf(await (await gqlAs(platform, 'camduong.submitter'))(SAVE_FORM, { input }))).toBe('FORBIDDEN');
    expect(codeOf(await (await gqlAs(platform, 'laocai2025.approver'))(SAVE_FORM, { input }))).toBe('FORBIDDEN');
  });

  it('FIELDS_ONLY prints only the fields, where the form puts them', async () => {
    const input = {
      unitId: provinceId, awardCode: 'BANG_KHEN_CHU_TICH_TINH', name: 'Phôi Bằng khen năm 2026', pageSize: 'A4', orientation: 'LANDSCAPE', mode: 'FIELDS_ONLY',
      layout: { recipientName: position(20, 30, 120, 20) },
    };
    const { form } = okPayload(await admin(SAVE_FORM, { input }), 'saveCertificateForm');
    expect(form).toMatchObject({ mode: 'FIELDS_ONLY', award: { code: 'BANG_KHEN_CHU_TICH_TINH' }, layout: { recipientName: { x: 20, y: 30, width: 120, fontSize: 20, align: 'LEFT' } } });
    // Fields left out keep the built-in positions.
    expect(form.layout.signerName).toEqual({ x: 160, y: 180 });
    expect(dataOf(await admin(FORMS, { unitId: provinceId })).certificateForms).toEqual([
      { name: 'Phôi Bằng khen năm 2026', mode: 'FIELDS_ONLY', award: { code: 'BANG_KHEN_CHU_TICH_TINH' }, layout: { recipientName: { x: 20, y: 30 } } },
    ]);

    const { file } = okPayload(await admin(OF_ENTRY, { entryId: entryOf['Nguyễn Văn An'].id }), 'certificateOfEntry');
    const pdf = await bytesOf(file.downloadPath);
    const text = pdfText(pdf);
    expect(text).toContain('Ông Nguyễn Văn An');
    expect(text).not.toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    const name = words(pdf).find((w) => w.text === 'Ông')!;
    // The word's box starts at the configured corner (within a millimetre and a line's leading).
    expect(Math.abs(name.xMin - pt(20))).toBeLessThan(pt(1));
    expect(Math.abs(name.yMin - pt(30))).toBeLessThan(pt(2));
    expect(renderPage(pdf, 1).inkShare).toBeGreaterThan(0);
    // A certificate printed before the form was set up is printed anew on the form; then reused.
    const reprint = okPayload(await admin(OF_ENTRY, { entryId: entryOf['Trần Thị Bình'].id }), 'certificateOfEntry').file;
    expect(reprint.id).not.toBe(binhFileId);
    expect(okPayload(await admin(OF_ENTRY, { entryId: entryOf['Trần Thị Bình'].id }), 'certificateOfEntry').file.id).toBe(reprint.id);
  });
});
