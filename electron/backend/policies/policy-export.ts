// Exports of the policies area: a version as PDF, DOCX or Markdown, the redline between two versions
// as PDF, and a policy's acknowledgements as XLSX or CSV. Documents are written in the policy's own
// language (a Chinese notice exports in Chinese whatever the UI language), through the `policyDocs`
// translations.
import Papa from 'papaparse';
import type { TFunction } from 'i18next';
import type { Acknowledgement, Language, Person, Redline } from '../../../shared/contract';
import { createI18n } from '../../../shared/i18n';
import type { ExportFile } from '../exports/export-file';
import { writeXlsx } from '../exports/xlsx-writer';
import { longDate } from '../exports/soa-export';
import { calendarDateOf } from '../isms/record-dates';
import type { PolicyRow, VersionRow } from './policies-queries';
import { renderPolicyDocx } from './policy-docx';
import { renderPolicyPdf, renderRedlinePdf } from './policy-pdf';

const translators = new Map<Language, TFunction>();
export function docsT(language: Language): TFunction {
  let t = translators.get(language);
  if (!t) {
    t = createI18n({ language, defaultNS: 'policyDocs' }).getFixedT(language, 'policyDocs');
    translators.set(language, t);
  }
  return t;
}

/** A date or an instant as the policy's language writes a day: `10 May 2026`, `2026年5月10日`. */
export function formatDay(value: string, language: Language): string {
  return longDate(value.length > 10 ? calendarDateOf(value) : value, language);
}

export const POLICY_MIME_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  md: 'text/markdown; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
} as const;

interface VersionExportSource {
  policy: PolicyRow;
  version: VersionRow;
  organisation: string;
  nextReviewDate: string | null;
  generatedAt: Date;
}

function coverMeta(source: VersionExportSource) {
  const { policy, version } = source;
  const language = policy.language;
  const t = docsT(language);
  const approved = version.approved_at !== null;
  const meta: [string, string][] = [
    [t('cover.organisation'), source.organisation],
    [t('cover.version'), String(version.number)],
    [t('cover.status'), t(`status.${version.status}`)],
    [t('cover.owner'), policy.owner],
    [t('cover.approvedBy'), version.approved_by ?? t('cover.notApproved')],
    [t('cover.approvedOn'), version.approved_at ? formatDay(version.approved_at, language) : '—'],
  ];
  if (version.published_at) meta.push([t('cover.publishedOn'), formatDay(version.published_at, language)]);
  meta.push([t('cover.reviewCycle'), t('cover.reviewCycleMonths', { count: policy.review_cycle_months })]);
  if (source.nextReviewDate) meta.push([t('cover.nextReview'), formatDay(source.nextReviewDate, language)]);
  if (version.override_reason !== null) {
    const missing = version.override_missing ? (JSON.parse(version.override_missing) as string[]).join(', ') : '';
    meta.push([t('cover.override'), t('cover.overrideText', { reason: version.override_reason, missing })]);
  }
  meta.push([t('cover.sha256'), version.sha256 ?? '—']);
  return {
    language,
    title: version.title,
    kicker: t(`kind.${policy.kind}`),
    subtitle: t('versionLabel', { number: version.number }),
    meta,
    note: approved ? t('cover.integrity') : t('cover.draftWarning'),
    author: source.organisation,
    createdAt: source.generatedAt,
  };
}

export function versionFileName(policy: PolicyRow, version: VersionRow, extension: string): string {
  return `${policy.slug}-v${version.number}.${extension}`;
}

export async function renderVersion(source: VersionExportSource, format: 'pdf' | 'docx' | 'md'): Promise<ExportFile> {
  const { policy, version } = source;
  const fileName = versionFileName(policy, version, format);
  if (format === 'md') return { fileName, mimeType: POLICY_MIME_TYPES.md, content: Buffer.from(version.markdown, 'utf8') };
  const meta = coverMeta(source);
  if (format === 'docx') return { fileName, mimeType: POLICY_MIME_TYPES.docx, content: await renderPolicyDocx(meta, version.markdown) };
  const t = docsT(policy.language);
  const content = await renderPolicyPdf(
    { ...meta, footer: t('footer', { title: version.title, version: version.number }), pageLabel: (page, pages) => t('pageOf', { page, pages }) },
    version.markdown,
  );
  return { fileName, mimeType: POLICY_MIME_TYPES.pdf, content };
}

export async function renderRedline(policy: PolicyRow, diff: Redline, organisation: string, generatedAt: Date): Promise<ExportFile> {
  const t = docsT(policy.language);
  const content = await renderRedlinePdf(
    {
      language: policy.language,
      title: policy.title,
      kicker: t('redline.title'),
      subtitle: t('redline.subtitle', { from: diff.from.number, to: diff.to.number }),
      meta: [
        [t('cover.organisation'), organisation],
        [t('redline.title'), `${t('redline.inserted', { count: diff.inserted })} · ${t('redline.deleted', { count: diff.deleted })}`],
      ],
      note: t('redline.legend'),
      footer: t('redline.subtitle', { from: diff.from.number, to: diff.to.number }),
      pageLabel: (page, pages) => t('pageOf', { page, pages }),
      author: organisation,
      createdAt: generatedAt,
    },
    diff.ops,
    t('redline.noChanges'),
  );
  return { fileName: `${policy.slug}-redline-v${diff.from.number}-v${diff.to.number}.pdf`, mimeType: POLICY_MIME_TYPES.pdf, content };
}

export async function renderAcknowledgements(
  policy: PolicyRow,
  rows: readonly Acknowledgement[],
  pending: readonly Person[],
  currentVersion: number | null,
  organisation: string,
  format: 'xlsx' | 'csv',
  generatedAt: Date,
  today: string,
): Promise<ExportFile> {
  const t = docsT(policy.language);
  const fileName = `${policy.slug}-acknowledgements-${today}.${format}`;
  const header = [t('acknowledgements.columns.name'), t('acknowledgements.columns.email'), t('acknowledgements.columns.department'), t('acknowledgements.columns.version'), t('acknowledgements.columns.acknowledgedAt')];
  const day = (instant: string) => instant.slice(0, 10);
  if (format === 'csv') {
    const csv = Papa.unparse({ fields: header, data: rows.map((row) => [row.name, row.email, row.department, row.versionNumber, day(row.acknowledgedAt)]) }, { newline: '\r\n' });
    // A byte-order mark so spreadsheet programs read the UTF-8 (Chinese names) correctly.
    return { fileName, mimeType: POLICY_MIME_TYPES.csv, content: Buffer.from(`\ufeff${csv}\r\n`, 'utf8') };
  }
  const meta: [string, string][] = [
    [t('acknowledgements.policy'), policy.title],
    [t('acknowledgements.currentVersion'), currentVersion === null ? t('acknowledgements.none') : String(currentVersion)],
    [t('acknowledgements.generated'), today],
  ];
  const labelSeparator = policy.language === 'zh-CN' ? '：' : ': ';
  const content = await writeXlsx({
    properties: { title: `${policy.title} — ${t('acknowledgements.title')}`, subject: t('acknowledgements.title'), company: organisation, createdAt: generatedAt },
    sheets: [
      {
        name: t('acknowledgements.sheet'),
        title: `${policy.title} — ${t('acknowledgements.title')}`,
        meta,
        metaSeparator: labelSeparator,
        columns: [
          { header: header[0]!, width: 28 },
          { header: header[1]!, width: 32 },
          { header: header[2]!, width: 24 },
          { header: header[3]!, width: 10, align: 'right' },
          { header: header[4]!, width: 16 },
        ],
        rows: rows.map((row) => ({ cells: [row.name, row.email, row.department, row.versionNumber, { date: day(row.acknowledgedAt) }] })),
        autoFilter: true,
      },
      {
        name: t('acknowledgements.pendingSheet'),
        title: `${policy.title} — ${t('acknowledgements.pendingSheet')}`,
        meta,
        metaSeparator: labelSeparator,
        columns: [
          { header: header[0]!, width: 28 },
          { header: header[1]!, width: 32 },
          { header: header[2]!, width: 24 },
        ],
        rows: pending.map((person) => ({ cells: [person.name, person.email, person.department] })),
        autoFilter: true,
      },
    ],
  });
  return { fileName, mimeType: POLICY_MIME_TYPES.xlsx, content };
}
