import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { AdminUnit } from '../../server/entities/admin-unit.entity';
import { UnitSuccession } from '../../server/entities/unit-succession.entity';
import { CsvRefusedError } from '../../server/importers/admin-unit-csv';
import { importUnitList, POST_REFORM_LIST, PRE_REFORM_LIST } from '../../server/importers/admin-unit.importer';
import { importMergeMapping } from '../../server/importers/unit-merge.importer';
import { DEMO_UNITS, DEMO_UNITS_VALID_FROM, DEMO_UNITS_VALID_TO } from '../../server/seeds/demo-data';
import { createTestDatabase, type TestDatabase } from '../support/test-database';

/** The official national lists (never committed): ../shared/data next to the checkout. */
const DATA = resolve(__dirname, '..', '..', '..', 'shared', 'data');
const FILES = { before: join(DATA, 'admin-units-2024.csv'), after: join(DATA, 'admin-units-2025.csv'), merges: join(DATA, 'admin-units-merges-2025.csv') };
const hasData = Object.values(FILES).every((f) => existsSync(f));
if (!hasData) console.warn(`Skipping the administrative-unit import tests: ${DATA} with the official CSV lists is absent.`);
const describeWithData = hasData ? describe : describe.skip;

let db: TestDatabase;
let scratch: string;
const timings: string[] = [];

async function timed<T>(label: string, work: () => Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await work();
  timings.push(`${label}: ${((performance.now() - started) / 1000).toFixed(2)} s`);
  return result;
}

const em = () => db.orm.em.fork();
const importBefore = () => importUnitList(em(), { file: FILES.before, ...PRE_REFORM_LIST });
const importAfter = () => importUnitList(em(), { file: FILES.after, ...POST_REFORM_LIST });
const importMerges = () => importMergeMapping(em(), { file: FILES.merges, effectiveOn: '2025-07-01' });

async function levelCounts(validFrom: string) {
  const rows: { level: string; n: string }[] = await em().execute(
    `select level, count(*) as n from admin_unit where valid_from = ? and kind = 'ADMINISTRATIVE' group by level`,
    [validFrom],
  );
  return Object.fromEntries(rows.map((r) => [r.level, Number(r.n)]));
}

function csv(name: string, lines: string[]): string {
  const file = join(scratch, name);
  writeFileSync(file, `${lines.join('\r\n')}\r\n`);
  return file;
}

beforeAll(async () => {
  scratch = mkdtempSync(join(tmpdir(), 'thidua-units-'));
  db = await createTestDatabase();
});
afterAll(async () => {
  if (timings.length) console.log(`import timings\n  ${timings.join('\n  ')}`);
  rmSync(scratch, { recursive: true, force: true });
  await db?.drop();
});

describeWithData('the official lists across the 2025 reform', () => {
  let seededXuanTang: AdminUnit;
  let first: Awaited<ReturnType<typeof importBefore>>;
  let merges: Awaited<ReturnType<typeof importMerges>>;

  beforeAll(async () => {
    seededXuanTang = await em().findOneOrFail(AdminUnit, { code: '02656', validFrom: DEMO_UNITS_VALID_FROM });
    first = await timed('three-tier list (10 806 rows)', importBefore);
    await timed('two-tier list (3 355 rows)', importAfter);
    merges = await timed('merge mapping (10 604 rows)', importMerges);
  });

  it('loads 63 provinces, 696 districts, 10 047 communes before and 34 provinces, 3 321 communes after', async () => {
    expect(await levelCounts(PRE_REFORM_LIST.validFrom)).toEqual({ PROVINCE: 63, DISTRICT: 696, COMMUNE: 10047 });
    expect(await levelCounts(POST_REFORM_LIST.validFrom)).toEqual({ PROVINCE: 34, COMMUNE: 3321 });
  });

  it('reuses the demo units: the seed and the importer date the three-tier list alike', async () => {
    expect([DEMO_UNITS_VALID_FROM, DEMO_UNITS_VALID_TO]).toEqual([PRE_REFORM_LIST.validFrom, PRE_REFORM_LIST.validTo]);
    expect(first.created).toBe(10806 - DEMO_UNITS.length);
    const xuanTang = await em().find(AdminUnit, { code: '02656' });
    expect(xuanTang.map((u) => u.id)).toEqual([seededXuanTang.id]);
    expect(xuanTang[0].path).toBe(seededXuanTang.path);
  });

  it('re-importing the same files creates nothing and changes nothing', async () => {
    const units = await em().count(AdminUnit, {});
    const successions = await em().count(UnitSuccession, {});
    expect(await timed('three-tier list again', importBefore)).toMatchObject({ created: 0, updated: 0, unchanged: 10806 });
    expect(await importAfter()).toMatchObject({ created: 0, updated: 0, unchanged: 3355 });
    expect(await timed('merge mapping again', importMerges)).toMatchObject({ created: 0, updated: 0, closed: 0 });
    expect([await em().count(AdminUnit, {}), await em().count(UnitSuccession, {})]).toEqual([units, successions]);
  });

  it('Phường Xuân Tăng (02656) is succeeded by Phường Cam Đường (02671) of Tỉnh Lào Cai (15)', async () => {
    const rows = await em().find(UnitSuccession, { predecessor: seededXuanTang.id }, { populate: ['successor.parent'] });
    expect(rows.map((r) => [r.kind, r.effectiveOn, r.successor.code, r.successor.name, r.successor.validFrom])).toEqual([
      ['FULL', '2025-07-01', '02671', 'Phường Cam Đường', '2025-07-01'],
    ]);
    expect([rows[0].successor.parent!.code, rows[0].successor.parent!.name]).toEqual(['15', 'Tỉnh Lào Cai']);
    expect(rows[0].successor.path).toBe(`/${rows[0].successor.parent!.id}/${rows[0].successor.id}/`);
  });

  it('gives every dissolved unit a successor: old districts and provinces go to a new province', async () => {
    expect(merges).toMatchObject({ rows: 10604, withoutSuccessor: [] });
    expect(merges.derivedProvinces).toBe(63);
    expect(merges.derivedDistricts).toBe(696 - 5);
    const upper = await em().find(
      UnitSuccession,
      { predecessor: { code: { $in: ['10', '080'] }, validFrom: PRE_REFORM_LIST.validFrom } },
      { populate: ['predecessor', 'successor'] },
    );
    expect(upper.map((r) => [r.predecessor.code, r.successor.code, r.successor.level, r.kind]).sort()).toEqual([
      ['080', '15', 'PROVINCE', 'FULL'],
      ['10', '15', 'PROVINCE', 'FULL'],
    ]);
  });

  it('an island district maps to its special zone', async () => {
    const rows = await em().find(UnitSuccession, { predecessor: { code: '755', validFrom: PRE_REFORM_LIST.validFrom } }, { populate: ['successor'] });
    expect(rows.map((r) => [r.successor.code, r.successor.type])).toEqual([['26732', 'Đặc khu']]);
  });
});

describe('refusing malformed files', () => {
  it('names the line of every problem and writes nothing', async () => {
    const file = csv('bad.csv', [
      'code,name,type,level,parent_code',
      '01,Tỉnh Thử,Tỉnh,PROVINCE,',
      '001,Huyện Thử,Huyện,TOWN,01',
      '00001,Xã Một,Xã,COMMUNE,002',
      '01,Tỉnh Lặp,Tỉnh,PROVINCE,',
      '00002,Xã Hai,Xã,COMMUNE',
    ]);
    const before = await em().count(AdminUnit, {});
    const refusal = await importUnitList(em(), { file, validFrom: '2030-01-01' }).catch((e: unknown) => e);
    expect(refusal).toBeInstanceOf(CsvRefusedError);
    expect((refusal as CsvRefusedError).problems.map((p) => p.line)).toEqual([3, 4, 5, 6]);
    expect((refusal as Error).message).toContain('line 3: level "TOWN" is not one of PROVINCE, DISTRICT, COMMUNE');
    expect((refusal as Error).message).toContain('line 4: parent_code 002 is not in the file');
    expect((refusal as Error).message).toContain('line 5: duplicate code 01 (first on line 2)');
    expect((refusal as Error).message).toContain('line 6: expected 5 fields, got 4');
    expect(await em().count(AdminUnit, {})).toBe(before);
  });

  it('refuses a file with another header on line 1', async () => {
    const file = csv('header.csv', ['ma,ten,loai,cap,ma_cha', '01,Tỉnh Thử,Tỉnh,PROVINCE,']);
    await expect(importUnitList(em(), { file, validFrom: '2030-01-01' })).rejects.toThrow(
      'line 1: header must be "code,name,type,level,parent_code"',
    );
  });

  it('accepts a parent later in the file, and a re-import with a new name updates in place', async () => {
    const lines = ['code,name,type,level,parent_code', '00001,Xã Một,Xã,COMMUNE,01', '01,Tỉnh Thử,Tỉnh,PROVINCE,'];
    const once = await importUnitList(em(), { file: csv('late-parent.csv', lines), validFrom: '2031-01-01' });
    expect(once).toMatchObject({ created: 2, updated: 0, unchanged: 0 });
    lines[1] = '00001, Xã  Một Mới ,Xã,COMMUNE,01';
    const again = await importUnitList(em(), { file: csv('late-parent.csv', lines), validFrom: '2031-01-01' });
    expect(again).toMatchObject({ created: 0, updated: 1, unchanged: 1 });
    const commune = await em().findOneOrFail(AdminUnit, { code: '00001', validFrom: '2031-01-01' }, { populate: ['parent'] });
    expect([commune.name, commune.parent!.code, commune.path]).toEqual(['Xã Một Mới', '01', `/${commune.parent!.id}/${commune.id}/`]);
  });

  it('refuses a merge mapping whose codes are not in the lists, naming the line', async () => {
    const file = csv('merges.csv', ['new_code,old_code,old_name,merge', '00001,99999,Xã Không Có,full', '00001,00002,Xã Hai,sometimes']);
    const refusal = await importMergeMapping(em(), { file, effectiveOn: '2031-01-01' }).catch((e: unknown) => e);
    expect((refusal as Error).message).toContain('line 3: merge "sometimes" is not full or partial');
    const unknown = csv('merges-unknown.csv', ['new_code,old_code,old_name,merge', '00001,99999,Xã Không Có,full']);
    await expect(importMergeMapping(em(), { file: unknown, effectiveOn: '2031-01-01' })).rejects.toThrow(
      'line 2: old_code 99999 is not a unit in force on 2030-12-31',
    );
  });
});
