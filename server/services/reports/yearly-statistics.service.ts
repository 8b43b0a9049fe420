import type { EntityManager } from '@mikro-orm/postgresql';
import { AwardLevel, NomineeKind } from '../../../domain/enums';
import { CommendationKind } from '../../../domain/registry-enums';
import { refusal, yearlyReportMessages as M } from '../../../domain/messages';
import { assertCanRead } from '../../auth/access';
import type { Viewer } from '../../auth/viewer';
import { AdminUnit } from '../../entities/admin-unit.entity';
import { AwardType } from '../../entities/award-type.entity';
import { findOrRefuse } from '../../store/load';

/** One line of the statistics: a count per award column (aligned with `awards`) and their sum. */
export interface StatisticsRow {
  key: string;
  label: string;
  total: number;
  counts: number[];
}

export interface YearlyStatistics {
  unit: AdminUnit;
  year: number;
  /** The columns: every award of the catalogue, national first, as the forms 0602.N and 0603.N order them. */
  awards: AwardType[];
  total: StatisticsRow;
  /** Tập thể, Hộ gia đình, Cá nhân (rows 02–04 of the form). */
  byNomineeKind: StatisticsRow[];
  /** Phương thức khen thưởng: thường xuyên, chuyên đề, đột xuất, cống hiến, niên hạn. */
  byCommendationKind: StatisticsRow[];
  byMovement: StatisticsRow[];
  /** The unit's own proposals first, then each direct subordinate unit with everything below it, by code. */
  byUnit: StatisticsRow[];
  /** Awards per subordinate unit (row key of `byUnit`) and movement, for the chart. */
  byUnitAndMovement: { unitKey: string; movement: string; count: number }[];
}

export const NOMINEE_KIND_ROWS: { kind: NomineeKind; label: string; measure: string }[] = [
  { kind: NomineeKind.COLLECTIVE, label: 'Tập thể', measure: 'Tập thể' },
  { kind: NomineeKind.HOUSEHOLD, label: 'Hộ gia đình', measure: 'Hộ' },
  { kind: NomineeKind.INDIVIDUAL, label: 'Cá nhân', measure: 'Người' },
];

/** "Công trạng" is what the form calls thường xuyên (yearly, for a year's or a term's work). */
export const COMMENDATION_KIND_ROWS: { kind: CommendationKind; label: string }[] = [
  { kind: CommendationKind.CONG_TRANG, label: 'Thường xuyên' },
  { kind: CommendationKind.CHUYEN_DE, label: 'Chuyên đề' },
  { kind: CommendationKind.DOT_XUAT, label: 'Đột xuất' },
  { kind: CommendationKind.CONG_HIEN, label: 'Cống hiến' },
  { kind: CommendationKind.NIEN_HAN, label: 'Niên hạn' },
];

const LEVEL_ORDER = [
  AwardLevel.NATIONAL,
  AwardLevel.PROVINCE,
  AwardLevel.DISTRICT,
  AwardLevel.COMMUNE,
  AwardLevel.AGENCY,
];
export const YEAR_RANGE = { min: 2000, max: 2100 };
const NO_MOVEMENT = 'Không gắn với phong trào cụ thể';

interface Group {
  award_id: string;
  nominee_kind: NomineeKind;
  commendation_kind: CommendationKind;
  movement: string | null;
  unit_path: string;
  n: string;
}

export function assertReportYear(year: number): void {
  if (!Number.isInteger(year) || year < YEAR_RANGE.min || year > YEAR_RANGE.max)
    throw refusal(M.yearOutOfRange, { year, ...YEAR_RANGE }, 'year');
}

/**
 * The awards of a year (the year of the achievement) proposed by a unit or any unit below it, counted per award,
 * nominee kind, commendation kind, movement and subordinate unit. Revoked awards are not counted: they no longer
 * stand. Whoever may read the unit may read its statistics.
 */
export async function yearlyStatistics(
  em: EntityManager,
  viewer: Viewer,
  unitId: string,
  year: number,
): Promise<YearlyStatistics> {
  assertReportYear(year);
  const unit = await findOrRefuse(em, AdminUnit, unitId, 'unitId', ['parent']);
  assertCanRead(viewer, unit.path);
  const awards = (await em.find(AwardType, {})).sort(
    (a, b) =>
      LEVEL_ORDER.indexOf(a.grantingLevel) - LEVEL_ORDER.indexOf(b.grantingLevel) ||
      a.kind.localeCompare(b.kind) ||
      a.code.localeCompare(b.code),
  );
  const column = new Map(awards.map((a, i) => [a.id, i]));
  // Few groups however many records: one row per distinct combination, counted by PostgreSQL.
  const groups: Group[] = await em.getConnection().execute(
    `select r.award_id, n.kind as nominee_kind, r.commendation_kind, coalesce(m.name, r.movement_name) as movement,
            u.path as unit_path, count(*) as n
       from award_record r
       join nominee n on n.id = r.nominee_id
       join admin_unit u on u.id = r.unit_id
       left join movement m on m.id = r.movement_id
      where r.year = ? and r.revoked_at is null and u.path like ?
      group by 1, 2, 3, 4, 5`,
    [year, `${unit.path}%`],
  );
  const children = (await em.find(AdminUnit, { parent: unit }, { orderBy: { code: 'asc' } })).filter(
    // Units that existed in the year (a district abolished in 2025 still reports 2024), or that have awards.
    (c) =>
      (c.validFrom <= `${year}-12-31` && (!c.validTo || c.validTo >= `${year}-01-01`)) ||
      groups.some((g) => g.unit_path.startsWith(c.path)),
  );

  const rows = new Map<string, StatisticsRow>();
  const row = (key: string, label: string) => {
    let found = rows.get(key);
    if (!found) rows.set(key, (found = { key, label, total: 0, counts: awards.map(() => 0) }));
    return found;
  };
  const total = row('TOTAL', 'Tổng số');
  NOMINEE_KIND_ROWS.forEach((k) => row(`KIND:${k.kind}`, k.label));
  COMMENDATION_KIND_ROWS.forEach((k) => row(`METHOD:${k.kind}`, k.label));
  const own = row(`UNIT:${unit.id}`, `${unit.name} (đơn vị trực tiếp đề nghị)`);
  children.forEach((c) => row(`UNIT:${c.id}`, c.name));

  const cross = new Map<string, { unitKey: string; movement: string; count: number }>();
  for (const g of groups) {
    const i = column.get(g.award_id);
    if (i === undefined) continue;
    const count = Number(g.n);
    const child = children.find((c) => g.unit_path.startsWith(c.path));
    const movement = g.movement?.trim() || NO_MOVEMENT;
    const unitKey = child ? `UNIT:${child.id}` : own.key;
    const pair = cross.get(`${unitKey}|${movement}`) ?? { unitKey, movement, count: 0 };
    cross.set(`${unitKey}|${movement}`, { ...pair, count: pair.count + count });
    for (const target of [
      total,
      row(`KIND:${g.nominee_kind}`, g.nominee_kind),
      row(`METHOD:${g.commendation_kind}`, g.commendation_kind),
      row(`MOVEMENT:${movement}`, movement),
      child ? row(`UNIT:${child.id}`, child.name) : own,
    ]) {
      target.counts[i] += count;
      target.total += count;
    }
  }
  const pick = (prefix: string) => [...rows.values()].filter((r) => r.key.startsWith(prefix));
  const byMovement = pick('MOVEMENT:').sort(
    (a, b) => Number(a.label === NO_MOVEMENT) - Number(b.label === NO_MOVEMENT) || a.label.localeCompare(b.label, 'vi'),
  );
  return {
    unit,
    year,
    awards,
    total,
    byNomineeKind: pick('KIND:'),
    byCommendationKind: pick('METHOD:'),
    byMovement,
    byUnit: pick('UNIT:').filter((r) => r !== own || r.total > 0 || !children.length),
    byUnitAndMovement: [...cross.values()],
  };
}
