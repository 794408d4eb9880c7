// A small layer over pdfkit for the printable reports: a cover block, headings, figure tiles and a
// table that wraps its cells, repeats its header row on every page and splits a row taller than a
// page; then running heads and "Page x of y" footers once the page count is known.
//
// Text is wrapped here (./text-wrap) rather than by pdfkit so that a row's height is known before
// it is drawn: page breaks and repeated headers depend on it.
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import PDFDocument from 'pdfkit';
import type { Language } from '../../../shared/contract';
import { breakableParts, wrapText } from './text-wrap';

// ---------------------------------------------------------------------------------------------
// Fonts

export interface PdfFontFiles {
  regular: string;
  bold: string;
}

/**
 * Noto Sans SC (Adobe / Google, SIL Open Font License 1.1) from the npm package
 * @expo-google-fonts/noto-sans-sc: full static TrueType files, about 10.5 MB per weight, covering
 * Simplified Chinese and Latin. TrueType outlines rather than the CID-keyed OTF of Source Han Sans,
 * because pdfkit's TrueType subsetter handles them reliably. pdfkit embeds only the glyphs a
 * document uses, so a report carries a few hundred kilobytes of font at most.
 */
const FONT_PACKAGE = '@expo-google-fonts/noto-sans-sc';
const NOTO_SANS_SC: PdfFontFiles = {
  regular: '400Regular/NotoSansSC_400Regular.ttf',
  bold: '700Bold/NotoSansSC_700Bold.ttf',
};

/**
 * The packaged app ships no node_modules: electron-builder copies the two font files to
 * `resources/fonts/`. The CLI, browser mode and tests find them in the font package.
 */
function locateFont(file: string): string {
  const resources = (process as NodeJS.Process & { resourcesPath?: string }).resourcesPath;
  if (resources) {
    const packaged = join(resources, 'fonts', basename(file));
    if (existsSync(packaged)) return packaged;
  }
  return createRequire(import.meta.url).resolve(`${FONT_PACKAGE}/${file}`);
}

/**
 * The fonts for a document in `language`. Noto Sans SC serves both languages: its Latin is a
 * proper text face, and English workspaces hold Chinese names and notes too, which must not turn
 * into empty boxes.
 */
export function fontsFor(_language: Language): PdfFontFiles {
  return { regular: locateFont(NOTO_SANS_SC.regular), bold: locateFont(NOTO_SANS_SC.bold) };
}

// ---------------------------------------------------------------------------------------------
// The document

export const PDF_COLORS = {
  text: '#1B232E',
  muted: '#5B6675',
  accent: '#1F3A5F',
  accentSoft: '#E4EBF3',
  zebra: '#F6F8FA',
  rule: '#D3DAE2',
  onAccent: '#FFFFFF',
  positive: '#1E6B3A',
  warning: '#8A5A00',
  negative: '#A12C2C',
} as const;

export interface PdfDocumentOptions {
  language: Language;
  layout: 'portrait' | 'landscape';
  /** Document properties; `createdAt` comes from the caller so the same input gives the same file. */
  info: { title: string; author: string; subject: string; keywords?: string; createdAt: Date };
  /** Footer of every page: `text` on the left, the page label on the right. */
  footer: { text: string; pageLabel: (page: number, pages: number) => string };
  /** Top of every page but the first (the cover has its own title). */
  runningHead?: { left: string; right: string };
}

export interface PdfTextCell {
  text: string;
  color?: string;
  bold?: boolean;
}
export type PdfCell = string | PdfTextCell;

export interface PdfColumn {
  header: string;
  /** Share of the table's width. */
  weight: number;
  align?: 'left' | 'center' | 'right';
}

/** A data row, or a group heading spanning the table (kept with the row that follows it). */
export type PdfRow = { cells: readonly PdfCell[] } | { group: string };

export interface PdfTable {
  columns: readonly PdfColumn[];
  rows: readonly PdfRow[];
  fontSize?: number;
  /** Off for small figure tables whose group rows already say what they hold. */
  showHeader?: boolean;
  /** The group heading repeated at the top of a page that continues a group, e.g. `… (continued)`. */
  continued?: (group: string) => string;
}

export interface PdfTile {
  value: string;
  label: string;
  color?: string;
}

type Align = 'left' | 'center' | 'right';

const MARGIN = { top: 46, bottom: 46, left: 36, right: 36 };
const CELL_PAD_X = 4;
const CELL_PAD_Y = 3.5;

export class PdfDocument {
  private readonly doc: PDFKit.PDFDocument;
  private readonly fonts: PdfFontFiles;
  private readonly output: Promise<Buffer>;
  private cursor: number;
  /** The font size last set, which pdfkit does not expose. */
  private size = 10;
  /**
   * Noto Sans SC draws quotes, apostrophes and brackets full-width, as Chinese sets them; English
   * text asks for the font's proportional forms (OpenType `pwid`), in drawing and measuring alike.
   */
  private readonly features: PDFKit.Mixins.OpenTypeFeatures[];

  constructor(private readonly options: PdfDocumentOptions) {
    this.fonts = fontsFor(options.language);
    this.features = options.language === 'zh-CN' ? [] : ['pwid'];
    const { info } = options;
    this.doc = new PDFDocument({
      size: 'A4',
      layout: options.layout,
      margins: MARGIN,
      // Pages stay in memory until the end so the footers can say how many there are.
      bufferPages: true,
      // A font file as the default keeps pdfkit from loading its built-in Helvetica metrics.
      font: this.fonts.regular,
      lang: options.language,
      displayTitle: true,
      pdfVersion: '1.7',
      info: { Title: info.title, Author: info.author, Subject: info.subject, Keywords: info.keywords ?? '', Creator: 'Custos', Producer: 'Custos', CreationDate: info.createdAt, ModDate: info.createdAt },
    });
    const chunks: Buffer[] = [];
    this.output = new Promise<Buffer>((resolve, reject) => {
      this.doc.on('data', (chunk: Buffer) => chunks.push(chunk));
      this.doc.on('end', () => resolve(Buffer.concat(chunks)));
      this.doc.on('error', reject);
    });
    this.cursor = MARGIN.top;
  }

  get left(): number {
    return MARGIN.left;
  }
  get width(): number {
    return this.doc.page.width - MARGIN.left - MARGIN.right;
  }
  private get bottom(): number {
    return this.doc.page.height - MARGIN.bottom;
  }
  /** Where the next block starts on the current page. */
  get y(): number {
    return this.cursor;
  }
  set y(value: number) {
    this.cursor = value;
  }

  addPage(): void {
    this.doc.addPage();
    this.cursor = MARGIN.top;
  }

  /** Starts a new page unless `height` still fits on this one. */
  ensureSpace(height: number): void {
    if (this.cursor + height > this.bottom) this.addPage();
  }

  // -- text primitives ---------------------------------------------------------------------------

  private use(bold: boolean, size: number, color?: string): void {
    this.doc.font(bold ? this.fonts.bold : this.fonts.regular).fontSize(size);
    this.size = size;
    if (color) this.doc.fillColor(color);
  }

  /**
   * Distance between the lines of a paragraph at `size`. Chinese reads best with more leading than
   * Latin text; Noto Sans SC's own ascent plus descent (1.45 em) is a good measure for it.
   */
  private lineHeight(size: number): number {
    return size * (this.options.language === 'zh-CN' ? 1.45 : 1.32);
  }

  private measure(text: string): number {
    return this.doc.widthOfString(text, { features: this.features });
  }

  private wrap(text: string, width: number, bold: boolean, size: number): string[] {
    this.use(bold, size);
    return wrapText(text, width, (s) => this.measure(s));
  }

  /**
   * One line in the line box whose top is `y`, in the current font and size, `width` wide; never
   * wraps and never adds a page. pdfkit places text by the top of the font's own box, so the box is
   * centred in the line's height, as CSS does with half-leading.
   */
  private line(text: string, x: number, y: number, width: number, align: Align = 'left'): void {
    if (!text) return;
    const size = this.size;
    const measured = this.measure(text);
    const dx = align === 'right' ? width - measured : align === 'center' ? (width - measured) / 2 : 0;
    const dy = (this.lineHeight(size) - this.doc.currentLineHeight(false)) / 2;
    this.doc.text(text, x + Math.max(0, dx), y + dy, { lineBreak: false, features: this.features });
  }

  /** `text` cut to `width` in the current font, with an ellipsis when something was cut. */
  private fit(text: string, width: number): string {
    if (this.measure(text) <= width) return text;
    const chars = [...text];
    while (chars.length > 0 && this.measure(`${chars.join('')}…`) > width) chars.pop();
    return `${chars.join('').trimEnd()}…`;
  }

  /** A wrapped paragraph at the cursor. */
  paragraph(text: string, options: { size?: number; color?: string; bold?: boolean; gapAfter?: number } = {}): void {
    const size = options.size ?? 10;
    const bold = options.bold ?? false;
    const lines = this.wrap(text, this.width, bold, size);
    const lh = this.lineHeight(size);
    for (const part of lines) {
      this.ensureSpace(lh);
      this.use(bold, size, options.color ?? PDF_COLORS.text);
      this.line(part, this.left, this.cursor, this.width);
      this.cursor += lh;
    }
    this.cursor += options.gapAfter ?? 6;
  }

  heading(text: string, level: 1 | 2 = 1): void {
    const size = level === 1 ? 15 : 11.5;
    const lh = this.lineHeight(size);
    // Keep a heading with at least a few lines of what follows it.
    this.ensureSpace(lh + 60);
    this.cursor += level === 1 ? 4 : 2;
    this.use(true, size, PDF_COLORS.accent);
    for (const part of this.wrap(text, this.width, true, size)) {
      this.line(part, this.left, this.cursor, this.width);
      this.cursor += lh;
    }
    this.cursor += level === 1 ? 6 : 3;
  }

  /**
   * The title block of a report's first page: an accent rule, a small kicker line, the title, a
   * subtitle, then label–value lines.
   */
  cover(spec: { kicker?: string; title: string; subtitle?: string; meta: readonly (readonly [string, string])[] }): void {
    const { doc } = this;
    doc.rect(0, 0, doc.page.width, 8).fill(PDF_COLORS.accent);
    let y = MARGIN.top + 14;
    if (spec.kicker) {
      this.use(true, 10, PDF_COLORS.muted);
      this.line(spec.kicker, this.left, y, this.width);
      y += this.lineHeight(10) + 4;
    }
    const titleLh = this.lineHeight(26);
    for (const text of this.wrap(spec.title, this.width, true, 26)) {
      this.use(true, 26, PDF_COLORS.accent);
      this.line(text, this.left, y, this.width);
      y += titleLh;
    }
    if (spec.subtitle) {
      y += 2;
      const lh = this.lineHeight(15);
      for (const text of this.wrap(spec.subtitle, this.width, false, 15)) {
        this.use(false, 15, PDF_COLORS.text);
        this.line(text, this.left, y, this.width);
        y += lh;
      }
    }
    y += 12;
    doc.moveTo(this.left, y).lineTo(this.left + this.width, y).lineWidth(0.75).strokeColor(PDF_COLORS.rule).stroke();
    y += 10;
    this.use(true, 10);
    const labelWidth = Math.max(90, ...spec.meta.map(([label]) => this.measure(label))) + 14;
    const lh = this.lineHeight(10);
    for (const [label, value] of spec.meta) {
      this.use(true, 10, PDF_COLORS.muted);
      this.line(label, this.left, y, labelWidth);
      const lines = this.wrap(value, this.width - labelWidth, false, 10);
      for (const text of lines) {
        this.use(false, 10, PDF_COLORS.text);
        this.line(text, this.left + labelWidth, y, this.width - labelWidth);
        y += lh;
      }
      y += 1;
    }
    this.cursor = y + 14;
  }

  /** A row of figure tiles: a large number over a short label. */
  tiles(items: readonly PdfTile[]): void {
    if (items.length === 0) return;
    const gap = 10;
    const height = 58;
    this.ensureSpace(height);
    const width = (this.width - gap * (items.length - 1)) / items.length;
    items.forEach((item, index) => {
      const x = this.left + index * (width + gap);
      this.doc.rect(x, this.cursor, width, height).fill(PDF_COLORS.accentSoft);
      this.doc.rect(x, this.cursor, 3, height).fill(item.color ?? PDF_COLORS.accent);
      this.use(true, 20, item.color ?? PDF_COLORS.accent);
      this.line(item.value, x + 12, this.cursor + 7, width - 18);
      this.use(false, 9, PDF_COLORS.text);
      this.line(this.fit(item.label, width - 18), x + 12, this.cursor + 36, width - 18);
    });
    this.cursor += height + 16;
  }

  // -- tables ----------------------------------------------------------------------------------

  /**
   * Column widths from the weights, widened where needed so that no header word is cut: the
   * narrow columns take what they need from the slack of the wide ones.
   */
  private columnWidths(columns: readonly PdfColumn[], tableWidth: number, size: number): number[] {
    const total = columns.reduce((sum, column) => sum + column.weight, 0);
    const widths = columns.map((column) => (column.weight / total) * tableWidth);
    this.use(true, size);
    const minimum = columns.map((column) => Math.max(0, ...breakableParts(column.header).map((part) => this.measure(part))) + 2 * CELL_PAD_X + 1);
    const deficit = widths.reduce((sum, width, i) => sum + Math.max(0, (minimum[i] ?? 0) - width), 0);
    const slack = widths.reduce((sum, width, i) => sum + Math.max(0, width - (minimum[i] ?? 0)), 0);
    if (deficit <= 0 || slack <= deficit) return widths;
    return widths.map((width, i) => {
      const min = minimum[i] ?? 0;
      return width < min ? min : width - ((width - min) / slack) * deficit;
    });
  }

  /**
   * Draws a table from the cursor (or `placement.y`), within `placement.x`/`width` or the full
   * text width. Returns the y where it ends; the cursor moves there too.
   */
  table(spec: PdfTable, placement: { x?: number; y?: number; width?: number } = {}): number {
    const size = spec.fontSize ?? 8;
    const x0 = placement.x ?? this.left;
    const tableWidth = placement.width ?? this.width;
    if (placement.y !== undefined) this.cursor = placement.y;
    const widths = this.columnWidths(spec.columns, tableWidth, size);
    const xs = widths.map((_w, i) => x0 + widths.slice(0, i).reduce((sum, w) => sum + w, 0));
    const lh = this.lineHeight(size);
    const inner = (i: number) => (widths[i] ?? 0) - 2 * CELL_PAD_X;
    const align = (i: number) => spec.columns[i]?.align ?? 'left';

    const showHeader = spec.showHeader ?? true;
    const headerLines = spec.columns.map((column, i) => this.wrap(column.header, inner(i), true, size));
    const headerHeight = showHeader ? Math.max(...headerLines.map((lines) => lines.length)) * lh + 2 * CELL_PAD_Y : 0;
    const groupSize = size + 0.5;
    const groupHeight = this.lineHeight(groupSize) + 2 * CELL_PAD_Y + 1;

    const drawHeader = () => {
      if (!showHeader) return;
      this.doc.rect(x0, this.cursor, tableWidth, headerHeight).fill(PDF_COLORS.accent);
      this.use(true, size, PDF_COLORS.onAccent);
      headerLines.forEach((lines, i) => lines.forEach((text, n) => this.line(text, (xs[i] ?? 0) + CELL_PAD_X, this.cursor + CELL_PAD_Y + n * lh, inner(i), align(i))));
      this.cursor += headerHeight;
    };
    const drawGroup = (label: string) => {
      this.doc.rect(x0, this.cursor, tableWidth, groupHeight).fill(PDF_COLORS.accentSoft);
      this.doc.rect(x0, this.cursor, 3, groupHeight).fill(PDF_COLORS.accent);
      this.use(true, groupSize, PDF_COLORS.accent);
      this.line(label, x0 + CELL_PAD_X + 4, this.cursor + CELL_PAD_Y + 0.5, tableWidth - 2 * CELL_PAD_X - 4);
      this.cursor += groupHeight;
    };
    let group: string | null = null;
    /** A page break inside a group repeats its heading, so every page says what it lists. */
    const newPage = (continuing: boolean) => {
      this.addPage();
      drawHeader();
      if (continuing && group !== null && spec.continued) drawGroup(spec.continued(group));
    };
    const cellOf = (cell: PdfCell | undefined): PdfTextCell => (typeof cell === 'string' ? { text: cell } : (cell ?? { text: '' }));
    const layout = (row: { cells: readonly PdfCell[] }) =>
      spec.columns.map((_c, i) => {
        const cell = cellOf(row.cells[i]);
        return this.wrap(cell.text, inner(i), cell.bold ?? false, size);
      });
    const linesOf = (cells: readonly string[][]) => Math.max(1, ...cells.map((cellLines) => cellLines.length));
    const oneLineRow = lh + 2 * CELL_PAD_Y;
    // Rows that fit on an empty page move there whole; only a taller one is split across pages.
    const linesPerPage = Math.floor((this.bottom - MARGIN.top - headerHeight - (spec.continued ? groupHeight : 0) - 2 * CELL_PAD_Y) / lh);

    // The header and the first line of the first row must share a page.
    if (this.cursor + headerHeight + oneLineRow > this.bottom) this.addPage();
    drawHeader();

    let zebra = false;
    spec.rows.forEach((row, index) => {
      if ('group' in row) {
        // A heading stays with the whole of its first row (as much of it as a page can hold).
        const next = spec.rows[index + 1];
        const keepWith = next && 'cells' in next ? Math.min(linesOf(layout(next)), linesPerPage) * lh + 2 * CELL_PAD_Y : 0;
        if (this.cursor + groupHeight + keepWith > this.bottom) newPage(false);
        group = row.group;
        drawGroup(row.group);
        zebra = false;
        return;
      }
      let lines = layout(row);
      // After a page break the row is drawn on that page whatever happens, so the loop always ends.
      let fresh = false;
      for (;;) {
        const needed = linesOf(lines);
        const room = Math.floor((this.bottom - this.cursor - 2 * CELL_PAD_Y) / lh);
        if (!fresh && needed > room && (needed <= linesPerPage || room < 2)) {
          newPage(true);
          fresh = true;
          continue;
        }
        const take = Math.max(1, Math.min(needed, room));
        const height = take * lh + 2 * CELL_PAD_Y;
        if (zebra) this.doc.rect(x0, this.cursor, tableWidth, height).fill(PDF_COLORS.zebra);
        lines.forEach((cellLines, i) => {
          const cell = cellOf(row.cells[i]);
          this.use(cell.bold ?? false, size, cell.color ?? PDF_COLORS.text);
          cellLines.slice(0, take).forEach((text, n) => this.line(text, (xs[i] ?? 0) + CELL_PAD_X, this.cursor + CELL_PAD_Y + n * lh, inner(i), align(i)));
        });
        this.cursor += height;
        this.doc.moveTo(x0, this.cursor).lineTo(x0 + tableWidth, this.cursor).lineWidth(0.4).strokeColor(PDF_COLORS.rule).stroke();
        if (take === needed) break;
        // The rest goes on the next page, under the row's first cell again so it says whose it is.
        const first = lines[0] ?? [];
        lines = lines.map((cellLines) => cellLines.slice(take));
        if (lines[0]?.length === 0) lines[0] = first.slice(0, 1);
        newPage(true);
        fresh = true;
      }
      zebra = !zebra;
    });
    return this.cursor;
  }

  // -- output ------------------------------------------------------------------------------------

  /** Adds running heads and numbered footers to every page, ends the document and returns it. */
  async finish(): Promise<Buffer> {
    const { doc, options } = this;
    const range = doc.bufferedPageRange();
    const pages = range.count;
    for (let i = 0; i < pages; i++) {
      doc.switchToPage(range.start + i);
      const page = doc.page;
      const right = page.width - MARGIN.right;
      if (options.runningHead && i > 0) {
        const y = 20;
        this.use(false, 7.5, PDF_COLORS.muted);
        const half = this.width / 2 - 12;
        this.line(this.fit(options.runningHead.left, half), this.left, y, half);
        this.line(this.fit(options.runningHead.right, half), right - half, y, half, 'right');
      }
      const footerY = page.height - MARGIN.bottom + 16;
      doc.moveTo(this.left, footerY - 5).lineTo(right, footerY - 5).lineWidth(0.5).strokeColor(PDF_COLORS.rule).stroke();
      this.use(false, 7.5, PDF_COLORS.muted);
      const label = options.footer.pageLabel(i + 1, pages);
      const labelWidth = this.measure(label);
      this.line(this.fit(options.footer.text, this.width - labelWidth - 24), this.left, footerY, this.width - labelWidth - 24);
      this.line(label, right - labelWidth, footerY, labelWidth);
    }
    doc.end();
    return this.output;
  }
}
