import { ErrorCode } from '../error-codes';
import { message } from './message';

/** What the API says when the workflow service cannot take an action (server/temporal). */
export const workflowMessages = {
  noRunningPipeline: message({
    code: ErrorCode.INVALID_STATE,
    example: {},
    vi: () => 'Hồ sơ không có quy trình đang chạy.',
    en: () => 'The nomination has no running pipeline.',
  }),
  notAnswering: message({
    code: ErrorCode.WORKFLOW_UNAVAILABLE,
    example: {},
    vi: () => 'Hệ thống quy trình chưa phản hồi kịp; thao tác có thể vẫn được thực hiện. Hãy tải lại sau ít phút.',
    en: () => 'The workflow service did not answer in time; your action may still complete. Reload in a moment.',
  }),
};
