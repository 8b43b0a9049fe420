import { ErrorCode } from '../error-codes';
import { message } from './message';

/** Revoking an award (thu hồi, hủy bỏ; Law 06/2022 ch. VII). */
export const revocationMessages = {
};
