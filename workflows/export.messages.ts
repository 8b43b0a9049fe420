// Names shared by the API (which starts an export) and the workflow bundle (which runs it).
export const EXPORT_WORKFLOW = 'exportWorkflow';

/** One workflow per generated file: asking twice for the same file joins the running one. */
export function exportWorkflowId(fileId: string): string {
  return `export:${fileId}`;
}

export interface ExportInput {
  fileId: string;
}
