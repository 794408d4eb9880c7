// The record of processing's two layouts: GDPR Art 30(1), the controller's record (every activity),
// and Art 30(2), the processor's record (activities the organisation carries out as a processor).
// Each layout is a list of columns: those that hold an activity field (and are read back by the
// import) and those derived from other records (the organisation's contacts, transfers, security
// measures of the systems used). Every activity field is in both layouts, so an export imports
// without loss.
import type { Language, ProcessingActivity } from '../../../shared/contract';
import type { ImportField, RopaLayout } from '../../../shared/contract/areas/inventory-import';
import { FIELD_HEADERS } from './import-labels';

type Derived = 'controllerContact' | 'processorContact' | 'transfers' | 'security';

export interface RopaColumn {
  /** The activity field the column holds, or what it is derived from. */
  source: { field: ImportField & keyof ProcessingActivity | 'dataCategories' | 'subjectCategories' | 'systems' } | { derived: Derived };
  header: Record<Language, string>;
  width: number;
  kind: 'text' | 'long' | 'enum' | 'bool' | 'number' | 'date' | 'list';
}

const h = (en: string, zh: string): Record<Language, string> => ({ en, 'zh-CN': zh });

const KINDS: Partial<Record<ImportField, RopaColumn['kind']>> = {
  name: 'text',
  purpose: 'long',
  role: 'enum',
  gdprBasis: 'enum',
  gdprArt9Condition: 'enum',
  piplBasis: 'enum',
  separateConsent: 'bool',
  ccpaBusinessPurpose: 'long',
  sold: 'bool',
  shared: 'bool',
  dataCategories: 'list',
  subjectCategories: 'list',
  systems: 'list',
  recipients: 'long',
  retentionMonths: 'number',
  deletionMethod: 'long',
  volumeEstimate: 'number',
  source: 'enum',
  automatedDecisions: 'bool',
  dpiaOverride: 'bool',
  dpiaCompletedOn: 'date',
  pipiaOverride: 'bool',
  pipiaCompletedOn: 'date',
  owner: 'text',
  reviewDate: 'date',
};

const WIDTHS: Record<RopaColumn['kind'], number> = { text: 24, long: 40, enum: 24, bool: 12, number: 14, date: 14, list: 32 };

function fieldColumn(field: ImportField, header?: Record<Language, string>): RopaColumn {
  const kind = KINDS[field] ?? 'text';
  return { source: { field } as RopaColumn['source'], header: header ?? FIELD_HEADERS[field], width: field === 'name' ? 30 : WIDTHS[kind], kind };
}

function derivedColumn(derived: Derived, header: Record<Language, string>): RopaColumn {
  return { source: { derived }, header, width: 44, kind: 'long' };
}

const NAME = h('Processing activity', '处理活动');

/** Fields after the article's own columns, in both layouts. */
const OTHER_FIELDS: readonly ImportField[] = [
  'systems',
  'piplBasis',
  'separateConsent',
  'ccpaBusinessPurpose',
  'sold',
  'shared',
  'volumeEstimate',
  'source',
  'automatedDecisions',
  'dpiaOverride',
  'dpiaCompletedOn',
  'pipiaOverride',
  'pipiaCompletedOn',
  'owner',
  'reviewDate',
];

const CONTROLLER_COLUMNS: readonly RopaColumn[] = [
  fieldColumn('name', NAME),
  derivedColumn('controllerContact', h('Art 30(1)(a) Controller, joint controller, representative and DPO', '第30(1)(a)条 控制者、共同控制者、代表及数据保护官')),
  fieldColumn('role'),
  fieldColumn('purpose', h('Art 30(1)(b) Purposes of the processing', '第30(1)(b)条 处理目的')),
  fieldColumn('gdprBasis'),
  fieldColumn('gdprArt9Condition'),
  fieldColumn('subjectCategories', h('Art 30(1)(c) Categories of data subjects', '第30(1)(c)条 数据主体类别')),
  fieldColumn('dataCategories', h('Art 30(1)(c) Categories of personal data', '第30(1)(c)条 个人数据类别')),
  fieldColumn('recipients', h('Art 30(1)(d) Categories of recipients', '第30(1)(d)条 接收方类别')),
  derivedColumn('transfers', h('Art 30(1)(e) Transfers to third countries and safeguards', '第30(1)(e)条 向第三国的转移及保障措施')),
  fieldColumn('retentionMonths', h('Art 30(1)(f) Time limit for erasure (months)', '第30(1)(f)条 删除期限（月）')),
  fieldColumn('deletionMethod', h('Art 30(1)(f) Erasure method', '第30(1)(f)条 删除方式')),
  derivedColumn('security', h('Art 30(1)(g) Technical and organisational security measures', '第30(1)(g)条 技术和组织安全措施')),
  ...OTHER_FIELDS.map((field) => fieldColumn(field)),
];

const PROCESSOR_COLUMNS: readonly RopaColumn[] = [
  fieldColumn('name', NAME),
  derivedColumn('processorContact', h('Art 30(2)(a) Processor, representative and DPO', '第30(2)(a)条 处理者、代表及数据保护官')),
  fieldColumn('purpose', h('Art 30(2)(b) Categories of processing', '第30(2)(b)条 处理类别')),
  fieldColumn('dataCategories'),
  fieldColumn('subjectCategories'),
  derivedColumn('transfers', h('Art 30(2)(c) Transfers to third countries and safeguards', '第30(2)(c)条 向第三国的转移及保障措施')),
  derivedColumn('security', h('Art 30(2)(d) Technical and organisational security measures', '第30(2)(d)条 技术和组织安全措施')),
  fieldColumn('role'),
  fieldColumn('gdprBasis'),
  fieldColumn('gdprArt9Condition'),
  fieldColumn('recipients'),
  fieldColumn('retentionMonths'),
  fieldColumn('deletionMethod'),
  ...OTHER_FIELDS.map((field) => fieldColumn(field)),
];

export const ROPA_COLUMNS: Record<RopaLayout, readonly RopaColumn[]> = { controller: CONTROLLER_COLUMNS, processor: PROCESSOR_COLUMNS };

/** Every header the layouts write for a field (name excepted: see NAME_HEADERS), for the import. */
export function ropaHeaderAliases(): [string, ImportField][] {
  const pairs: [string, ImportField][] = [];
  for (const columns of Object.values(ROPA_COLUMNS)) {
    for (const column of columns) {
      if (!('field' in column.source) || column.source.field === 'name') continue;
      pairs.push([column.header.en, column.source.field], [column.header['zh-CN'], column.source.field]);
    }
  }
  return pairs;
}
