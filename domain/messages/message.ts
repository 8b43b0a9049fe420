import { DomainError, type ErrorCode, type UserErrorData } from '../error-codes';

/** Parameters of a message that takes none. */
export type NoParams = Record<string, never>;

/** A text shown to people, in both languages; `example` holds parameters the catalogue test renders. */
export interface TextDef<P = NoParams> {
  vi(p: P): string;
  en(p: P): string;
  example: P;
}

/** A refusal: a text with the ErrorCode it is raised under. */
export interface MessageDef<P = NoParams> extends TextDef<P> {
  code: ErrorCode;
}

export interface Rendered {
  vi: string;
  en: string;
}

/** Lets a message without parameters be used without an argument. */
type ParamsArg<P> = NoParams extends P ? [params?: P] : [params: P];

/** Identity helpers so that `P` is inferred from `example`. */
export function message<P = NoParams>(def: MessageDef<P>): MessageDef<P> {
  return def;
}

export function text<P = NoParams>(def: TextDef<P>): TextDef<P> {
  return def;
}

export function render<P>(def: TextDef<P>, ...[params]: ParamsArg<P>): Rendered {
  const p = (params ?? {}) as P;
  return { vi: def.vi(p), en: def.en(p) };
}

/** Arguments after the definition: the parameters (optional when there are none), then the field at fault. */
type RefusalArgs<P> = NoParams extends P ? [params?: P, field?: string] : [params: P, field?: string];

export function userErrorOf<P>(def: MessageDef<P>, ...[params, field]: RefusalArgs<P>): UserErrorData {
  const p = (params ?? {}) as P;
  return { code: def.code, message: def.en(p), messageVi: def.vi(p), field };
}

/** `throw refusal(M.x, params, 'field')`: an expected refusal that resolvers turn into payload data. */
export function refusal<P>(def: MessageDef<P>, ...args: RefusalArgs<P>): DomainError {
  return new DomainError(userErrorOf(def, ...args));
}
