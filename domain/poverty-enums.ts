/** How a poverty target is measured (the seed plans' three shapes of target). */
export enum PovertyTargetKind {
  /**
   * The poor-household rate falls by at least so many percentage points each year, more where the rate is
   * above a threshold (Tịnh Biên 2016–2020, seed 002: "bình quân từ 2%/năm … riêng các xã có tỷ lệ hộ nghèo
   * trên 20% phấn đấu giảm từ 5%/năm").
   */
  YEARLY_RATE_REDUCTION = 'YEARLY_RATE_REDUCTION',
  /**
   * From the end of a year on, the rate is at or below a tolerance: 0 for "không còn hộ nghèo" (Hà Nội's wards,
   * seed 004), a small figure for "cơ bản không còn hộ nghèo" (Xuân Tăng, seed 001).
   */
  NO_POOR_BY_YEAR = 'NO_POOR_BY_YEAR',
  /** By the end of a year, so many percent fewer poor households than in the base year (Hà Nội's communes). */
  REDUCTION_VS_BASE = 'REDUCTION_VS_BASE',
}

/** Where a poverty count came from. */
export enum PovertyCountSource {
  /** Entered by the commune (or a unit above it) one unit at a time. */
  MANUAL = 'MANUAL',
  /** Read from an XLSX/CSV file. */
  IMPORT = 'IMPORT',
}

/** A unit's standing against one target in one year. */
export enum PovertyTargetStatus {
  MET = 'MET',
  NOT_MET = 'NOT_MET',
  /** The year is before the target's first due year. */
  NOT_YET_DUE = 'NOT_YET_DUE',
  /** A count the target needs (the year's, or its base year's) was not entered. */
  NO_DATA = 'NO_DATA',
}

/** The file formats of the poverty report. */
export enum PovertyReportFormat {
  XLSX = 'XLSX',
  PDF = 'PDF',
}
