import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HOLIDAY_NAMES } from '../../domain/calendar/holiday-names';
import { ErrorCode } from '../../domain/error-codes';
import * as catalogue from '../../domain/messages';
import { CATALOGUE, defaultMessage, FIELD_LABELS, render, type Label, type MessageDef, type TextDef } from '../../domain/messages';
import { englishIn, ENUM_VALUES } from '../support/english-identifiers';

type AnyDef = TextDef<any> & Partial<Pick<MessageDef<any>, 'code'>>;

const messages: [string, AnyDef][] = Object.entries(CATALOGUE).flatMap(([area, defs]) =>
  Object.entries(defs as Record<string, AnyDef>).map(([key, def]): [string, AnyDef] => [`${area}.${key}`, def]),
);
const defaults = Object.values(ErrorCode).map((code): [string, AnyDef] => [`default.${code}`, defaultMessage(code)]);

/** Every exported `*_LABELS` table of the catalogue, value by value. */
const labels: [string, Label][] = Object.entries(catalogue)
  .filter(([name]) => name.endsWith('_LABELS'))
  .flatMap(([name, table]) => Object.entries(table as Record<string, Label>).map(([value, label]): [string, Label] => [`${name}.${value}`, label]));
const holidays = Object.entries(HOLIDAY_NAMES).map(([kind, label]): [string, Label] => [`HOLIDAY_NAMES.${kind}`, label]);

describe('the message catalogue', () => {
  it('holds the messages and labels this test reads', () => {
    expect(messages.length).toBeGreaterThan(40);
    expect(labels.length).toBeGreaterThan(100);
    expect(ENUM_VALUES.has('PROVINCE')).toBe(true);
  });

  it.each([...messages, ...defaults])('%s renders non-empty, different Vietnamese and English', (_key, def) => {
    const { vi, en } = render(def, def.example);
    expect(vi.trim()).not.toBe('');
    expect(en.trim()).not.toBe('');
    expect(vi).not.toBe(en);
    expect(`${vi} ${en}`).not.toMatch(/undefined|\[object Object\]|NaN/);
  });

  it.each([...messages, ...defaults])('%s: the Vietnamese names things in Vietnamese', (_key, def) => {
    expect(englishIn(render(def, def.example).vi)).toEqual([]);
  });

  it.each(messages)('%s: a refusal carries a known ErrorCode', (_key, def) => {
    if (def.code !== undefined) expect(Object.values(ErrorCode)).toContain(def.code);
  });

  it.each([...labels, ...holidays, ...Object.entries(FIELD_LABELS).map(([f, l]): [string, Label] => [`FIELD_LABELS.${f}`, l])])(
    '%s: a label in Vietnamese and English',
    (_key, label) => {
      expect(label.vi.trim()).not.toBe('');
      expect(label.en.trim()).not.toBe('');
      expect(englishIn(label.vi)).toEqual([]);
    },
  );

  it('every error code has a default message', () => {
    for (const code of Object.values(ErrorCode)) expect(defaultMessage(code).vi({}).length).toBeGreaterThan(0);
  });

  it('every input field of the schema has a Vietnamese label', () => {
    const schema = readFileSync(join(__dirname, '../../schema/schema.graphql'), 'utf8');
    const fields = [...schema.matchAll(/^input \w+ \{\n([\s\S]*?)\n\}/gm)].flatMap(([, body]) =>
      body.split('\n').map((line) => line.trim().split(/[:(]/)[0]).filter((name) => /^\w+$/.test(name)),
    );
    expect([...new Set(fields)].filter((field) => !FIELD_LABELS[field])).toEqual([]);
  });
});

describe('englishIn: what counts as an English identifier in Vietnamese text', () => {
  it.each([
    ['do cấp PROVINCE tặng', ['enum value PROVINCE']],
    ['Trường nomineeName không được để trống', ['camelCase nomineeName']],
    ['Bạn cần vai trò REVIEWER', ['enum value REVIEWER']],
    ['Hồ sơ IN_REVIEW', ['enum value IN_REVIEW']],
    ['Mã bước DISTRICT_FINAL bị trùng', ['snake/SCREAMING_CASE DISTRICT_FINAL']],
    ['Stage is closed', ['English word Stage', 'English word is', 'English word closed']],
    ['Số 123/QĐ-UBND của UBND tỉnh, tệp PDF', []],
    ['do cấp tỉnh tặng, tờ trình in sẵn', []],
  ])('%s', (text, found) => {
    expect(englishIn(text)).toEqual(found);
  });
});
