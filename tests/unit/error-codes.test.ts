import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DomainError, ERROR_MESSAGES, ErrorCode, userError } from '../../domain/error-codes';

const CODES = Object.values(ErrorCode);
const VIETNAMESE_LETTER = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;

describe('error codes', () => {
  it.each(CODES)('%s has an English and a Vietnamese message, different from each other', (code) => {
    const { en, vi } = ERROR_MESSAGES[code];
    expect(en.trim()).not.toBe('');
    expect(vi.trim()).not.toBe('');
    expect(vi).not.toBe(en);
    expect(vi).toMatch(VIETNAMESE_LETTER);
  });

  it('every code is its own string, as it travels as extensions.code and ApplicationFailure.type', () => {
    for (const [key, value] of Object.entries(ErrorCode)) expect(value).toBe(key);
  });

  it('the GraphQL ErrorCode enum in the committed schema lists exactly the domain codes', () => {
    const schema = readFileSync(join(__dirname, '..', '..', 'schema', 'schema.graphql'), 'utf8');
    const body = /enum ErrorCode \{([^}]*)\}/.exec(schema)![1];
    expect(body.split(/\s+/).filter(Boolean).sort()).toEqual([...CODES].sort());
  });
});

describe('userError', () => {
  it('gives the default wording in both languages', () => {
    expect(userError(ErrorCode.TASK_CLOSED)).toEqual({
      code: 'TASK_CLOSED',
      message: 'The task is already closed.',
      messageVi: 'Nhiệm vụ đã kết thúc.',
      field: undefined,
    });
  });

  it('names the input field at fault', () => {
    expect(userError(ErrorCode.REQUIRED, 'nomineeName').field).toBe('nomineeName');
  });

  it('a specific message replaces each language it gives and keeps the default for the other', () => {
    const onlyEn = userError(ErrorCode.INVALID_VALUE, 'first', { en: 'first must be from 1 to 100.' });
    expect(onlyEn.message).toBe('first must be from 1 to 100.');
    expect(onlyEn.messageVi).toBe(ERROR_MESSAGES.INVALID_VALUE.vi);
    const both = userError(ErrorCode.INVALID_VALUE, undefined, { en: 'E', vi: 'V' });
    expect([both.message, both.messageVi]).toEqual(['E', 'V']);
  });

  it('DomainError carries the code, the English message and both wordings', () => {
    const error = DomainError.of(ErrorCode.STALE_ROUND, 'round');
    expect(error).toBeInstanceOf(Error);
    expect(error.code).toBe(ErrorCode.STALE_ROUND);
    expect(error.message).toBe(ERROR_MESSAGES.STALE_ROUND.en);
    expect(error.error.messageVi).toBe(ERROR_MESSAGES.STALE_ROUND.vi);
    expect(error.error.field).toBe('round');
  });
});
