import { ErrorCode } from '../error-codes';
import { message } from './message';

/** Eligibility of a nominee for an award, checked against the registry. */
export const eligibilityMessages = {
};
