// The data inventory (record of processing, GDPR Art 30; PIPL Art 55/56 inputs; ISO 27001 A.5.9 /
// A.5.34): systems, data categories, data subject categories, processing activities, vendors and
// cross-border transfers, with the gap and minimisation findings computed from them.
import { z } from 'zod';
import { controlIdSchema, empty, frameworkSchema, isoDate, nonEmpty, procedure, recordId, trimmed } from '../procedure';

export const countryCode = z.string().regex(/^[A-Z]{2}$/, 'country_code');
const ids = z.array(recordId).max(500);
const stamps = { id: z.string(), createdAt: z.string(), updatedAt: z.string() };

export const HOSTING_KINDS = ['on_premises', 'cloud', 'saas'] as const;
export const systemInputSchema = z
  .object({
    name: nonEmpty(200),
    owner: trimmed(200),
    type: trimmed(120),
    hosting: z.enum(HOSTING_KINDS),
    country: countryCode.nullable(),
    vendorId: recordId.nullable(),
    encryptionAtRest: z.boolean(),
    /** Protocol and version, e.g. 'TLS 1.2+'; '' when traffic is not encrypted. */
    encryptionInTransit: trimmed(120),
    mfaEnforced: z.boolean(),
    roleBasedAccess: z.boolean(),
    logging: z.boolean(),
    dataResidency: countryCode.nullable(),
  })
  .strict();
export type SystemInput = z.infer<typeof systemInputSchema>;
export const systemSchema = systemInputSchema.extend(stamps);
export type InventorySystem = z.infer<typeof systemSchema>;

export const SENSITIVITIES = ['ordinary', 'gdpr_art9', 'gdpr_art10', 'pipl_sensitive', 'pipl_minor_under_14', 'ccpa_sensitive'] as const;
export const sensitivitySchema = z.enum(SENSITIVITIES);
export type Sensitivity = z.infer<typeof sensitivitySchema>;
export const dataCategoryInputSchema = z
  .object({
    name: nonEmpty(200),
    examples: trimmed(2000),
    sensitivity: z.array(sensitivitySchema).min(1).max(SENSITIVITIES.length),
    systemIds: ids,
  })
  .strict();
export type DataCategoryInput = z.infer<typeof dataCategoryInputSchema>;
export const dataCategorySchema = dataCategoryInputSchema.extend(stamps);
export type DataCategory = z.infer<typeof dataCategorySchema>;

export const subjectCategoryInputSchema = z.object({ name: nonEmpty(200), description: trimmed(2000), includesMinors: z.boolean() }).strict();
export type SubjectCategoryInput = z.infer<typeof subjectCategoryInputSchema>;
export const subjectCategorySchema = subjectCategoryInputSchema.extend(stamps);
export type SubjectCategory = z.infer<typeof subjectCategorySchema>;

export const PROCESSING_ROLES = ['controller', 'processor', 'joint_controller'] as const;
/** GDPR Art 6(1)(a)–(f). */
export const GDPR_BASES = ['a', 'b', 'c', 'd', 'e', 'f'] as const;
/** GDPR Art 9(2)(a)–(j). */
export const GDPR_ART9_CONDITIONS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'] as const;
/** PIPL Art 13(1) items 1–7. */
export const PIPL_BASES = ['1', '2', '3', '4', '5', '6', '7'] as const;
/** Where the data comes from; not from the person means an Art 14 notice. */
export const DATA_SOURCES = ['collected_from_subject', 'third_party', 'public'] as const;

export const activityInputSchema = z
  .object({
    name: nonEmpty(200),
    purpose: trimmed(2000),
    role: z.enum(PROCESSING_ROLES),
    gdprBasis: z.enum(GDPR_BASES).nullable(),
    gdprArt9Condition: z.enum(GDPR_ART9_CONDITIONS).nullable(),
    piplBasis: z.enum(PIPL_BASES).nullable(),
    separateConsent: z.boolean(),
    ccpaBusinessPurpose: trimmed(2000),
    sold: z.boolean(),
    shared: z.boolean(),
    dataCategoryIds: ids,
    subjectCategoryIds: ids,
    systemIds: ids,
    recipients: trimmed(2000),
    retentionMonths: z.number().int().min(0).max(1200).nullable(),
    deletionMethod: trimmed(500),
    volumeEstimate: z.number().int().min(0).max(10_000_000_000),
    source: z.enum(DATA_SOURCES),
    automatedDecisions: z.boolean(),
    /** The user's decision on whether a DPIA is needed; null follows the computed suggestion. */
    dpiaOverride: z.boolean().nullable(),
    dpiaCompletedOn: isoDate.nullable(),
    pipiaOverride: z.boolean().nullable(),
    pipiaCompletedOn: isoDate.nullable(),
    owner: trimmed(200),
    reviewDate: isoDate.nullable(),
  })
  .strict();
export type ActivityInput = z.infer<typeof activityInputSchema>;

/** A new activity before anything is filled in: the form's starting point and the import's defaults. */
export function emptyActivityInput(): ActivityInput {
  return {
    name: '',
    purpose: '',
    role: 'controller',
    gdprBasis: null,
    gdprArt9Condition: null,
    piplBasis: null,
    separateConsent: false,
    ccpaBusinessPurpose: '',
    sold: false,
    shared: false,
    dataCategoryIds: [],
    subjectCategoryIds: [],
    systemIds: [],
    recipients: '',
    retentionMonths: null,
    deletionMethod: '',
    volumeEstimate: 0,
    source: 'collected_from_subject',
    automatedDecisions: false,
    dpiaOverride: null,
    dpiaCompletedOn: null,
    pipiaOverride: null,
    pipiaCompletedOn: null,
    owner: '',
    reviewDate: null,
  };
}
export const activitySchema = activityInputSchema.extend({
  ...stamps,
  /** Computed from the categories, volume, automated decisions and transfers. */
  dpiaSuggested: z.boolean(),
  pipiaSuggested: z.boolean(),
});
export type ProcessingActivity = z.infer<typeof activitySchema>;

export const CERTIFICATION_KINDS = ['iso27001', 'soc2_type1', 'soc2_type2', 'other'] as const;
export const vendorInputSchema = z
  .object({
    name: nonEmpty(200),
    services: trimmed(2000),
    countries: z.array(countryCode).max(250),
    dpaSignedOn: isoDate.nullable(),
    certifications: z.array(z.object({ kind: z.enum(CERTIFICATION_KINDS), expires: isoDate.nullable() }).strict()).max(50),
    reviewDate: isoDate.nullable(),
    activityIds: ids,
  })
  .strict();
export type VendorInput = z.infer<typeof vendorInputSchema>;
/** `systemIds` are the systems that name this vendor. */
export const vendorSchema = vendorInputSchema.extend({ ...stamps, systemIds: z.array(z.string()) });
export type Vendor = z.infer<typeof vendorSchema>;

export const GDPR_TRANSFER_MECHANISMS = ['adequacy', 'scc', 'bcr', 'derogation', 'none'] as const;
export const PIPL_TRANSFER_MECHANISMS = ['cac_assessment', 'certification', 'standard_contract', 'exempt', 'none'] as const;
export const transferInputSchema = z
  .object({
    activityId: recordId,
    fromCountry: countryCode,
    toCountry: countryCode,
    recipient: trimmed(300),
    gdprMechanism: z.enum(GDPR_TRANSFER_MECHANISMS),
    piplMechanism: z.enum(PIPL_TRANSFER_MECHANISMS),
    standardContractFiledOn: isoDate.nullable(),
    volume: z.number().int().min(0).max(10_000_000_000),
  })
  .strict();
export type TransferInput = z.infer<typeof transferInputSchema>;
export const transferSchema = transferInputSchema.extend(stamps);
export type Transfer = z.infer<typeof transferSchema>;

export const FINDING_KINDS = [
  'category_without_purpose',
  'activity_without_gdpr_basis',
  'activity_without_art9_condition',
  'activity_without_pipl_basis',
  'activity_without_separate_consent',
  'retention_missing',
  'sensitive_system_unencrypted',
  'sensitive_system_without_mfa',
  'transfer_without_gdpr_mechanism',
  'transfer_without_pipl_mechanism',
  'vendor_without_dpa',
  'vendor_certification_expired',
  'dpia_missing',
  'pipia_missing',
  'retention_exceeded',
] as const;
export const findingKindSchema = z.enum(FINDING_KINDS);
export type FindingKind = z.infer<typeof findingKindSchema>;
export const INVENTORY_RECORD_TYPES = ['system', 'data_category', 'subject_category', 'processing_activity', 'vendor', 'transfer'] as const;
export const inventoryFindingSchema = z.object({
  /** Stable across reads: `<kind>:<recordId>`. */
  id: z.string(),
  kind: findingKindSchema,
  severity: z.enum(['high', 'medium', 'low']),
  recordType: z.enum(INVENTORY_RECORD_TYPES),
  recordId: z.string(),
  recordName: z.string(),
  controls: z.array(z.object({ framework: frameworkSchema, controlId: controlIdSchema })),
  /** The message's translation key, `inventory.finding.<kind>`. */
  messageKey: z.string(),
});
export type InventoryFinding = z.infer<typeof inventoryFindingSchema>;

const byId = z.object({ id: recordId }).strict();

/** The processing-activity columns a query may sort by. */
export const ACTIVITY_SORT_KEYS = ['name', 'role', 'owner', 'gdprBasis', 'piplBasis', 'source', 'retentionMonths', 'volumeEstimate', 'reviewDate', 'updatedAt'] as const;
export type ActivitySortKey = (typeof ACTIVITY_SORT_KEYS)[number];
/** `none`: the basis is not recorded. */
export const activityFilterSchema = z
  .object({
    /** Matched, ignoring case, against the name, purpose and owner. */
    text: trimmed(200).optional(),
    role: z.enum(PROCESSING_ROLES).optional(),
    gdprBasis: z.enum([...GDPR_BASES, 'none']).optional(),
    piplBasis: z.enum([...PIPL_BASES, 'none']).optional(),
    source: z.enum(DATA_SOURCES).optional(),
    dataCategoryId: recordId.optional(),
    systemId: recordId.optional(),
    /** true: with at least one finding; false: without any. */
    hasFinding: z.boolean().optional(),
    findingKind: findingKindSchema.optional(),
  })
  .strict();
export type ActivityFilter = z.infer<typeof activityFilterSchema>;
export const sortDirectionSchema = z.enum(['asc', 'desc']);
export const activityQuerySchema = z
  .object({
    filter: activityFilterSchema,
    sort: z.object({ key: z.enum(ACTIVITY_SORT_KEYS), direction: sortDirectionSchema }).strict(),
    offset: z.number().int().min(0).max(100_000_000),
    limit: z.number().int().min(1).max(500),
  })
  .strict();
export type ActivityQuery = z.infer<typeof activityQuerySchema>;
/** A row of the activities table: the activity and the kinds of its findings. */
export const activityRowSchema = activitySchema.extend({ findings: z.array(findingKindSchema) });
export type ActivityRow = z.infer<typeof activityRowSchema>;
export const activityPageSchema = z.object({ total: z.number().int().min(0), rows: z.array(activityRowSchema) });
export type ActivityPage = z.infer<typeof activityPageSchema>;
const deleted = z.object({ deleted: z.literal(true) });

export const inventoryProcedures = {
  'inventory.systems.list': procedure({ input: empty, output: z.array(systemSchema), permission: 'workspace.read', summary: 'Systems and assets holding personal data.' }),
  'inventory.systems.create': procedure({ input: systemInputSchema, output: systemSchema, permission: 'workspace.write', summary: 'Add a system.' }),
  'inventory.systems.update': procedure({ input: z.object({ id: recordId, system: systemInputSchema }).strict(), output: systemSchema, permission: 'workspace.write', summary: 'Change a system.' }),
  'inventory.systems.delete': procedure({ input: byId, output: deleted, permission: 'workspace.write', summary: 'Delete a system no record uses.' }),

  'inventory.dataCategories.list': procedure({ input: empty, output: z.array(dataCategorySchema), permission: 'workspace.read', summary: 'Categories of personal data.' }),
  'inventory.dataCategories.create': procedure({ input: dataCategoryInputSchema, output: dataCategorySchema, permission: 'workspace.write', summary: 'Add a data category.' }),
  'inventory.dataCategories.update': procedure({
    input: z.object({ id: recordId, dataCategory: dataCategoryInputSchema }).strict(),
    output: dataCategorySchema,
    permission: 'workspace.write',
    summary: 'Change a data category.',
  }),
  'inventory.dataCategories.delete': procedure({ input: byId, output: deleted, permission: 'workspace.write', summary: 'Delete a data category no activity uses.' }),

  'inventory.subjectCategories.list': procedure({ input: empty, output: z.array(subjectCategorySchema), permission: 'workspace.read', summary: 'Categories of data subjects.' }),
  'inventory.subjectCategories.create': procedure({ input: subjectCategoryInputSchema, output: subjectCategorySchema, permission: 'workspace.write', summary: 'Add a data subject category.' }),
  'inventory.subjectCategories.update': procedure({
    input: z.object({ id: recordId, subjectCategory: subjectCategoryInputSchema }).strict(),
    output: subjectCategorySchema,
    permission: 'workspace.write',
    summary: 'Change a data subject category.',
  }),
  'inventory.subjectCategories.delete': procedure({ input: byId, output: deleted, permission: 'workspace.write', summary: 'Delete a data subject category no activity uses.' }),

  'inventory.activities.list': procedure({ input: empty, output: z.array(activitySchema), permission: 'workspace.read', summary: 'Processing activities (the record of processing).' }),
  'inventory.activities.query': procedure({
    input: activityQuerySchema,
    output: activityPageSchema,
    permission: 'workspace.read',
    summary: 'One page of processing activities, filtered and sorted, with the total that match.',
  }),
  'inventory.activities.get': procedure({ input: byId, output: activitySchema, permission: 'workspace.read', summary: 'One processing activity.' }),
  'inventory.activities.create': procedure({ input: activityInputSchema, output: activitySchema, permission: 'workspace.write', summary: 'Add a processing activity.' }),
  'inventory.activities.update': procedure({
    input: z.object({ id: recordId, activity: activityInputSchema }).strict(),
    output: activitySchema,
    permission: 'workspace.write',
    summary: 'Change a processing activity.',
  }),
  'inventory.activities.delete': procedure({ input: byId, output: deleted, permission: 'workspace.write', summary: 'Delete a processing activity without transfers or vendors.' }),

  'inventory.vendors.list': procedure({ input: empty, output: z.array(vendorSchema), permission: 'workspace.read', summary: 'Vendors and processors.' }),
  'inventory.vendors.create': procedure({ input: vendorInputSchema, output: vendorSchema, permission: 'workspace.write', summary: 'Add a vendor.' }),
  'inventory.vendors.update': procedure({ input: z.object({ id: recordId, vendor: vendorInputSchema }).strict(), output: vendorSchema, permission: 'workspace.write', summary: 'Change a vendor.' }),
  'inventory.vendors.delete': procedure({ input: byId, output: deleted, permission: 'workspace.write', summary: 'Delete a vendor no system names.' }),

  'inventory.transfers.list': procedure({ input: empty, output: z.array(transferSchema), permission: 'workspace.read', summary: 'Cross-border transfers.' }),
  'inventory.transfers.create': procedure({ input: transferInputSchema, output: transferSchema, permission: 'workspace.write', summary: 'Add a cross-border transfer.' }),
  'inventory.transfers.update': procedure({
    input: z.object({ id: recordId, transfer: transferInputSchema }).strict(),
    output: transferSchema,
    permission: 'workspace.write',
    summary: 'Change a cross-border transfer.',
  }),
  'inventory.transfers.delete': procedure({ input: byId, output: deleted, permission: 'workspace.write', summary: 'Delete a cross-border transfer.' }),

  'inventory.findings.ofRecord': procedure({
    input: z.object({ recordType: z.enum(INVENTORY_RECORD_TYPES), id: recordId }).strict(),
    output: z.array(inventoryFindingSchema),
    permission: 'workspace.read',
    summary: "One record's findings, computed without reading the whole inventory.",
  }),
  'inventory.findings': procedure({ input: empty, output: z.array(inventoryFindingSchema), permission: 'workspace.read', summary: 'Gap and minimisation findings over the inventory.' }),
} as const;
