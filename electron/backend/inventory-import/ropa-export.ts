// The record of processing as a spreadsheet: XLSX with the controller (Art 30(1)) and processor
// (Art 30(2)) layouts on their own sheets, or CSV (UTF-8 with BOM, one activity per row, lists
// joined with '; '). Written in the workspace's language with the labels the import reads back.
import Papa from 'papaparse';
import type { InventorySystem, Language, OrganisationProfile, ProcessingActivity, Transfer } from '../../../shared/contract';
import type { RopaLayout } from '../../../shared/contract/areas/inventory-import';
import { writeXlsx, type XlsxSheet, type XlsxValue } from '../exports/xlsx-writer';
import type { InventorySnapshot } from '../inventory/inventory-queries';
import { countryName } from './countries';
import { ART9_LABELS, GDPR_BASIS_LABELS, PIPL_BASIS_LABELS, ROLE_LABELS, SOURCE_LABELS, YES_NO } from './import-labels';
import { ROPA_COLUMNS, type RopaColumn } from './ropa-layouts';

export const ROPA_MIME_TYPES = { xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', csv: 'text/csv' } as const;

const LIST_SEPARATOR = '; ';

interface RopaText {
  title: Record<RopaLayout, string>;
  sheet: Record<RopaLayout, string>;
  organisation: string;
  generated: string;
  activities: string;
  dpo: string;
  representative: string;
  none: string;
  encryptedAtRest: string;
  notEncryptedAtRest: string;
  inTransit: string;
  mfa: string;
  rbac: string;
  logging: string;
  gdprMechanism: Record<Transfer['gdprMechanism'], string>;
  piplMechanism: Record<Transfer['piplMechanism'], string>;
  subject: string;
}

const TEXT: Record<Language, RopaText> = {
  en: {
    title: { controller: 'Record of processing activities — controller (GDPR Art 30(1))', processor: 'Record of processing activities — processor (GDPR Art 30(2))' },
    sheet: { controller: 'Art 30(1) controller', processor: 'Art 30(2) processor' },
    organisation: 'Organisation',
    generated: 'Generated',
    activities: 'Processing activities',
    dpo: 'DPO',
    representative: 'EU representative',
    none: 'None',
    encryptedAtRest: 'encrypted at rest',
    notEncryptedAtRest: 'not encrypted at rest',
    inTransit: 'in transit',
    mfa: 'MFA',
    rbac: 'role-based access',
    logging: 'logging',
    gdprMechanism: { adequacy: 'adequacy decision', scc: 'standard contractual clauses', bcr: 'binding corporate rules', derogation: 'Art 49 derogation', none: 'no safeguard recorded' },
    piplMechanism: { cac_assessment: 'CAC security assessment', certification: 'certification', standard_contract: 'standard contract', exempt: 'exempt', none: 'no PIPL mechanism recorded' },
    subject: 'Record of processing activities',
  },
  'zh-CN': {
    title: { controller: '处理活动记录——控制者（GDPR 第30(1)条）', processor: '处理活动记录——处理者（GDPR 第30(2)条）' },
    sheet: { controller: '第30(1)条 控制者', processor: '第30(2)条 处理者' },
    organisation: '组织',
    generated: '生成时间',
    activities: '处理活动数',
    dpo: '数据保护官',
    representative: '欧盟代表',
    none: '无',
    encryptedAtRest: '静态加密',
    notEncryptedAtRest: '未静态加密',
    inTransit: '传输加密',
    mfa: '多因素认证',
    rbac: '基于角色的访问控制',
    logging: '日志记录',
    gdprMechanism: { adequacy: '充分性认定', scc: '标准合同条款', bcr: '约束性公司规则', derogation: '第49条例外情形', none: '未记录保障措施' },
    piplMechanism: { cac_assessment: '网信办安全评估', certification: '个人信息保护认证', standard_contract: '标准合同', exempt: '豁免', none: '未记录 PIPL 出境机制' },
    subject: '处理活动记录',
  },
};

export interface RopaSource {
  language: Language;
  date: string;
  generatedAt: Date;
  organisation: OrganisationProfile | null;
  inventory: InventorySnapshot;
}

const reference = (prefix: string, code: string | null, label: string | undefined) => (code === null ? '' : `${prefix}(${code}) ${label ?? ''}`.trim());

function contact(source: RopaSource): string {
  const organisation = source.organisation;
  if (!organisation) return '';
  const text = TEXT[source.language];
  const sep = source.language === 'zh-CN' ? '：' : ': ';
  const parts = [organisation.legalName, organisation.registeredAddress];
  if (organisation.dpoName || organisation.dpoEmail) parts.push(`${text.dpo}${sep}${[organisation.dpoName, organisation.dpoEmail && `<${organisation.dpoEmail}>`].filter(Boolean).join(' ')}`);
  if (organisation.euRepresentative) parts.push(`${text.representative}${sep}${organisation.euRepresentative}`);
  return parts.filter((part) => part !== '').join('\n');
}

function transfersOf(activity: ProcessingActivity, source: RopaSource): string {
  const text = TEXT[source.language];
  const lines = source.inventory.transfers
    .filter((transfer) => transfer.activityId === activity.id)
    .map((t) => `${countryName(t.fromCountry, source.language)} → ${countryName(t.toCountry, source.language)}${t.recipient ? ` (${t.recipient})` : ''}: ${text.gdprMechanism[t.gdprMechanism]}; ${text.piplMechanism[t.piplMechanism]}`);
  return lines.length > 0 ? lines.join('\n') : text.none;
}

function securityOf(activity: ProcessingActivity, systems: ReadonlyMap<string, InventorySystem>, language: Language): string {
  const text = TEXT[language];
  return activity.systemIds
    .map((id) => systems.get(id))
    .filter((system): system is InventorySystem => system !== undefined)
    .map((system) => {
      const measures = [system.encryptionAtRest ? text.encryptedAtRest : text.notEncryptedAtRest];
      if (system.encryptionInTransit) measures.push(`${text.inTransit} ${system.encryptionInTransit}`);
      if (system.mfaEnforced) measures.push(text.mfa);
      if (system.roleBasedAccess) measures.push(text.rbac);
      if (system.logging) measures.push(text.logging);
      return `${system.name}: ${measures.join(', ')}`;
    })
    .join('\n');
}

/** One cell of an activity's row; dates as `{ date }` so the XLSX has real date cells. */
function cell(column: RopaColumn, activity: ProcessingActivity, source: RopaSource, names: (ids: readonly string[], kind: 'dataCategories' | 'subjectCategories' | 'systems') => string): XlsxValue {
  const language = source.language;
  if ('derived' in column.source) {
    switch (column.source.derived) {
      case 'controllerContact':
      case 'processorContact':
        return contact(source);
      case 'transfers':
        return transfersOf(activity, source);
      case 'security':
        return securityOf(activity, new Map(source.inventory.systems.map((s) => [s.id, s])), language);
    }
  }
  const field = column.source.field;
  const yesNo = YES_NO[language];
  switch (field) {
    case 'dataCategories':
      return names(activity.dataCategoryIds, 'dataCategories');
    case 'subjectCategories':
      return names(activity.subjectCategoryIds, 'subjectCategories');
    case 'systems':
      return names(activity.systemIds, 'systems');
    case 'role':
      return ROLE_LABELS[activity.role][language];
    case 'gdprBasis':
      return reference('6(1)', activity.gdprBasis, activity.gdprBasis ? GDPR_BASIS_LABELS[activity.gdprBasis][language] : undefined);
    case 'gdprArt9Condition':
      return reference('9(2)', activity.gdprArt9Condition, activity.gdprArt9Condition ? ART9_LABELS[activity.gdprArt9Condition][language] : undefined);
    case 'piplBasis':
      return reference('13(1)', activity.piplBasis, activity.piplBasis ? PIPL_BASIS_LABELS[activity.piplBasis][language] : undefined);
    case 'source':
      return SOURCE_LABELS[activity.source][language];
    default:
      break;
  }
  const value = activity[field as keyof ProcessingActivity];
  if (value === null || value === undefined) return null;
  if (typeof value === 'boolean') return value ? yesNo.yes : yesNo.no;
  if (column.kind === 'date' && typeof value === 'string') return { date: value };
  if (typeof value === 'number' || typeof value === 'string') return value;
  return String(value);
}

function activitiesFor(layout: RopaLayout, activities: readonly ProcessingActivity[]): ProcessingActivity[] {
  return layout === 'controller' ? [...activities] : activities.filter((activity) => activity.role === 'processor');
}

export function ropaRows(layout: RopaLayout, source: RopaSource): XlsxValue[][] {
  const lookup = {
    dataCategories: new Map(source.inventory.dataCategories.map((r) => [r.id, r.name])),
    subjectCategories: new Map(source.inventory.subjectCategories.map((r) => [r.id, r.name])),
    systems: new Map(source.inventory.systems.map((r) => [r.id, r.name])),
  };
  const names = (ids: readonly string[], kind: keyof typeof lookup) =>
    ids
      .map((id) => lookup[kind].get(id))
      .filter((name): name is string => name !== undefined)
      .join(LIST_SEPARATOR);
  const activities = source.inventory.activities as unknown as ProcessingActivity[];
  return activitiesFor(layout, activities).map((activity) => ROPA_COLUMNS[layout].map((column) => cell(column, activity, source, names)));
}

function sheet(layout: RopaLayout, source: RopaSource): XlsxSheet {
  const text = TEXT[source.language];
  const rows = ropaRows(layout, source);
  return {
    name: text.sheet[layout],
    title: text.title[layout],
    meta: [
      [text.organisation, source.organisation?.legalName ?? ''],
      [text.generated, source.date],
      [text.activities, String(rows.length)],
    ],
    metaSeparator: source.language === 'zh-CN' ? '：' : ': ',
    columns: ROPA_COLUMNS[layout].map((column) => ({ header: column.header[source.language], width: column.width, wrap: column.kind === 'long' || column.kind === 'list' || column.kind === 'text' || column.kind === 'enum', align: column.kind === 'number' ? 'right' : 'left' })),
    rows: rows.map((cells) => ({ cells })),
    freezeColumns: 1,
    autoFilter: true,
  };
}

export async function renderRopaXlsx(source: RopaSource, layout: RopaLayout | undefined): Promise<Buffer> {
  const text = TEXT[source.language];
  const layouts: RopaLayout[] = layout ? [layout] : ['controller', 'processor'];
  return writeXlsx({
    properties: { title: text.subject, subject: text.subject, company: source.organisation?.legalName ?? '', keywords: 'GDPR Art 30; PIPL', createdAt: source.generatedAt },
    sheets: layouts.map((l) => sheet(l, source)),
  });
}

/** UTF-8 with a BOM so Excel reads it as Unicode; CRLF line ends; dates as YYYY-MM-DD. */
export function renderRopaCsv(source: RopaSource, layout: RopaLayout): Buffer {
  const header = ROPA_COLUMNS[layout].map((column) => column.header[source.language]);
  const rows = ropaRows(layout, source).map((cells) => cells.map((value) => (value === null ? '' : typeof value === 'object' ? value.date : String(value))));
  const csv = Papa.unparse([header, ...rows], { newline: '\r\n', quotes: false, escapeFormulae: true });
  return Buffer.from(`\uFEFF${csv}\r\n`, 'utf8');
}

export function ropaFileName(organisation: string, date: string, layout: RopaLayout | undefined, format: 'xlsx' | 'csv'): string {
  const base = organisation.replace(/[\u0000-\u001f\u007f<>:"/\\|?*]/g, '').trim().slice(0, 80) || 'Custos';
  return `${base} - RoPA${layout ? ` (${layout})` : ''} - ${date}.${format}`;
}
