import { readFileSync, existsSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { DomainError } from '../../domain/error-codes';
import { vietnamToday } from '../auth/viewer';
import { AdminUnit } from '../entities/admin-unit.entity';
import { readRegistryFile, registryFormatOf } from '../importers/award-registry-file';
import { importAwardRegistry } from '../importers/award-registry.importer';
import { runWithDatabase } from './run-with-database';

/**
 * `npm run import:awards -- FILE --unit CODE [--dry-run]`: enters the register of awards a unit kept
 * before the platform (sổ theo dõi khen thưởng, CSV or the first sheet of an XLSX) in its award
 * registry. Rows that cannot be matched are listed with the reason and the rest are imported; a re-run
 * imports nothing. --dry-run reports the same and writes nothing.
 */
const USAGE = `Usage: import-awards FILE --unit CODE [--dry-run]
  FILE        .csv (UTF-8) or .xlsx; a header row with Họ và tên (or Tên tập thể), Đơn vị, Hình thức khen thưởng,
              Năm, Số quyết định, Ngày quyết định, Người ký (or Cấp khen thưởng); optional Ngày sinh, Số CCCD,
              Loại đối tượng, Phong trào, Loại khen thưởng, Số vào sổ
  --unit CODE the importing unit (GSO code, e.g. 10 for Tỉnh Lào Cai): every row's Đơn vị is within it
  --dry-run   check every row and report, writing nothing`;

function parseCommandLine() {
  try {
    return parseArgs({
      options: {
        unit: { type: 'string' },
        'dry-run': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      allowPositionals: true,
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    return process.exit(1);
  }
}

const { values, positionals } = parseCommandLine();
if (values.help || positionals.length !== 1 || !values.unit) {
  console.log(USAGE);
  process.exit(values.help ? 0 : 1);
}
const [file] = positionals;
const unitCode = values.unit;
const dryRun = values['dry-run'] ?? false;
const format = registryFormatOf(file);
if (!existsSync(file) || !format) {
  console.error(existsSync(file) ? `Không đọc được ${file}: chỉ nhận tệp .csv hoặc .xlsx.` : `Không thấy tệp ${file}.`);
  process.exit(1);
}

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

runWithDatabase(async (orm) => {
  const started = performance.now();
  const em = orm.em.fork();
  const today = vietnamToday();
  // A code recurs across list versions: the one in force today, else the latest.
  const [unit] = await em
    .find(AdminUnit, { code: unitCode }, { orderBy: { validFrom: 'desc' } })
    .then((units) => [...units].sort((a, b) => Number(inForce(b, today)) - Number(inForce(a, today))));
  if (!unit) throw new Error(`Không có đơn vị mã ${unitCode}.`);
  let sheet;
  try {
    sheet = await readRegistryFile(readFileSync(file), format, basename(file));
  } catch (error) {
    if (error instanceof DomainError) throw new Error(`${basename(file)}: ${error.error.messageVi}`);
    throw error;
  }
  console.log(
    `sổ khen thưởng ${basename(file)} → ${unit.name} (${unit.code}, danh sách từ ${unit.validFrom})` +
      `${dryRun ? ', chạy thử: không ghi gì' : ''}: ${sheet.rows.length} dòng…`,
  );
  const report = await importAwardRegistry(em, {
    unitId: unit.id,
    rows: sheet.rows,
    collectiveNames: sheet.collectiveNames,
    dryRun,
    actor: null,
    fileName: basename(file),
    onProgress: ({ done, total }) => console.log(`  ${dryRun ? 'đã kiểm tra' : 'đã xử lý'} ${done}/${total} dòng`),
  });
  for (const u of report.unmatched) console.log(`  dòng ${u.row}: ${u.reasonVi}`);
  console.log(
    `${report.rows} dòng: ${report.imported} ${dryRun ? 'sẽ nhập' : 'đã nhập'}, ${report.unchanged} đã có trong sổ, ` +
      `${report.unmatched.length} không nhập được, trong ${seconds(started)}`,
  );
  if (report.rows > 0 && report.imported + report.unchanged === 0) process.exitCode = 1;
});

function inForce(unit: AdminUnit, day: string): boolean {
  return unit.validFrom <= day && (!unit.validTo || unit.validTo >= day);
}
