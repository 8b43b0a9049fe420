/**
 * Where the fields of a certificate (Bằng khen, Giấy khen) go on the page. A province prints either
 * the whole certificate on plain paper or only the fields onto its own pre-printed blank forms, so
 * every position is data the unit configures, in millimetres from the top-left corner of the sheet.
 */

export enum CertificatePageSize {
  A4 = 'A4',
  A3 = 'A3',
}

export enum CertificateOrientation {
  PORTRAIT = 'PORTRAIT',
  LANDSCAPE = 'LANDSCAPE',
}

export enum CertificatePrintMode {
  /** The whole certificate (border, Quốc hiệu, title, fields) on plain paper. */
  FULL = 'FULL',
  /** Only the fields, onto the province's pre-printed blank forms. */
  FIELDS_ONLY = 'FIELDS_ONLY',
}

export enum CertificateAlign {
  LEFT = 'LEFT',
  CENTER = 'CENTER',
  RIGHT = 'RIGHT',
}

/** The fields printed on every certificate, in print order. */
export const CERTIFICATE_FIELDS = [
  'recipientName',
  'recipientUnit',
  'achievement',
  'decisionNumber',
  'placeDate',
  'signerTitle',
  'signerName',
  'certificateNumber',
] as const;
export type CertificateField = (typeof CERTIFICATE_FIELDS)[number];

/** How each field is named to an officer (messages). */
export const CERTIFICATE_FIELD_LABELS: Record<CertificateField, { vi: string; en: string }> = {
  recipientName: { vi: 'Tên người, tập thể được khen', en: 'recipient name' },
  recipientUnit: { vi: 'Chức vụ, đơn vị', en: 'recipient title and unit' },
  achievement: { vi: 'Thành tích', en: 'achievement' },
  decisionNumber: { vi: 'Số và ngày quyết định', en: 'decision number and date' },
  placeDate: { vi: 'Địa danh, ngày tháng', en: 'place and date' },
  signerTitle: { vi: 'Chức vụ người ký', en: 'signer title' },
  signerName: { vi: 'Họ tên người ký', en: 'signer name' },
  certificateNumber: { vi: 'Số vào sổ', en: 'certificate number' },
};

export interface FieldPosition {
  /** Left edge of the text box, mm from the sheet's left edge. */
  x: number;
  /** Top of the first line, mm from the sheet's top edge. */
  y: number;
  /** Width of the text box, mm; text wraps inside it. */
  width: number;
  /** Points. */
  fontSize: number;
  align: CertificateAlign;
}

export type CertificateLayout = Record<CertificateField, FieldPosition>;

export interface CertificatePage {
  pageSize: CertificatePageSize;
  orientation: CertificateOrientation;
}

const SHEETS: Record<CertificatePageSize, [number, number]> = { A4: [210, 297], A3: [297, 420] };

/** Width and height of the sheet in mm, as it lies when printed. */
export function sheetSize(page: CertificatePage): { width: number; height: number } {
  const [short, long] = SHEETS[page.pageSize];
  return page.orientation === CertificateOrientation.LANDSCAPE
    ? { width: long, height: short }
    : { width: short, height: long };
}

export const FONT_SIZE_MIN = 6;
export const FONT_SIZE_MAX = 72;
export const FIELD_WIDTH_MIN = 10;
const PT_TO_MM = 25.4 / 72;

/** What is wrong with one field's position, if anything. */
export type PositionProblem =
  | { field: CertificateField; problem: 'FONT_SIZE'; value: number }
  | { field: CertificateField; problem: 'OUTSIDE_PAGE'; width: number; height: number }
  | { field: CertificateField; problem: 'TOO_NARROW'; value: number };

/** Every field must fit on the sheet (one line of its font at least) with a readable font size. */
export function layoutProblems(page: CertificatePage, layout: CertificateLayout): PositionProblem[] {
  const { width, height } = sheetSize(page);
  const problems: PositionProblem[] = [];
  for (const field of CERTIFICATE_FIELDS) {
    const p = layout[field];
    const finite = [p.x, p.y, p.width, p.fontSize].every(Number.isFinite);
    if (!finite || p.fontSize < FONT_SIZE_MIN || p.fontSize > FONT_SIZE_MAX) {
      problems.push({ field, problem: 'FONT_SIZE', value: p.fontSize });
    } else if (p.width < FIELD_WIDTH_MIN) {
      problems.push({ field, problem: 'TOO_NARROW', value: p.width });
    } else if (p.x < 0 || p.y < 0 || p.x + p.width > width || p.y + p.fontSize * PT_TO_MM > height) {
      problems.push({ field, problem: 'OUTSIDE_PAGE', width, height });
    }
  }
  return problems;
}

const at = (x: number, y: number, width: number, fontSize: number, align = CertificateAlign.CENTER) => ({
  x,
  y,
  width,
  fontSize,
  align,
});

export const DEFAULT_PAGE: CertificatePage = {
  pageSize: CertificatePageSize.A4,
  orientation: CertificateOrientation.LANDSCAPE,
};

/**
 * The built-in layout when a unit configured none: A4 landscape (297 × 210 mm) with the Quốc hiệu
 * and the issuer above, the title in the middle, the fields below it; the decision and the register
 * number bottom left, the place, date and signature bottom right, as on the usual printed forms.
 */
/** On another sheet the same places scaled to it, so an A3 or portrait form needs no position typed in. */
export function defaultLayout(page: CertificatePage = DEFAULT_PAGE): CertificateLayout {
  const base: CertificateLayout = {
    recipientName: at(30, 90, 237, 22),
    recipientUnit: at(40, 101, 217, 14),
    achievement: at(40, 110, 217, 14),
    decisionNumber: at(22, 172, 125, 11),
    placeDate: at(160, 143, 115, 13),
    signerTitle: at(160, 150, 115, 13),
    signerName: at(160, 180, 115, 14),
    certificateNumber: at(22, 179, 125, 11),
  };
  const { width, height } = sheetSize(page);
  const [sx, sy] = [width / 297, height / 210];
  const round1 = (value: number) => Math.round(value * 10) / 10;
  // Type grows with the sheet's short side, as the printed headings do.
  const font = Math.min(width, height) / 210;
  return Object.fromEntries(
    CERTIFICATE_FIELDS.map((field) => {
      const p = base[field];
      const position = { ...p, x: round1(p.x * sx), y: round1(p.y * sy), width: round1(p.width * sx) };
      return [field, { ...position, fontSize: round1(p.fontSize * font) }];
    }),
  ) as CertificateLayout;
}

/** Bằng khen or Giấy khen, from the award's code (the catalogue's codes: BANG_KHEN_…, GIAY_KHEN_…). */
export function certificateTitle(awardCode: string): string {
  if (awardCode.startsWith('BANG_KHEN')) return 'BẰNG KHEN';
  if (awardCode.startsWith('GIAY_KHEN')) return 'GIẤY KHEN';
  // A title (danh hiệu) is recognised by a certificate carrying its name.
  return 'GIẤY CHỨNG NHẬN';
}
