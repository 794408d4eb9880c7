// A policy version as PDF: a cover (title, version, status, approver, date and the SHA-256 of the
// approved text) and the body drawn from the Markdown block model (headings, paragraphs with bold,
// italic, struck and linked runs, nested lists, tables, quotes, code). Also the redline between two
// versions. Noto Sans SC is embedded (subset) so Chinese renders on any machine; pdfkit breaks lines
// by the Unicode line-breaking rules, which allow breaks between Chinese characters.
import PDFDocument from 'pdfkit';
import type { Language, RedlineOp } from '../../../shared/contract';
import { type PolicyBlock, type PolicyRun, policyBlocks, runsText } from '../../../shared/policies/markdown';
import { fontsFor, PDF_COLORS } from '../exports/pdf-document';

const MARGIN = { top: 56, bottom: 60, left: 62, right: 62 };
const BODY_SIZE = 10.5;
const HEADING_SIZES = [20, 15.5, 13, 11.5, 11, 10.5] as const;

export interface PdfMeta {
  language: Language;
  title: string;
  kicker: string;
  subtitle: string;
  meta: readonly (readonly [string, string])[];
  /** A line under the meta block, e.g. how the SHA-256 is computed or that a draft is not in force. */
  note: string;
  footer: string;
  pageLabel: (page: number, pages: number) => string;
  author: string;
  createdAt: Date;
}

class PolicyPdfWriter {
  readonly doc: PDFKit.PDFDocument;
  private readonly fonts: { regular: string; bold: string };
  private readonly output: Promise<Buffer>;
  private readonly lineGap: number;
  /**
   * Noto Sans SC draws quotes, apostrophes and brackets full-width, as Chinese sets them; English
   * text asks for the font's proportional forms instead (OpenType `pwid`).
   */
  private readonly features: PDFKit.Mixins.OpenTypeFeatures[];

  constructor(private readonly meta: PdfMeta) {
    this.fonts = fontsFor(meta.language);
    this.lineGap = meta.language === 'zh-CN' ? 3.2 : 1.8;
    this.features = meta.language === 'zh-CN' ? [] : ['pwid'];
    this.doc = new PDFDocument({
      size: 'A4',
      margins: MARGIN,
      bufferPages: true,
      font: this.fonts.regular,
      lang: meta.language,
      displayTitle: true,
      pdfVersion: '1.7',
      info: { Title: meta.title, Author: meta.author, Subject: meta.subtitle, Creator: 'Custos', Producer: 'Custos', CreationDate: meta.createdAt, ModDate: meta.createdAt },
    });
    const chunks: Buffer[] = [];
    this.output = new Promise<Buffer>((resolve, reject) => {
      this.doc.on('data', (chunk: Buffer) => chunks.push(chunk));
      this.doc.on('end', () => resolve(Buffer.concat(chunks)));
      this.doc.on('error', reject);
    });
  }

  private get width(): number {
    return this.doc.page.width - MARGIN.left - MARGIN.right;
  }

  private font(bold: boolean, size: number, color: string = PDF_COLORS.text): void {
    this.doc.font(bold ? this.fonts.bold : this.fonts.regular).fontSize(size).fillColor(color);
  }

  private ensureSpace(height: number): void {
    if (this.doc.y + height > this.doc.page.height - MARGIN.bottom) this.doc.addPage();
  }

  cover(): void {
    const { doc, meta } = this;
    doc.rect(0, 0, doc.page.width, 10).fill(PDF_COLORS.accent);
    doc.y = MARGIN.top + 40;
    this.font(true, 11, PDF_COLORS.muted);
    doc.text(meta.kicker, MARGIN.left, doc.y, { features: this.features, width: this.width });
    doc.moveDown(0.6);
    this.font(true, 26, PDF_COLORS.accent);
    doc.text(meta.title, { features: this.features, width: this.width, lineGap: 4 });
    if (meta.subtitle) {
      doc.moveDown(0.3);
      this.font(false, 14, PDF_COLORS.text);
      doc.text(meta.subtitle, { features: this.features, width: this.width });
    }
    doc.moveDown(1.2);
    const ruleY = doc.y;
    doc.moveTo(MARGIN.left, ruleY).lineTo(MARGIN.left + this.width, ruleY).lineWidth(0.75).strokeColor(PDF_COLORS.rule).stroke();
    doc.y = ruleY + 14;
    this.font(true, 10);
    const labelWidth = Math.max(110, ...meta.meta.map(([label]) => doc.widthOfString(label))) + 16;
    for (const [label, value] of meta.meta) {
      const y = doc.y;
      this.font(true, 10, PDF_COLORS.muted);
      doc.text(label, MARGIN.left, y, { features: this.features, width: labelWidth - 8 });
      const afterLabel = doc.y;
      // A SHA-256 stays on one line, so it can be compared or copied whole.
      this.font(false, /^[0-9a-f]{64}$/.test(value) ? 8.5 : 10, PDF_COLORS.text);
      doc.text(value || '—', MARGIN.left + labelWidth, y, { features: this.features, width: this.width - labelWidth, lineGap: this.lineGap });
      doc.y = Math.max(doc.y, afterLabel) + 5;
    }
    if (meta.note) {
      doc.moveDown(1);
      this.font(false, 9, PDF_COLORS.muted);
      doc.text(meta.note, MARGIN.left, doc.y, { features: this.features, width: this.width, lineGap: this.lineGap });
    }
  }

  // -- body --------------------------------------------------------------------------------------

  blocks(blocks: readonly PolicyBlock[], indent: number): void {
    for (const block of blocks) this.block(block, indent);
  }

  private block(block: PolicyBlock, indent: number): void {
    const { doc } = this;
    const x = MARGIN.left + indent;
    const width = this.width - indent;
    switch (block.type) {
      case 'heading': {
        const size = HEADING_SIZES[block.level - 1] ?? BODY_SIZE;
        this.ensureSpace(size * 1.6 + 40);
        doc.moveDown(block.level <= 2 ? 0.7 : 0.4);
        this.font(true, size, PDF_COLORS.accent);
        doc.text(runsText(block.runs), x, doc.y, { features: this.features, width, lineGap: this.lineGap });
        doc.moveDown(0.35);
        break;
      }
      case 'paragraph':
        this.runs(block.runs, x, width, BODY_SIZE, PDF_COLORS.text);
        doc.moveDown(0.55);
        break;
      case 'list':
        block.items.forEach((item, index) => {
          const marker = block.ordered ? `${block.start + index}.` : '•';
          this.ensureSpace(BODY_SIZE * 2);
          const y = doc.y;
          this.font(false, BODY_SIZE, PDF_COLORS.text);
          doc.text(marker, x, y, { features: this.features, width: 20, lineBreak: false });
          doc.y = y;
          // A list item's paragraphs are tight; nested lists indent further.
          for (const child of item) {
            if (child.type === 'paragraph') {
              this.runs(child.runs, x + 20, width - 20, BODY_SIZE, PDF_COLORS.text);
              doc.moveDown(0.2);
            } else this.block(child, indent + 20);
          }
        });
        doc.moveDown(0.35);
        break;
      case 'table':
        this.table(block, x, width);
        break;
      case 'quote': {
        const top = doc.y;
        this.blocks(block.blocks, indent + 14);
        if (doc.y > top) doc.rect(x + 2, top, 2.5, Math.max(0, doc.y - top - 6)).fill(PDF_COLORS.rule);
        break;
      }
      case 'code': {
        this.font(false, 9, PDF_COLORS.text);
        const height = doc.heightOfString(block.text, { features: this.features, width: width - 16 }) + 10;
        this.ensureSpace(Math.min(height, 120));
        const top = doc.y;
        if (top + height <= doc.page.height - MARGIN.bottom) doc.rect(x, top, width, height).fill(PDF_COLORS.zebra);
        this.font(false, 9, PDF_COLORS.text);
        doc.text(block.text, x + 8, top + 5, { features: this.features, width: width - 16, lineGap: 1 });
        doc.moveDown(0.7);
        break;
      }
      case 'rule': {
        doc.moveDown(0.4);
        const y = doc.y;
        doc.moveTo(x, y).lineTo(x + width, y).lineWidth(0.6).strokeColor(PDF_COLORS.rule).stroke();
        doc.y = y + 10;
        break;
      }
    }
  }

  /** One paragraph of styled runs, wrapped by pdfkit across lines and pages. */
  runs(runs: readonly PolicyRun[], x: number, width: number, size: number, color: string): void {
    const { doc } = this;
    const parts = runs.filter((run) => run.text.length > 0);
    if (parts.length === 0) return;
    this.ensureSpace(size * 1.5);
    parts.forEach((run, index) => {
      this.font(run.bold, run.code ? size - 0.5 : size, run.href ? PDF_COLORS.accent : run.code ? PDF_COLORS.muted : color);
      const options: PDFKit.Mixins.TextOptions = {
        features: this.features,
        width,
        lineGap: this.lineGap,
        continued: index < parts.length - 1,
        oblique: run.italic ? 10 : false,
        strike: run.strike,
        underline: run.href !== null,
        link: run.href,
      };
      if (index === 0) doc.text(run.text, x, doc.y, options);
      else doc.text(run.text, options);
    });
  }

  private table(block: Extract<PolicyBlock, { type: 'table' }>, x: number, width: number): void {
    const { doc } = this;
    const columns = Math.max(block.header.length, ...block.rows.map((row) => row.length));
    if (columns === 0) return;
    const size = 9;
    const pad = 4;
    // Widths follow the longest text of each column, within sensible bounds.
    const weights = Array.from({ length: columns }, (_v, i) => {
      const lengths = [block.header[i], ...block.rows.map((row) => row[i])].map((cell) => Math.min(60, runsText(cell ?? []).length));
      return Math.max(6, ...lengths);
    });
    const total = weights.reduce((a, b) => a + b, 0);
    const widths = weights.map((w) => (w / total) * width);
    const xs = widths.map((_w, i) => x + widths.slice(0, i).reduce((a, b) => a + b, 0));
    const cellText = (cell: readonly PolicyRun[] | undefined) => runsText(cell ?? []);
    const rowHeight = (cells: readonly (readonly PolicyRun[] | undefined)[], bold: boolean) => {
      this.font(bold, size);
      return Math.max(...widths.map((w, i) => doc.heightOfString(cellText(cells[i]) || ' ', { features: this.features, width: w - 2 * pad, lineGap: 1 }))) + 2 * pad;
    };
    const drawRow = (cells: readonly (readonly PolicyRun[] | undefined)[], header: boolean, zebra: boolean) => {
      const height = rowHeight(cells, header);
      if (doc.y + height > doc.page.height - MARGIN.bottom) {
        doc.addPage();
        if (!header && block.header.length > 0) drawRow(block.header, true, false);
      }
      const top = doc.y;
      if (header) doc.rect(x, top, width, height).fill(PDF_COLORS.accent);
      else if (zebra) doc.rect(x, top, width, height).fill(PDF_COLORS.zebra);
      widths.forEach((w, i) => {
        const cell = cells[i] ?? [];
        const bold = header || cell.some((run) => run.bold);
        this.font(bold, size, header ? PDF_COLORS.onAccent : PDF_COLORS.text);
        const align = block.align[i] ?? 'left';
        doc.text(cellText(cell), (xs[i] ?? x) + pad, top + pad, { features: this.features, width: w - 2 * pad, lineGap: 1, align: align === 'center' ? 'center' : align === 'right' ? 'right' : 'left' });
      });
      doc.y = top + height;
      doc.moveTo(x, doc.y).lineTo(x + width, doc.y).lineWidth(0.4).strokeColor(PDF_COLORS.rule).stroke();
    };
    doc.moveDown(0.2);
    if (block.header.length > 0) {
      this.ensureSpace(rowHeight(block.header, true) + rowHeight(block.rows[0] ?? [], false));
      drawRow(block.header, true, false);
    }
    block.rows.forEach((row, index) => drawRow(row, false, index % 2 === 1));
    doc.x = MARGIN.left;
    doc.moveDown(0.8);
  }

  /** Redline text: equal runs plain, inserts green and underlined, deletes red and struck through. */
  redline(ops: readonly RedlineOp[]): void {
    const { doc } = this;
    // Split into lines so each source line is a paragraph; runs keep their kind across the split.
    const lines: { type: RedlineOp['type']; text: string }[][] = [[]];
    for (const op of ops) {
      op.text.split('\n').forEach((part, index) => {
        if (index > 0) lines.push([]);
        if (part) lines.at(-1)!.push({ type: op.type, text: part });
      });
    }
    for (const line of lines) {
      if (line.length === 0) {
        doc.moveDown(0.5);
        continue;
      }
      this.ensureSpace(BODY_SIZE * 1.5);
      line.forEach((part, index) => {
        const color = part.type === 'insert' ? PDF_COLORS.positive : part.type === 'delete' ? PDF_COLORS.negative : PDF_COLORS.text;
        this.font(false, 9.5, color);
        const options: PDFKit.Mixins.TextOptions = { features: this.features, width: this.width, lineGap: this.lineGap, continued: index < line.length - 1, underline: part.type === 'insert', strike: part.type === 'delete' };
        if (index === 0) doc.text(part.text, MARGIN.left, doc.y, options);
        else doc.text(part.text, options);
      });
    }
  }

  async finish(): Promise<Buffer> {
    const { doc, meta } = this;
    const range = doc.bufferedPageRange();
    for (let i = 0; i < range.count; i += 1) {
      doc.switchToPage(range.start + i);
      const bottom = doc.page.margins.bottom;
      doc.page.margins.bottom = 0;
      const y = doc.page.height - MARGIN.bottom + 24;
      doc.moveTo(MARGIN.left, y - 6).lineTo(MARGIN.left + this.width, y - 6).lineWidth(0.5).strokeColor(PDF_COLORS.rule).stroke();
      this.font(false, 7.5, PDF_COLORS.muted);
      const label = meta.pageLabel(i + 1, range.count);
      const labelWidth = doc.widthOfString(label);
      doc.text(meta.footer, MARGIN.left, y, { features: this.features, width: this.width - labelWidth - 20, lineBreak: false, ellipsis: true, height: 10 });
      doc.text(label, MARGIN.left + this.width - labelWidth, y, { features: this.features, width: labelWidth + 1, lineBreak: false });
      doc.page.margins.bottom = bottom;
    }
    doc.end();
    return this.output;
  }
}

/** The PDF of one version: the cover on its own page, then the text. */
export async function renderPolicyPdf(meta: PdfMeta, markdown: string): Promise<Buffer> {
  const writer = new PolicyPdfWriter(meta);
  writer.cover();
  writer.doc.addPage();
  writer.blocks(policyBlocks(markdown), 0);
  return writer.finish();
}

/** The redline PDF: a cover naming the two versions, then the marked-up text. */
export async function renderRedlinePdf(meta: PdfMeta, ops: readonly RedlineOp[], emptyMessage: string): Promise<Buffer> {
  const writer = new PolicyPdfWriter(meta);
  writer.cover();
  writer.doc.addPage();
  if (ops.every((op) => op.type === 'equal')) writer.runs([{ text: emptyMessage, bold: false, italic: false, strike: false, code: false, href: null }], MARGIN.left, writer.doc.page.width - MARGIN.left - MARGIN.right, BODY_SIZE, PDF_COLORS.muted);
  writer.redline(ops);
  return writer.finish();
}
