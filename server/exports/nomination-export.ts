import type { EntityManager } from '@mikro-orm/postgresql';
import { NOMINEE_KIND_LABELS, STATUS_LABELS } from '../../domain/messages/labels';
import { vietnamDayStart } from '../../domain/period-timing';
import type { Viewer } from '../auth/viewer';
import { listNominations, type NominationListFilter } from '../services/nomination.service';
import { MAX_PAGE } from '../store/pagination';
import { cellLabel, pagesOf, type ExportSource } from './export-source';

const POPULATE = ['unit', 'award', 'movement', 'period'] as const;

/** The nominations list (query `nominations`) with its filters. */
export const nominationExport: ExportSource<NominationListFilter> = {
  title: () => 'Danh sách hồ sơ đề nghị khen thưởng',
  fileBase: 'danh-sach-de-nghi',
  columns: [
    { header: 'Tên cá nhân, tập thể, hộ gia đình', width: 34 },
    { header: 'Đối tượng', width: 14 },
    { header: 'Đơn vị đề nghị', width: 28 },
    { header: 'Phong trào con', width: 36 },
    { header: 'Đợt', width: 16 },
    { header: 'Hình thức khen thưởng đề nghị', width: 30 },
    { header: 'Trạng thái', width: 18 },
    { header: 'Ngày tạo', type: 'date', width: 12 },
    { header: 'Ngày gửi', type: 'date', width: 12 },
    { header: 'Số quyết định', width: 16 },
    { header: 'Ngày quyết định', type: 'date', width: 14 },
    { header: 'Số hiệu bằng khen, giấy khen', width: 18 },
  ],
  unitId: (filter) => filter.unitId,
  async count(em: EntityManager, viewer: Viewer, filter) {
    return (await listNominations(em, viewer, filter, { first: 1 })).totalCount;
  },
  async *batches(em, viewer, filter, size) {
    const first = Math.min(size, MAX_PAGE);
    const pages = pagesOf((after) => listNominations(em, viewer, filter, { first, after }, { populate: POPULATE }));
    for await (const nominations of pages) {
      yield nominations.map((n) => [
        n.nomineeName,
        cellLabel(NOMINEE_KIND_LABELS[n.nomineeKind]),
        n.unit.name,
        n.movement.name,
        n.period.name,
        n.award.name,
        cellLabel(STATUS_LABELS[n.status]),
        n.createdAt,
        n.submittedAt ?? null,
        n.decisionNumber ?? null,
        n.decisionDate ? vietnamDayStart(n.decisionDate) : null,
        n.certificateNumber ?? null,
      ]);
    }
  },
};
