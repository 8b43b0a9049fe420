import { ErrorCode } from '../error-codes';
import { message } from './message';

/** Refusals about generated documents (decisions, certificates, exports, reports). */
export const documentMessages = {
  fileNotReady: message({
    code: ErrorCode.NOT_FOUND,
    example: {},
    vi: () => 'Tệp đang được tạo, chưa tải xuống được; vui lòng thử lại sau.',
    en: () => 'The file is still being produced; try again later.',
  }),
  fileFailed: message({
    code: ErrorCode.NOT_FOUND,
    example: {},
    vi: () => 'Không tạo được tệp này; vui lòng yêu cầu tạo lại.',
    en: () => 'Producing this file failed; ask for it again.',
  }),
  notRequester: message({
    code: ErrorCode.FORBIDDEN,
    example: {},
    vi: () => 'Tệp kết xuất chỉ người yêu cầu được tải xuống.',
    en: () => 'Only the person who asked for an export may download it.',
  }),
};
