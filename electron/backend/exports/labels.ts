// Wording of the exported documents. Exports are written in the workspace's language, not the
// reader's UI language, and run in the backend where the renderer's i18n resources are not loaded,
// so the few labels they need live here as a typed table: a missing translation fails the build.
import type { Freshness, ImplementationStatus, InclusionReason, Language } from '../../../shared/contract';

export interface SoaLabels {
  title: string;
  sheetName: string;
  summarySheetName: string;
  organisation: string;
  generated: string;
  catalogVersion: string;
  framework: string;
  columns: {
    controlId: string;
    title: string;
    theme: string;
    applicable: string;
    justification: string;
    inclusionReasons: string;
    status: string;
    owner: string;
    reviewDate: string;
    evidenceCount: string;
    evidenceFreshness: string;
  };
  yes: string;
  no: string;
  /** Shown in an empty cell of the PDF so a blank is visibly deliberate. */
  none: string;
  /** Between the items of a list in one cell. */
  listSeparator: string;
  /** Between a label and its value in a line such as `Organisation: Acme`. */
  labelSeparator: string;
  status: Record<ImplementationStatus, string>;
  reason: Record<InclusionReason, string>;
  freshness: Record<Freshness, string>;
  summary: {
    heading: string;
    figure: string;
    count: string;
    totalControls: string;
    applicable: string;
    notApplicable: string;
    byStatus: string;
    byTheme: string;
    byReason: string;
    byFreshness: string;
    applicableOfTotal: string;
    withCurrentEvidence: string;
  };
  /** A theme heading in the PDF table with its number of controls: `{title}`, `{count}`. */
  groupWithCount: string;
  /** A theme heading repeated at the top of a page: `{title}`. */
  groupContinued: string;
  /** Footer page numbering; `{page}` and `{pages}` are replaced. */
  pageOf: string;
}

export const SOA_LABELS: Readonly<Record<Language, SoaLabels>> = {
  en: {
    title: 'Statement of Applicability',
    sheetName: 'Statement of Applicability',
    summarySheetName: 'Summary',
    organisation: 'Organisation',
    generated: 'Generated',
    catalogVersion: 'Catalog version',
    framework: 'Framework',
    columns: {
      controlId: 'Control',
      title: 'Title',
      theme: 'Theme',
      applicable: 'Applicable',
      justification: 'Justification',
      inclusionReasons: 'Reasons for inclusion',
      status: 'Implementation status',
      owner: 'Owner',
      reviewDate: 'Review date',
      evidenceCount: 'Evidence',
      evidenceFreshness: 'Evidence freshness',
    },
    yes: 'Yes',
    no: 'No',
    none: '—',
    listSeparator: ', ',
    labelSeparator: ': ',
    status: { not_started: 'Not started', planned: 'Planned', in_progress: 'In progress', implemented: 'Implemented' },
    reason: { risk_treatment: 'Risk treatment', legal: 'Legal or regulatory', contractual: 'Contractual', business: 'Business requirement' },
    freshness: { current: 'Current', expiring: 'Expiring soon', expired: 'Expired', missing: 'None' },
    summary: {
      heading: 'Summary',
      figure: 'Figure',
      count: 'Count',
      totalControls: 'Annex A controls',
      applicable: 'Applicable',
      notApplicable: 'Not applicable',
      byStatus: 'Applicable controls by implementation status',
      byTheme: 'Applicable controls by theme',
      byReason: 'Applicable controls by reason for inclusion',
      byFreshness: 'Applicable controls by evidence freshness',
      applicableOfTotal: '{applicable} of {total}',
      withCurrentEvidence: 'Applicable with current evidence',
    },
    groupWithCount: '{title} ({count})',
    groupContinued: '{title} (continued)',
    pageOf: 'Page {page} of {pages}',
  },
  'zh-CN': {
    title: '适用性声明',
    sheetName: '适用性声明',
    summarySheetName: '汇总',
    organisation: '组织',
    generated: '生成日期',
    catalogVersion: '目录版本',
    framework: '框架',
    columns: {
      controlId: '控制编号',
      title: '控制名称',
      theme: '主题',
      applicable: '是否适用',
      justification: '理由',
      inclusionReasons: '纳入原因',
      status: '实施状态',
      owner: '负责人',
      reviewDate: '评审日期',
      evidenceCount: '证据数',
      evidenceFreshness: '证据时效',
    },
    yes: '是',
    no: '否',
    none: '—',
    listSeparator: '、',
    labelSeparator: '：',
    status: { not_started: '未开始', planned: '已计划', in_progress: '实施中', implemented: '已实施' },
    reason: { risk_treatment: '风险处置', legal: '法律法规要求', contractual: '合同要求', business: '业务要求' },
    freshness: { current: '有效', expiring: '即将到期', expired: '已过期', missing: '无证据' },
    summary: {
      heading: '汇总',
      figure: '项目',
      count: '数量',
      totalControls: '附录A控制总数',
      applicable: '适用',
      notApplicable: '不适用',
      byStatus: '适用控制的实施状态',
      byTheme: '适用控制的主题分布',
      byReason: '适用控制的纳入原因',
      byFreshness: '适用控制的证据时效',
      applicableOfTotal: '{applicable} / {total}',
      withCurrentEvidence: '适用且证据有效',
    },
    groupWithCount: '{title}（{count}）',
    groupContinued: '{title}（续）',
    pageOf: '第 {page} 页，共 {pages} 页',
  },
};

/** Replaces `{name}` placeholders; the label table is ours, so a missing value is a programming error. */
export function fill(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{(\w+)\}/g, (_match, name: string) => {
    const value = values[name];
    if (value === undefined) throw new Error(`no value for {${name}}`);
    return String(value);
  });
}
