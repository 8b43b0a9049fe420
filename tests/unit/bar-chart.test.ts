import { barChartSvg, drawBarChart } from '../../server/documents/bar-chart';
import { formatCount, niceScale, wrapLabel, estimateWidth } from '../../server/documents/bar-chart-layout';
import { createPdf, pdfBytes } from '../../server/documents/pdf-document';

const chart = {
  title: 'Số lượt khen thưởng năm 2026 theo đơn vị',
  unitLabel: 'Số lượt',
  categories: ['UBND xã Xuân Tăng', 'Phường Cốc Lếu', 'Xã Tịnh Biên'],
  series: [
    { name: 'Giấy khen', values: [12, 3, 0] },
    { name: 'Bằng khen của Chủ tịch UBND tỉnh', values: [4, 1, 2] },
  ],
};

const bars = (svg: string) => [...svg.matchAll(/<rect class="bar" [^>]*height="([\d.]+)"/g)].map((m) => Number(m[1]));
const texts = (svg: string) => [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);

describe('barChartSvg', () => {
  const svg = barChartSvg(chart);

  it('draws one bar per value, in proportion, zero as an empty bar', () => {
    const heights = bars(svg);
    expect(heights).toHaveLength(6);
    // category-major order: Xuân Tăng (12, 4), Cốc Lếu (3, 1), Tịnh Biên (0, 2)
    expect(heights[0] / heights[1]).toBeCloseTo(3, 1);
    expect(heights[4]).toBe(0);
  });

  it('writes the title, category labels, series legend, values and the serif face', () => {
    const all = texts(svg);
    expect(all[0]).toBe(chart.title);
    expect(all).toEqual(expect.arrayContaining(['Giấy khen', 'Bằng khen của Chủ tịch UBND tỉnh', 'Số lượt', '12', '0']));
    expect(all.join(' ')).toContain('Xuân Tăng');
    expect(svg).toContain('font-family="Tinos, \'Times New Roman\', serif"');
    expect(svg.match(/class="legend"/g)).toHaveLength(2);
  });

  it('has axis ticks from 0 to a round maximum', () => {
    const all = texts(svg);
    expect(all).toEqual(expect.arrayContaining(['0', '2', '4', '12']));
  });

  it('escapes markup in labels and shows no legend for a single series', () => {
    const one = barChartSvg({ title: 'A & B <c>', categories: ['x'], series: [{ name: 'Tổng', values: [1] }] });
    expect(one).toContain('A &amp; B &lt;c&gt;');
    expect(one).not.toContain('class="legend"');
    expect(bars(one)).toHaveLength(1);
  });

  it('says "Không có số liệu" when there is nothing to draw', () => {
    const none = barChartSvg({ title: 'Trống', categories: [], series: [] });
    expect(texts(none)).toContain('Không có số liệu');
    expect(bars(none)).toHaveLength(0);
  });
});

describe('chart helpers', () => {
  it.each([
    [0, 5, 1],
    [12, 12, 2],
    [3, 3, 1],
    [480, 500, 100],
  ])('niceScale(%d) for counts → max %d, step %d', (max, axisMax, step) => {
    expect(niceScale(max, true)).toEqual({ max: axisMax, step });
  });

  it('formats counts the Vietnamese way', () => {
    expect(formatCount(1234567)).toBe('1.234.567');
    expect(formatCount(12.5)).toBe('12,5');
  });

  it('wraps long labels and cuts after three lines', () => {
    const lines = wrapLabel('Ủy ban nhân dân xã Xuân Tăng thành phố Lào Cai tỉnh Lào Cai', 60, 10, estimateWidth);
    expect(lines).toHaveLength(3);
    expect(lines[2].endsWith('…')).toBe(true);
  });
});

describe('drawBarChart', () => {
  it('draws into a PDF without moving the cursor or adding pages', async () => {
    const doc = createPdf({ layout: 'landscape' });
    const before = { x: doc.x, y: doc.y };
    drawBarChart(doc, chart, { x: 60, y: 300, width: 700, height: 260 });
    expect({ x: doc.x, y: doc.y }).toEqual(before);
    const bytes = await pdfBytes(doc);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.toString('latin1').match(/\/Type \/Page\b/g)).toHaveLength(1);
  });
});
