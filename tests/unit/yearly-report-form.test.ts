import { mkdirSync, writeFileSync } from 'node:fs';
import { AdminLevel, AwardKind, AwardLevel } from '../../domain/enums';
import { yearlyChart, yearlyReportPdf } from '../../server/documents/yearly-report/yearly-report-pdf';
import { buildYearlyForm } from '../../server/services/reports/yearly-report-form';
import type { StatisticsRow, YearlyStatistics } from '../../server/services/reports/yearly-statistics.service';
import { pdfPageCount, pdfText } from '../support/document-checks';

const award = (code: string, name: string, grantingLevel: AwardLevel) => ({ code, name, grantingLevel, kind: AwardKind.FORM });
const AWARDS = [
  award('BANG_KHEN_THU_TUONG', 'Bằng khen của Thủ tướng Chính phủ', AwardLevel.NATIONAL),
  award('BANG_KHEN_CHU_TICH_TINH', 'Bằng khen của Chủ tịch UBND tỉnh', AwardLevel.PROVINCE),
  award('LAO_DONG_TIEN_TIEN', 'Danh hiệu Lao động tiên tiến', AwardLevel.COMMUNE),
];
const line = (key: string, label: string, counts: number[]): StatisticsRow => ({
  key,
  label,
  counts,
  total: counts.reduce((a, b) => a + b, 0),
});
const MOVEMENTS = ['Phong trào 1', 'Phong trào 2', 'Phong trào 3', 'Phong trào 4', 'Phong trào 5', 'Phong trào 6', 'Phong trào 7'];

function statistics(): YearlyStatistics {
  const units = [line('UNIT:a', 'Xã A', [0, 1, 6]), line('UNIT:b', 'Xã B', [1, 0, 0]), line('UNIT:c', 'Xã C', [0, 0, 0])];
  return {
    unit: { name: 'Tỉnh Lào Cai', code: '10', level: AdminLevel.PROVINCE, parent: null },
    year: 2026,
    awards: AWARDS,
    total: line('TOTAL', 'Tổng số', [1, 1, 6]),
    byNomineeKind: [line('KIND:COLLECTIVE', 'Tập thể', [1, 0, 0]), line('KIND:HOUSEHOLD', 'Hộ gia đình', [0, 0, 0]), line('KIND:INDIVIDUAL', 'Cá nhân', [0, 1, 6])],
    byCommendationKind: ['CONG_TRANG', 'CHUYEN_DE', 'DOT_XUAT', 'CONG_HIEN', 'NIEN_HAN'].map((k, i) => line(`METHOD:${k}`, k, i === 1 ? [1, 1, 6] : [0, 0, 0])),
    // Phong trào 1 and 7 have two awards each, the others one.
    byMovement: MOVEMENTS.map((m, i) => line(`MOVEMENT:${m}`, m, i === 0 ? [1, 1, 0] : [0, 0, i === 6 ? 2 : 1])),
    byUnit: units,
    byUnitAndMovement: [
      ...MOVEMENTS.map((movement) => ({ unitKey: 'UNIT:a', movement, count: 1 })),
      { unitKey: 'UNIT:b', movement: 'Phong trào 1', count: 1 },
    ],
  } as unknown as YearlyStatistics;
}

describe('buildYearlyForm', () => {
  const form = buildYearlyForm(statistics());

  it('groups the award columns by level and numbers the columns A, B, C, 1, 2…', () => {
    expect(form.groups.map((g) => [g.label, g.span])).toEqual([
      ['Khen thưởng cấp Nhà nước (Biểu 0602.N)', 1],
      ['Khen thưởng cấp tỉnh (Biểu 0603.N)', 1],
      ['Khen thưởng cấp huyện, cấp xã, cơ quan, đơn vị', 1],
    ]);
    expect(form.awardNames).toEqual(['Bằng khen của Thủ tướng Chính phủ', 'Bằng khen của Chủ tịch UBND tỉnh', 'Lao động tiên tiến']);
    expect(form.columnKeys).toEqual(['A', 'B', 'C', '1', '2', '3', '4']);
    expect(form.receivingUnit).toBe('Bộ Nội vụ (Ban Thi đua - Khen thưởng Trung ương)');
  });

  it('numbers the rows 01, 02… and leaves section headings without a code or counts', () => {
    const items = form.rows.filter((r) => r.style !== 'section');
    expect(items.map((r) => r.code)).toEqual(items.map((_, i) => String(i + 1).padStart(2, '0')));
    expect(form.rows[0]).toMatchObject({ label: 'Tổng số', code: '01', measure: 'Lượt', total: 8, style: 'total' });
    expect(form.rows[1]).toMatchObject({ label: '1. Chia theo đối tượng khen thưởng', code: '', total: null });
    expect(form.rows.find((r) => r.label === '- Hộ gia đình')).toMatchObject({ measure: 'Hộ', total: 0 });
  });
});

describe('yearlyChart', () => {
  it('shows units with awards, the five largest movements and the rest summed as "Phong trào khác"', () => {
    const chart = yearlyChart(statistics());
    expect(chart.categories).toEqual(['Xã A', 'Xã B']);
    expect(chart.series.map((s) => s.name)).toEqual(['Phong trào 1', 'Phong trào 7', 'Phong trào 2', 'Phong trào 3', 'Phong trào 4', 'Phong trào khác']);
    expect(chart.series[0].values).toEqual([1, 1]);
    expect(chart.series[5].values).toEqual([2, 0]);
  });

  it('a year without awards prints the form and says there is no chart', async () => {
    const empty = { ...statistics(), byMovement: [], byUnitAndMovement: [], byUnit: [line('UNIT:a', 'Xã A', [0, 0, 0])] };
    const bytes = await yearlyReportPdf(buildYearlyForm(empty as YearlyStatistics), empty as YearlyStatistics);
    expect(pdfText(bytes)).toContain('Năm 2026 không có khen thưởng nào; không có biểu đồ.');
    expect(pdfPageCount(bytes)).toBe(1);
    mkdirSync('.data/tmp', { recursive: true });
    writeFileSync('.data/tmp/yearly-report-empty.pdf', bytes);
  });
});
