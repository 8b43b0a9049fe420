import { AdminLevel, Role, SuccessionKind } from '../../domain/enums';
import { HA_NOI_COMMUNE_TARGETS } from '../../domain/poverty-plans';
import { AdminUnit } from '../../server/entities/admin-unit.entity';
import { Campaign } from '../../server/entities/campaign.entity';
import { RoleAssignment } from '../../server/entities/role-assignment.entity';
import { UnitSuccession } from '../../server/entities/unit-succession.entity';
import { User } from '../../server/entities/user.entity';
import { POST_REFORM_LIST, PRE_REFORM_LIST } from '../../server/importers/admin-unit.importer';
import type { TestPlatform } from './test-platform';

/**
 * A slice of Hà Nội from the official lists (../shared/data): two wards of Quận Ba Đình, three communes of
 * Huyện Sóc Sơn that the 2025 reform merged whole into Xã Kim Anh (merge mapping: 00382 ← 00382, 00397, 00415).
 */
const BEFORE: [string, string, string, AdminLevel, string | null][] = [
  ['01', 'Thành phố Hà Nội', 'Thành phố Trung ương', AdminLevel.PROVINCE, null],
  ['001', 'Quận Ba Đình', 'Quận', AdminLevel.DISTRICT, '01'],
  ['00004', 'Phường Trúc Bạch', 'Phường', AdminLevel.COMMUNE, '001'],
  ['00013', 'Phường Quán Thánh', 'Phường', AdminLevel.COMMUNE, '001'],
  ['016', 'Huyện Sóc Sơn', 'Huyện', AdminLevel.DISTRICT, '01'],
  ['00382', 'Xã Minh Trí', 'Xã', AdminLevel.COMMUNE, '016'],
  ['00397', 'Xã Minh Phú', 'Xã', AdminLevel.COMMUNE, '016'],
  ['00415', 'Xã Tân Dân', 'Xã', AdminLevel.COMMUNE, '016'],
];
const AFTER: [string, string, string, AdminLevel, string | null][] = [
  ['01', 'Thành phố Hà Nội', 'Thành phố', AdminLevel.PROVINCE, null],
  ['00382', 'Xã Kim Anh', 'Xã', AdminLevel.COMMUNE, '01'],
];

export interface HaNoi {
  campaignId: string;
  /** Unit ids by code, the 2024 list; `kimAnh` and `haNoi2025` from the 2025 list. */
  before: Record<string, string>;
  kimAnh: string;
  haNoi2025: string;
}

export async function seedHaNoi(platform: TestPlatform): Promise<HaNoi> {
  const em = platform.db.orm.em.fork();
  const place = (rows: typeof BEFORE, list: { validFrom: string; validTo: string | null }) => {
    const units = new Map<string, AdminUnit>();
    for (const [code, name, type, level, parentCode] of rows) {
      const parent = parentCode ? units.get(parentCode) : undefined;
      const unit = em.create(AdminUnit, { code, name, type, level, parent, path: '', ...list });
      unit.path = `${parent?.path ?? '/'}${unit.id}/`;
      units.set(code, unit);
    }
    return units;
  };
  const before = place(BEFORE, PRE_REFORM_LIST);
  const after = place(AFTER, POST_REFORM_LIST);
  for (const code of ['00382', '00397', '00415'])
    em.create(UnitSuccession, {
      predecessor: before.get(code)!,
      successor: after.get('00382')!,
      kind: SuccessionKind.FULL,
      effectiveOn: POST_REFORM_LIST.validFrom,
    });
  const user = (username: string, roles: [Role, AdminUnit][]) => {
    const u = em.create(User, { username, fullName: `Cán bộ ${username}` });
    for (const [role, unit] of roles) em.create(RoleAssignment, { user: u, role, unit });
  };
  user('hanoi.admin', [
    [Role.ADMIN, before.get('01')!],
    [Role.ADMIN, after.get('01')!],
  ]);
  user('minhtri.submitter', [[Role.SUBMITTER, before.get('00382')!]]);
  user('trucbach.observer', [[Role.OBSERVER, before.get('00004')!]]);
  const campaign = em.create(Campaign, {
    code: 'VI_NGUOI_NGHEO_HA_NOI',
    name: 'Vì người nghèo - Không để ai bị bỏ lại phía sau',
    startYear: 2022,
    endYear: 2025,
    issuingUnit: before.get('01')!,
  });
  await em.flush();
  return {
    campaignId: campaign.id,
    before: Object.fromEntries([...before].map(([code, u]) => [code, u.id])),
    kimAnh: after.get('00382')!.id,
    haNoi2025: after.get('01')!.id,
  };
}

export const ATTACH = `mutation ($campaignId: ID!, $input: PovertyTargetInput!) { attachPovertyTarget(campaignId: $campaignId, input: $input) {
  target { id kind baseYear targetYear untilYear reductionPercent maxRatePercent strict unitTypes planText } userErrors { code field message messageVi } } }`;

/** Hà Nội's three commune-level targets as the attach mutation takes them. */
export const HA_NOI_INPUTS = HA_NOI_COMMUNE_TARGETS.map((t) => ({
  kind: t.kind,
  baseYear: t.baseYear,
  targetYear: t.targetYear,
  untilYear: t.untilYear,
  maxRatePercent: t.maxRatePercent,
  reductionPercent: t.reductionPercent,
  strict: t.strict,
  unitTypes: t.unitTypes,
  planText: t.planText,
}));

export const RECORD = `mutation ($input: RecordPovertyCountInput!) { recordPovertyCount(input: $input) {
  count { id year households poorHouseholds nearPoorHouseholds ethnicMinorityPoorHouseholds source unit { code } }
  userErrors { code field message messageVi } } }`;

export const PROGRESS = `query ($campaignId: ID!, $unitId: ID!, $year: Int!) { povertyProgress(campaignId: $campaignId, unitId: $unitId, year: $year) {
  unit { code name } year households poorHouseholds rate fromPredecessors status
  targets { status measure comparedYear base current required baseFromPredecessors target { kind targetYear } } } }`;
