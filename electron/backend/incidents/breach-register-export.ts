// The breach register (GDPR Art 33(5)) as XLSX or CSV, in the workspace's language, from the
// `incidents` translations: one row per personal-data breach with its facts, effects, remedial
// action, the reasoning on risk and Art 34(3), and every notification sent or reasoned away.
import Papa from 'papaparse';
import type { TFunction } from 'i18next';
import type { Language } from '../../../shared/contract';
import type { BreachClock, BreachRegisterEntry } from '../../../shared/contract/areas/incidents';
import type { ExportFile } from '../exports/export-file';
import { writeXlsx } from '../exports/xlsx-writer';
import { incidentsT } from './incident-i18n';

export const REGISTER_MIME_TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
} as const;

const COLUMNS = [
  ['ref', 14],
  ['title', 30],
  ['becameAwareAt', 20],
  ['status', 12],
  ['description', 40],
  ['dataCategories', 30],
  ['subjectCategories', 26],
  ['jurisdictions', 14],
  ['estimatedPeople', 12],
  ['estimatedRecords', 12],
  ['highRisk', 10],
  ['riskReasoning', 36],
  ['exemption', 30],
  ['effects', 36],
  ['remedialAction', 36],
  ['notifications', 50],
] as const;

function notificationText(t: TFunction, clock: BreachClock): string {
  const who = `${clock.law.toUpperCase()} ${t(`recipient.${clock.recipient}`)}`;
  if (clock.state === 'sent') return `${who}: ${t('register.sentOn', { at: clock.sentAt ?? '' })}${clock.reference ? ` (${clock.reference})` : ''}`;
  if (clock.state === 'not_needed') return `${who}: ${t('register.notNeeded', { reason: clock.reason })}`;
  return `${who}: ${t(`clockState.${clock.state}`)}${clock.due ? ` (${t('register.dueBy', { at: clock.due })})` : ''}`;
}

function cells(t: TFunction, entry: BreachRegisterEntry): (string | number | null)[] {
  const yesNo = (value: boolean | null) => (value === null ? t('register.notAssessed') : value ? t('register.yes') : t('register.no'));
  return [
    entry.ref,
    entry.title,
    entry.becameAwareAt,
    t(`status.${entry.status}`),
    entry.description,
    entry.dataCategories.join('; '),
    entry.subjectCategories.join('; '),
    entry.jurisdictions.map((law) => law.toUpperCase()).join('; '),
    entry.estimatedPeople,
    entry.estimatedRecords,
    yesNo(entry.highRisk),
    entry.riskReasoning,
    entry.exemption === null ? '' : `${t(`exemption.${entry.exemption}`)}: ${entry.exemptionReasoning}`,
    entry.effects,
    entry.remedialAction,
    entry.notifications.map((clock) => notificationText(t, clock)).join('\n'),
  ];
}

export async function renderBreachRegister(entries: readonly BreachRegisterEntry[], organisation: string, language: Language, format: 'xlsx' | 'csv', generatedAt: Date, today: string): Promise<ExportFile> {
  const t = incidentsT(language);
  const fileName = `breach-register-${today}.${format}`;
  const header = COLUMNS.map(([key]) => t(`register.columns.${key}`));
  const rows = entries.map((entry) => cells(t, entry));
  if (format === 'csv') {
    const csv = Papa.unparse({ fields: header, data: rows.map((row) => row.map((cell) => cell ?? '')) }, { newline: '\r\n' });
    // A byte-order mark so spreadsheet programs read the UTF-8 (Chinese text) correctly.
    return { fileName, mimeType: REGISTER_MIME_TYPES.csv, content: Buffer.from(`\ufeff${csv}\r\n`, 'utf8') };
  }
  const content = await writeXlsx({
    properties: { title: t('register.title'), subject: t('register.title'), company: organisation, createdAt: generatedAt },
    sheets: [
      {
        name: t('register.sheet'),
        title: t('register.title'),
        meta: [
          [t('register.organisation'), organisation],
          [t('register.generated'), today],
        ],
        metaSeparator: language === 'zh-CN' ? '：' : ': ',
        columns: COLUMNS.map(([, width], index) => ({ header: header[index]!, width, wrap: width > 20 })),
        rows: rows.map((row) => ({ cells: row })),
        freezeColumns: 2,
        autoFilter: true,
      },
    ],
  });
  return { fileName, mimeType: REGISTER_MIME_TYPES.xlsx, content };
}
