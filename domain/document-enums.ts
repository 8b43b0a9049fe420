/** What a generated file is; each kind has its own rule for who may download it (server/documents). */
export enum GeneratedFileKind {
  /** The signed commendation decision (quyết định khen thưởng) with its annexed list. */
  DECISION = 'DECISION',
  /** The decision drafted before signing, for the văn thư to check. */
  DECISION_DRAFT = 'DECISION_DRAFT',
  /** One PDF of a decision's certificates (Giấy khen, Bằng khen) or one awardee's. */
  CERTIFICATES = 'CERTIFICATES',
  /** A list exported as XLSX or CSV. */
  EXPORT = 'EXPORT',
  /** The yearly emulation-and-commendation statistics for the Ministry of Home Affairs. */
  YEARLY_REPORT = 'YEARLY_REPORT',
  /** The movement's poverty targets and progress per unit. */
  POVERTY_REPORT = 'POVERTY_REPORT',
}

/** A file is produced once: PENDING until a job starts, RUNNING with progress, then READY or FAILED. */
export enum GeneratedFileStatus {
  PENDING = 'PENDING',
  RUNNING = 'RUNNING',
  READY = 'READY',
  FAILED = 'FAILED',
}
