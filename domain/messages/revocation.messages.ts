import { RevocationGround } from '../enums';
import { ErrorCode } from '../error-codes';
import { dayEn, dayVi } from './format';
import type { Label } from './labels';
import { message, text } from './message';

/** The grounds of Law 06/2022 art. 93 cl. 2 (a)–(d), as officers name them. */
const GROUND: Record<RevocationGround, Label> = {
  FALSE_DECLARATION: {
    vi: 'gian dối trong việc kê khai công trạng, thành tích',
    en: 'false declaration of merits or achievements',
  },
  FORGED_DOSSIER: {
    vi: 'cung cấp thông tin sai sự thật hoặc làm giả hồ sơ, giấy tờ',
    en: 'false information or a forged dossier',
  },
  UNLAWFUL_APPRAISAL: {
    vi: 'thẩm định, xét, duyệt, đề nghị trái quy định của pháp luật',
    en: 'appraisal, review or proposal contrary to the law',
  },
  LATER_FINDING: {
    vi: 'có kết luận, quyết định, bản án của cơ quan có thẩm quyền cho thấy không bảo đảm tiêu chuẩn',
    en: 'a later conclusion, decision or judgment shows the standard was not met',
  },
};

const TEXT: Record<'reason' | 'legalBasis', Label> = {
  reason: { vi: 'Lý do hủy bỏ', en: 'The reason for revoking' },
  legalBasis: { vi: 'Căn cứ pháp lý và quyết định hủy bỏ', en: 'The legal basis and revoking decision' },
};

const EXAMPLE_NOTICE = {
  nominee: 'Hộ ông Giàng A Páo',
  decisionNumber: '06/QĐ-UBND',
  decisionDate: '2024-12-20',
  revokedAt: '2026-12-02T03:00:00Z',
  ground: RevocationGround.FORGED_DOSSIER,
  reason: 'Giấy xác nhận thoát nghèo bị làm giả.',
  legalBasis: 'Quyết định số 15/QĐ-UBND ngày 01/12/2026 hủy bỏ quyết định khen thưởng.',
  bonus: true,
};

/** Revoking an award (thu hồi, hủy bỏ; Law 06/2022 ch. VII, art. 93 cl. 2). */
export const revocationMessages = {
  issuerOnly: message({
    code: ErrorCode.FORBIDDEN,
    example: { issuer: 'Chủ tịch UBND tỉnh Lào Cai' },
    vi: (p) =>
      `Chỉ cán bộ phê duyệt hoặc quản trị của chính cơ quan đã ban hành quyết định khen thưởng (${p.issuer}) mới được hủy bỏ khen thưởng và ghi nhận việc thu hồi.`,
    en: (p) =>
      `Only an approver or administrator of the issuing body itself (${p.issuer}) may revoke this award and record its recovery.`,
  }),
  issuerOutside: message({
    code: ErrorCode.FORBIDDEN,
    example: { issuer: 'Thủ tướng Chính phủ' },
    vi: (p) =>
      `Khen thưởng này do ${p.issuer} quyết định, không phải đơn vị trên hệ thống: việc hủy bỏ do chính cơ quan đó thực hiện.`,
    en: (p) => `This award was decided by ${p.issuer}, which is outside the platform: that body revokes it.`,
  }),
  alreadyRevoked: message({
    code: ErrorCode.AWARD_REVOKED,
    example: { revokedAt: '2026-12-02T03:00:00Z' },
    vi: (p) => `Khen thưởng này đã bị hủy bỏ ngày ${dayVi(p.revokedAt)}; không thể hủy bỏ lần nữa.`,
    en: (p) => `This award was already revoked on ${dayEn(p.revokedAt)}; it cannot be revoked again.`,
  }),
  reasonRequired: message({
    code: ErrorCode.REASON_REQUIRED,
    example: {},
    vi: () => 'Cần nêu lý do hủy bỏ khen thưởng.',
    en: () => 'Give the reason for revoking the award.',
  }),
  basisRequired: message({
    code: ErrorCode.REQUIRED,
    example: {},
    vi: () => 'Cần nêu căn cứ pháp lý và quyết định hủy bỏ khen thưởng.',
    en: () => 'Give the legal basis and the decision revoking the award.',
  }),
  textTooLong: message({
    code: ErrorCode.TEXT_TOO_LONG,
    example: { field: 'reason' as 'reason' | 'legalBasis', length: 2001, max: 2000 },
    vi: (p) => `${TEXT[p.field].vi} dài ${p.length} ký tự; chỉ được tối đa ${p.max} ký tự.`,
    en: (p) => `${TEXT[p.field].en} has ${p.length} characters; at most ${p.max} are allowed.`,
  }),
  notRevoked: message({
    code: ErrorCode.INVALID_STATE,
    example: {},
    vi: () => 'Khen thưởng này chưa bị hủy bỏ nên không có gì phải thu hồi.',
    en: () => 'This award has not been revoked, so there is nothing to recover.',
  }),
  nothingChosen: message({
    code: ErrorCode.INVALID_VALUE,
    example: {},
    vi: () => 'Hãy chọn hiện vật khen thưởng hoặc tiền thưởng đã thu hồi.',
    en: () => 'Choose the certificate or the bonus that was recovered.',
  }),
  noBonus: message({
    code: ErrorCode.INVALID_STATE,
    example: {},
    vi: () => 'Khen thưởng này không có tiền thưởng nên không có tiền thưởng để thu hồi.',
    en: () => 'This award carried no bonus, so there is no bonus to recover.',
  }),
  /** The notice to the nominating unit's officers. */
  revokedNotice: text({
    example: EXAMPLE_NOTICE,
    vi: (p) =>
      `Quyết định ${p.decisionNumber} ngày ${dayVi(p.decisionDate)} khen thưởng ${p.nominee} đã bị hủy bỏ ngày ${dayVi(p.revokedAt)} ` +
      `vì ${GROUND[p.ground].vi}. Lý do: ${p.reason} Căn cứ: ${p.legalBasis} ` +
      `Đơn vị cần thu hồi hiện vật khen thưởng${p.bonus ? ' và tiền thưởng' : ''}.`,
    en: (p) =>
      `Decision ${p.decisionNumber} of ${dayEn(p.decisionDate)} commending ${p.nominee} was revoked on ${dayEn(p.revokedAt)} ` +
      `for ${GROUND[p.ground].en}. Reason: ${p.reason} Basis: ${p.legalBasis} ` +
      `The unit is to recover the certificate${p.bonus ? ' and the bonus' : ''}.`,
  }),
  revokedTitle: text({
    example: { nominee: 'Hộ ông Giàng A Páo' },
    vi: (p) => `Khen thưởng bị hủy bỏ: ${p.nominee}`,
    en: (p) => `Award revoked: ${p.nominee}`,
  }),
};
