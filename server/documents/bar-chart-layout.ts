/**
 * Geometry of a simple or grouped bar chart, shared by the SVG and the pdfkit renderers so both draw the
 * same picture. Pure: text widths come from a `measure` function (an estimate for SVG, pdfkit's own for PDF).
 */

export interface BarSeries {
  name: string;
  values: number[];
  color?: string;
}

export interface BarChart {
  title: string;
  categories: string[];
  series: BarSeries[];
  /** Shown above the value axis, e.g. "Số lượt khen thưởng". */
  unitLabel?: string;
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Text placed by the top of its line box; `x` is the anchor point. */
export interface ChartText {
  x: number;
  y: number;
  text: string;
  size: number;
  bold?: boolean;
  anchor: 'start' | 'middle' | 'end';
}

export interface ChartRect {
  x: number;
  y: number;
  width: number;
  height: number;
  color: string;
  /** Which series and category the bar shows; legend swatches have none. */
  series?: number;
  category?: number;
}

export interface ChartLine {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  color: string;
  width: number;
}

export interface ChartLayout {
  texts: ChartText[];
  rects: ChartRect[];
  lines: ChartLine[];
}

export type Measure = (text: string, size: number, bold?: boolean) => number;

/** A serif face's average advance is about half its size; good enough to wrap labels in an SVG. */
export const estimateWidth: Measure = (text, size, bold) => text.length * size * (bold ? 0.53 : 0.48);

/** Distinct on paper and in grey print. */
export const PALETTE = ['#1f4e79', '#c55a11', '#548235', '#bf9000', '#7030a0', '#2e75b6', '#a50021', '#7f7f7f'];

/** Vietnamese number style: 1.234 and 12,5. */
export function formatCount(value: number): string {
  const [whole, fraction] = Math.abs(value)
    .toFixed(Number.isInteger(value) ? 0 : 1)
    .split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${value < 0 ? '-' : ''}${grouped}${fraction ? `,${fraction}` : ''}`;
}

/** Axis maximum and step on a 1–2–5 scale, whole numbers for counts. */
export function niceScale(max: number, integers: boolean): { max: number; step: number } {
  if (!(max > 0)) return { max: integers ? 5 : 1, step: integers ? 1 : 0.2 };
  const raw = max / 6; // five to seven gridlines
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const wholeStep = integers ? Math.max(1, Math.round(step)) : step;
  return { max: Math.ceil(max / wholeStep - 1e-9) * wholeStep, step: wholeStep };
}

/** Greedy word wrap into at most `maxLines` lines; the last line is cut with an ellipsis. */
export function wrapLabel(text: string, width: number, size: number, measure: Measure, maxLines = 3): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = current ? `${current} ${word}` : word;
    if (measure(candidate, size) <= width || !current) current = candidate;
    else {
      lines.push(current);
      current = word;
    }
  }
  if (current) lines.push(current);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  kept[maxLines - 1] = `${kept[maxLines - 1]}…`;
  return kept;
}

const AXIS = '#404040';
const GRID = '#d9d9d9';

export function layoutBarChart(chart: BarChart, box: Box, measure: Measure = estimateWidth): ChartLayout {
  const texts: ChartText[] = [];
  const rects: ChartRect[] = [];
  const lines: ChartLine[] = [];
  const scale = Math.min(1, Math.max(0.6, box.width / 700));
  const titleSize = 14 * scale;
  const labelSize = 10 * scale;
  const valueSize = 9 * scale;
  const pad = 8 * scale;
  const colors = chart.series.map((s, i) => s.color ?? PALETTE[i % PALETTE.length]);
  let top = box.y + pad;

  texts.push({ x: box.x + box.width / 2, y: top, text: chart.title, size: titleSize, bold: true, anchor: 'middle' });
  top += titleSize * 1.5;

  // Legend: one row of swatches, centred, wrapping onto further rows when the names are long.
  if (chart.series.length > 1) {
    const swatch = labelSize;
    const items = chart.series.map((s) => swatch + 4 + measure(s.name, labelSize) + 14 * scale);
    const rows: number[][] = [[]];
    let rowWidth = 0;
    items.forEach((w, i) => {
      if (rowWidth + w > box.width - 2 * pad && rows[rows.length - 1].length) {
        rows.push([]);
        rowWidth = 0;
      }
      rows[rows.length - 1].push(i);
      rowWidth += w;
    });
    for (const row of rows) {
      const total = row.reduce((sum, i) => sum + items[i], 0) - 14 * scale;
      let x = box.x + (box.width - total) / 2;
      for (const i of row) {
        rects.push({ x, y: top, width: swatch, height: swatch, color: colors[i] });
        texts.push({ x: x + swatch + 4, y: top, text: chart.series[i].name, size: labelSize, anchor: 'start' });
        x += items[i];
      }
      top += labelSize * 1.6;
    }
  }

  const values = chart.series.flatMap((s) => s.values);
  const integers = values.every((v) => Number.isInteger(v));
  const { max, step } = niceScale(Math.max(0, ...values), integers);
  const tickLabels: string[] = [];
  for (let v = 0; v <= max + step / 2; v += step) tickLabels.push(formatCount(Number(v.toFixed(6))));
  const axisLabelWidth = Math.max(...tickLabels.map((t) => measure(t, labelSize))) + 6 * scale;

  if (chart.unitLabel) {
    texts.push({ x: box.x + pad, y: top, text: chart.unitLabel, size: labelSize, anchor: 'start' });
    top += labelSize * 1.5;
  }
  top += valueSize * 1.3; // room for the value above the tallest bar

  const left = box.x + pad + axisLabelWidth;
  const right = box.x + box.width - pad;
  const groupWidth = (right - left) / Math.max(1, chart.categories.length);
  const wrapped = chart.categories.map((c) => wrapLabel(c, groupWidth - 4 * scale, labelSize, measure));
  const labelLines = Math.max(1, ...wrapped.map((w) => w.length));
  const bottom = box.y + box.height - pad - labelLines * labelSize * 1.2 - 4 * scale;
  const plotHeight = Math.max(10, bottom - top);
  const yOf = (v: number) => bottom - (v / max) * plotHeight;

  tickLabels.forEach((label, i) => {
    const y = yOf(i * step);
    if (i > 0) lines.push({ x1: left, y1: y, x2: right, y2: y, color: GRID, width: 0.5 });
    lines.push({ x1: left - 3 * scale, y1: y, x2: left, y2: y, color: AXIS, width: 0.75 });
    texts.push({ x: left - 5 * scale, y: y - labelSize * 0.55, text: label, size: labelSize, anchor: 'end' });
  });

  const seriesCount = Math.max(1, chart.series.length);
  const inner = groupWidth * 0.8;
  const barWidth = inner / seriesCount;
  chart.categories.forEach((_, c) => {
    const groupLeft = left + c * groupWidth + (groupWidth - inner) / 2;
    chart.series.forEach((s, i) => {
      const value = s.values[c] ?? 0;
      const x = groupLeft + i * barWidth + barWidth * 0.05;
      const y = yOf(Math.max(0, value));
      rects.push({ x, y, width: barWidth * 0.9, height: bottom - y, color: colors[i], series: i, category: c });
      texts.push({
        x: x + barWidth * 0.45,
        y: y - valueSize * 1.2,
        text: formatCount(value),
        size: valueSize,
        anchor: 'middle',
      });
    });
    wrapped[c].forEach((line, l) => {
      const y = bottom + 4 * scale + l * labelSize * 1.2;
      texts.push({ x: left + (c + 0.5) * groupWidth, y, text: line, size: labelSize, anchor: 'middle' });
    });
  });

  if (!chart.categories.length || !chart.series.length)
    texts.push({
      x: (left + right) / 2,
      y: (top + bottom) / 2,
      text: 'Không có số liệu',
      size: labelSize,
      anchor: 'middle',
    });
  lines.push({ x1: left, y1: yOf(max), x2: left, y2: bottom, color: AXIS, width: 1 });
  lines.push({ x1: left, y1: bottom, x2: right, y2: bottom, color: AXIS, width: 1 });
  return { texts, rects, lines };
}
