/** The message catalogue: every user-facing text, keyed by area and message key, in Vietnamese and English. */
export * from './message';
export * from './labels';
export * from './field-labels';
export { ERROR_MESSAGES, defaultMessage } from './defaults.messages';

/** Every area's messages, for the catalogue test and for lookups by key (`area.key`). */
export const CATALOGUE = {};
