// A policy version as a Word document (docx package): a cover table with the version, approval and
// SHA-256, then the text from the Markdown block model with real Word headings (so the navigation
// pane shows the outline), bullet and numbered lists, tables, emphasis and hyperlinks. East Asian
// text is tagged zh-CN and given a Chinese font so Word lays it out properly.
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageBreak,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import type { Language } from '../../../shared/contract';
import { type PolicyBlock, type PolicyRun, policyBlocks } from '../../../shared/policies/markdown';

export interface DocxMeta {
  language: Language;
  title: string;
  kicker: string;
  subtitle: string;
  meta: readonly (readonly [string, string])[];
  note: string;
  author: string;
  createdAt: Date;
}

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6] as const;
const ACCENT = '1F3A5F';
const MUTED = '5B6675';

/** Numbered lists restart in each list: every list gets its own numbering instance. */
class Numbering {
  private instance = 0;
  next(): number {
    this.instance += 1;
    return this.instance;
  }
}

function textRuns(runs: readonly PolicyRun[]): ParagraphChild[] {
  return runs
    .filter((run) => run.text.length > 0)
    .map((run) => {
      // A hard line break inside a run becomes a Word line break.
      const pieces = run.text.split('\n').map(
        (part, i) =>
          new TextRun({
            text: part,
            break: i > 0 ? 1 : undefined,
            bold: run.bold || undefined,
            italics: run.italic || undefined,
            strike: run.strike || undefined,
            style: run.href ? 'Hyperlink' : undefined,
            font: run.code ? 'Consolas' : undefined,
          }),
      );
      return run.href ? [new ExternalHyperlink({ link: run.href, children: pieces })] : pieces;
    })
    .flat();
}

function blocksToDocx(blocks: readonly PolicyBlock[], numbering: Numbering, level = 0): (Paragraph | Table)[] {
  const out: (Paragraph | Table)[] = [];
  for (const block of blocks) {
    switch (block.type) {
      case 'heading':
        out.push(new Paragraph({ heading: HEADINGS[block.level - 1] ?? HeadingLevel.HEADING_6, children: textRuns(block.runs) }));
        break;
      case 'paragraph':
        out.push(new Paragraph({ children: textRuns(block.runs), spacing: { after: 120 } }));
        break;
      case 'list': {
        const instance = block.ordered ? numbering.next() : 0;
        for (const item of block.items) {
          item.forEach((child, index) => {
            if (child.type === 'paragraph' && index === 0) {
              out.push(
                new Paragraph({
                  children: textRuns(child.runs),
                  ...(block.ordered ? { numbering: { reference: 'policy-ordered', level: Math.min(level, 8), instance } } : { bullet: { level: Math.min(level, 8) } }),
                }),
              );
            } else if (child.type === 'list') out.push(...blocksToDocx([child], numbering, level + 1));
            else if (child.type === 'paragraph') out.push(new Paragraph({ children: textRuns(child.runs), indent: { left: 720 * (level + 1) } }));
            else out.push(...blocksToDocx([child], numbering, level + 1));
          });
        }
        break;
      }
      case 'table': {
        const columns = Math.max(block.header.length, ...block.rows.map((row) => row.length));
        if (columns === 0) break;
        const alignment = (i: number) => (block.align[i] === 'center' ? AlignmentType.CENTER : block.align[i] === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT);
        const row = (cells: readonly (readonly PolicyRun[])[], header: boolean) =>
          new TableRow({
            tableHeader: header,
            children: Array.from(
              { length: columns },
              (_v, i) =>
                new TableCell({
                  shading: header ? { type: ShadingType.CLEAR, color: 'auto', fill: 'E4EBF3' } : undefined,
                  children: [new Paragraph({ alignment: alignment(i), children: textRuns((cells[i] ?? []).map((run) => (header ? { ...run, bold: true } : run))) })],
                }),
            ),
          });
        out.push(
          new Table({
            width: { size: 100, type: WidthType.PERCENTAGE },
            rows: [...(block.header.length > 0 ? [row(block.header, true)] : []), ...block.rows.map((cells) => row(cells, false))],
          }),
        );
        out.push(new Paragraph({ children: [] }));
        break;
      }
      case 'quote':
        for (const child of blocksToDocx(block.blocks, numbering, level)) out.push(child);
        break;
      case 'code':
        out.push(...block.text.split('\n').map((line) => new Paragraph({ children: [new TextRun({ text: line, font: 'Consolas', size: 18 })], shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'F6F8FA' } })));
        break;
      case 'rule':
        out.push(new Paragraph({ children: [], border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: 'D3DAE2', space: 1 } } }));
        break;
    }
  }
  return out;
}

function coverTable(meta: DocxMeta): Table {
  const cellBorder = { style: BorderStyle.SINGLE, size: 4, color: 'D3DAE2' };
  const borders = { top: cellBorder, bottom: cellBorder, left: cellBorder, right: cellBorder };
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: meta.meta.map(
      ([label, value]) =>
        new TableRow({
          children: [
            new TableCell({ width: { size: 30, type: WidthType.PERCENTAGE }, borders, children: [new Paragraph({ children: [new TextRun({ text: label, bold: true, color: MUTED })] })] }),
            new TableCell({ width: { size: 70, type: WidthType.PERCENTAGE }, borders, children: [new Paragraph({ children: [new TextRun({ text: value || '—' })] })] }),
          ],
        }),
    ),
  });
}

export async function renderPolicyDocx(meta: DocxMeta, markdown: string): Promise<Buffer> {
  const numbering = new Numbering();
  const body = blocksToDocx(policyBlocks(markdown), numbering);
  const eastAsia = meta.language === 'zh-CN' ? 'zh-CN' : 'en-US';
  const document = new Document({
    creator: meta.author,
    title: meta.title,
    description: meta.subtitle,
    lastModifiedBy: meta.author,
    styles: {
      default: {
        document: { run: { font: { ascii: 'Calibri', hAnsi: 'Calibri', eastAsia: 'Microsoft YaHei', cs: 'Calibri' }, size: 22, language: { value: meta.language === 'zh-CN' ? 'zh-CN' : 'en-GB', eastAsia } } },
        heading1: { run: { color: ACCENT, bold: true, size: 32 } },
        heading2: { run: { color: ACCENT, bold: true, size: 28 } },
        heading3: { run: { color: ACCENT, bold: true, size: 24 } },
      },
    },
    numbering: {
      config: [
        {
          reference: 'policy-ordered',
          levels: Array.from({ length: 9 }, (_v, level) => ({
            level,
            format: level % 3 === 0 ? LevelFormat.DECIMAL : level % 3 === 1 ? LevelFormat.LOWER_LETTER : LevelFormat.LOWER_ROMAN,
            text: `%${level + 1}.`,
            alignment: AlignmentType.LEFT,
            style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
          })),
        },
      ],
    },
    sections: [
      {
        children: [
          new Paragraph({ children: [new TextRun({ text: meta.kicker, bold: true, color: MUTED, size: 22 })], spacing: { after: 120 } }),
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun({ text: meta.title, bold: true, color: ACCENT, size: 52 })] }),
          ...(meta.subtitle ? [new Paragraph({ children: [new TextRun({ text: meta.subtitle, size: 28 })], spacing: { after: 240 } })] : []),
          coverTable(meta),
          ...(meta.note ? [new Paragraph({ children: [new TextRun({ text: meta.note, color: MUTED, size: 18 })], spacing: { before: 200 } })] : []),
          new Paragraph({ children: [new PageBreak()] }),
          ...body,
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
