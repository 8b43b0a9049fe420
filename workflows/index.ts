// The workflow bundle's entry: every workflow the worker runs, and nothing with I/O.
export { nominationPipeline } from './nomination-pipeline.workflow';
export { periodWorkflow } from './period.workflow';
export { pipelineReconciliation } from './reconciliation.workflow';
export { exportWorkflow } from './export.workflow';
