import { ApprovalThreshold, AwardKind, AwardLevel, NomineeKind } from '../../domain/enums';

const ALL = [NomineeKind.INDIVIDUAL, NomineeKind.COLLECTIVE, NomineeKind.HOUSEHOLD];
const PEOPLE = [NomineeKind.INDIVIDUAL, NomineeKind.COLLECTIVE];
const FORM = AwardKind.FORM;
const TITLE = AwardKind.TITLE;

/**
 * The award catalogue of the Law on Emulation and Commendation (2022) that campaigns draw from.
 * `grantingLevel` is the usual level; who grants on a given day and for which proposer is
 * domain/award-authority.ts (e.g. Chiến sĩ thi đua cơ sở: the district chair until 30/6/2025, then
 * the commune chair; always an agency head for the agency's own staff).
 */
export const AWARD_CATALOGUE = [
  {
    code: 'GIAY_KHEN_CHU_TICH_XA',
    name: 'Giấy khen của Chủ tịch UBND cấp xã',
    kind: FORM,
    grantingLevel: AwardLevel.COMMUNE,
    grantingAuthority: 'Chủ tịch UBND cấp xã',
    nomineeKinds: ALL,
    prerequisiteCodes: [],
  },
  {
    code: 'GIAY_KHEN_CHU_TICH_HUYEN',
    name: 'Giấy khen của Chủ tịch UBND cấp huyện',
    kind: FORM,
    grantingLevel: AwardLevel.DISTRICT,
    grantingAuthority: 'Chủ tịch UBND cấp huyện (đến ngày 30/6/2025)',
    nomineeKinds: ALL,
    prerequisiteCodes: [],
  },
  {
    code: 'GIAY_KHEN_THU_TRUONG',
    name: 'Giấy khen của thủ trưởng cơ quan, đơn vị',
    kind: FORM,
    grantingLevel: AwardLevel.AGENCY,
    grantingAuthority: 'Thủ trưởng cơ quan, đơn vị có tư cách pháp nhân',
    nomineeKinds: PEOPLE,
    prerequisiteCodes: [],
  },
  {
    code: 'BANG_KHEN_CHU_TICH_TINH',
    name: 'Bằng khen của Chủ tịch UBND tỉnh',
    kind: FORM,
    grantingLevel: AwardLevel.PROVINCE,
    grantingAuthority: 'Chủ tịch UBND tỉnh',
    nomineeKinds: ALL,
    prerequisiteCodes: [],
  },
  {
    code: 'BANG_KHEN_THU_TUONG',
    name: 'Bằng khen của Thủ tướng Chính phủ',
    kind: FORM,
    grantingLevel: AwardLevel.NATIONAL,
    grantingAuthority: 'Thủ tướng Chính phủ',
    nomineeKinds: ALL,
    prerequisiteCodes: ['BANG_KHEN_CHU_TICH_TINH'],
  },
  {
    code: 'LAO_DONG_TIEN_TIEN',
    name: 'Danh hiệu Lao động tiên tiến',
    kind: TITLE,
    grantingLevel: AwardLevel.COMMUNE,
    grantingAuthority: 'Chủ tịch UBND cấp xã, thủ trưởng cơ quan',
    nomineeKinds: [NomineeKind.INDIVIDUAL],
    prerequisiteCodes: [],
  },
  {
    code: 'GIA_DINH_VAN_HOA',
    name: 'Danh hiệu Gia đình văn hóa',
    kind: TITLE,
    grantingLevel: AwardLevel.COMMUNE,
    grantingAuthority: 'Chủ tịch UBND cấp xã',
    nomineeKinds: [NomineeKind.HOUSEHOLD],
    prerequisiteCodes: [],
  },
  {
    code: 'THON_TO_DAN_PHO_VAN_HOA',
    name: 'Danh hiệu Thôn, tổ dân phố văn hóa',
    kind: TITLE,
    grantingLevel: AwardLevel.COMMUNE,
    grantingAuthority: 'Chủ tịch UBND cấp huyện (đến ngày 30/6/2025), Chủ tịch UBND cấp xã (từ ngày 01/7/2025)',
    nomineeKinds: [NomineeKind.COLLECTIVE],
    prerequisiteCodes: [],
  },
  {
    code: 'TAP_THE_LAO_DONG_TIEN_TIEN',
    name: 'Danh hiệu Tập thể lao động tiên tiến',
    kind: TITLE,
    grantingLevel: AwardLevel.COMMUNE,
    grantingAuthority:
      'Chủ tịch UBND cấp huyện (đến ngày 30/6/2025), Chủ tịch UBND cấp xã (từ ngày 01/7/2025), thủ trưởng cơ quan',
    nomineeKinds: [NomineeKind.COLLECTIVE],
    prerequisiteCodes: [],
  },
  {
    code: 'CHIEN_SI_THI_DUA_CO_SO',
    name: 'Danh hiệu Chiến sĩ thi đua cơ sở',
    kind: TITLE,
    grantingLevel: AwardLevel.COMMUNE,
    grantingAuthority:
      'Chủ tịch UBND cấp huyện (đến ngày 30/6/2025), Chủ tịch UBND cấp xã (từ ngày 01/7/2025), thủ trưởng cơ quan',
    nomineeKinds: [NomineeKind.INDIVIDUAL],
    prerequisiteCodes: ['LAO_DONG_TIEN_TIEN'],
  },
  {
    code: 'CHIEN_SI_THI_DUA_TINH',
    name: 'Danh hiệu Chiến sĩ thi đua cấp tỉnh',
    kind: TITLE,
    grantingLevel: AwardLevel.PROVINCE,
    grantingAuthority: 'Chủ tịch UBND tỉnh',
    nomineeKinds: [NomineeKind.INDIVIDUAL],
    prerequisiteCodes: ['CHIEN_SI_THI_DUA_CO_SO'],
    // Decree 91/2017 art. 45 (DOMAIN-RULES "Council"): 90 % of all members by secret ballot.
    approvalThreshold: ApprovalThreshold.NINETY_PERCENT_OF_MEMBERS,
  },
  {
    code: 'TAP_THE_LAO_DONG_XUAT_SAC',
    name: 'Danh hiệu Tập thể lao động xuất sắc',
    kind: TITLE,
    grantingLevel: AwardLevel.PROVINCE,
    grantingAuthority: 'Chủ tịch UBND tỉnh',
    nomineeKinds: [NomineeKind.COLLECTIVE],
    prerequisiteCodes: [],
  },
  {
    code: 'CO_THI_DUA_TINH',
    name: 'Cờ thi đua của UBND tỉnh',
    kind: TITLE,
    grantingLevel: AwardLevel.PROVINCE,
    grantingAuthority: 'Chủ tịch UBND tỉnh',
    nomineeKinds: [NomineeKind.COLLECTIVE],
    prerequisiteCodes: ['TAP_THE_LAO_DONG_XUAT_SAC'],
  },
  {
    code: 'CO_THI_DUA_CHINH_PHU',
    name: 'Cờ thi đua của Chính phủ',
    kind: TITLE,
    grantingLevel: AwardLevel.NATIONAL,
    grantingAuthority: 'Thủ tướng Chính phủ',
    nomineeKinds: [NomineeKind.COLLECTIVE],
    prerequisiteCodes: [],
  },
  {
    code: 'CHIEN_SI_THI_DUA_TOAN_QUOC',
    name: 'Danh hiệu Chiến sĩ thi đua toàn quốc',
    kind: TITLE,
    grantingLevel: AwardLevel.NATIONAL,
    grantingAuthority: 'Thủ tướng Chính phủ',
    nomineeKinds: [NomineeKind.INDIVIDUAL],
    prerequisiteCodes: [],
    approvalThreshold: ApprovalThreshold.NINETY_PERCENT_OF_MEMBERS,
  },
];
