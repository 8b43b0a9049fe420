import { ErrorCode } from '../error-codes';
import { message } from './message';

/** Refusals of the HTTP routes themselves (server/api), before any use-case runs. */
export const apiMessages = {
  methodNotAllowed: message({
    code: ErrorCode.INVALID_VALUE,
    example: { methods: 'GET, HEAD' },
    vi: () => 'Địa chỉ này không nhận loại yêu cầu vừa gửi.',
    en: (p) => `Use ${p.methods} here.`,
  }),
};
