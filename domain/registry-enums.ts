/** Vocabularies of the nominee and award registry; re-exported by enums.ts. */

/**
 * The kind of a commendation (Law 06/2022 art. 8 lists công trạng, chuyên đề, đột xuất, cống hiến,
 * niên hạn; to check the article). Only công trạng awards count toward the chains of higher titles.
 */
export enum CommendationKind {
  /** For achievements over a year or a term of work: the titles and yearly forms. */
  CONG_TRANG = 'CONG_TRANG',
  /** For a thematic movement (chuyên đề, phong trào), such as the seed plans. */
  CHUYEN_DE = 'CHUYEN_DE',
  /** For an unexpected, outstanding deed (đột xuất); may take the simplified procedure. */
  DOT_XUAT = 'DOT_XUAT',
  /** For a long contribution (cống hiến). */
  CONG_HIEN = 'CONG_HIEN',
  /** For years of service (niên hạn). */
  NIEN_HAN = 'NIEN_HAN',
}

/** A household's poverty status in a year (hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo). */
export enum PovertyStatus {
  POOR = 'POOR',
  NEAR_POOR = 'NEAR_POOR',
  NEWLY_OUT_OF_POVERTY = 'NEWLY_OUT_OF_POVERTY',
  NOT_POOR = 'NOT_POOR',
}

/** Who recognised an initiative (sáng kiến): its scope of influence. */
export enum InitiativeScope {
  /** Recognised by the unit itself (cơ sở). */
  BASE = 'BASE',
  /** With an influence across the province (or ministry, sector). */
  PROVINCE = 'PROVINCE',
  NATIONAL = 'NATIONAL',
}

/** Where an entry of the award registry comes from. */
export enum AwardRecordSource {
  /** A decision signed through the platform. */
  PLATFORM = 'PLATFORM',
  /** A row of the register the province kept before (CSV/XLSX import). */
  IMPORTED = 'IMPORTED',
}

/** The grounds of Law 06/2022 ch. VII for cancelling an award (DOMAIN-RULES "Revocation"). */
export enum RevocationGround {
  /** Gian dối trong kê khai công trạng, thành tích. */
  FALSE_DECLARATION = 'FALSE_DECLARATION',
  /** Cung cấp thông tin sai sự thật, làm giả hồ sơ. */
  FORGED_DOSSIER = 'FORGED_DOSSIER',
  /** Thẩm định, xét, duyệt, đề nghị trái quy định. */
  UNLAWFUL_APPRAISAL = 'UNLAWFUL_APPRAISAL',
  /** A later conclusion, decision or judgment shows the standard was not met. */
  LATER_FINDING = 'LATER_FINDING',
}

/** Recovering a revoked award's certificate or bonus. */
export enum RecoveryStatus {
  NONE = 'NONE',
  PENDING = 'PENDING',
  RECOVERED = 'RECOVERED',
}
