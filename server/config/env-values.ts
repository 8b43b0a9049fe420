import { ConfigError } from './config-error';

/** A whole number setting within [min, max]; unset or blank is the fallback. `unit` names it in the refusal. */
export function wholeNumber(
  name: string,
  value: string | undefined,
  fallback: number,
  min: number,
  max: number,
  unit?: string,
): number {
  const parsed = Number(value?.trim() || fallback);
  if (!Number.isInteger(parsed) || parsed < min || parsed > max) {
    const what = unit ? `a whole number of ${unit}` : 'a whole number';
    throw new ConfigError(`${name} must be ${what} from ${min} to ${max}, got "${value}".`);
  }
  return parsed;
}

/** An on/off setting (on, true, 1 / off, false, 0); unset or blank is the fallback. */
export function onOff(name: string, value: string | undefined, fallback: boolean): boolean {
  const text = value?.trim().toLowerCase();
  if (!text) return fallback;
  if (['on', 'true', '1'].includes(text)) return true;
  if (['off', 'false', '0'].includes(text)) return false;
  throw new ConfigError(`${name} must be on or off, got "${value}".`);
}
