import type { EntityManager } from '@mikro-orm/postgresql';
import { AwardKind, AwardLevel, NomineeKind } from '../../domain/enums';
import { BUILT_IN_POLICIES } from '../../domain/routing';
import { AwardType } from '../entities/award-type.entity';
import { RoutingPolicyEntity } from '../entities/routing-policy.entity';

const ALL = [NomineeKind.INDIVIDUAL, NomineeKind.COLLECTIVE, NomineeKind.HOUSEHOLD];

/** The award catalogue of the Law on Emulation and Commendation (2022) that campaigns draw from. */
export const AWARD_CATALOGUE = [
  {
    code: 'GIAY_KHEN_CHU_TICH_XA',
    name: 'Giấy khen của Chủ tịch UBND cấp xã',
    kind: AwardKind.FORM,
    grantingLevel: AwardLevel.COMMUNE,
    grantingAuthority: 'Chủ tịch UBND cấp xã',
    nomineeKinds: ALL,
    prerequisiteCodes: [],
  },
  {
    code: 'GIAY_KHEN_CHU_TICH_HUYEN',
    name: 'Giấy khen của Chủ tịch UBND cấp huyện',
    kind: AwardKind.FORM,
    grantingLevel: AwardLevel.DISTRICT,
    grantingAuthority: 'Chủ tịch UBND cấp huyện',
    nomineeKinds: ALL,
    prerequisiteCodes: [],
  },
  {
    code: 'BANG_KHEN_CHU_TICH_TINH',
    name: 'Bằng khen của Chủ tịch UBND tỉnh',
    kind: AwardKind.FORM,
    grantingLevel: AwardLevel.PROVINCE,
    grantingAuthority: 'Chủ tịch UBND tỉnh',
    nomineeKinds: ALL,
    prerequisiteCodes: [],
  },
  {
    code: 'BANG_KHEN_THU_TUONG',
    name: 'Bằng khen của Thủ tướng Chính phủ',
    kind: AwardKind.FORM,
    grantingLevel: AwardLevel.NATIONAL,
    grantingAuthority: 'Thủ tướng Chính phủ',
    nomineeKinds: ALL,
    prerequisiteCodes: ['BANG_KHEN_CHU_TICH_TINH'],
  },
  {
    code: 'LAO_DONG_TIEN_TIEN',
    name: 'Danh hiệu Lao động tiên tiến',
    kind: AwardKind.TITLE,
    grantingLevel: AwardLevel.COMMUNE,
    grantingAuthority: 'Chủ tịch UBND cấp xã, thủ trưởng cơ quan',
    nomineeKinds: [NomineeKind.INDIVIDUAL],
    prerequisiteCodes: [],
  },
  {
    code: 'CHIEN_SI_THI_DUA_CO_SO',
    name: 'Danh hiệu Chiến sĩ thi đua cơ sở',
    kind: AwardKind.TITLE,
    grantingLevel: AwardLevel.DISTRICT,
    grantingAuthority: 'Chủ tịch UBND cấp huyện',
    nomineeKinds: [NomineeKind.INDIVIDUAL],
    prerequisiteCodes: ['LAO_DONG_TIEN_TIEN'],
  },
  {
    code: 'TAP_THE_LAO_DONG_XUAT_SAC',
    name: 'Danh hiệu Tập thể lao động xuất sắc',
    kind: AwardKind.TITLE,
    grantingLevel: AwardLevel.PROVINCE,
    grantingAuthority: 'Chủ tịch UBND tỉnh',
    nomineeKinds: [NomineeKind.COLLECTIVE],
    prerequisiteCodes: [],
  },
  {
    code: 'CO_THI_DUA_TINH',
    name: 'Cờ thi đua của UBND tỉnh',
    kind: AwardKind.TITLE,
    grantingLevel: AwardLevel.PROVINCE,
    grantingAuthority: 'Chủ tịch UBND tỉnh',
    nomineeKinds: [NomineeKind.COLLECTIVE],
    prerequisiteCodes: ['TAP_THE_LAO_DONG_XUAT_SAC'],
  },
];

/**
 * Data every installation needs whatever its units and users: the built-in routing policies and
 * the award catalogue. Run after each migration; it adds what is missing and changes nothing else.
 */
export async function seedReferenceData(em: EntityManager): Promise<number> {
  let created = 0;
  await em.transactional(async (tx) => {
    for (const policy of BUILT_IN_POLICIES) {
      if (await tx.findOne(RoutingPolicyEntity, { code: policy.code })) continue;
      tx.create(RoutingPolicyEntity, { ...policy, effectiveTo: policy.effectiveTo ?? null, builtIn: true });
      created += 1;
    }
    for (const award of AWARD_CATALOGUE) {
      if (await tx.findOne(AwardType, { code: award.code })) continue;
      tx.create(AwardType, award);
      created += 1;
    }
  });
  return created;
}
