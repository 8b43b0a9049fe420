import type { NomineeKind } from '../enums';
import { ErrorCode } from '../error-codes';
import { dayVi } from './format';
import { NOMINEE_KIND_LABELS } from './labels';
import { message } from './message';

const quoted = (items: readonly string[]) => items.map((c) => `"${c}"`).join(', ');

/** Importing the register of awards a province kept before (CSV/XLSX). */
export const registryImportMessages = {
  // The file as a whole.
  fileType: message({
    code: ErrorCode.FILE_TYPE_NOT_ALLOWED,
    example: { fileName: 'so-khen-thuong.xls' },
    vi: (p) => `Tệp "${p.fileName}" không đọc được: hãy gửi sổ khen thưởng dạng .csv hoặc .xlsx (Excel 2007 trở lên).`,
    en: (p) => `${p.fileName} cannot be read: send the register as a .csv or .xlsx file.`,
  }),
  fileTooLarge: message({
    code: ErrorCode.FILE_TOO_LARGE,
    example: { fileName: 'so-khen-thuong.xlsx', maxMiB: 5 },
    vi: (p) => `Tệp "${p.fileName}" vượt quá ${p.maxMiB} MB; hãy chia sổ thành nhiều tệp nhỏ hơn.`,
    en: (p) => `${p.fileName} is larger than ${p.maxMiB} MiB; split the register into smaller files.`,
  }),
  contentInvalid: message({
    code: ErrorCode.INVALID_VALUE,
    example: {},
    vi: () => 'Nội dung tệp gửi lên không đúng mã hóa base64.',
    en: () => 'The file content is not valid base64.',
  }),
  notUtf8: message({
    code: ErrorCode.INVALID_VALUE,
    example: {},
    vi: () =>
      'Tệp CSV phải lưu với bảng mã Unicode (trong Excel: Lưu thành, chọn loại CSV có bảng mã Unicode); tệp này có ký tự không đọc được.',
    en: () =>
      'The CSV file must be saved as UTF-8 (in Excel: Save as "CSV UTF-8"); this one has unreadable characters.',
  }),
  unclosedQuote: message({
    code: ErrorCode.INVALID_VALUE,
    example: { row: 12 },
    vi: (p) => `Tệp CSV có dấu ngoặc kép mở ở dòng ${p.row} mà không đóng lại.`,
    en: (p) => `The CSV file opens a double quote on row ${p.row} and never closes it.`,
  }),
  xlsxUnreadable: message({
    code: ErrorCode.INVALID_VALUE,
    example: { fileName: 'so-khen-thuong.xlsx' },
    vi: (p) => `Không mở được tệp Excel "${p.fileName}": tệp hỏng hoặc không phải định dạng .xlsx.`,
    en: (p) => `${p.fileName} cannot be opened: it is damaged or not an .xlsx workbook.`,
  }),
  noRows: message({
    code: ErrorCode.REQUIRED,
    example: {},
    vi: () => 'Tệp không có dòng tiêu đề cột hoặc không có dòng dữ liệu nào.',
    en: () => 'The file has no header row or no data rows.',
  }),
  missingColumns: message({
    code: ErrorCode.REQUIRED,
    example: { columns: ['Số quyết định', 'Ngày quyết định'] },
    vi: (p) =>
      `Tệp thiếu cột bắt buộc ${quoted(p.columns)}. Dòng tiêu đề cần có các cột: Họ và tên (hoặc Tên tập thể), Đơn vị, ` +
      'Hình thức khen thưởng, Năm, Số quyết định, Ngày quyết định, Người ký (hoặc Cấp khen thưởng).',
    en: (p) =>
      `The file lacks the required column(s) ${quoted(p.columns)}. The header row needs: Họ và tên (or Tên tập thể), ` +
      'Đơn vị, Hình thức khen thưởng, Năm, Số quyết định, Ngày quyết định, Người ký (or Cấp khen thưởng).',
  }),
  unitRequired: message({
    code: ErrorCode.NOT_FOUND,
    example: { code: '99' },
    vi: (p) => `Không có đơn vị mã ${p.code}.`,
    en: (p) => `No unit has the code ${p.code}.`,
  }),

  // One row: why it was not imported.
  cellRequired: message({
    code: ErrorCode.REQUIRED,
    example: { column: 'Số quyết định' },
    vi: (p) => `Cột "${p.column}" để trống.`,
    en: (p) => `The "${p.column}" cell is empty.`,
  }),
  cellTooLong: message({
    code: ErrorCode.TEXT_TOO_LONG,
    example: { column: 'Họ và tên', max: 200 },
    vi: (p) => `Cột "${p.column}" dài quá ${p.max} ký tự.`,
    en: (p) => `The "${p.column}" cell is longer than ${p.max} characters.`,
  }),
  dateInvalid: message({
    code: ErrorCode.INVALID_VALUE,
    example: { column: 'Ngày quyết định', value: '31/02/2023' },
    vi: (p) => `Cột "${p.column}": "${p.value}" không phải một ngày (ghi ngày/tháng/năm, ví dụ 15/03/2023).`,
    en: (p) => `"${p.column}": "${p.value}" is not a day (write dd/mm/yyyy, e.g. 15/03/2023, or YYYY-MM-DD).`,
  }),
  dateInFuture: message({
    code: ErrorCode.INVALID_VALUE,
    example: { column: 'Ngày quyết định', value: '2099-01-05' },
    vi: (p) => `Cột "${p.column}": ngày ${dayVi(p.value)} chưa đến.`,
    en: (p) => `"${p.column}": ${p.value} is a day still to come.`,
  }),
  yearInvalid: message({
    code: ErrorCode.INVALID_VALUE,
    example: { value: '20233' },
    vi: (p) => `Cột "Năm": "${p.value}" không phải năm của thành tích (bốn chữ số, không muộn hơn năm nay).`,
    en: (p) => `"Năm": "${p.value}" is not the year of the achievement (four digits, not after this year).`,
  }),
  identityNumberInvalid: message({
    code: ErrorCode.INVALID_VALUE,
    example: { value: '03509300123' },
    vi: (p) => `Số căn cước "${p.value}" không hợp lệ: phải đủ 12 chữ số.`,
    en: (p) => `"${p.value}" is not an identity (CCCD) number: exactly 12 digits.`,
  }),
  kindUnknown: message({
    code: ErrorCode.INVALID_VALUE,
    example: { value: 'Đoàn thể' },
    vi: (p) => `Cột "Loại đối tượng": "${p.value}" không phải Cá nhân, Tập thể hay Hộ gia đình.`,
    en: (p) =>
      `"Loại đối tượng": "${p.value}" is not Cá nhân (individual), Tập thể (collective) or Hộ gia đình (household).`,
  }),
  commendationKindUnknown: message({
    code: ErrorCode.INVALID_VALUE,
    example: { value: 'Thường niên' },
    vi: (p) =>
      `Cột "Loại khen thưởng": "${p.value}" không phải Công trạng, Chuyên đề, Đột xuất, Cống hiến hay Niên hạn.`,
    en: (p) =>
      `"Loại khen thưởng": "${p.value}" is not Công trạng, Chuyên đề, Đột xuất, Cống hiến or Niên hạn (the kinds of Law 06/2022).`,
  }),
  unitNotFound: message({
    code: ErrorCode.NOT_FOUND,
    example: { value: 'Phường Bắc Lệnh', importingUnit: 'Tỉnh Lào Cai' },
    vi: (p) => `Không tìm thấy đơn vị "${p.value}" (theo mã hoặc tên) trong ${p.importingUnit}.`,
    en: (p) => `No unit "${p.value}" (by code or name) in ${p.importingUnit}.`,
  }),
  unitOutside: message({
    code: ErrorCode.ROLE_ABOVE_OWN,
    example: { value: '16663', unitName: 'Phường Đông Vĩnh', importingUnit: 'Tỉnh Lào Cai' },
    vi: (p) => `Đơn vị "${p.value}" (${p.unitName}) không thuộc ${p.importingUnit}, đơn vị đang nhập sổ.`,
    en: (p) => `Unit "${p.value}" (${p.unitName}) is not within ${p.importingUnit}, the unit importing the register.`,
  }),
  unitAmbiguous: message({
    code: ErrorCode.DUPLICATE,
    example: { value: 'Xã Tân An', count: 2 },
    vi: (p) => `Có ${p.count} đơn vị cùng tên "${p.value}"; hãy ghi mã đơn vị thay cho tên.`,
    en: (p) => `${p.count} units are called "${p.value}"; write the unit's code instead of its name.`,
  }),
  awardNotFound: message({
    code: ErrorCode.NOT_FOUND,
    example: { value: 'Giấy khen của Giám đốc Công an tỉnh' },
    vi: (p) => `Hình thức khen thưởng "${p.value}" không có trong danh mục (ghi mã hoặc đúng tên trong danh mục).`,
    en: (p) => `"${p.value}" is not in the award catalogue (write its code or its catalogue name).`,
  }),
  awardKindMismatch: message({
    code: ErrorCode.NOMINEE_KIND_NOT_ALLOWED,
    example: { award: 'Danh hiệu Lao động tiên tiến', kind: 'COLLECTIVE' as NomineeKind },
    vi: (p) => `${p.award} không dùng để khen ${NOMINEE_KIND_LABELS[p.kind].vi}.`,
    en: (p) => `${p.award} is not given to a ${NOMINEE_KIND_LABELS[p.kind].en}.`,
  }),
  identityNumberOtherName: message({
    code: ErrorCode.IDENTITY_NUMBER_TAKEN,
    example: { value: '035093001234', name: 'Nguyễn Thị Hoa' },
    vi: (p) => `Số căn cước ${p.value} đã ghi cho "${p.name}", khác họ tên ở dòng này; hãy kiểm tra lại.`,
    en: (p) => `Identity number ${p.value} belongs to "${p.name}", not the name on this row; check it.`,
  }),
  nomineeAmbiguous: message({
    code: ErrorCode.DUPLICATE,
    example: { name: 'Nguyễn Văn An', count: 2, unit: 'Phường Xuân Tăng' },
    vi: (p) =>
      `${p.unit} có ${p.count} đối tượng cùng tên "${p.name}"; hãy ghi số căn cước hoặc ngày sinh để phân biệt.`,
    en: (p) =>
      `${p.unit} has ${p.count} nominees called "${p.name}"; give the identity number or date of birth to tell them apart.`,
  }),
};
