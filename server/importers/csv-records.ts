/**
 * RFC 4180 records of a whole CSV text: quoted fields may hold commas, doubled quotes and line breaks;
 * CRLF or LF; a UTF-8 BOM is dropped. The delimiter is the comma, or the semicolon when the first line
 * has more of those (Excel on a Vietnamese-locale Windows writes ";").
 */
export function readCsvRecords(input: string): string[][] | { unclosedAt: number } {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  const delimiter = delimiterOf(text);
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let quoteOpenedAt = 0;
  const endRecord = () => {
    record.push(field);
    records.push(record);
    record = [];
    field = '';
  };
  for (let i = 0; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field.trim() === '') {
      quoted = true;
      quoteOpenedAt = records.length + 1;
      field = '';
    } else if (ch === delimiter) {
      record.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
      endRecord();
    } else field += ch;
  }
  if (quoted) return { unclosedAt: quoteOpenedAt };
  if (field !== '' || record.length) endRecord();
  return records;
}

function delimiterOf(text: string): ',' | ';' {
  const end = text.search(/\r|\n/);
  const firstLine = (end < 0 ? text : text.slice(0, end)).replace(/"[^"]*"/g, '');
  const count = (ch: string) => firstLine.split(ch).length - 1;
  return count(';') > count(',') ? ';' : ',';
}
