// The SOC 2 part of report.pdf: the criteria matrix, each criterion grouped by its TSC group with
// whether it is in scope, how it is implemented, the ISO 27001 controls the crosswalk maps to it
// (whose evidence counts for it too) and the evidence in the pack for it.
import type { TFunction } from 'i18next';
import { getControl, SOC2_GROUP_INFO, SOC2_GROUPS, type Soc2Group } from '../../../../shared/frameworks';
import { PDF_COLORS, type PdfDocument, type PdfRow } from '../../exports/pdf-document';
import { crosswalkPeers } from '../../frameworks/controls-queries';
import { evidenceCount, type PackContents, type PackControl, type PackEvidenceItem, type PackLocale } from '../pack-types';

/** More than this many items per criterion are summarised as "… and N more"; index.html lists them all. */
const MAX_LISTED = 12;

/** A file's name, or "N records of type X" for a record extract file. */
function itemName(t: TFunction, item: PackEvidenceItem): string {
  return item.kind === 'record' ? t('index.recordsOfType', { count: item.records ?? 1, type: item.name }) : item.name;
}

function evidenceText(t: TFunction, control: PackControl): string {
  if (control.evidence.length === 0) return t('matrix.noEvidence');
  const lines = control.evidence.slice(0, MAX_LISTED).map((item) => (item.expired ? t('matrix.expiredMark', { name: itemName(t, item), date: item.expiryDate ?? '' }) : itemName(t, item)));
  if (control.evidence.length > MAX_LISTED) lines.push(t('matrix.moreEvidence', { count: control.evidence.length - MAX_LISTED }));
  return lines.join('\n');
}

export function renderSoc2Matrix(pdf: PdfDocument, t: TFunction, contents: PackContents, locale: PackLocale): void {
  pdf.addPage();
  pdf.heading(t('sections.matrix'));
  pdf.paragraph(t('matrix.intro'), { color: PDF_COLORS.muted, size: 9 });
  const groupOf = (control: PackControl) => (getControl('soc2', control.controlId)?.group as Soc2Group | undefined) ?? null;
  const rows: PdfRow[] = [];
  const titles = new Map<string, string>();
  const ungrouped = contents.controls.filter((control) => groupOf(control) === null);
  for (const group of SOC2_GROUPS) {
    const controls = contents.controls.filter((control) => groupOf(control) === group);
    if (controls.length === 0) continue;
    const title = `${group} ${SOC2_GROUP_INFO[group].title[locale]}`;
    titles.set(title, title);
    rows.push({ group: title });
    for (const control of controls) rows.push({ cells: matrixRow(t, control) });
  }
  for (const control of ungrouped) rows.push({ cells: matrixRow(t, control) });
  pdf.table({
    fontSize: 7.5,
    continued: (group) => t('groupContinued', { title: titles.get(group) ?? group }),
    columns: [
      { header: t('matrix.columns.criterion'), weight: 44 },
      { header: t('matrix.columns.title'), weight: 130 },
      { header: t('matrix.columns.scope'), weight: 50 },
      { header: t('matrix.columns.implementation'), weight: 110 },
      { header: t('matrix.columns.iso'), weight: 60 },
      { header: t('matrix.columns.evidence'), weight: 150 },
      { header: t('matrix.columns.count'), weight: 36, align: 'right' },
    ],
    rows,
  });
}

function matrixRow(t: TFunction, control: PackControl) {
  const tint = control.applicable ? PDF_COLORS.text : PDF_COLORS.muted;
  const missing = control.applicable && (control.evidence.length === 0 || control.evidence.every((item) => item.expired));
  return [
    { text: control.controlId, bold: true, color: tint },
    { text: control.title, color: tint },
    { text: control.applicable ? t('matrix.inScope') : t('matrix.outOfScope'), color: tint },
    control.applicable ? control.implementation || t('none') : control.justification || t('none'),
    { text: crosswalkPeers('soc2', control.controlId).map((peer) => peer.controlId).join(', ') || t('none'), color: tint },
    { text: evidenceText(t, control), color: missing ? PDF_COLORS.negative : tint },
    { text: String(evidenceCount(control.evidence)), color: tint },
  ];
}
