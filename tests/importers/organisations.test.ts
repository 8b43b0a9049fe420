import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AdminLevel } from '../../domain/enums';
import { AdminUnit } from '../../server/entities/admin-unit.entity';
import { UnitSuccession } from '../../server/entities/unit-succession.entity';
import { CsvRefusedError } from '../../server/importers/admin-unit-csv';
import { importUnitList, type ImportProgress } from '../../server/importers/admin-unit.importer';
import { importOrganisationList } from '../../server/importers/organisation.importer';
import { parseUnitKind } from '../../server/importers/organisation-csv';
import { ancestorAtLevel } from '../../server/store/unit-tree';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

/**
 * Nominating organisations (sở, Mặt trận, cụm thi đua, enterprises) loaded from CSV onto a small tree of
 * our own: a three-tier list in force in 2040 and a two-tier list from 2041, so the demo data stays apart.
 */
let db: TestDatabase;
let scratch: string;
const em = () => db.orm.em.fork();
const OLD = { validFrom: '2040-01-01', validTo: '2040-12-31' };
const NEW = { validFrom: '2041-01-01', validTo: null };

function csv(name: string, lines: string[]): string {
  const file = join(scratch, name);
  writeFileSync(file, `\uFEFF${lines.join('\r\n')}\r\n`);
  return file;
}

const HEADER = 'code,name,kind,parent_code';
const ORGANISATIONS = [
  HEADER,
  'SYT-01,Sở Y tế tỉnh Thử,AGENCY,01',
  'MTTQ-01,Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Thử,Mặt trận,01',
  'CTD1-01,Cụm thi đua số 1 tỉnh Thử,Cụm thi đua,01',
  'HTX-00001,Hợp tác xã Nông nghiệp Xã Một,"doanh nghiệp, hợp tác xã",00001',
  'PN-001,Hội Liên hiệp Phụ nữ huyện Thử,hội,001',
];
const unit = (code: string, validFrom: string) => em().findOneOrFail(AdminUnit, { code, validFrom });
const refusalOf = (work: Promise<unknown>) => work.then(() => null, (e: unknown) => e as CsvRefusedError);

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'thidua-organisations-'));
  db = await createTestDatabase({ seed: false });
  const three = ['code,name,type,level,parent_code', '01,Tỉnh Thử,Tỉnh,PROVINCE,', '001,Huyện Thử,Huyện,DISTRICT,01', '00001,Xã Một,Xã,COMMUNE,001'];
  await importUnitList(em(), { file: csv('old.csv', three), ...OLD });
  const two = ['code,name,type,level,parent_code', '01,Tỉnh Thử,Tỉnh,PROVINCE,', '00011,Xã Mới,Xã,COMMUNE,01'];
  await importUnitList(em(), { file: csv('new.csv', two), ...NEW });
});
afterAll(async () => {
  rmSync(scratch, { recursive: true, force: true });
  await db?.drop();
});

describe('importing nominating organisations', () => {
  it('attaches each to the unit in force on the day: its level, path and list version are the parent’s', async () => {
    const progress: ImportProgress[] = [];
    const result = await importOrganisationList(em(), { file: csv('orgs.csv', ORGANISATIONS), on: '2040-06-01', onProgress: (p) => progress.push(p) });
    expect(result).toEqual({
      rows: 5, created: 5, updated: 0, unchanged: 0, notInFile: 0, successions: 0,
      byKind: { AGENCY: 1, ORGANISATION: 2, EMULATION_CLUSTER: 1, ENTERPRISE: 1 },
    });
    expect(progress).toContainEqual({ step: 'write', done: 5, total: 5 });
    const province = await unit('01', OLD.validFrom);
    const soYTe = await em().findOneOrFail(AdminUnit, { code: 'SYT-01' }, { populate: ['parent'] });
    expect([soYTe.kind, soYTe.type, soYTe.level, soYTe.parent!.id, soYTe.validFrom, soYTe.validTo]).toEqual(
      ['AGENCY', 'cơ quan, sở, ban, ngành', 'PROVINCE', province.id, OLD.validFrom, OLD.validTo],
    );
    // The province's officers see the Sở's nominations: subtree checks are path prefixes.
    expect(soYTe.path).toBe(`${province.path}${soYTe.id}/`);
    const htx = await em().findOneOrFail(AdminUnit, { code: 'HTX-00001' });
    expect([htx.kind, htx.level, htx.path.startsWith((await unit('00001', OLD.validFrom)).path)]).toEqual(['ENTERPRISE', 'COMMUNE', true]);
  });

  it('a second run changes nothing and says so; a new name updates in place', async () => {
    const before = await em().count(AdminUnit, {});
    const again = await importOrganisationList(em(), { file: csv('orgs.csv', ORGANISATIONS), on: '2040-06-01' });
    expect(again).toMatchObject({ rows: 5, created: 0, updated: 0, unchanged: 5, successions: 0 });
    const renamed = [...ORGANISATIONS];
    renamed[1] = 'SYT-01, Sở  Y tế tỉnh Thử (mới) ,sở,01';
    const third = await importOrganisationList(em(), { file: csv('renamed.csv', renamed), on: '2040-06-01' });
    expect(third).toMatchObject({ created: 0, updated: 1, unchanged: 4 });
    expect((await em().findOneOrFail(AdminUnit, { code: 'SYT-01', validFrom: OLD.validFrom })).name).toBe('Sở Y tế tỉnh Thử (mới)');
    expect(await em().count(AdminUnit, {})).toBe(before);
  });

  it('takes the kind as the enum value or the Vietnamese word, in any case', () => {
    expect(['AGENCY', 'agency', 'Sở', 'SỞ, BAN, NGÀNH', 'cơ quan, sở, ban, ngành'].map(parseUnitKind)).toEqual(Array(5).fill('AGENCY'));
    expect(['Mặt trận', 'đoàn thể', 'ORGANISATION'].map(parseUnitKind)).toEqual(Array(3).fill('ORGANISATION'));
    expect(['Hợp tác xã', 'doanh nghiệp', 'ENTERPRISE'].map(parseUnitKind)).toEqual(Array(3).fill('ENTERPRISE'));
    expect(['khối thi đua', 'Cụm', 'EMULATION_CLUSTER'].map(parseUnitKind)).toEqual(Array(3).fill('EMULATION_CLUSTER'));
    expect(['ADMINISTRATIVE', 'phường', ''].map(parseUnitKind)).toEqual([null, null, null]);
  });

  it('refuses a file with bad rows, naming each line, and writes nothing', async () => {
    const before = await em().count(AdminUnit, {});
    const file = csv('bad.csv', [
      HEADER,
      '12345,Sở Số,AGENCY,01',
      'SYT-02,Sở Hai,ADMINISTRATIVE,01',
      'MTTQ-02,,phường,01',
      'CTD-02,Cụm Hai,cụm,abc',
      'SYT-01,Sở Lặp,AGENCY,01',
      'SYT-01,Sở Lặp lại,AGENCY,01',
      'DN-02,Doanh nghiệp Hai,doanh nghiệp',
    ]);
    const refusal = await refusalOf(importOrganisationList(em(), { file, on: '2040-06-01' }));
    expect(refusal).toBeInstanceOf(CsvRefusedError);
    expect(refusal!.problems.map((p) => p.line)).toEqual([2, 3, 4, 4, 5, 7, 8]);
    expect(refusal!.message).toContain('line 2: code "12345" is all digits: GSO codes are, so an organisation\'s code needs a letter');
    expect(refusal!.message).toContain('line 3: kind "ADMINISTRATIVE" is not AGENCY (sở, ban, ngành), ORGANISATION');
    expect(refusal!.message).toContain('line 4: name is empty');
    expect(refusal!.message).toContain('line 5: parent_code "abc" is not the GSO code (1–10 digits) of a unit');
    expect(refusal!.message).toContain('line 7: duplicate code SYT-01 (first on line 6)');
    expect(refusal!.message).toContain('line 8: expected 4 fields, got 3');
    expect(await em().count(AdminUnit, {})).toBe(before);
  });

  it('refuses a parent code that is no administrative unit in force on the day (unknown, or of another list)', async () => {
    const file = csv('unknown-parent.csv', [HEADER, 'SYT-01,Sở Y tế tỉnh Thử,AGENCY,01', 'DN-09,Doanh nghiệp Chín,ENTERPRISE,99999', 'DN-11,Doanh nghiệp Mới,ENTERPRISE,00011']);
    const refusal = await refusalOf(importOrganisationList(em(), { file, on: '2040-06-01' }));
    expect(refusal!.problems).toEqual([
      { line: 3, message: 'parent_code 99999 is not an administrative unit in force on 2040-06-01' },
      { line: 4, message: 'parent_code 00011 is not an administrative unit in force on 2040-06-01' },
    ]);
  });

  it('refuses another header', async () => {
    await expect(importOrganisationList(em(), { file: csv('header.csv', ['ma,ten,loai,ma_cha', 'SYT-01,Sở,AGENCY,01']), on: '2040-06-01' })).rejects.toThrow(
      'line 1: header must be "code,name,kind,parent_code"',
    );
  });

  it('listed again in the next version, an organisation succeeds its old row (once)', async () => {
    const file = csv('next.csv', [HEADER, 'SYT-01,Sở Y tế tỉnh Thử,AGENCY,01', 'HTX-00001,Hợp tác xã Nông nghiệp Xã Một,ENTERPRISE,00011']);
    const first = await importOrganisationList(em(), { file, on: '2041-03-01' });
    expect(first).toMatchObject({ created: 2, successions: 2 });
    expect(await importOrganisationList(em(), { file, on: '2041-03-01' })).toMatchObject({ created: 0, updated: 0, unchanged: 2, successions: 0 });
    const rows = await em().find(UnitSuccession, { predecessor: { code: 'SYT-01', validFrom: OLD.validFrom } }, { populate: ['successor'] });
    expect(rows.map((r) => [r.kind, r.effectiveOn, r.successor.code, r.successor.validFrom])).toEqual([['FULL', NEW.validFrom, 'SYT-01', NEW.validFrom]]);
  });
});

describe('which unit takes a stage (ancestorAtLevel)', () => {
  const at = async (code: string, validFrom: string, level: AdminLevel) =>
    (await ancestorAtLevel(em(), await unit(code, validFrom), level))?.code ?? null;

  it('never an organisation: its stages go to the administrative units above it', async () => {
    expect(await at('SYT-01', OLD.validFrom, AdminLevel.PROVINCE)).toBe('01');
    expect(await at('HTX-00001', OLD.validFrom, AdminLevel.COMMUNE)).toBe('00001');
    expect(await at('HTX-00001', OLD.validFrom, AdminLevel.DISTRICT)).toBe('001');
    expect(await at('PN-001', OLD.validFrom, AdminLevel.DISTRICT)).toBe('001');
  });

  it('in the two-tier tree a DISTRICT stage goes to the commune (Decree 129/2025), never to the province', async () => {
    expect(await at('00011', NEW.validFrom, AdminLevel.DISTRICT)).toBe('00011');
    expect(await at('HTX-00001', NEW.validFrom, AdminLevel.DISTRICT)).toBe('00011');
    expect(await at('SYT-01', NEW.validFrom, AdminLevel.DISTRICT)).toBeNull();
    expect(await at('00011', NEW.validFrom, AdminLevel.PROVINCE)).toBe('01');
    expect(await at('01', NEW.validFrom, AdminLevel.COMMUNE)).toBeNull();
  });
});
