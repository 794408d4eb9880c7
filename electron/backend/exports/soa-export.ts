// The Statement of Applicability (ISO/IEC 27001:2022, 6.1.3 d) as a document: every Annex A control
// in catalog order, grouped by theme, with its applicability, the justification, the reasons for
// inclusion, implementation status, owner, review date and evidence. One model feeds both the
// spreadsheet and the PDF, so the two always say the same thing.
import {
  INCLUSION_REASONS,
  FRESHNESS,
  IMPLEMENTATION_STATUSES,
  type ControlRow,
  type Freshness,
  type ImplementationStatus,
  type InclusionReason,
  type Language,
} from '../../../shared/contract';
import { CATALOG_VERSION, FRAMEWORK_TITLES, ISO_THEMES, ISO_THEME_TITLES, listControls, type IsoTheme } from '../../../shared/frameworks';
import { fill, SOA_LABELS, type SoaLabels } from './labels';
import { PDF_COLORS, PdfDocument, type PdfCell, type PdfRow } from './pdf-document';
import { writeXlsx, type XlsxRow } from './xlsx-writer';

export type SoaFormat = 'xlsx' | 'pdf';

export const SOA_MIME_TYPES: Readonly<Record<SoaFormat, string>> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pdf: 'application/pdf',
};

export interface SoaSource {
  language: Language;
  organisation: string;
  /** The calendar day of the export, YYYY-MM-DD: printed on the document and in the file name. */
  date: string;
  /** The moment of the export, recorded in the file's properties. */
  generatedAt: Date;
  /** The workspace's ISO 27001 control rows; controls without one are listed with defaults. */
  rows: readonly ControlRow[];
}

export interface SoaEntry {
  theme: IsoTheme;
  /** As the SoA writes it: `A.5.1`. */
  controlId: string;
  title: string;
  applicable: boolean;
  justification: string;
  reasons: InclusionReason[];
  status: ImplementationStatus;
  owner: string;
  reviewDate: string | null;
  evidenceCount: number;
  freshness: Freshness;
}

export interface SoaSummary {
  total: number;
  applicable: number;
  byStatus: Record<ImplementationStatus, number>;
  byTheme: Record<IsoTheme, { applicable: number; total: number }>;
  byReason: Record<InclusionReason, number>;
  byFreshness: Record<Freshness, number>;
}

export interface Soa extends SoaSource {
  labels: SoaLabels;
  frameworkTitle: string;
  catalogVersion: string;
  entries: SoaEntry[];
  summary: SoaSummary;
}

function zeroes<K extends string>(keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((key) => [key, 0])) as Record<K, number>;
}

/** Risk treatment counts as a reason whenever a risk in the register names the control. */
function reasonsOf(row: ControlRow): InclusionReason[] {
  const reasons = new Set<InclusionReason>(row.inclusionReasons);
  if (row.treatingRiskCount > 0) reasons.add('risk_treatment');
  return INCLUSION_REASONS.filter((reason) => reasons.has(reason));
}

export function buildSoa(source: SoaSource): Soa {
  const byId = new Map(source.rows.filter((row) => row.framework === 'iso27001').map((row) => [row.controlId, row]));
  const entries = listControls('iso27001').map((control): SoaEntry => {
    const controlId = `A.${control.id}`;
    const row = byId.get(controlId);
    const applicable = row?.applicable ?? true;
    return {
      theme: control.group as IsoTheme,
      controlId,
      title: control.title[source.language],
      applicable,
      justification: row?.justification ?? '',
      // Reasons for inclusion say nothing about an excluded control.
      reasons: row && applicable ? reasonsOf(row) : [],
      status: row?.status ?? 'not_started',
      owner: row?.owner ?? '',
      reviewDate: row?.reviewDate ?? null,
      evidenceCount: row?.evidence.count ?? 0,
      freshness: row?.evidence.freshness ?? 'missing',
    };
  });

  const summary: SoaSummary = {
    total: entries.length,
    applicable: 0,
    byStatus: zeroes(IMPLEMENTATION_STATUSES),
    byTheme: Object.fromEntries(ISO_THEMES.map((theme) => [theme, { applicable: 0, total: 0 }])) as SoaSummary['byTheme'],
    byReason: zeroes(INCLUSION_REASONS),
    byFreshness: zeroes(FRESHNESS),
  };
  for (const entry of entries) {
    summary.byTheme[entry.theme].total += 1;
    if (!entry.applicable) continue;
    summary.applicable += 1;
    summary.byTheme[entry.theme].applicable += 1;
    summary.byStatus[entry.status] += 1;
    summary.byFreshness[entry.freshness] += 1;
    for (const reason of entry.reasons) summary.byReason[reason] += 1;
  }

  return {
    ...source,
    labels: SOA_LABELS[source.language],
    frameworkTitle: FRAMEWORK_TITLES.iso27001[source.language],
    catalogVersion: CATALOG_VERSION,
    entries,
    summary,
  };
}

/** `statement-of-applicability-acme-widgets-ltd-2026-05-10.xlsx`; letters of any script survive. */
export function soaFileName(organisation: string, date: string, format: SoaFormat): string {
  const slug = organisation
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return `statement-of-applicability-${slug || 'organisation'}-${date}.${format}`;
}

/** The export day in words: `10 May 2026`, `2026年5月10日`. */
export function longDate(date: string, language: Language): string {
  const locale = language === 'zh-CN' ? 'zh-CN' : 'en-GB';
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

function reasonText(soa: Soa, entry: SoaEntry): string {
  return entry.reasons.map((reason) => soa.labels.reason[reason]).join(soa.labels.listSeparator);
}

function meta(soa: Soa): [string, string][] {
  const { labels } = soa;
  return [
    [labels.organisation, soa.organisation],
    [labels.framework, soa.frameworkTitle],
    [labels.generated, longDate(soa.date, soa.language)],
    [labels.catalogVersion, soa.catalogVersion],
  ];
}

// ---------------------------------------------------------------------------------------------
// XLSX

export async function renderSoaXlsx(soa: Soa): Promise<Buffer> {
  const { labels, summary } = soa;
  const c = labels.columns;
  const themeTitle = (theme: IsoTheme) => ISO_THEME_TITLES[theme][soa.language];
  const footer = { left: [soa.organisation, labels.title, soa.date].filter(Boolean).join(' · '), pageLabel: labels.pageOf };

  const summaryRows: XlsxRow[] = [
    { cells: [labels.summary.totalControls, summary.total] },
    { cells: [labels.summary.applicable, summary.applicable] },
    { cells: [labels.summary.notApplicable, summary.total - summary.applicable] },
    { section: labels.summary.byStatus },
    ...IMPLEMENTATION_STATUSES.map((status) => ({ cells: [labels.status[status], summary.byStatus[status]] })),
    { section: labels.summary.byTheme },
    ...ISO_THEMES.map((theme) => ({ cells: [themeTitle(theme), summary.byTheme[theme].applicable] })),
    { section: labels.summary.byReason },
    ...INCLUSION_REASONS.map((reason) => ({ cells: [labels.reason[reason], summary.byReason[reason]] })),
    { section: labels.summary.byFreshness },
    ...FRESHNESS.map((freshness) => ({ cells: [labels.freshness[freshness], summary.byFreshness[freshness]] })),
  ];

  return writeXlsx({
    properties: {
      title: `${labels.title} — ${soa.organisation}`,
      subject: soa.frameworkTitle,
      company: soa.organisation,
      keywords: 'ISO/IEC 27001:2022; Annex A; SoA',
      description: `${labels.catalogVersion}: ${soa.catalogVersion}`,
      category: labels.title,
      createdAt: soa.generatedAt,
    },
    sheets: [
      {
        name: labels.sheetName,
        title: `${labels.title} — ${soa.frameworkTitle}`,
        meta: meta(soa),
        metaSeparator: labels.labelSeparator,
        columns: [
          { header: c.controlId, width: 10 },
          { header: c.title, width: 44, wrap: true },
          { header: c.theme, width: 24, wrap: true },
          { header: c.applicable, width: 11, align: 'center' },
          { header: c.justification, width: 52, wrap: true },
          { header: c.inclusionReasons, width: 28, wrap: true },
          { header: c.status, width: 16, wrap: true },
          { header: c.owner, width: 22, wrap: true },
          { header: c.reviewDate, width: 13, align: 'center' },
          { header: c.evidenceCount, width: 10, align: 'center' },
          { header: c.evidenceFreshness, width: 16, wrap: true },
        ],
        rows: soa.entries.map((entry) => ({
          cells: [
            entry.controlId,
            entry.title,
            themeTitle(entry.theme),
            entry.applicable ? labels.yes : labels.no,
            entry.justification,
            reasonText(soa, entry),
            labels.status[entry.status],
            entry.owner,
            entry.reviewDate ? { date: entry.reviewDate } : null,
            entry.evidenceCount,
            labels.freshness[entry.freshness],
          ],
        })),
        freezeColumns: 2,
        autoFilter: true,
        printFooter: footer,
      },
      {
        name: labels.summarySheetName,
        title: `${labels.summary.heading} — ${labels.title}`,
        meta: meta(soa),
        metaSeparator: labels.labelSeparator,
        columns: [
          { header: labels.summary.figure, width: 48, wrap: true },
          { header: labels.summary.count, width: 12, align: 'right' },
        ],
        rows: summaryRows,
        printFooter: footer,
      },
    ],
  });
}

// ---------------------------------------------------------------------------------------------
// PDF

const STATUS_COLORS: Readonly<Record<ImplementationStatus, string>> = {
  implemented: PDF_COLORS.positive,
  in_progress: PDF_COLORS.accent,
  planned: PDF_COLORS.warning,
  not_started: PDF_COLORS.negative,
};

const FRESHNESS_COLORS: Readonly<Record<Freshness, string>> = {
  current: PDF_COLORS.positive,
  expiring: PDF_COLORS.warning,
  expired: PDF_COLORS.negative,
  missing: PDF_COLORS.muted,
};

function pdfRow(soa: Soa, entry: SoaEntry): PdfCell[] {
  const { labels } = soa;
  const none = labels.none;
  // An excluded control's row is muted but for its justification, which is what a reader wants.
  const muted = !entry.applicable;
  const tint = (color: string) => (muted ? PDF_COLORS.muted : color);
  return [
    { text: entry.controlId, bold: true, color: tint(PDF_COLORS.text) },
    { text: entry.title, color: tint(PDF_COLORS.text) },
    { text: entry.applicable ? labels.yes : labels.no, bold: !entry.applicable, color: entry.applicable ? PDF_COLORS.text : PDF_COLORS.negative },
    entry.justification || none,
    { text: reasonText(soa, entry) || none, color: tint(PDF_COLORS.text) },
    { text: labels.status[entry.status], color: tint(STATUS_COLORS[entry.status]) },
    { text: entry.owner || none, color: tint(PDF_COLORS.text) },
    { text: entry.reviewDate ?? none, color: tint(PDF_COLORS.text) },
    { text: String(entry.evidenceCount), color: tint(PDF_COLORS.text) },
    { text: labels.freshness[entry.freshness], color: tint(FRESHNESS_COLORS[entry.freshness]) },
  ];
}

export async function renderSoaPdf(soa: Soa): Promise<Buffer> {
  const { labels, summary } = soa;
  const c = labels.columns;
  const pdf = new PdfDocument({
    language: soa.language,
    layout: 'landscape',
    info: {
      title: `${labels.title} — ${soa.organisation}`,
      author: soa.organisation,
      subject: soa.frameworkTitle,
      keywords: 'ISO/IEC 27001:2022, Annex A, SoA',
      createdAt: soa.generatedAt,
    },
    footer: {
      text: [soa.organisation, labels.title, `${labels.generated} ${soa.date}`].filter(Boolean).join(' · '),
      pageLabel: (page, pages) => fill(labels.pageOf, { page, pages }),
    },
    runningHead: { left: `${labels.title} — ${soa.frameworkTitle}`, right: soa.organisation },
  });

  // The kicker names the framework and the subtitle the organisation, so the lines below skip both.
  pdf.cover({ kicker: soa.frameworkTitle, title: labels.title, subtitle: soa.organisation, meta: meta(soa).slice(2) });
  pdf.tiles([
    { value: fill(labels.summary.applicableOfTotal, { applicable: summary.applicable, total: summary.total }), label: labels.summary.applicable },
    { value: String(summary.total - summary.applicable), label: labels.summary.notApplicable, color: PDF_COLORS.muted },
    { value: String(summary.byStatus.implemented), label: labels.status.implemented, color: PDF_COLORS.positive },
    { value: String(summary.byFreshness.current), label: labels.summary.withCurrentEvidence, color: PDF_COLORS.positive },
  ]);

  const figures = (rows: readonly (readonly [string, number])[]): PdfRow[] => rows.map(([label, count]) => ({ cells: [label, String(count)] }));
  const summaryColumns = [
    { header: labels.summary.figure, weight: 4 },
    { header: labels.summary.count, weight: 1, align: 'right' as const },
  ];
  const gap = 24;
  const half = (pdf.width - gap) / 2;
  const top = pdf.y;
  const leftEnd = pdf.table(
    {
      columns: summaryColumns,
      showHeader: false,
      fontSize: 8.5,
      rows: [
        { group: labels.summary.byStatus },
        ...figures(IMPLEMENTATION_STATUSES.map((status) => [labels.status[status], summary.byStatus[status]])),
        { group: labels.summary.byFreshness },
        ...figures(FRESHNESS.map((freshness) => [labels.freshness[freshness], summary.byFreshness[freshness]])),
      ],
    },
    { x: pdf.left, y: top, width: half },
  );
  const rightEnd = pdf.table(
    {
      columns: summaryColumns,
      showHeader: false,
      fontSize: 8.5,
      rows: [
        { group: labels.summary.byTheme },
        ...ISO_THEMES.map((theme) => ({ cells: [ISO_THEME_TITLES[theme][soa.language], fill(labels.summary.applicableOfTotal, summary.byTheme[theme])] })),
        { group: labels.summary.byReason },
        ...figures(INCLUSION_REASONS.map((reason) => [labels.reason[reason], summary.byReason[reason]])),
      ],
    },
    { x: pdf.left + half + gap, y: top, width: half },
  );
  pdf.y = Math.max(leftEnd, rightEnd);

  pdf.addPage();
  const rows: PdfRow[] = [];
  const groupTitles = new Map<string, string>();
  for (const theme of ISO_THEMES) {
    const entries = soa.entries.filter((entry) => entry.theme === theme);
    if (entries.length === 0) continue;
    const title = ISO_THEME_TITLES[theme][soa.language];
    const heading = fill(labels.groupWithCount, { title, count: entries.length });
    groupTitles.set(heading, title);
    rows.push({ group: heading });
    for (const entry of entries) rows.push({ cells: pdfRow(soa, entry) });
  }
  pdf.table({
    fontSize: 7.5,
    continued: (heading) => fill(labels.groupContinued, { title: groupTitles.get(heading) ?? heading }),
    columns: [
      { header: c.controlId, weight: 40 },
      { header: c.title, weight: 140 },
      { header: c.applicable, weight: 46, align: 'center' },
      { header: c.justification, weight: 170 },
      { header: c.inclusionReasons, weight: 88 },
      { header: c.status, weight: 64 },
      { header: c.owner, weight: 76 },
      { header: c.reviewDate, weight: 56 },
      { header: c.evidenceCount, weight: 38, align: 'right' },
      { header: c.evidenceFreshness, weight: 52 },
    ],
    rows,
  });
  return pdf.finish();
}

export async function renderSoa(soa: Soa, format: SoaFormat): Promise<Buffer> {
  return format === 'xlsx' ? renderSoaXlsx(soa) : renderSoaPdf(soa);
}
