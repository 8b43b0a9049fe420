import {
  ALLOWED_CONTENT_TYPES,
  assertAcceptableFile,
  assertDossierComplete,
  MAX_DOCUMENT_BYTES,
  missingSlots,
  REQUIRED_SLOTS,
} from '../../domain/dossier-rules';
import { DocumentSlot as S } from '../../domain/enums';
import { DOCUMENT_SLOT_LABELS } from '../../domain/messages';
import { DomainError, ErrorCode } from '../../domain/error-codes';

function refusal(work: () => void): DomainError | null {
  try {
    work();
    return null;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
}

describe('missingSlots / assertDossierComplete', () => {
  it('the required slots are the letter, the achievement report and the minutes; evidence is optional', () => {
    expect(REQUIRED_SLOTS).toEqual([S.SUBMISSION_LETTER, S.ACHIEVEMENT_REPORT, S.REVIEW_MINUTES]);
  });

  it.each([
    [[], [S.SUBMISSION_LETTER, S.ACHIEVEMENT_REPORT, S.REVIEW_MINUTES], 'tờ trình đề nghị khen thưởng, báo cáo thành tích và biên bản họp xét'],
    [[S.EVIDENCE], [S.SUBMISSION_LETTER, S.ACHIEVEMENT_REPORT, S.REVIEW_MINUTES], 'tờ trình đề nghị khen thưởng, báo cáo thành tích và biên bản họp xét'],
    [[S.SUBMISSION_LETTER], [S.ACHIEVEMENT_REPORT, S.REVIEW_MINUTES], 'báo cáo thành tích và biên bản họp xét'],
    [[S.REVIEW_MINUTES, S.SUBMISSION_LETTER, S.SUBMISSION_LETTER], [S.ACHIEVEMENT_REPORT], 'báo cáo thành tích'],
    [[S.ACHIEVEMENT_REPORT, S.SUBMISSION_LETTER], [S.REVIEW_MINUTES], 'biên bản họp xét'],
  ])('filled %j: missing %j, refused with DOSSIER_INCOMPLETE listing them in Vietnamese', (filled, missing, vi) => {
    const en = missing.map((slot) => DOCUMENT_SLOT_LABELS[slot].en);
    expect(missingSlots(filled)).toEqual(missing);
    const error = refusal(() => assertDossierComplete(filled));
    expect(error?.error).toMatchObject({ code: ErrorCode.DOSSIER_INCOMPLETE, field: 'documents' });
    expect(error?.error.messageVi).toBe(`Hồ sơ còn thiếu ${vi}.`);
    expect(error?.error.message).toBe(`The dossier lacks the ${en.length > 1 ? `${en.slice(0, -1).join(', ')} and ${en[en.length - 1]}` : en[0]}.`);
  });

  it.each([
    [[S.SUBMISSION_LETTER, S.ACHIEVEMENT_REPORT, S.REVIEW_MINUTES]],
    [[S.REVIEW_MINUTES, S.EVIDENCE, S.ACHIEVEMENT_REPORT, S.SUBMISSION_LETTER, S.EVIDENCE]],
  ])('filled %j: complete', (filled) => {
    expect(missingSlots(filled)).toEqual([]);
    expect(refusal(() => assertDossierComplete(filled))).toBeNull();
  });
});

const MIB = 1024 * 1024;

describe('assertAcceptableFile', () => {
  it('the limit is 20 MiB', () => expect(MAX_DOCUMENT_BYTES).toBe(20 * MIB));

  it.each([
    ['to-trinh.pdf', 'application/pdf', 1],
    ['BIEN-BAN.PDF', 'application/pdf', MAX_DOCUMENT_BYTES],
    ['anh-minh-chung.jpg', 'image/jpeg', 500_000],
    ['anh.jpeg', 'image/jpeg', 500_000],
    ['anh.png', 'image/png', 500_000],
    ['bao-cao.doc', 'application/msword', 80_000],
    ['bao-cao thành tích.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 80_000],
    ['danh-sach.xls', 'application/vnd.ms-excel', 80_000],
    ['danh-sach.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 80_000],
  ])('%s (%s, %i bytes) is accepted', (name, type, size) => {
    expect(refusal(() => assertAcceptableFile(name, type, size))).toBeNull();
  });

  it.each([
    ['a type outside the list', 'virus.exe', 'application/x-msdownload', 100],
    ['a zip', 'ho-so.zip', 'application/zip', 100],
    ['an extension that does not match the type', 'to-trinh.docx', 'application/pdf', 100],
    ['a jpeg named .png', 'anh.png', 'image/jpeg', 100],
    ['no extension', 'to-trinh', 'application/pdf', 100],
    ['the extension only inside the name', 'to-trinh.pdf.exe', 'application/pdf', 100],
  ])('%s (%s, %s) → FILE_TYPE_NOT_ALLOWED on contentType', (_label, name, type, size) => {
    const error = refusal(() => assertAcceptableFile(name, type, size));
    expect(error?.error).toMatchObject({ code: ErrorCode.FILE_TYPE_NOT_ALLOWED, field: 'contentType' });
    expect(error?.error.messageVi).toContain(name);
  });

  it.each([
    ['one byte over 20 MiB', MAX_DOCUMENT_BYTES + 1],
    ['100 MiB', 100 * MIB],
    ['empty', 0],
    ['a negative size', -5],
    ['a fractional size', 10.5],
  ])('%s → FILE_TOO_LARGE on size', (_label, size) => {
    const error = refusal(() => assertAcceptableFile('to-trinh.pdf', 'application/pdf', size));
    expect(error?.error).toMatchObject({ code: ErrorCode.FILE_TOO_LARGE, field: 'size' });
    expect(error?.error.messageVi).toContain('20 MB');
  });

  it('the type is checked before the size', () => {
    expect(refusal(() => assertAcceptableFile('a.exe', 'application/x-msdownload', 0))?.code).toBe(ErrorCode.FILE_TYPE_NOT_ALLOWED);
  });

  it('every allowed type has at least one extension', () => {
    for (const extensions of Object.values(ALLOWED_CONTENT_TYPES)) expect(extensions.length).toBeGreaterThan(0);
  });
});
