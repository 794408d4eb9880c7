// The wording of inventory spreadsheets in both languages: column headers (what the record of
// processing export writes and what an import recognises) and the human names of enum values. The
// import reads back every label written here, so an exported file imports without loss. A typed
// table: a missing translation fails the build.
import type { Language } from '../../../shared/contract';
import type { ImportField, ImportRecordType } from '../../../shared/contract/areas/inventory-import';
import type { CERTIFICATION_KINDS, DATA_SOURCES, GDPR_ART9_CONDITIONS, GDPR_BASES, HOSTING_KINDS, PIPL_BASES, PROCESSING_ROLES, SENSITIVITIES } from '../../../shared/contract';

type Labels<K extends string> = Record<K, Record<Language, string>>;
const l = (en: string, zh: string): Record<Language, string> => ({ en, 'zh-CN': zh });

/** Plain column headers per field (also accepted by the import); the export adds article letters. */
export const FIELD_HEADERS: Record<ImportField, Record<Language, string>> = {
  name: l('Name', '名称'),
  purpose: l('Purpose', '处理目的'),
  role: l('Role', '角色'),
  gdprBasis: l('Lawful basis (GDPR Art 6)', '合法性基础（GDPR 第6条）'),
  gdprArt9Condition: l('Special category condition (GDPR Art 9)', '特殊类别条件（GDPR 第9条）'),
  piplBasis: l('Legal basis (PIPL Art 13)', '合法性基础（PIPL 第13条）'),
  separateConsent: l('Separate consent (PIPL)', '单独同意（PIPL）'),
  ccpaBusinessPurpose: l('CCPA business purpose', 'CCPA 商业目的'),
  sold: l('Sold (CCPA)', '出售（CCPA）'),
  shared: l('Shared for cross-context advertising (CCPA)', '跨情境行为广告共享（CCPA）'),
  dataCategories: l('Categories of personal data', '个人数据类别'),
  subjectCategories: l('Categories of data subjects', '数据主体类别'),
  systems: l('Systems', '系统'),
  recipients: l('Recipients', '接收方'),
  retentionMonths: l('Retention (months)', '保存期限（月）'),
  deletionMethod: l('Deletion method', '删除方式'),
  volumeEstimate: l('Volume (records)', '数据量（条）'),
  source: l('Source of the data', '数据来源'),
  automatedDecisions: l('Automated decision-making', '自动化决策'),
  dpiaOverride: l('DPIA required', '需要 DPIA'),
  dpiaCompletedOn: l('DPIA completed on', 'DPIA 完成日期'),
  pipiaOverride: l('PIPIA required', '需要个人信息保护影响评估'),
  pipiaCompletedOn: l('PIPIA completed on', '个人信息保护影响评估完成日期'),
  owner: l('Owner', '负责人'),
  reviewDate: l('Review date', '复核日期'),
  type: l('Type', '类型'),
  hosting: l('Hosting', '托管方式'),
  country: l('Country', '国家/地区'),
  vendor: l('Vendor', '供应商'),
  encryptionAtRest: l('Encrypted at rest', '静态加密'),
  encryptionInTransit: l('Encryption in transit', '传输加密'),
  mfaEnforced: l('MFA enforced', '强制多因素认证'),
  roleBasedAccess: l('Role-based access', '基于角色的访问控制'),
  logging: l('Logging', '日志记录'),
  dataResidency: l('Data residency', '数据存储地'),
  services: l('Services', '服务内容'),
  countries: l('Countries', '国家/地区'),
  dpaSignedOn: l('DPA signed on', '数据处理协议签署日期'),
  certifications: l('Certifications', '认证'),
  activities: l('Processing activities', '相关处理活动'),
  examples: l('Examples', '示例'),
  sensitivity: l('Sensitivity', '敏感性'),
};

/** Headers people commonly use for a field, beyond the ones above (matched without case or spaces). */
export const HEADER_SYNONYMS: Partial<Record<ImportField, readonly string[]>> = {
  name: ['Title', '标题'],
  purpose: ['Purposes', 'Purpose of processing', 'Purposes of the processing', '目的', '用途'],
  role: ['Processing role', 'Controller / processor', '身份', '处理角色'],
  gdprBasis: ['Lawful basis', 'Legal basis', 'GDPR basis', 'Art 6 basis', '合法性基础', '法律依据', 'GDPR 合法性基础'],
  gdprArt9Condition: ['Art 9 condition', 'Article 9 condition', 'Special category condition', '第9条条件'],
  piplBasis: ['PIPL basis', 'PIPL legal basis', 'PIPL 合法性基础', '个保法合法性基础'],
  separateConsent: ['Separate consent', '单独同意'],
  ccpaBusinessPurpose: ['Business purpose', '商业目的'],
  sold: ['Sold', '出售'],
  shared: ['Shared', '共享'],
  dataCategories: ['Data categories', 'Personal data', 'Categories of data', '数据类别', '个人信息类别', '个人信息种类'],
  subjectCategories: ['Data subjects', 'Subject categories', '数据主体', '个人信息主体类别'],
  systems: ['System', 'Systems used', 'Applications', '系统', '信息系统'],
  recipients: ['Categories of recipients', '接收方类别', '接收者'],
  retentionMonths: ['Retention', 'Retention period', 'Retention months', '保存期限', '保留期限', '保留期限（月）'],
  deletionMethod: ['Erasure method', 'Deletion', '删除方法'],
  volumeEstimate: ['Volume', 'Number of records', 'Records', '数据量', '记录数'],
  source: ['Data source', 'Source', '来源'],
  automatedDecisions: ['Automated decisions', 'Automated decision making', '自动化决策'],
  dpiaOverride: ['DPIA', 'DPIA needed', '数据保护影响评估'],
  dpiaCompletedOn: ['DPIA completed', 'DPIA date', 'DPIA 日期'],
  pipiaOverride: ['PIPIA', 'PIPIA needed', '个人信息保护影响评估'],
  pipiaCompletedOn: ['PIPIA completed', 'PIPIA date', '个人信息保护影响评估日期'],
  owner: ['Business owner', 'Responsible', '所有者', '责任人'],
  reviewDate: ['Next review', 'Review', '复审日期', '审阅日期'],
  type: ['System type', 'Asset type', '系统类型'],
  hosting: ['Hosting model', 'Deployment', '部署方式', '托管'],
  country: ['Location', 'Hosting country', '所在国家', '国家'],
  vendor: ['Provider', 'Supplier', '服务商'],
  encryptionAtRest: ['Encryption at rest', '存储加密'],
  encryptionInTransit: ['Encrypted in transit', 'TLS', '传输中加密'],
  mfaEnforced: ['MFA', 'Multi-factor authentication', '多因素认证'],
  roleBasedAccess: ['RBAC', 'Access control', '访问控制'],
  logging: ['Audit logging', 'Logs', '日志'],
  dataResidency: ['Data location', 'Residency', '数据驻留地', '数据所在地'],
  services: ['Service', 'Services provided', '服务'],
  countries: ['Locations', 'Processing countries', '所在国家/地区'],
  dpaSignedOn: ['DPA signed', 'DPA', 'DPA date', 'Data processing agreement', '数据处理协议'],
  certifications: ['Certificates', 'Certification', '资质认证'],
  activities: ['Activities', '相关处理活动'],
  examples: ['Data elements', 'Fields', '数据项', '举例'],
  sensitivity: ['Sensitivities', 'Sensitive', '敏感级别', '敏感度'],
};

export const ROLE_LABELS: Labels<(typeof PROCESSING_ROLES)[number]> = {
  controller: l('Controller', '控制者'),
  processor: l('Processor', '处理者'),
  joint_controller: l('Joint controller', '共同控制者'),
};

export const GDPR_BASIS_LABELS: Labels<(typeof GDPR_BASES)[number]> = {
  a: l('Consent', '同意'),
  b: l('Contract', '履行合同'),
  c: l('Legal obligation', '法定义务'),
  d: l('Vital interests', '重大利益'),
  e: l('Public task', '公共任务'),
  f: l('Legitimate interests', '正当利益'),
};

export const ART9_LABELS: Labels<(typeof GDPR_ART9_CONDITIONS)[number]> = {
  a: l('Explicit consent', '明确同意'),
  b: l('Employment and social security law', '就业和社会保障法'),
  c: l('Vital interests', '重大利益'),
  d: l('Not-for-profit body', '非营利机构'),
  e: l('Made public by the data subject', '数据主体已公开'),
  f: l('Legal claims', '法律主张'),
  g: l('Substantial public interest', '重大公共利益'),
  h: l('Health or social care', '医疗或社会护理'),
  i: l('Public health', '公共卫生'),
  j: l('Archiving, research or statistics', '存档、研究或统计'),
};

export const PIPL_BASIS_LABELS: Labels<(typeof PIPL_BASES)[number]> = {
  '1': l('Consent', '取得个人同意'),
  '2': l('Contract or HR management', '订立、履行合同或人力资源管理'),
  '3': l('Statutory duties or obligations', '履行法定职责或法定义务'),
  '4': l('Public health emergency or protection of life and property', '应对突发公共卫生事件或保护生命健康和财产安全'),
  '5': l('News reporting and public-opinion supervision', '新闻报道、舆论监督'),
  '6': l('Information already lawfully made public', '已合法公开的个人信息'),
  '7': l('Other cases under laws and regulations', '法律、行政法规规定的其他情形'),
};

export const SOURCE_LABELS: Labels<(typeof DATA_SOURCES)[number]> = {
  collected_from_subject: l('From the data subject', '从数据主体处收集'),
  third_party: l('From a third party', '来自第三方'),
  public: l('Publicly available', '公开来源'),
};

export const HOSTING_LABELS: Labels<(typeof HOSTING_KINDS)[number]> = {
  on_premises: l('On premises', '本地部署'),
  cloud: l('Cloud', '云'),
  saas: l('SaaS', 'SaaS'),
};

export const SENSITIVITY_LABELS: Labels<(typeof SENSITIVITIES)[number]> = {
  ordinary: l('Ordinary', '一般'),
  gdpr_art9: l('Special category (GDPR Art 9)', '特殊类别（GDPR 第9条）'),
  gdpr_art10: l('Criminal offences (GDPR Art 10)', '刑事定罪（GDPR 第10条）'),
  pipl_sensitive: l('Sensitive (PIPL)', '敏感个人信息（PIPL）'),
  pipl_minor_under_14: l('Minor under 14 (PIPL)', '不满十四周岁未成年人（PIPL）'),
  ccpa_sensitive: l('Sensitive (CCPA)', '敏感个人信息（CCPA）'),
};

export const CERTIFICATION_LABELS: Labels<(typeof CERTIFICATION_KINDS)[number]> = {
  iso27001: l('ISO/IEC 27001', 'ISO/IEC 27001'),
  soc2_type1: l('SOC 2 Type 1', 'SOC 2 Type 1'),
  soc2_type2: l('SOC 2 Type 2', 'SOC 2 Type 2'),
  other: l('Other', '其他'),
};

/** Headers that name the record itself, per record type (a vendor sheet's "Vendor" is its name). */
export const NAME_HEADERS: Record<ImportRecordType, readonly string[]> = {
  activities: ['Activity', 'Activity name', 'Processing activity', 'Processing operation', '活动', '活动名称', '处理活动', '处理活动名称'],
  systems: ['System', 'System name', 'Asset', 'Application', '系统', '系统名称', '资产', '应用'],
  vendors: ['Vendor', 'Vendor name', 'Supplier', 'Processor', 'Provider', '供应商', '供应商名称', '受托方'],
  dataCategories: ['Data category', 'Category', 'Category name', '数据类别', '类别', '类别名称'],
};

export const YES_NO: Record<Language, { yes: string; no: string }> = { en: { yes: 'Yes', no: 'No' }, 'zh-CN': { yes: '是', no: '否' } };

/** The record types' names in problem messages and file names. */
export const RECORD_TYPE_LABELS: Record<ImportRecordType, Record<Language, string>> = {
  activities: l('Processing activities', '处理活动'),
  systems: l('Systems', '系统'),
  vendors: l('Vendors', '供应商'),
  dataCategories: l('Data categories', '数据类别'),
};
