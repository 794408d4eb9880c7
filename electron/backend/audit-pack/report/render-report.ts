// report.pdf: the cover (organisation, framework, period, generated time, app version, signing key
// fingerprint), the scope, then for ISO 27001 the Statement of Applicability and the documented
// information of clauses 4–10, for SOC 2 the criteria matrix; then the coverage summary, the
// exceptions, the registers and policies in the pack and the audit trail's chain verification.
//
// Written in the pack's locale with Noto Sans SC (through exports/pdf-document), and reproducible:
// the only time in the file is ctx.generatedAt (creation and modification date, from which pdfkit
// also derives the document ID), so the same context renders to the same bytes.
import type { TFunction } from 'i18next';
import { FRESHNESS, IMPLEMENTATION_STATUSES } from '../../../../shared/contract';
import { getIsoClause, ISO_THEME_TITLES, SOC2_CATEGORY_TITLES, SOC2_GROUP_INFO, type IsoTheme, type Soc2Category, type Soc2Group } from '../../../../shared/frameworks';
import { PDF_COLORS, PdfDocument, type PdfRow } from '../../exports/pdf-document';
import type { PackContents, PackContext, PackLocale } from '../pack-types';
import { packExceptions } from './exceptions';
import { renderIsoClauses, renderSoa } from './iso-sections';
import { readReportData, type ReportData } from './report-data';
import { formatInstant, packReportT, percent, VERIFY_COMMANDS } from './report-text';
import { renderSoc2Matrix } from './soc2-matrix';

/** At most this many chain problems are listed; the count says how many there were. */
const MAX_PROBLEMS = 25;

function coverMeta(ctx: PackContext, t: TFunction): [string, string][] {
  return [
    [t('meta.organisation'), ctx.workspace.organisationName],
    [t('meta.framework'), t(`framework.${ctx.options.framework}`)],
    [t('meta.period'), t('meta.periodValue', { from: ctx.period.from, to: ctx.period.to })],
    [t('meta.asOf'), formatInstant(ctx.asOf)],
    [t('meta.generated'), formatInstant(ctx.generatedAt)],
    [t('meta.appVersion'), ctx.appVersion],
    [t('meta.catalogVersion'), ctx.catalogVersion],
    [t('meta.workspace'), ctx.workspace.id],
    // In groups of eight, so the line breaks between groups and the eye can compare it group by group.
    [t('meta.keyFingerprint'), ctx.keyFingerprint.replace(/(.{8})(?=.)/g, '$1 ')],
    [t('meta.redaction'), ctx.options.redact ? t('meta.redacted') : t('meta.notRedacted')],
  ];
}

function renderScope(pdf: PdfDocument, t: TFunction, ctx: PackContext, data: ReportData, locale: PackLocale): void {
  pdf.addPage();
  pdf.heading(t('sections.scope'));
  if (ctx.options.framework === 'iso27001') {
    const clause = getIsoClause('4.3');
    if (clause) pdf.paragraph(`ISO/IEC 27001 ${clause.id} ${clause.heading[locale]}`, { size: 9, color: PDF_COLORS.muted });
  } else {
    pdf.paragraph(t('scope.soc2Intro'), { size: 9, color: PDF_COLORS.muted });
    pdf.heading(t('scope.soc2Categories'), 2);
    pdf.paragraph(data.soc2Categories.map((category) => SOC2_CATEGORY_TITLES[category as Soc2Category]?.[locale] ?? category).join(t('listSeparator')));
  }
  const scope = data.scope;
  if (!scope || (scope.statement === '' && scope.boundaries === '' && scope.exclusions === '' && scope.interestedParties === '')) {
    pdf.paragraph(t('scope.notDefined'), { color: PDF_COLORS.negative });
    return;
  }
  const part = (label: string, text: string) => {
    pdf.heading(label, 2);
    pdf.paragraph(text || t('none'));
  };
  part(t('scope.statement'), scope.statement);
  part(t('scope.boundaries'), scope.boundaries);
  part(t('scope.exclusions'), scope.exclusions);
  part(t('scope.interestedParties'), scope.interestedParties);
  if (scope.updatedAt) pdf.paragraph(t('scope.updatedAt', { at: formatInstant(scope.updatedAt) }), { size: 8.5, color: PDF_COLORS.muted });
}

function groupTitle(framework: 'iso27001' | 'soc2', group: string, locale: PackLocale): string {
  if (framework === 'iso27001') return ISO_THEME_TITLES[group as IsoTheme]?.[locale] ?? group;
  const info = SOC2_GROUP_INFO[group as Soc2Group];
  return info ? `${group} ${info.title[locale]}` : group;
}

function renderCoverage(pdf: PdfDocument, t: TFunction, ctx: PackContext, data: ReportData, locale: PackLocale): void {
  const { coverage } = data;
  pdf.addPage();
  pdf.heading(t('sections.coverage'));
  pdf.paragraph(t('coverage.intro'), { size: 9, color: PDF_COLORS.muted });
  pdf.tiles([
    { value: String(coverage.applicable), label: t('coverage.applicable') },
    { value: String(coverage.covered), label: t('coverage.covered'), color: PDF_COLORS.positive },
    { value: String(coverage.applicable - coverage.covered), label: t('coverage.uncovered'), color: PDF_COLORS.negative },
    { value: t('coverage.percent', { percent: percent(coverage.covered, coverage.applicable) }), label: t('coverage.covered') },
  ]);
  pdf.heading(t('coverage.byGroup'), 2);
  pdf.table({
    fontSize: 8,
    columns: [
      { header: t('coverage.columns.group'), weight: 240 },
      { header: t('coverage.columns.applicable'), weight: 60, align: 'right' },
      { header: t('coverage.columns.covered'), weight: 60, align: 'right' },
      { header: t('coverage.columns.share'), weight: 60, align: 'right' },
    ],
    rows: coverage.byGroup
      .filter((group) => group.applicable > 0)
      .map((group) => ({
        cells: [groupTitle(ctx.options.framework, group.group, locale), String(group.applicable), String(group.covered), t('coverage.percent', { percent: percent(group.covered, group.applicable) })],
      })),
  });
  pdf.y += 8;
  const figures = (rows: readonly (readonly [string, number])[]): PdfRow[] => rows.map(([label, count]) => ({ cells: [label, String(count)] }));
  const columns = [
    { header: '', weight: 4 },
    { header: '', weight: 1, align: 'right' as const },
  ];
  const gap = 24;
  const half = (pdf.width - gap) / 2;
  pdf.ensureSpace(120);
  const top = pdf.y;
  const leftEnd = pdf.table(
    { columns, showHeader: false, fontSize: 8.5, rows: [{ group: t('coverage.byStatus') }, ...figures(IMPLEMENTATION_STATUSES.map((status) => [t(`status.${status}`), coverage.byStatus[status]]))] },
    { x: pdf.left, y: top, width: half },
  );
  const rightEnd = pdf.table(
    { columns, showHeader: false, fontSize: 8.5, rows: [{ group: t('coverage.byFreshness') }, ...figures(FRESHNESS.map((freshness) => [t(`coverage.freshness.${freshness}`), coverage.byFreshness[freshness]]))] },
    { x: pdf.left + half + gap, y: top, width: half },
  );
  pdf.y = Math.max(leftEnd, rightEnd) + 8;
}

function renderExceptions(pdf: PdfDocument, t: TFunction, contents: PackContents): void {
  pdf.heading(t('sections.exceptions'));
  const exceptions = packExceptions(contents);
  if (exceptions.length === 0) {
    pdf.paragraph(t('exceptions.none'), { color: PDF_COLORS.positive });
    return;
  }
  pdf.paragraph(t('exceptions.intro'), { size: 9, color: PDF_COLORS.muted });
  pdf.table({
    fontSize: 7.5,
    columns: [
      { header: t('exceptions.columns.control'), weight: 50 },
      { header: t('exceptions.columns.title'), weight: 220 },
      { header: t('exceptions.columns.problem'), weight: 80 },
      { header: t('exceptions.columns.detail'), weight: 140 },
    ],
    rows: exceptions.map((exception) => ({
      cells: [
        { text: exception.control.controlId, bold: true },
        exception.control.title,
        { text: t(`exceptions.${exception.kind}`), color: PDF_COLORS.negative },
        exception.kind === 'expired' ? t('exceptions.expiredDetail', { count: exception.expiredCount, date: exception.latestExpiry ?? t('none') }) : t('none'),
      ],
    })),
  });
  pdf.y += 8;
}

function renderPackContents(pdf: PdfDocument, t: TFunction, contents: PackContents): void {
  pdf.addPage();
  pdf.heading(t('sections.contents'));
  pdf.heading(t('contents.registers'), 2);
  if (contents.registers.length === 0) pdf.paragraph(t('contents.noRegisters'), { color: PDF_COLORS.muted });
  else
    pdf.table({
      fontSize: 8,
      columns: [
        { header: t('contents.registerColumns.title'), weight: 160 },
        { header: t('contents.registerColumns.rows'), weight: 50, align: 'right' },
        { header: t('contents.registerColumns.files'), weight: 240 },
      ],
      rows: contents.registers.map((register) => ({ cells: [register.title, String(register.rows), `${register.xlsxPath}\n${register.csvPath}`] })),
    });
  pdf.y += 8;
  pdf.heading(t('contents.policies'), 2);
  if (contents.policies.length === 0) pdf.paragraph(t('contents.noPolicies'), { color: PDF_COLORS.muted });
  else
    pdf.table({
      fontSize: 8,
      columns: [
        { header: t('contents.policyColumns.title'), weight: 150 },
        { header: t('contents.policyColumns.version'), weight: 44, align: 'right' },
        { header: t('contents.policyColumns.approved'), weight: 66 },
        { header: t('contents.policyColumns.effective'), weight: 66 },
        { header: t('contents.policyColumns.file'), weight: 170 },
      ],
      rows: contents.policies.map((policy) => ({
        cells: [policy.title, policy.version, policy.approvedAt?.slice(0, 10) ?? t('none'), policy.effectiveFrom?.slice(0, 10) ?? t('none'), policy.path],
      })),
    });
  pdf.y += 8;
}

function renderAuditTrail(pdf: PdfDocument, t: TFunction, contents: PackContents): void {
  const { auditTrail } = contents;
  const { chain } = auditTrail;
  pdf.heading(t('sections.auditTrail'));
  pdf.paragraph(t('trail.intro', { path: auditTrail.path, events: auditTrail.events }), { size: 9 });
  pdf.paragraph(chain.ok ? t('trail.ok') : t('trail.broken', { count: chain.problemCount }), { bold: true, color: chain.ok ? PDF_COLORS.positive : PDF_COLORS.negative });
  pdf.table({
    showHeader: false,
    fontSize: 8.5,
    columns: [
      { header: '', weight: 1 },
      { header: '', weight: 3 },
    ],
    rows: [
      { cells: [{ text: t('trail.checked'), bold: true }, String(chain.checked)] },
      { cells: [{ text: t('trail.headSeq'), bold: true }, String(chain.headSeq)] },
      { cells: [{ text: t('trail.headHash'), bold: true }, chain.headHash || t('none')] },
    ],
  });
  pdf.y += 8;
  if (chain.problems.length === 0) return;
  pdf.heading(t('trail.problemsHeading'), 2);
  const listed = chain.problems.slice(0, MAX_PROBLEMS);
  pdf.table({
    fontSize: 7.5,
    columns: [
      { header: t('trail.columns.seq'), weight: 50, align: 'right' },
      { header: t('trail.columns.kind'), weight: 70 },
      { header: t('trail.columns.message'), weight: 300 },
    ],
    rows: listed.map((problem) => ({ cells: [String(problem.seq), t(`trail.kind.${problem.kind}`), problem.message] })),
  });
  const more = Math.max(chain.problemCount, chain.problems.length) - listed.length;
  if (more > 0) pdf.paragraph(t('trail.moreProblems', { count: more }), { size: 8.5, color: PDF_COLORS.muted });
}

/** How an auditor checks the pack with standard tools; the same steps index.html gives. */
function renderVerification(pdf: PdfDocument, t: TFunction): void {
  pdf.heading(t('index.nav.verify'));
  pdf.paragraph(t('index.verifyIntro'), { size: 9 });
  const step = (text: string, command: string) => {
    pdf.paragraph(text, { size: 9, gapAfter: 2 });
    pdf.paragraph(command, { size: 8.5, color: PDF_COLORS.accent, gapAfter: 8 });
  };
  step(t('index.verifyHashes'), VERIFY_COMMANDS.hashes);
  step(t('index.verifySignature'), VERIFY_COMMANDS.signature);
  step(t('index.verifyFingerprint'), VERIFY_COMMANDS.fingerprint);
  pdf.paragraph(t('index.verifyCli'), { size: 9 });
}

export async function renderPackReport(ctx: PackContext, contents: PackContents): Promise<Buffer> {
  const locale = ctx.options.locale;
  const t = packReportT(locale);
  const data = readReportData(ctx, contents.history);
  const framework = t(`framework.${ctx.options.framework}`);
  const title = t('title');
  const pdf = new PdfDocument({
    language: locale,
    layout: 'portrait',
    info: {
      title: `${title} — ${ctx.workspace.organisationName}`,
      author: ctx.workspace.organisationName,
      subject: `${framework} ${t('meta.periodValue', { from: ctx.period.from, to: ctx.period.to })}`,
      keywords: `${ctx.options.framework}, audit pack, ${ctx.keyFingerprint}`,
      createdAt: new Date(ctx.generatedAt),
    },
    footer: {
      text: t('footer', { organisation: ctx.workspace.organisationName, title, framework }),
      pageLabel: (page, pages) => t('pageOf', { page, pages }),
    },
    runningHead: { left: `${title} — ${framework}`, right: ctx.workspace.organisationName },
  });

  pdf.cover({ kicker: t('kicker'), title, subtitle: `${ctx.workspace.organisationName} · ${framework}`, meta: coverMeta(ctx, t) });
  pdf.paragraph(t('coverNote'), { size: 8.5, color: PDF_COLORS.muted, gapAfter: 12 });
  const exceptions = packExceptions(contents);
  pdf.tiles([
    { value: String(contents.controls.filter((control) => control.applicable).length), label: t('coverage.applicable') },
    { value: t('coverage.percent', { percent: percent(data.coverage.covered, data.coverage.applicable) }), label: t('coverage.covered'), color: PDF_COLORS.positive },
    { value: String(exceptions.length), label: t('sections.exceptions'), color: exceptions.length > 0 ? PDF_COLORS.negative : PDF_COLORS.positive },
    { value: contents.auditTrail.chain.ok ? t('index.chainOk') : t('index.chainBroken'), label: t('sections.auditTrail'), color: contents.auditTrail.chain.ok ? PDF_COLORS.positive : PDF_COLORS.negative },
  ]);

  renderScope(pdf, t, ctx, data, locale);
  if (ctx.options.framework === 'iso27001') {
    renderSoa(pdf, t, data, contents, locale);
    renderIsoClauses(pdf, t, data, contents, locale);
  } else {
    renderSoc2Matrix(pdf, t, contents, locale);
  }
  renderCoverage(pdf, t, ctx, data, locale);
  renderExceptions(pdf, t, contents);
  renderPackContents(pdf, t, contents);
  renderAuditTrail(pdf, t, contents);
  renderVerification(pdf, t);
  return pdf.finish();
}
