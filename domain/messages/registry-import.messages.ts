import { ErrorCode } from '../error-codes';
import { message } from './message';

/** Importing the register of awards a province kept before (CSV/XLSX). */
export const registryImportMessages = {
};
