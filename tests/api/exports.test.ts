import ExcelJS from 'exceljs';
import { Role, RoundOutcome, RoundStatus } from '../../domain/enums';
import { AdminUnit } from '../../server/entities/admin-unit.entity';
import { CommendationRound } from '../../server/entities/commendation-round.entity';
import { GeneratedFile } from '../../server/entities/generated-file.entity';
import { Nomination } from '../../server/entities/nomination.entity';
import { Period } from '../../server/entities/period.entity';
import { RoundEntry } from '../../server/entities/round-entry.entity';
import { User } from '../../server/entities/user.entity';
import { loadViewer } from '../../server/auth/viewer';
import { ExportFormat, ExportSubject } from '../../server/exports/export-kinds';
import { writeExport } from '../../server/exports/export-writer';
import { unitIdOf, userIdOf } from '../support/access-fixtures';
import { addUser, as, createDraft, dataOf, loadCatalog, USER_ERROR_FIELDS, type Catalog, type Gql } from '../support/nomination-fixtures';
import { englishIn } from '../support/english-identifiers';
import { startTestPlatform, type TestPlatform } from '../support/test-platform';

/**
 * A văn thư takes lists away as Excel or CSV: what the query shows them, with its filters, in
 * Vietnamese; a small list at once, a large one in the background with a notification carrying the link.
 * Up to 3 rows count as small here (EXPORT_INLINE_ROWS), so four nominations go to the background.
 */
let platform: TestPlatform;
let catalog: Catalog;
let city: Gql;
let xuanTang: Gql;
let xuanTangId: string;

const XUAN_TANG_NAMES = ['Nguyễn Thị Hoà', 'Lò Văn Dũng', 'Tổ dân phố số 1, phường "Xuân Tăng"'];
const PHUONG_LAO_CAI_NAME = 'Đặng Thị Thuỷ';
const FILE_FIELDS = 'id kind status progress fileName contentType size sha256 downloadPath error';
const EXPORT_NOMINATIONS = `mutation ($format: ExportFormat!, $filter: NominationFilter) {
  exportNominations(format: $format, filter: $filter) { file { ${FILE_FIELDS} } ${USER_ERROR_FIELDS} } }`;
const EXPORT_ROUND = `mutation ($roundId: ID!, $format: ExportFormat!) {
  exportRoundResults(roundId: $roundId, format: $format) { file { ${FILE_FIELDS} } ${USER_ERROR_FIELDS} } }`;
const FILE = `query ($id: ID!) { generatedFile(id: $id) { ${FILE_FIELDS} } }`;

/** Today in Vietnam as an officer writes it. */
const today = () => {
  const [y, m, d] = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10).split('-');
  return { text: `${d}/${m}/${y}`, utc: new Date(Date.UTC(Number(y), Number(m) - 1, Number(d))) };
};

async function exported(gql: Gql, query: string, variables: Record<string, unknown>) {
  const payload = Object.values(dataOf(await gql(query, variables)))[0] as any;
  expect(payload.userErrors).toEqual([]);
  return payload.file;
}

async function download(username: string, id: string) {
  const token = await platform.tokenFor(username);
  return fetch(platform.url.replace(/\/graphql$/, `/files/${id}`), { headers: { authorization: `Bearer ${token}` } });
}

async function sheetOf(bytes: ArrayBuffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes);
  return workbook.worksheets[0];
}

/** The data rows of an export sheet (row 1 the title, row 2 the headers). */
function dataRows(sheet: ExcelJS.Worksheet): ExcelJS.Row[] {
  const rows: ExcelJS.Row[] = [];
  for (let i = 3; i <= sheet.rowCount; i++) rows.push(sheet.getRow(i));
  return rows;
}

/** RFC 4180 records of a CSV body (quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ',') {
      record.push(field);
      field = '';
    } else if (!quoted && c === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else {
      field += c;
    }
  }
  return records;
}

beforeAll(async () => {
  platform = await startTestPlatform({ env: { EXPORT_INLINE_ROWS: '3' } });
  city = await as(platform, 'laocaicity.reviewer');
  xuanTang = await as(platform, 'xuantang.submitter');
  catalog = await loadCatalog(xuanTang);
  xuanTangId = await unitIdOf(platform, '02656');
  for (const nomineeName of XUAN_TANG_NAMES) await createDraft(xuanTang, catalog, { nomineeName });
  const phuong = await as(platform, 'phuonglaocai.submitter');
  await createDraft(phuong, catalog, { nomineeName: PHUONG_LAO_CAI_NAME });
}, 120_000);

afterAll(() => platform?.stop());

describe('nominations', () => {
  it('come back READY as XLSX with Vietnamese headers, the names with their diacritics and dd/mm/yyyy dates', async () => {
    const file = await exported(city, EXPORT_NOMINATIONS, { format: 'XLSX', filter: { unitId: xuanTangId } });
    expect(file).toMatchObject({ kind: 'EXPORT', status: 'READY', progress: 1, downloadPath: `/files/${file.id}` });
    expect(file.fileName).toMatch(/^danh-sach-de-nghi-\d{8}\.xlsx$/);
    const res = await download('laocaicity.reviewer', file.id);
    expect(res.status).toBe(200);
    const sheet = await sheetOf(await res.arrayBuffer());
    expect(sheet.getCell('A1').value).toBe('Danh sách hồ sơ đề nghị khen thưởng');
    const headers = sheet.getRow(2).values as unknown[];
    expect(headers.slice(1, 5)).toEqual(['STT', 'Tên cá nhân, tập thể, hộ gia đình', 'Đối tượng', 'Đơn vị đề nghị']);
    expect(headers).toContain('Ngày tạo');
    expect(headers.slice(1).every((_, i) => sheet.getRow(2).getCell(i + 1).font?.bold)).toBe(true);
    expect(sheet.getColumn(2).width).toBe(34);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
    expect(sheet.autoFilter).toBeTruthy();
    const created = headers.indexOf('Ngày tạo');
    const rows = dataRows(sheet);
    // Newest first, as the list shows them; the filter keeps Phường Lào Cai's nomination out.
    expect(rows.map((r) => r.getCell(2).value)).toEqual([...XUAN_TANG_NAMES].reverse());
    rows.forEach((row, i) => {
      expect(row.getCell(1).value).toBe(i + 1);
      expect(row.getCell(3).value).toBe('Cá nhân');
      expect(row.getCell(4).value).toBe('Phường Xuân Tăng');
      expect(row.getCell(created).numFmt).toBe('dd/mm/yyyy');
      expect(row.getCell(created).value).toEqual(today().utc);
      expect(row.getCell(headers.indexOf('Trạng thái')).value).toBe('Đang soạn thảo');
    });
  });

  it('come as CSV that starts with the UTF-8 byte-order mark and parses back', async () => {
    const file = await exported(xuanTang, EXPORT_NOMINATIONS, { format: 'CSV' });
    expect(file).toMatchObject({ status: 'READY', contentType: 'text/csv; charset=utf-8' });
    const bytes = Buffer.from(await (await download('xuantang.submitter', file.id)).arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const records = parseCsv(bytes.subarray(3).toString('utf8'));
    expect(records[0].slice(0, 3)).toEqual(['STT', 'Tên cá nhân, tập thể, hộ gia đình', 'Đối tượng']);
    // The commune's submitter sees its own three only; the quoted name with a comma and quotes survives.
    expect(records.slice(1).map((r) => r[1])).toEqual([...XUAN_TANG_NAMES].reverse());
    expect(records[1][records[0].indexOf('Ngày tạo')]).toBe(today().text);
  });

  it('a larger list goes PENDING, then READY with progress 1, and a notification carries the link', async () => {
    const file = await exported(city, EXPORT_NOMINATIONS, { format: 'XLSX' });
    expect(['PENDING', 'RUNNING']).toContain(file.status);
    expect(file.downloadPath).toBeNull();
    let now = file;
    for (let i = 0; i < 120 && now.status !== 'READY' && now.status !== 'FAILED'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      now = dataOf(await city(FILE, { id: file.id })).generatedFile;
    }
    expect(now).toMatchObject({ status: 'READY', progress: 1, error: null, downloadPath: `/files/${file.id}` });
    const sheet = await sheetOf(await (await download('laocaicity.reviewer', file.id)).arrayBuffer());
    const names = dataRows(sheet).map((r) => r.getCell(2).value);
    expect(names).toHaveLength(4);
    expect(names).toEqual(expect.arrayContaining([...XUAN_TANG_NAMES, PHUONG_LAO_CAI_NAME]));
    const notices = dataOf(await city('{ notifications(first: 10) { edges { node { kind titleVi bodyVi } } } }'))
      .notifications.edges.map((e: { node: unknown }) => e.node);
    expect(notices).toContainEqual({
      kind: 'FILE_READY',
      titleVi: 'Tệp kết xuất đã sẵn sàng: Danh sách hồ sơ đề nghị khen thưởng',
      bodyVi: expect.stringContaining(`/files/${file.id}`),
    });
    const notice = notices.find((n: { kind: string }) => n.kind === 'FILE_READY');
    expect(englishIn(`${notice.titleVi} ${notice.bodyVi}`)).toEqual([]);
    const mine = dataOf(await city('{ myExports(first: 10) { totalCount edges { node { id status } } } }')).myExports;
    expect(mine.edges[0].node).toEqual({ id: file.id, status: 'READY' });
    expect(mine.totalCount).toBe(2);
  }, 60_000);

  it('are the requester’s alone: an officer of another unit is refused the download', async () => {
    const file = await exported(city, EXPORT_NOMINATIONS, { format: 'CSV', filter: { unitId: xuanTangId } });
    const res = await download('xuantang.submitter', file.id);
    expect(res.status).toBe(403);
    expect(await res.text()).toContain('FORBIDDEN');
    expect(dataOf(await xuanTang('{ myExports { totalCount } }')).myExports.totalCount).toBe(1);
  });
});

describe('a background export', () => {
  it('reads and writes its rows batch by batch, as the requester sees them', async () => {
    const em = platform.db.orm.em.fork();
    const viewer = (await loadViewer(em, await userIdOf(platform, 'laocaicity.reviewer')))!;
    const written: number[] = [];
    const params = { subject: ExportSubject.NOMINATIONS, format: ExportFormat.CSV, filter: {}, rows: 4 };
    const { bytes, rows } = await writeExport(em, viewer, params, (done) => void written.push(done), 1);
    expect(written).toEqual([1, 2, 3, 4]);
    expect(rows).toBe(4);
    expect(parseCsv(bytes.subarray(3).toString('utf8')).map((r) => r[0])).toEqual(['STT', '1', '2', '3', '4']);
  });
});

describe('a background export that cannot be made', () => {
  it('ends FAILED with the reason when its requester is no longer active', async () => {
    await addUser(platform, 'leaving.reviewer', Role.REVIEWER, '080');
    const leaving = await as(platform, 'leaving.reviewer');
    await platform.stopWorker();
    const file = await exported(leaving, EXPORT_NOMINATIONS, { format: 'CSV' });
    expect(file.status).toBe('PENDING');
    await platform.db.orm.em.fork().nativeUpdate(User, { username: 'leaving.reviewer' }, { active: false });
    await platform.startWorker();
    const em = platform.db.orm.em.fork();
    let stored = await em.findOneOrFail(GeneratedFile, file.id);
    for (let i = 0; i < 120 && stored.status !== 'FAILED'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      stored = await em.findOneOrFail(GeneratedFile, file.id, { refresh: true });
    }
    expect(stored.status).toBe('FAILED');
    expect(stored.error).toContain('no longer active');
    expect(stored.storageKey).toBeNull();
  }, 60_000);
});

describe("a round's results", () => {
  it('list each entry with rank, votes, outcome and certificate number', async () => {
    const em = platform.db.orm.em.fork();
    const nominations = await em.find(Nomination, { unit: xuanTangId }, { orderBy: { nomineeName: 'asc' } });
    const round = em.create(CommendationRound, {
      period: em.getReference(Period, catalog.periodId),
      unit: await em.findOneOrFail(AdminUnit, { code: '10' }),
      status: RoundStatus.ISSUED,
      decisionNumber: '123/QĐ-UBND',
      decisionDate: '2024-12-20',
    });
    nominations.forEach((nomination, i) =>
      em.create(RoundEntry, {
        round,
        nomination,
        rank: i + 1,
        score: 90 - i,
        yesVotes: 9 - i,
        noVotes: 1 + i,
        outcome: i < 2 ? RoundOutcome.AWARDED : RoundOutcome.NOT_AWARDED,
        certificateNumber: i < 2 ? `BK-2024-00${i + 1}` : null,
      }),
    );
    await em.flush();
    const file = await exported(city, EXPORT_ROUND, { roundId: round.id, format: 'XLSX' });
    expect(file.status).toBe('READY');
    const sheet = await sheetOf(await (await download('laocaicity.reviewer', file.id)).arrayBuffer());
    const headers = sheet.getRow(2).values as unknown[];
    const col = (name: string) => headers.indexOf(name);
    const rows = dataRows(sheet).map((r) =>
      ['Xếp hạng', 'Tên cá nhân, tập thể, hộ gia đình', 'Phiếu đồng ý', 'Kết quả', 'Số quyết định', 'Số hiệu bằng khen, giấy khen'].map(
        (name) => r.getCell(col(name)).value,
      ),
    );
    expect(rows).toEqual(
      nominations.map((n, i) => [
        i + 1,
        n.nomineeName,
        9 - i,
        i < 2 ? 'Được khen thưởng' : 'Không được khen thưởng',
        '123/QĐ-UBND',
        i < 2 ? `BK-2024-00${i + 1}` : null,
      ]),
    );
    // A commune of Nghệ An does not see a round of Lào Cai's: refused, as the query shows nothing.
    const other = await as(platform, 'dongvinh.submitter');
    const refused = dataOf(await other(EXPORT_ROUND, { roundId: round.id, format: 'CSV' })).exportRoundResults;
    expect(refused.userErrors[0]).toMatchObject({ code: 'NOT_FOUND', field: 'roundId' });
  });
});

describe('the other lists', () => {
  it('export the inbox, the registry and the monitoring figures with their Vietnamese headers', async () => {
    const admin = await as(platform, 'laocai.admin');
    const provinceId = await unitIdOf(platform, '10');
    const inbox = await exported(xuanTang, 'mutation { exportMyTasks(format: CSV) { file { id status } userErrors { code } } }', {});
    const registry = await exported(admin, `mutation { exportAwardRegistry(format: CSV, filter: { year: 2024 }) { file { id status } userErrors { code } } }`, {});
    const workload = await exported(
      admin,
      `mutation ($unitId: ID!, $periodId: ID!) { exportUnitWorkload(unitId: $unitId, periodId: $periodId, format: XLSX) { file { id status } userErrors { code } } }`,
      { unitId: provinceId, periodId: catalog.periodId },
    );
    const csvHeader = async (username: string, id: string) =>
      parseCsv(Buffer.from(await (await download(username, id)).arrayBuffer()).subarray(3).toString('utf8'))[0];
    expect(await csvHeader('xuantang.submitter', inbox.id)).toEqual(expect.arrayContaining(['Bước xử lý', 'Hạn xử lý']));
    expect(await csvHeader('laocai.admin', registry.id)).toEqual(expect.arrayContaining(['Số quyết định', 'Số vào sổ']));
    const sheet = await sheetOf(await (await download('laocai.admin', workload.id)).arrayBuffer());
    expect(sheet.getRow(2).values).toContain('Việc quá hạn');
    expect(sheet.getCell('B3').value).toBe('Tỉnh Lào Cai (toàn bộ)');
  });
});
