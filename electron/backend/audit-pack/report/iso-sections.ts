// The ISO/IEC 27001 part of report.pdf: the Statement of Applicability and the documented
// information of clauses 5–10 (the scope of 4.3 has its own section): the policy in force, risk
// assessment and treatment, objectives, competence, the internal audit programme and its results,
// management reviews, nonconformities and corrective actions.
import type { TFunction } from 'i18next';
import { getIsoClause, ISO_THEME_TITLES, ISO_THEMES } from '../../../../shared/frameworks';
import { PDF_COLORS, type PdfDocument, type PdfRow } from '../../exports/pdf-document';
import { evidenceCount, type PackContents, type PackLocale } from '../pack-types';
import type { ReportData } from './report-data';
import { dayOf } from './report-text';

function clauseHeading(id: string, locale: PackLocale): string {
  const clause = getIsoClause(id);
  return clause ? `${id} ${clause.heading[locale]}` : id;
}

export function renderSoa(pdf: PdfDocument, t: TFunction, data: ReportData, contents: PackContents, locale: PackLocale): void {
  const soa = data.soa;
  if (!soa) return;
  const none = t('none');
  const packed = new Map(contents.controls.map((control) => [control.controlId, control]));
  pdf.addPage();
  pdf.heading(t('sections.soa'));
  pdf.paragraph(t('soa.intro'), { color: PDF_COLORS.muted, size: 9 });
  const entries = soa.entries.map((entry) => {
    // The pack's own view of a control (as of the end of the period) wins over today's row.
    const control = packed.get(entry.controlId);
    return { ...entry, applicable: control?.applicable ?? entry.applicable, justification: control?.justification || entry.justification, inPack: control ? evidenceCount(control.evidence) : 0 };
  });
  const applicable = entries.filter((entry) => entry.applicable);
  pdf.tiles([
    { value: t('soa.applicableOfTotal', { applicable: applicable.length, total: entries.length }), label: t('soa.columns.applicable') },
    { value: String(entries.length - applicable.length), label: t('soa.notApplicable'), color: PDF_COLORS.muted },
    { value: String(applicable.filter((entry) => entry.status === 'implemented').length), label: t('soa.implemented'), color: PDF_COLORS.positive },
    { value: String(applicable.filter((entry) => entry.inPack > 0).length), label: t('soa.withEvidence'), color: PDF_COLORS.positive },
  ]);
  const rows: PdfRow[] = [];
  const titles = new Map<string, string>();
  for (const theme of ISO_THEMES) {
    const themed = entries.filter((entry) => entry.theme === theme);
    if (themed.length === 0) continue;
    const title = ISO_THEME_TITLES[theme][locale];
    titles.set(title, title);
    rows.push({ group: title });
    for (const entry of themed) {
      rows.push({
        cells: [
          { text: entry.controlId, bold: true },
          entry.title,
          { text: entry.applicable ? t('yes') : t('no'), bold: !entry.applicable, color: entry.applicable ? PDF_COLORS.text : PDF_COLORS.negative },
          entry.justification || none,
          entry.applicable ? entry.reasons.map((reason) => t(`reason.${reason}`)).join(t('listSeparator')) || none : none,
          t(`status.${entry.status}`),
          { text: String(entry.inPack), color: entry.applicable && entry.inPack === 0 ? PDF_COLORS.negative : PDF_COLORS.text },
        ],
      });
    }
  }
  pdf.table({
    fontSize: 7.5,
    continued: (group) => t('groupContinued', { title: titles.get(group) ?? group }),
    columns: [
      { header: t('soa.columns.control'), weight: 50 },
      { header: t('soa.columns.title'), weight: 150 },
      { header: t('soa.columns.applicable'), weight: 48, align: 'center' },
      { header: t('soa.columns.justification'), weight: 156 },
      { header: t('soa.columns.reasons'), weight: 90 },
      { header: t('soa.columns.status'), weight: 78 },
      { header: t('soa.columns.evidence'), weight: 50, align: 'right' },
    ],
    rows,
  });
}

function policySection(pdf: PdfDocument, t: TFunction, data: ReportData, contents: PackContents, locale: PackLocale): void {
  pdf.heading(clauseHeading('5.2', locale), 2);
  const policy = data.policy;
  if (!policy) {
    pdf.paragraph(t('policy.missing'), { color: PDF_COLORS.negative });
    return;
  }
  const file = contents.policies.find((entry) => entry.title === policy.title && entry.version === String(policy.version))?.path ?? contents.policies.find((entry) => entry.title === policy.title)?.path;
  pdf.table({
    showHeader: false,
    fontSize: 8.5,
    columns: [
      { header: t('policy.title'), weight: 1 },
      { header: t('policy.title'), weight: 3 },
    ],
    rows: [
      { cells: [{ text: t('policy.title'), bold: true }, policy.title] },
      { cells: [{ text: t('policy.version'), bold: true }, String(policy.version)] },
      { cells: [{ text: t('policy.approvedBy'), bold: true }, policy.approvedBy ?? t('none')] },
      { cells: [{ text: t('policy.approvedAt'), bold: true }, dayOf(policy.approvedAt) ?? t('none')] },
      { cells: [{ text: t('policy.sha256'), bold: true }, policy.sha256 ?? t('none')] },
      { cells: [{ text: t('policy.file'), bold: true }, file ?? t('policy.notInPack')] },
    ],
  });
  pdf.y += 8;
}

function riskSection(pdf: PdfDocument, t: TFunction, data: ReportData, locale: PackLocale): void {
  pdf.heading(`${clauseHeading('6.1.2', locale)} · ${clauseHeading('6.1.3', locale)}`, 2);
  const { risks, riskAppetite } = data;
  if (risks.length === 0) {
    pdf.paragraph(t('risks.empty'), { color: PDF_COLORS.muted });
    return;
  }
  pdf.paragraph(t('risks.intro', { count: risks.length, appetite: riskAppetite }), { size: 9 });
  pdf.tiles([
    { value: String(risks.length), label: t('risks.total') },
    { value: String(risks.filter((risk) => risk.inherentScore > riskAppetite).length), label: t('risks.aboveAppetiteInherent'), color: PDF_COLORS.warning },
    { value: String(risks.filter((risk) => risk.residualScore > riskAppetite).length), label: t('risks.aboveAppetiteResidual'), color: PDF_COLORS.negative },
    { value: String(risks.filter((risk) => risk.acceptance !== null).length), label: t('risks.accepted'), color: PDF_COLORS.muted },
  ]);
  pdf.table({
    fontSize: 7.5,
    columns: [
      { header: t('risks.columns.ref'), weight: 40 },
      { header: t('risks.columns.title'), weight: 150 },
      { header: t('risks.columns.owner'), weight: 70 },
      { header: t('risks.columns.inherent'), weight: 44, align: 'right' },
      { header: t('risks.columns.treatment'), weight: 56 },
      { header: t('risks.columns.residual'), weight: 44, align: 'right' },
      { header: t('risks.columns.status'), weight: 52 },
      { header: t('risks.columns.controls'), weight: 100 },
    ],
    rows: risks.map((risk) => ({
      cells: [
        { text: risk.ref, bold: true },
        risk.title,
        risk.owner || t('none'),
        { text: String(risk.inherentScore), color: risk.inherentScore > riskAppetite ? PDF_COLORS.warning : PDF_COLORS.text },
        t(`risks.treatment.${risk.treatment}`),
        { text: String(risk.residualScore), bold: risk.residualScore > riskAppetite, color: risk.residualScore > riskAppetite ? PDF_COLORS.negative : PDF_COLORS.text },
        t(`risks.status.${risk.status}`),
        risk.controls.map((control) => control.controlId).join(', ') || t('none'),
      ],
    })),
  });
  pdf.y += 8;
}

function objectivesSection(pdf: PdfDocument, t: TFunction, data: ReportData, locale: PackLocale): void {
  pdf.heading(clauseHeading('6.2', locale), 2);
  if (data.objectives.length === 0) {
    pdf.paragraph(t('objectives.empty'), { color: PDF_COLORS.muted });
    return;
  }
  pdf.table({
    fontSize: 7.5,
    columns: [
      { header: t('objectives.columns.title'), weight: 140 },
      { header: t('objectives.columns.measure'), weight: 140 },
      { header: t('objectives.columns.target'), weight: 80 },
      { header: t('objectives.columns.owner'), weight: 70 },
      { header: t('objectives.columns.due'), weight: 56 },
      { header: t('objectives.columns.status'), weight: 56 },
    ],
    rows: data.objectives.map((objective) => ({
      cells: [objective.title, objective.measure || t('none'), objective.target || t('none'), objective.owner || t('none'), objective.dueDate ?? t('none'), t(`objectives.status.${objective.status}`)],
    })),
  });
  pdf.y += 8;
}

function competenceSection(pdf: PdfDocument, t: TFunction, data: ReportData, locale: PackLocale): void {
  pdf.heading(clauseHeading('7.2', locale), 2);
  const { training } = data;
  if (training.total === 0) {
    pdf.paragraph(t('competence.empty'), { color: PDF_COLORS.muted });
    return;
  }
  pdf.paragraph(t('competence.intro'), { size: 9 });
  pdf.tiles([
    { value: t('competence.rate', { rate: training.rate }), label: t('competence.overall') },
    { value: String(training.total), label: t('competence.assignments'), color: PDF_COLORS.muted },
    { value: String(training.done), label: t('competence.done'), color: PDF_COLORS.positive },
    { value: String(training.total - training.done), label: t('competence.notDone'), color: PDF_COLORS.negative },
  ]);
  pdf.table({
    fontSize: 8,
    columns: [
      { header: t('competence.columns.course'), weight: 240 },
      { header: t('competence.columns.total'), weight: 60, align: 'right' },
      { header: t('competence.columns.done'), weight: 60, align: 'right' },
      { header: t('competence.columns.rate'), weight: 60, align: 'right' },
    ],
    rows: training.byCourse.map((course) => ({ cells: [course.label, String(course.total), String(course.done), t('competence.rate', { rate: course.rate })] })),
  });
  pdf.y += 6;
  pdf.table({
    fontSize: 8,
    columns: [
      { header: t('competence.columns.month'), weight: 240 },
      { header: t('competence.columns.total'), weight: 60, align: 'right' },
      { header: t('competence.columns.done'), weight: 60, align: 'right' },
      { header: t('competence.columns.rate'), weight: 60, align: 'right' },
    ],
    rows: [{ group: t('competence.trend') }, ...training.monthly.map((point) => ({ cells: [point.month, String(point.total), String(point.done), t('competence.rate', { rate: point.rate })] }))],
  });
  pdf.y += 8;
}

function auditSection(pdf: PdfDocument, t: TFunction, data: ReportData, locale: PackLocale): void {
  pdf.heading(clauseHeading('9.2', locale), 2);
  if (data.audits.length === 0) {
    pdf.paragraph(t('audits.empty'), { color: PDF_COLORS.muted });
    return;
  }
  pdf.table({
    fontSize: 7.5,
    columns: [
      { header: t('audits.columns.ref'), weight: 58 },
      { header: t('audits.columns.title'), weight: 106 },
      { header: t('audits.columns.auditor'), weight: 64 },
      { header: t('audits.columns.planned'), weight: 54 },
      { header: t('audits.columns.performed'), weight: 54 },
      { header: t('audits.columns.status'), weight: 52 },
      { header: t('audits.columns.findings'), weight: 40, align: 'right' },
      { header: t('audits.columns.conclusion'), weight: 150 },
    ],
    rows: data.audits.map((audit) => ({
      cells: [
        { text: audit.ref, bold: true },
        audit.title,
        audit.auditor || t('none'),
        audit.plannedDate,
        audit.performedDate ?? t('none'),
        t(`audits.status.${audit.status}`),
        String(audit.findings),
        audit.conclusion || t('none'),
      ],
    })),
  });
  pdf.y += 6;
  pdf.heading(t('audits.findingsHeading'), 2);
  if (data.findings.length === 0) {
    pdf.paragraph(t('audits.noFindings'), { color: PDF_COLORS.muted });
    return;
  }
  pdf.table({
    fontSize: 7.5,
    columns: [
      { header: t('audits.findingColumns.ref'), weight: 44 },
      { header: t('audits.findingColumns.audit'), weight: 58 },
      { header: t('audits.findingColumns.type'), weight: 74 },
      { header: t('audits.findingColumns.reference'), weight: 50 },
      { header: t('audits.findingColumns.description'), weight: 186 },
      { header: t('audits.findingColumns.owner'), weight: 60 },
      { header: t('audits.findingColumns.status'), weight: 46 },
    ],
    rows: data.findings.map((finding) => ({
      cells: [
        { text: finding.ref, bold: true },
        finding.auditRef,
        t(`audits.findingType.${finding.type}`),
        finding.reference || t('none'),
        finding.description,
        finding.owner || t('none'),
        t(`audits.findingStatus.${finding.status}`),
      ],
    })),
  });
  pdf.y += 8;
}

function reviewSection(pdf: PdfDocument, t: TFunction, data: ReportData, locale: PackLocale): void {
  pdf.heading(clauseHeading('9.3', locale), 2);
  if (data.reviews.length === 0) {
    pdf.paragraph(t('reviews.empty'), { color: PDF_COLORS.muted });
    return;
  }
  for (const review of data.reviews) {
    const line = (label: string, value: string | null) => ({ cells: [{ text: label, bold: true }, value || t('none')] });
    pdf.table({
      showHeader: false,
      fontSize: 8,
      columns: [
        { header: '', weight: 1 },
        { header: '', weight: 4 },
      ],
      rows: [
        { group: t('reviews.date', { date: review.date }) },
        line(t('reviews.attendees'), review.attendees),
        line(t('reviews.inputs'), review.inputs),
        line(t('reviews.decisions'), review.decisions),
        line(t('reviews.actions'), review.actions),
        line(t('reviews.nextReview'), review.nextReviewDate),
      ],
    });
    pdf.y += 6;
  }
}

function nonconformitySection(pdf: PdfDocument, t: TFunction, data: ReportData, locale: PackLocale): void {
  pdf.heading(clauseHeading('10.2', locale), 2);
  const nonconformities = data.findings.filter((finding) => finding.type === 'major_nonconformity' || finding.type === 'minor_nonconformity');
  if (nonconformities.length === 0) {
    pdf.paragraph(t('nonconformities.empty'), { color: PDF_COLORS.muted });
    return;
  }
  const rows: PdfRow[] = [];
  for (const finding of nonconformities) {
    const actions = data.actions.filter((action) => action.findingId === finding.id);
    const head = [{ text: finding.ref, bold: true }, t(`audits.findingType.${finding.type}`)];
    if (actions.length === 0) {
      rows.push({ cells: [...head, { text: t('nonconformities.noActions'), color: PDF_COLORS.negative }, t('none'), t('none'), t('none'), t('none'), t('none')] });
      continue;
    }
    for (const action of actions) {
      rows.push({
        cells: [
          ...head,
          action.description,
          action.rootCause || t('none'),
          action.owner || t('none'),
          action.dueDate ?? t('none'),
          t(`nonconformities.status.${action.status}`),
          action.verifiedAt ? t('nonconformities.verifiedBy', { by: action.verifiedBy, at: dayOf(action.verifiedAt) }) : t('none'),
        ],
      });
    }
  }
  pdf.table({
    fontSize: 7.5,
    columns: [
      { header: t('nonconformities.columns.finding'), weight: 48 },
      { header: t('nonconformities.columns.type'), weight: 66 },
      { header: t('nonconformities.columns.action'), weight: 150 },
      { header: t('nonconformities.columns.rootCause'), weight: 110 },
      { header: t('nonconformities.columns.owner'), weight: 60 },
      { header: t('nonconformities.columns.due'), weight: 54 },
      { header: t('nonconformities.columns.status'), weight: 50 },
      { header: t('nonconformities.columns.verified'), weight: 80 },
    ],
    rows,
  });
  pdf.y += 8;
}

export function renderIsoClauses(pdf: PdfDocument, t: TFunction, data: ReportData, contents: PackContents, locale: PackLocale): void {
  pdf.addPage();
  pdf.heading(t('sections.clauses'));
  policySection(pdf, t, data, contents, locale);
  riskSection(pdf, t, data, locale);
  objectivesSection(pdf, t, data, locale);
  competenceSection(pdf, t, data, locale);
  auditSection(pdf, t, data, locale);
  reviewSection(pdf, t, data, locale);
  nonconformitySection(pdf, t, data, locale);
}
