import { unitWorkload, type UnitWorkload } from '../services/monitoring.service';
import type { ExportSource } from './export-source';

export interface MonitoringExportFilter {
  unitId: string;
  periodId: string;
}

function row(label: string, w: UnitWorkload) {
  return [
    label,
    w.openTasks,
    w.overdueTasks,
    w.decidedTasks,
    w.escalatedTasks,
    w.medianWorkingDaysToDecision === null ? null : Math.round(w.medianWorkingDaysToDecision * 10) / 10,
  ];
}

/** The monitoring figures of a unit and its direct children for a period (query `unitWorkload`). */
export const monitoringExport: ExportSource<MonitoringExportFilter> = {
  title: () => 'Số liệu theo dõi tiến độ xử lý hồ sơ',
  fileBase: 'so-lieu-theo-doi',
  columns: [
    { header: 'Đơn vị', width: 34 },
    { header: 'Việc đang chờ xử lý', type: 'number', width: 14 },
    { header: 'Việc quá hạn', type: 'number', width: 12 },
    { header: 'Việc đã xử lý', type: 'number', width: 12 },
    { header: 'Việc đã chuyển cấp trên', type: 'number', width: 14 },
    { header: 'Số ngày làm việc đến khi xử lý (trung vị)', type: 'number', width: 20 },
  ],
  unitId: (filter) => filter.unitId,
  async count(em, viewer, filter) {
    const report = await unitWorkload(em, viewer, filter.unitId, filter.periodId);
    return report.children.length + 1;
  },
  async *batches(em, viewer, filter) {
    // One query counts the whole subtree: a handful of rows, one batch.
    const report = await unitWorkload(em, viewer, filter.unitId, filter.periodId);
    yield [
      row(`${report.total.unit.name} (toàn bộ)`, report.total),
      ...report.children.map((child) => row(child.unit.name, child)),
    ];
  },
};
