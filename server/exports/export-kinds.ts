/** What is exported: each matches a list query of the API and keeps its filters. */
export enum ExportSubject {
  NOMINATIONS = 'NOMINATIONS',
  INBOX = 'INBOX',
  ROUND_RESULTS = 'ROUND_RESULTS',
  REGISTRY = 'REGISTRY',
  MONITORING = 'MONITORING',
}

export enum ExportFormat {
  XLSX = 'XLSX',
  CSV = 'CSV',
}

/** What GeneratedFile.parameters holds for an export: enough to produce it again, in the worker. */
export interface ExportParameters {
  subject: ExportSubject;
  format: ExportFormat;
  filter: Record<string, unknown>;
  /** Rows counted when it was asked for. */
  rows: number;
}
