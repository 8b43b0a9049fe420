import { ErrorCode } from '../error-codes';
import { message, text } from './message';

/** Exports of lists (XLSX, CSV): refusals and the notice sent when a background export is ready. */
export const exportMessages = {
  roundNotVisible: message({
    code: ErrorCode.NOT_FOUND,
    example: {},
    vi: () => 'Không tìm thấy đợt xét khen thưởng này trong phạm vi đơn vị của bạn.',
    en: () => 'No commendation round of your units has this id.',
  }),
  readyTitle: text({
    example: { title: 'Danh sách hồ sơ đề nghị khen thưởng' },
    vi: (p: { title: string }) => `Tệp kết xuất đã sẵn sàng: ${p.title}`,
    en: (p: { title: string }) => `Your export is ready: ${p.title}`,
  }),
  readyBody: text({
    example: { fileName: 'danh-sach-de-nghi.xlsx', rows: 2500, path: '/files/3f1c…' },
    vi: (p: { fileName: string; rows: number; path: string }) =>
      `Tệp ${p.fileName} (${p.rows} dòng) đã được tạo. Tải xuống tại: ${p.path}`,
    en: (p: { fileName: string; rows: number; path: string }) =>
      `${p.fileName} (${p.rows} rows) is ready. Download it from ${p.path}`,
  }),
};
