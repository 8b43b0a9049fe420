/** A setting that is missing or malformed: the process refuses to boot and says which one. */
export class ConfigError extends Error {}
