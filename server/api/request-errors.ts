import { render, requestErrorTexts as T, type Rendered } from '../../domain/messages';

/** graphql-js wording that names the input field at fault; the last path segment is the field. */
const MISSING = /Field "(?:\w+\.)?(\w+)" of required type "[^"]+" was not provided/;
const UNKNOWN = /Field "\w+" is not defined by type/;
const AT_PATH = /got invalid value .* at "(?:[\w$]+\.)*?(\w+)"/;

/** The Vietnamese for a malformed request's English message, naming the field by its label. */
export function requestErrorText(message: string): Rendered {
  const missing = MISSING.exec(message);
  if (missing) return render(T.fieldMissing, { field: missing[1] });
  if (UNKNOWN.test(message)) return render(T.fieldUnknown);
  const at = AT_PATH.exec(message);
  if (at) return render(T.valueInvalid, { field: at[1] });
  return render(T.requestInvalid);
}
