import { ErrorCode } from '../error-codes';
import { message } from './message';

/** The award registry and its queries. */
export const registryMessages = {
};
