import type { TaskStatus } from '../../domain/enums';
import { DECISION_LABELS, TASK_KIND_LABELS, TASK_STATUS_LABELS } from '../../domain/messages/labels';
import { myTasks } from '../services/task.service';
import { MAX_PAGE } from '../store/pagination';
import { cellLabel, pagesOf, type ExportSource } from './export-source';

export interface TaskExportFilter {
  /** Open and claimed tasks by default, as in the inbox. */
  status?: TaskStatus[] | null;
}

const POPULATE = ['nomination', 'unit'] as const;

/** The viewer's inbox (query `myTasks`) with its filter. */
export const taskExport: ExportSource<TaskExportFilter> = {
  title: () => 'Danh sách công việc xử lý hồ sơ',
  fileBase: 'cong-viec',
  columns: [
    { header: 'Tên cá nhân, tập thể, hộ gia đình', width: 34 },
    { header: 'Bước xử lý', width: 28 },
    { header: 'Công việc', width: 24 },
    { header: 'Đơn vị xử lý', width: 28 },
    { header: 'Trạng thái', width: 16 },
    { header: 'Ngày giao', type: 'date', width: 12 },
    { header: 'Hạn xử lý', type: 'date', width: 12 },
    { header: 'Ý kiến xử lý', width: 16 },
    { header: 'Ngày xử lý xong', type: 'date', width: 14 },
  ],
  async count(em, viewer, filter) {
    return (await myTasks(em, viewer, filter.status, { first: 1 })).totalCount;
  },
  async *batches(em, viewer, filter, size) {
    const first = Math.min(size, MAX_PAGE);
    const pages = pagesOf((after) => myTasks(em, viewer, filter.status, { first, after }, { populate: POPULATE }));
    for await (const tasks of pages) {
      yield tasks.map((t) => [
        t.nomination.nomineeName,
        t.stageName,
        cellLabel(TASK_KIND_LABELS[t.kind]),
        t.unit.name,
        cellLabel(TASK_STATUS_LABELS[t.status]),
        t.createdAt,
        t.dueAt,
        t.outcome ? cellLabel(DECISION_LABELS[t.outcome]) : null,
        t.closedAt ?? null,
      ]);
    }
  },
};
