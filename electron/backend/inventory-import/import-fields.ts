// What each importable column means: how its text becomes a value of the record's contract input,
// which contract field it fills, and which referenced records it names. One table per record type,
// with the contract's schema and the values a new record starts from.
import type { z } from 'zod';
import {
  activityInputSchema,
  emptyActivityInput,
  dataCategoryInputSchema,
  systemInputSchema,
  vendorInputSchema,
  type CERTIFICATION_KINDS,
} from '../../../shared/contract';
import type { ImportField, ImportRecordType } from '../../../shared/contract/areas/inventory-import';
import { ACTIVITY, DATA_CATEGORY, type InventoryEntity, SUBJECT_CATEGORY, SYSTEM, VENDOR } from '../inventory/inventory-queries';
import { parseCountry } from './countries';
import {
  ART9_LABELS,
  CERTIFICATION_LABELS,
  GDPR_BASIS_LABELS,
  HOSTING_LABELS,
  PIPL_BASIS_LABELS,
  ROLE_LABELS,
  SENSITIVITY_LABELS,
  SOURCE_LABELS,
} from './import-labels';
import { articleReference, enumMatcher, type EnumMatcher, parseBoolean, parseDate, parseInteger, parseOptionalBoolean, type Parsed, splitList } from './import-values';

/** Record kinds an import may name by name. Unknown names of the first four are created. */
export type RefTarget = 'dataCategories' | 'subjectCategories' | 'systems' | 'vendors' | 'activities';
export const CREATABLE_REFS = ['dataCategories', 'subjectCategories', 'systems', 'vendors'] as const;

export type FieldParser =
  | { kind: 'value'; parse(text: string): Parsed<unknown>; emptyValue?: unknown }
  | { kind: 'refs'; target: RefTarget; single: boolean };

export interface FieldSpec {
  /** The contract input's field. */
  key: string;
  parser: FieldParser;
}

export interface RecordTypeSpec {
  entity: InventoryEntity;
  schema: z.ZodType;
  fields: Partial<Record<ImportField, FieldSpec>>;
  /** A new record's values for the fields the file does not fill. */
  defaults: Record<string, unknown>;
}

const text = (max: number): FieldParser => ({
  kind: 'value',
  parse: (value) => {
    const trimmed = value.trim();
    return trimmed.length > max ? { ok: false, code: 'too_long', params: { max, length: trimmed.length } } : { ok: true, value: trimmed };
  },
});
const bool: FieldParser = { kind: 'value', parse: (value) => (value.trim() === '' ? { ok: true, value: false } : parseBoolean(value)) };
const optionalBool: FieldParser = { kind: 'value', parse: parseOptionalBoolean };
const date: FieldParser = { kind: 'value', parse: parseDate };
const country: FieldParser = { kind: 'value', parse: parseCountry };
const integer = (min: number, max: number, emptyValue: number | null): FieldParser => ({
  kind: 'value',
  parse: (value) => {
    const parsed = parseInteger(value, min, max);
    return parsed.ok && parsed.value === null ? { ok: true, value: emptyValue } : parsed;
  },
});

function enumField<K extends string>(matcher: EnumMatcher<K>, empty: K | null): FieldParser {
  return { kind: 'value', parse: (value) => (value.trim() === '' ? { ok: true, value: empty } : matcher.parse(value)) };
}

/** A list cell of enum values, each parsed; duplicates dropped; `empty` when blank. */
function enumList<K extends string>(matcher: EnumMatcher<K>, empty: K[]): FieldParser {
  return {
    kind: 'value',
    parse: (value) => {
      const items = splitList(value);
      if (items.length === 0) return { ok: true, value: empty };
      const out: K[] = [];
      for (const item of items) {
        const parsed = matcher.parse(item);
        if (!parsed.ok) return parsed;
        if (!out.includes(parsed.value)) out.push(parsed.value);
      }
      return { ok: true, value: out };
    },
  };
}

const roles = enumMatcher(ROLE_LABELS, {
  synonyms: { controller: ['个人信息处理者', '数据控制者', '控制方'], processor: ['受托人', '受托处理者', '受托方', '处理方', 'data processor'], joint_controller: ['joint', '联合控制者', '共同个人信息处理者'] },
});
const gdprBases = enumMatcher(GDPR_BASIS_LABELS, {
  synonyms: { a: ['consent of the data subject'], b: ['contract performance', 'performance of a contract', '合同', '合同履行'], c: ['legal', 'legal requirement', '法律义务'], e: ['public interest', '公共利益'], f: ['legitimate interest', '合法利益'] },
  reference: articleReference('6', '1', '[a-f]'),
});
const art9 = enumMatcher(ART9_LABELS, { reference: articleReference('9', '2', '[a-j]') });
const piplBases = enumMatcher(PIPL_BASIS_LABELS, {
  synonyms: { '1': ['个人同意', '同意', 'individual consent'], '2': ['合同', '人力资源管理', 'contract', 'hr management'], '3': ['法定义务', '法定职责', 'legal obligation'] },
  reference: articleReference('13', '1', '[1-7]'),
});
const sources = enumMatcher(SOURCE_LABELS, {
  synonyms: {
    collected_from_subject: ['data subject', 'subject', 'direct', 'directly', 'collected from the data subject', '数据主体', '本人', '个人', '直接收集'],
    third_party: ['third party', 'third parties', '第三方'],
    public: ['public', 'public sources', '公开', '公开渠道'],
  },
});
const hostings = enumMatcher(HOSTING_LABELS, {
  synonyms: {
    on_premises: ['on-prem', 'onprem', 'on premise', 'on-premise', 'self-hosted', 'data centre', 'data center', '本地', '自建', '私有部署', '自有机房'],
    cloud: ['IaaS', 'PaaS', 'Cloud (IaaS/PaaS)', 'public cloud', '云服务', '公有云', '云端', '云平台'],
    saas: ['software as a service', '软件即服务'],
  },
});
const sensitivities = enumMatcher(SENSITIVITY_LABELS, {
  synonyms: {
    ordinary: ['normal', 'general', 'standard', '普通', '一般个人信息'],
    gdpr_art9: ['Art 9', 'special', 'special category', 'special category data', '特殊类别'],
    gdpr_art10: ['Art 10', 'criminal', 'criminal offence', '刑事'],
    pipl_sensitive: ['sensitive', 'PIPL sensitive', '敏感', '敏感个人信息'],
    pipl_minor_under_14: ['minor', 'children', 'child under 14', '未成年人', '儿童'],
    ccpa_sensitive: ['CCPA sensitive', 'sensitive personal information'],
  },
});
const certificationKinds = enumMatcher(CERTIFICATION_LABELS, {
  synonyms: {
    iso27001: ['ISO 27001', 'ISO27001', 'ISO/IEC 27001:2022', 'ISO 27001:2022', 'ISO 27001:2013', 'ISO/IEC 27001:2013'],
    soc2_type1: ['SOC 2 Type I', 'SOC2 Type 1', 'SOC2 Type I'],
    soc2_type2: ['SOC 2 Type II', 'SOC2 Type 2', 'SOC2 Type II', 'SOC 2'],
  },
});

type Certification = { kind: (typeof CERTIFICATION_KINDS)[number]; expires: string | null };

/** `ISO/IEC 27001 (2027-03-31); SOC 2 Type 2`: a kind and, in brackets, when it expires. */
const certifications: FieldParser = {
  kind: 'value',
  parse: (value) => {
    const out: Certification[] = [];
    for (const item of splitList(value)) {
      const match = /^(.*?)\s*(?:[(（]\s*([^)）]*?)\s*[)）])?$/.exec(item);
      const kind = certificationKinds.parse(match?.[1] ?? item);
      if (!kind.ok) return kind;
      const expiresText = (match?.[2] ?? '').replace(/^(expires|expiry|valid until|到期|有效期至)\s*:?\s*/i, '');
      const expires = parseDate(expiresText);
      if (!expires.ok) return expires;
      out.push({ kind: kind.value, expires: expires.value });
    }
    return { ok: true, value: out };
  },
};

const countries: FieldParser = {
  kind: 'value',
  parse: (value) => {
    const out: string[] = [];
    for (const item of splitList(value.replace(/[,，、]/g, ';'))) {
      const parsed = parseCountry(item);
      if (!parsed.ok) return parsed;
      if (parsed.value && !out.includes(parsed.value)) out.push(parsed.value);
    }
    return { ok: true, value: out };
  },
};

const refs = (target: RefTarget): FieldParser => ({ kind: 'refs', target, single: false });
const f = (key: string, parser: FieldParser): FieldSpec => ({ key, parser });

export const RECORD_TYPES: Record<ImportRecordType, RecordTypeSpec> = {
  activities: {
    entity: ACTIVITY,
    schema: activityInputSchema,
    fields: {
      name: f('name', text(200)),
      purpose: f('purpose', text(2000)),
      role: f('role', enumField(roles, 'controller')),
      gdprBasis: f('gdprBasis', enumField(gdprBases, null)),
      gdprArt9Condition: f('gdprArt9Condition', enumField(art9, null)),
      piplBasis: f('piplBasis', enumField(piplBases, null)),
      separateConsent: f('separateConsent', bool),
      ccpaBusinessPurpose: f('ccpaBusinessPurpose', text(2000)),
      sold: f('sold', bool),
      shared: f('shared', bool),
      dataCategories: f('dataCategoryIds', refs('dataCategories')),
      subjectCategories: f('subjectCategoryIds', refs('subjectCategories')),
      systems: f('systemIds', refs('systems')),
      recipients: f('recipients', text(2000)),
      retentionMonths: f('retentionMonths', integer(0, 1200, null)),
      deletionMethod: f('deletionMethod', text(500)),
      volumeEstimate: f('volumeEstimate', integer(0, 10_000_000_000, 0)),
      source: f('source', enumField(sources, 'collected_from_subject')),
      automatedDecisions: f('automatedDecisions', bool),
      dpiaOverride: f('dpiaOverride', optionalBool),
      dpiaCompletedOn: f('dpiaCompletedOn', date),
      pipiaOverride: f('pipiaOverride', optionalBool),
      pipiaCompletedOn: f('pipiaCompletedOn', date),
      owner: f('owner', text(200)),
      reviewDate: f('reviewDate', date),
    },
    defaults: emptyActivityInput(),
  },
  systems: {
    entity: SYSTEM,
    schema: systemInputSchema,
    fields: {
      name: f('name', text(200)),
      owner: f('owner', text(200)),
      type: f('type', text(120)),
      hosting: f('hosting', enumField(hostings, 'on_premises')),
      country: f('country', country),
      vendor: f('vendorId', { kind: 'refs', target: 'vendors', single: true }),
      encryptionAtRest: f('encryptionAtRest', bool),
      encryptionInTransit: f('encryptionInTransit', text(120)),
      mfaEnforced: f('mfaEnforced', bool),
      roleBasedAccess: f('roleBasedAccess', bool),
      logging: f('logging', bool),
      dataResidency: f('dataResidency', country),
    },
    defaults: { owner: '', type: '', hosting: 'on_premises', country: null, vendorId: null, encryptionAtRest: false, encryptionInTransit: '', mfaEnforced: false, roleBasedAccess: false, logging: false, dataResidency: null },
  },
  vendors: {
    entity: VENDOR,
    schema: vendorInputSchema,
    fields: {
      name: f('name', text(200)),
      services: f('services', text(2000)),
      countries: f('countries', countries),
      dpaSignedOn: f('dpaSignedOn', date),
      certifications: f('certifications', certifications),
      reviewDate: f('reviewDate', date),
      activities: f('activityIds', refs('activities')),
    },
    defaults: { services: '', countries: [], dpaSignedOn: null, certifications: [], reviewDate: null, activityIds: [] },
  },
  dataCategories: {
    entity: DATA_CATEGORY,
    schema: dataCategoryInputSchema,
    fields: {
      name: f('name', text(200)),
      examples: f('examples', text(2000)),
      sensitivity: f('sensitivity', enumList(sensitivities, ['ordinary'])),
      systems: f('systemIds', refs('systems')),
    },
    defaults: { examples: '', sensitivity: ['ordinary'], systemIds: [] },
  },
};

/** The values a record created because another names it starts from. */
export const REFERENCE_DEFAULTS: Record<(typeof CREATABLE_REFS)[number], { entity: InventoryEntity; values: (name: string) => Record<string, unknown> }> = {
  dataCategories: { entity: DATA_CATEGORY, values: (name) => ({ name, examples: '', sensitivity: ['ordinary'], systemIds: [] }) },
  subjectCategories: { entity: SUBJECT_CATEGORY, values: (name) => ({ name, description: '', includesMinors: false }) },
  systems: { entity: SYSTEM, values: (name) => ({ name, ...RECORD_TYPES.systems.defaults }) },
  vendors: { entity: VENDOR, values: (name) => ({ name, ...RECORD_TYPES.vendors.defaults }) },
};
