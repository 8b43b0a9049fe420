import { vietnamDayStart } from '../../domain/period-timing';
import { listAwardRegistry, type AwardRegistryFilter } from '../services/award-registry.service';
import { MAX_PAGE } from '../store/pagination';
import { pagesOf, type ExportSource } from './export-source';

/** The award registry (query `awardRegistry`) with its filters. */
export const registryExport: ExportSource<AwardRegistryFilter> = {
  title: (filter) => `Sổ theo dõi khen thưởng${filter.year ? ` năm ${filter.year}` : ''}`,
  fileBase: 'so-khen-thuong',
  columns: [
    { header: 'Tên cá nhân, tập thể, hộ gia đình', width: 34 },
    { header: 'Hình thức khen thưởng', width: 30 },
    { header: 'Năm thành tích', type: 'number', width: 10 },
    { header: 'Số quyết định', width: 16 },
    { header: 'Ngày quyết định', type: 'date', width: 14 },
    { header: 'Người ký', width: 30 },
    { header: 'Đơn vị đề nghị', width: 28 },
    { header: 'Phong trào thi đua', width: 36 },
    { header: 'Số vào sổ', width: 14 },
    { header: 'Ngày thu hồi', type: 'date', width: 14 },
  ],
  unitId: (filter) => filter.unitId,
  async count(em, viewer, filter) {
    return (await listAwardRegistry(em, viewer, filter, { first: 1 })).totalCount;
  },
  async *batches(em, viewer, filter, size) {
    const first = Math.min(size, MAX_PAGE);
    for await (const records of pagesOf((after) => listAwardRegistry(em, viewer, filter, { first, after }))) {
      // The registry's page loads no relations: one statement per batch for each of them.
      await em.populate(records, ['nominee', 'award', 'unit', 'movement']);
      yield records.map((r) => [
        r.nominee.name,
        r.award.name,
        r.year,
        r.decisionNumber,
        vietnamDayStart(r.decisionDate),
        r.issuerName,
        r.unit.name,
        r.movement?.name ?? r.movementName ?? null,
        r.certificateNumber ?? null,
        r.revokedAt ?? null,
      ]);
    }
  },
};
