// The registers of the pack, each as of the end of the period (as-of.ts) and written as XLSX and
// CSV (register-file.ts) with headers in the pack's language. Rows are sorted by a stable key so
// the same workspace state always gives the same files.
import type { TFunction } from 'i18next';
import type { CorrectiveAction, DataCategory, InventorySystem, Risk, SubjectCategory, Transfer, Vendor } from '../../../../shared/contract';
import type { BreachRegisterEntry } from '../../../../shared/contract/areas/incidents';
import type { Completion } from '../../../../shared/contract/areas/training';
import type { XlsxColumn, XlsxValue } from '../../exports/xlsx-writer';
import { BACKUP_JOB_RECORD } from '../../backups/backup-jobs';
import { RESTORE_TEST_RECORD } from '../../backups/restore-tests';
import { INCIDENT_RECORD } from '../../incidents/incident-changes';
import { breachClocks, notificationRows } from '../../incidents/breach-clocks';
import { deriveFromSystems } from '../../incidents/incident-derivation';
import { organisationTimeZone } from '../../organisation/organisation-queries';
import { renderBreachRegister } from '../../incidents/breach-register-export';
import { renderRopaCsv, renderRopaXlsx, ropaRows, type RopaSource } from '../../inventory-import/ropa-export';
import { ROPA_COLUMNS } from '../../inventory-import/ropa-layouts';
import type { RopaLayout } from '../../../../shared/contract/areas/inventory-import';
import { findingContext } from '../../inventory/finding-context';
import { computeFindings } from '../../inventory/inventory-findings';
import { ACTIVITY, DATA_CATEGORY, listRecords, SUBJECT_CATEGORY, SYSTEM, TRANSFER, VENDOR, withVendorSystems, type InventorySnapshot, type StoredActivity, type StoredRecord } from '../../inventory/inventory-queries';
import { ACTION_RECORD, listActions } from '../../isms/corrective-actions';
import { getOrganisation } from '../../organisation/organisation-queries';
import { REQUEST_RECORD } from '../../requests/request-changes';
import { listRisks } from '../../risks/risks-queries';
import { RISK_RECORD } from '../../risks/risk-changes';
import { COMPLETION_RECORD } from '../../training/training-completions';
import type { Db } from '../../workspace/sqlcipher';
import type { PackContext, PackFile, PackRegister } from '../pack-types';
import type { AsOf } from './as-of';
import type { Redactor } from './redaction';
import { fileStamp, LARGE_REGISTER_ROWS, registerMeta, registerPaths, sheetName, writeRegister, type RegisterTable } from './register-file';
import { writeLargeXlsx } from './xlsx-stream';

/** The register keys in the order the pack lists them. */
export const REGISTER_KEYS = ['ropa', 'systems', 'vendors', 'transfers', 'risks', 'training-completions', 'backup-jobs', 'restore-tests', 'incidents', 'breach-register', 'requests', 'findings', 'corrective-actions'] as const;
export type RegisterKey = (typeof REGISTER_KEYS)[number];

export interface RegisterSource {
  ctx: PackContext;
  db: Db;
  asOf: AsOf;
  redactor: Redactor;
  t: TFunction;
  /** Filled on first use. */
  systemNames?: Map<string, string>;
}

type Column<T> = readonly [key: string, width: number, value: (record: T) => XlsxValue];

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const dateCell = (value: unknown): XlsxValue => (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? { date: value } : typeof value === 'string' ? value : null);
const text = (value: unknown): XlsxValue => (value === null || value === undefined ? null : typeof value === 'number' ? value : Array.isArray(value) ? value.join('; ') : String(value));

function table<T>(source: RegisterSource, key: string, columns: readonly Column<T>[], records: readonly T[], notes?: string[]): RegisterTable {
  return {
    key,
    columns: columns.map(([column, width]): XlsxColumn => ({ header: source.t(`columns.${column}`), width, wrap: width >= 24 })),
    rows: records.map((record) => columns.map(([, , value]) => value(record))),
    ...(notes && notes.length > 0 ? { notes } : {}),
  };
}

function yesNo(t: TFunction, value: unknown): XlsxValue {
  return value === null || value === undefined ? null : value ? t('values.yes') : t('values.no');
}

// ---------------------------------------------------------------------------------------------
// The inventory: every record type rolled back, so names, links and findings are those of the period end.

export function inventoryAsOf(source: RegisterSource): InventorySnapshot {
  const { db, asOf } = source;
  const roll = (entity: typeof SYSTEM) => asOf.rollBack<StoredRecord>([entity.recordType], listRecords(db, entity));
  const systems = roll(SYSTEM) as unknown as InventorySystem[];
  source.systemNames ??= new Map(systems.map((system) => [system.id, system.name]));
  return {
    systems,
    dataCategories: roll(DATA_CATEGORY) as unknown as DataCategory[],
    subjectCategories: roll(SUBJECT_CATEGORY) as unknown as SubjectCategory[],
    activities: roll(ACTIVITY) as unknown as StoredActivity[],
    vendors: withVendorSystems(roll(VENDOR), systems),
    transfers: roll(TRANSFER) as unknown as Transfer[],
  };
}

async function ropaRegister(source: RegisterSource, inventory: InventorySnapshot): Promise<{ register: PackRegister; files: PackFile[] }> {
  const { ctx } = source;
  const ropa = { language: ctx.options.locale, date: ctx.period.to, generatedAt: fileStamp(ctx), organisation: getOrganisation(source.db), inventory: { ...inventory, activities: sortByName(inventory.activities) } };
  const xlsx = ropa.inventory.activities.length > LARGE_REGISTER_ROWS ? await largeRopaXlsx(source, ropa) : await renderRopaXlsx(ropa, undefined);
  const csv = renderRopaCsv(ropa, 'controller');
  const paths = registerPaths('ropa');
  return {
    register: { key: 'ropa', title: source.t('registers.ropa'), rows: inventory.activities.length, ...paths },
    files: [
      { path: paths.xlsxPath, content: xlsx, size: xlsx.length },
      { path: paths.csvPath, content: csv, size: csv.length },
    ],
  };
}

/** The same two layouts and columns as the RoPA export, streamed for a large inventory. */
async function largeRopaXlsx(source: RegisterSource, ropa: RopaSource): Promise<Buffer> {
  const { ctx, t } = source;
  const language = ctx.options.locale;
  const layouts: RopaLayout[] = ['controller', 'processor'];
  return writeLargeXlsx({
    title: t('registers.ropa'),
    company: ctx.workspace.organisationName,
    createdAt: fileStamp(ctx),
    sheets: layouts.map((layout) => ({
      name: sheetName(t(`ropaSheets.${layout}`)),
      title: t(`ropaSheets.${layout}`),
      meta: registerMeta(ctx),
      metaSeparator: language === 'zh-CN' ? '：' : ': ',
      columns: ROPA_COLUMNS[layout].map((column) => ({ header: column.header[language], width: column.width })),
      rows: ropaRows(layout, ropa),
      freezeColumns: 1,
    })),
  });
}

function sortByName<T extends { id: string; name?: unknown }>(records: readonly T[]): T[] {
  return [...records].sort((a, b) => byText(String(a.name ?? '').toLowerCase(), String(b.name ?? '').toLowerCase()) || byText(a.id, b.id));
}

function systemsTable(source: RegisterSource, inventory: InventorySnapshot): RegisterTable {
  const { t } = source;
  const vendors = new Map(inventory.vendors.map((v) => [v.id, v.name]));
  const columns: Column<InventorySystem>[] = [
    ['name', 28, (s) => s.name],
    ['owner', 20, (s) => s.owner],
    ['systemType', 16, (s) => s.type],
    ['hosting', 14, (s) => t(`values.hosting.${s.hosting}`)],
    ['country', 10, (s) => s.country],
    ['vendor', 22, (s) => (s.vendorId ? (vendors.get(s.vendorId) ?? null) : null)],
    ['encryptionAtRest', 14, (s) => yesNo(t, s.encryptionAtRest)],
    ['encryptionInTransit', 18, (s) => s.encryptionInTransit],
    ['mfaEnforced', 12, (s) => yesNo(t, s.mfaEnforced)],
    ['roleBasedAccess', 14, (s) => yesNo(t, s.roleBasedAccess)],
    ['logging', 12, (s) => yesNo(t, s.logging)],
    ['dataResidency', 12, (s) => s.dataResidency],
    ['updatedAt', 22, (s) => s.updatedAt],
  ];
  return table(source, 'systems', columns, sortByName(inventory.systems));
}

function vendorsTable(source: RegisterSource, inventory: InventorySnapshot): RegisterTable {
  const systems = new Map(inventory.systems.map((s) => [s.id, s.name]));
  const columns: Column<Vendor>[] = [
    ['name', 28, (v) => v.name],
    ['services', 30, (v) => v.services],
    ['countries', 16, (v) => text(v.countries)],
    ['dpaSignedOn', 14, (v) => dateCell(v.dpaSignedOn)],
    ['certifications', 24, (v) => text(v.certifications)],
    ['reviewDate', 14, (v) => dateCell(v.reviewDate)],
    ['systems', 30, (v) => v.systemIds.map((id) => systems.get(id) ?? id).join('; ')],
    ['updatedAt', 22, (v) => v.updatedAt],
  ];
  return table(source, 'vendors', columns, sortByName(inventory.vendors));
}

function transfersTable(source: RegisterSource, inventory: InventorySnapshot): RegisterTable {
  const { t } = source;
  const activities = new Map(inventory.activities.map((a) => [a.id, a.name]));
  const columns: Column<Transfer>[] = [
    ['activity', 28, (r) => activities.get(r.activityId) ?? r.activityId],
    ['fromCountry', 10, (r) => r.fromCountry],
    ['toCountry', 10, (r) => r.toCountry],
    ['recipient', 24, (r) => r.recipient],
    ['gdprMechanism', 20, (r) => t(`values.gdprMechanism.${r.gdprMechanism}`)],
    ['piplMechanism', 20, (r) => t(`values.piplMechanism.${r.piplMechanism}`)],
    ['standardContractFiledOn', 16, (r) => dateCell(r.standardContractFiledOn)],
    ['volume', 12, (r) => r.volume],
    ['updatedAt', 22, (r) => r.updatedAt],
  ];
  const sorted = [...inventory.transfers].sort((a, b) => byText(activities.get(a.activityId) ?? '', activities.get(b.activityId) ?? '') || byText(a.toCountry, b.toCountry) || byText(a.id, b.id));
  return table(source, 'transfers', columns, sorted);
}

function findingsTable(source: RegisterSource, inventory: InventorySnapshot): RegisterTable {
  const { t } = source;
  const findings = computeFindings(inventory, findingContext(source.db, source.ctx.period.to)).sort((a, b) => byText(a.id, b.id));
  const columns: Column<(typeof findings)[number]>[] = [
    ['severity', 10, (f) => t(`values.severity.${f.severity}`)],
    ['finding', 40, (f) => t(`inventory:finding.${f.kind}`)],
    ['recordType', 18, (f) => f.recordType],
    ['record', 30, (f) => f.recordName],
    ['controls', 24, (f) => f.controls.map((c) => c.controlId).join('; ')],
  ];
  return table(source, 'findings', columns, findings, [t('notes.findings')]);
}

// ---------------------------------------------------------------------------------------------
// Other areas

function risksTable(source: RegisterSource): RegisterTable {
  const { t } = source;
  const risks = source.asOf.rollBack<Risk>([RISK_RECORD], listRisks(source.db)).sort((a, b) => byText(a.ref, b.ref));
  const columns: Column<Risk>[] = [
    ['ref', 10, (r) => r.ref],
    ['title', 30, (r) => r.title],
    ['owner', 18, (r) => r.owner],
    ['assetOrProcess', 24, (r) => r.assetOrProcess],
    ['threat', 24, (r) => r.threat],
    ['inherentScore', 10, (r) => r.inherentLikelihood * r.inherentImpact],
    ['treatment', 14, (r) => t(`values.treatment.${r.treatment}`)],
    ['treatmentPlan', 30, (r) => r.treatmentPlan],
    ['residualScore', 10, (r) => r.residualLikelihood * r.residualImpact],
    ['status', 12, (r) => t(`values.riskStatus.${r.status}`)],
    ['reviewDate', 14, (r) => dateCell(r.reviewDate)],
    ['acceptedBy', 18, (r) => r.acceptance?.acceptedBy ?? null],
    ['controls', 24, (r) => (r.controls ?? []).map((c) => c.controlId).join('; ')],
  ];
  return table(source, 'risks', columns, risks);
}

interface CompletionRecord extends Completion {
  department: string;
}

function completionsTable(source: RegisterSource): RegisterTable {
  const { t, db } = source;
  const rows = db
    .prepare(
      `SELECT t.id, t.course_id AS courseId, c.title AS courseTitle, t.person_id AS personId, p.name AS personName, p.department AS department,
         t.completed_on AS completedOn, t.score, t.passed, t.evidence_file_id AS evidenceFileId, t.certificate_ref AS certificateRef, t.recorded_at AS recordedAt
       FROM training_completions t JOIN training_courses c ON c.id = t.course_id JOIN people p ON p.id = t.person_id
       ORDER BY t.completed_on, c.title, p.name, t.id`,
    )
    .all() as (Omit<CompletionRecord, 'passed'> & { passed: number })[];
  const current = rows.map((row) => ({ ...row, passed: row.passed === 1 }));
  const completions = source.asOf.rollBack<CompletionRecord>([COMPLETION_RECORD], current, () => null);
  const columns: Column<CompletionRecord>[] = [
    ['course', 28, (c) => c.courseTitle],
    ['person', 22, (c) => c.personName],
    ['department', 18, (c) => c.department],
    ['completedOn', 14, (c) => dateCell(c.completedOn)],
    ['score', 8, (c) => c.score],
    ['passed', 8, (c) => yesNo(t, c.passed)],
    ['certificateRef', 20, (c) => c.certificateRef],
  ];
  return table(source, 'training-completions', columns, completions, [t('notes.completions')]);
}

interface IncidentRecord {
  id: string;
  ref: string;
  title: string;
  description: string;
  severity: string;
  status: BreachRegisterEntry['status'];
  detectedAt: string;
  becameAwareAt: string;
  reporter: string;
  personalDataBreach: boolean;
  containedAt: string | null;
  closedAt: string | null;
  estimatedPeople: number | null;
  estimatedRecords: number | null;
  californiaResidents: number | null;
  highRisk: boolean | null;
  riskReasoning: string;
  exemption: BreachRegisterEntry['exemption'];
  exemptionReasoning: string;
  effects: string;
  remedialAction: string;
  systemIds: string[];
}

type IncidentRow = Omit<IncidentRecord, 'personalDataBreach' | 'highRisk' | 'systemIds'> & { personalDataBreach: number; highRisk: number | null };

/** Every incident as it stood at the period end (the audit view carries all these fields, systems included). */
function incidentsAsOf(source: RegisterSource): IncidentRecord[] {
  const systems = new Map<string, string[]>();
  for (const [incidentId, systemId] of source.db.prepare('SELECT incident_id, system_id FROM incident_systems ORDER BY incident_id, position').raw().all() as [string, string][]) {
    const list = systems.get(incidentId);
    if (list) list.push(systemId);
    else systems.set(incidentId, [systemId]);
  }
  const current = (
    source.db
      .prepare(
        `SELECT id, ref, title, description, severity, status, detected_at AS detectedAt, became_aware_at AS becameAwareAt, reporter, personal_data_breach AS personalDataBreach,
           contained_at AS containedAt, closed_at AS closedAt, estimated_people AS estimatedPeople, estimated_records AS estimatedRecords,
           california_residents AS californiaResidents, high_risk AS highRisk, risk_reasoning AS riskReasoning, exemption, exemption_reasoning AS exemptionReasoning,
           effects, remedial_action AS remedialAction
         FROM incidents ORDER BY ref, id`,
      )
      .all() as IncidentRow[]
  ).map((row): IncidentRecord => ({ ...row, personalDataBreach: row.personalDataBreach === 1, highRisk: row.highRisk === null ? null : row.highRisk === 1, systemIds: systems.get(row.id) ?? [] }));
  return source.asOf.rollBack<IncidentRecord>([INCIDENT_RECORD], current);
}

function incidentsTable(source: RegisterSource, incidents: readonly IncidentRecord[]): RegisterTable {
  const { t } = source;
  const columns: Column<IncidentRecord>[] = [
    ['ref', 14, (i) => i.ref],
    ['title', 30, (i) => i.title],
    ['severity', 10, (i) => t(`values.severity.${i.severity}`)],
    ['status', 12, (i) => t(`values.incidentStatus.${i.status}`)],
    ['detectedAt', 22, (i) => i.detectedAt],
    ['becameAwareAt', 22, (i) => i.becameAwareAt],
    ['reporter', 22, (i) => i.reporter],
    ['personalDataBreach', 12, (i) => yesNo(t, i.personalDataBreach)],
    ['containedAt', 22, (i) => i.containedAt],
    ['closedAt', 22, (i) => i.closedAt],
  ];
  const redacted = incidents.map((incident) => source.redactor.record(INCIDENT_RECORD, incident));
  return table(source, 'incidents', columns, redacted.sort((a, b) => byText(a.ref, b.ref) || byText(a.id, b.id)));
}

/**
 * The breach register as the incidents area writes it, from the breaches as they stood at the period
 * end: their facts and systems rolled back, the notifications recorded by then, and the clocks
 * evaluated at that moment. What the systems held (categories, subjects, laws) is derived from
 * today's inventory, which the register's note says.
 */
async function breachRegisterFiles(source: RegisterSource, incidents: readonly IncidentRecord[]): Promise<{ register: PackRegister; files: PackFile[] }> {
  const { ctx, db } = source;
  const timeZone = organisationTimeZone(db);
  const at = new Date(ctx.asOf);
  const derivations = new Map<string, ReturnType<typeof deriveFromSystems>>();
  const entries = incidents
    .filter((incident) => incident.personalDataBreach)
    .sort((a, b) => byText(a.ref, b.ref) || byText(a.id, b.id))
    .map((incident): BreachRegisterEntry => {
      const key = incident.systemIds.join('\u0000');
      let derived = derivations.get(key);
      if (!derived) derivations.set(key, (derived = deriveFromSystems(db, incident.systemIds)));
      const notifications = notificationRows(db, incident.id).filter((row) => row.recorded_at <= ctx.asOf);
      const facts = { personalDataBreach: true, becameAwareAt: incident.becameAwareAt, highRisk: incident.highRisk, californiaResidents: incident.californiaResidents, jurisdictions: derived.jurisdictions };
      return {
        id: incident.id,
        ref: incident.ref,
        title: incident.title,
        becameAwareAt: incident.becameAwareAt,
        status: incident.status,
        description: incident.description,
        dataCategories: derived.dataCategories.map((category) => category.name),
        subjectCategories: derived.subjectCategories.map((category) => category.name),
        jurisdictions: derived.jurisdictions,
        estimatedPeople: incident.estimatedPeople,
        estimatedRecords: incident.estimatedRecords,
        highRisk: incident.highRisk,
        riskReasoning: incident.riskReasoning,
        exemption: incident.exemption,
        exemptionReasoning: incident.exemptionReasoning,
        effects: incident.effects,
        remedialAction: incident.remedialAction,
        notifications: breachClocks(facts, notifications, timeZone, at),
      };
    });
  const organisation = ctx.workspace.organisationName;
  const xlsx = (await renderBreachRegister(entries, organisation, ctx.options.locale, 'xlsx', fileStamp(ctx), ctx.period.to)).content;
  const csv = (await renderBreachRegister(entries, organisation, ctx.options.locale, 'csv', fileStamp(ctx), ctx.period.to)).content;
  const paths = registerPaths('breach-register');
  return {
    register: { key: 'breach-register', title: source.t('registers.breach-register'), rows: entries.length, ...paths, notes: [source.t('notes.breachRegister')] },
    files: [
      { path: paths.xlsxPath, content: xlsx, size: xlsx.length },
      { path: paths.csvPath, content: csv, size: csv.length },
    ],
  };
}

interface RequestRecord {
  id: string;
  ref: string;
  law: string;
  type: string;
  status: string;
  channel: string;
  receivedAt: string;
  requesterName: string;
  requesterContact: string;
  relationship: string;
  subjectCategoryName: string | null;
  respondDue: string | null;
  respondedAt: string | null;
  closedAt: string | null;
  redactedAt: string | null;
}

function requestsTable(source: RegisterSource): RegisterTable {
  const { t } = source;
  const current = source.db
    .prepare(
      `SELECT r.id, r.ref, r.law, r.type, r.status, r.channel, r.received_at AS receivedAt, r.requester_name AS requesterName, r.requester_contact AS requesterContact,
         r.relationship, s.name AS subjectCategoryName, r.respond_due AS respondDue, r.responded_at AS respondedAt, r.closed_at AS closedAt, r.redacted_at AS redactedAt
       FROM data_subject_requests r LEFT JOIN inventory_subject_categories s ON s.id = r.subject_category_id ORDER BY r.ref, r.id`,
    )
    .all() as RequestRecord[];
  const requests = source.asOf.rollBack<RequestRecord>([REQUEST_RECORD], current).map((request) => source.redactor.record(REQUEST_RECORD, request));
  const columns: Column<RequestRecord>[] = [
    ['ref', 16, (r) => r.ref],
    ['law', 8, (r) => r.law.toUpperCase()],
    ['requestType', 16, (r) => r.type],
    ['status', 14, (r) => t(`values.requestStatus.${r.status}`, { defaultValue: r.status })],
    ['channel', 12, (r) => r.channel],
    ['receivedAt', 22, (r) => r.receivedAt],
    ['requesterName', 22, (r) => r.requesterName],
    ['requesterContact', 26, (r) => r.requesterContact],
    ['relationship', 16, (r) => r.relationship],
    ['subjectCategory', 20, (r) => r.subjectCategoryName],
    ['respondDue', 22, (r) => r.respondDue],
    ['respondedAt', 22, (r) => r.respondedAt],
    ['closedAt', 22, (r) => r.closedAt],
  ];
  return table(source, 'requests', columns, requests, [t('notes.requests')]);
}

type ActionRecord = CorrectiveAction & { findingRef: string };

function correctiveActionsTable(source: RegisterSource): RegisterTable {
  const { t } = source;
  const current = listActions(source.db, false).sort((a, b) => byText(a.findingRef, b.findingRef) || byText(a.createdAt, b.createdAt) || byText(a.id, b.id));
  const actions = source.asOf.rollBack<ActionRecord>([ACTION_RECORD], current);
  const columns: Column<ActionRecord>[] = [
    ['findingRef', 12, (a) => a.findingRef],
    ['description', 36, (a) => a.description],
    ['rootCause', 30, (a) => a.rootCause],
    ['owner', 18, (a) => a.owner],
    ['dueDate', 14, (a) => dateCell(a.dueDate)],
    ['status', 14, (a) => t(`values.actionStatus.${a.status}`, { defaultValue: a.status })],
    ['verifiedBy', 18, (a) => a.verifiedBy],
    ['verifiedAt', 22, (a) => a.verifiedAt],
  ];
  return table(source, 'corrective-actions', columns, actions);
}

interface BackupJobRecord {
  id: string;
  systemId: string | null;
  systemName: string;
  name: string;
  type: string;
  runsPerDay: number;
  retentionDays: number | null;
  retentionCopies: number | null;
  medium: string;
  location: string;
  country: string;
  encrypted: boolean;
  encryptionMethod: string;
  immutable: boolean;
  offline: boolean;
  rpoHours: number | null;
  rtoHours: number | null;
  owner: string;
}

function backupJobsAsOf(source: RegisterSource): BackupJobRecord[] {
  const current = (
    source.db
      .prepare(
        `SELECT id, system_id AS systemId, system_name AS systemName, name, type, runs_per_day AS runsPerDay, retention_days AS retentionDays, retention_copies AS retentionCopies, medium, location,
           country, encrypted, encryption_method AS encryptionMethod, immutable, offline, rpo_hours AS rpoHours, rto_hours AS rtoHours, owner
         FROM backup_jobs ORDER BY system_name, name, id`,
      )
      .all() as (Omit<BackupJobRecord, 'encrypted' | 'immutable' | 'offline'> & { encrypted: number; immutable: number; offline: number })[]
  ).map((row) => ({ ...row, encrypted: row.encrypted === 1, immutable: row.immutable === 1, offline: row.offline === 1 }));
  const systems = systemNamesAsOf(source);
  // A job names its system as the inventory did at the end of the period (kept as recorded once deleted).
  return source.asOf.rollBack<BackupJobRecord>([BACKUP_JOB_RECORD], current).map((job) => ({ ...job, systemName: (job.systemId && systems.get(job.systemId)) || job.systemName }));
}

/** System names at the end of the period, by id. */
function systemNamesAsOf(source: RegisterSource): Map<string, string> {
  source.systemNames ??= new Map(source.asOf.rollBack<StoredRecord>([SYSTEM.recordType], listRecords(source.db, SYSTEM)).map((system) => [system.id, String(system.name)]));
  return source.systemNames;
}

function backupJobsTable(source: RegisterSource): RegisterTable {
  const { t } = source;
  const columns: Column<BackupJobRecord>[] = [
    ['system', 24, (j) => j.systemName],
    ['name', 26, (j) => j.name],
    ['backupType', 14, (j) => t(`values.backupType.${j.type}`, { defaultValue: j.type })],
    ['runsPerDay', 10, (j) => j.runsPerDay],
    ['retentionDays', 12, (j) => j.retentionDays],
    ['retentionCopies', 12, (j) => j.retentionCopies],
    ['medium', 16, (j) => t(`values.medium.${j.medium}`, { defaultValue: j.medium })],
    ['location', 12, (j) => t(`values.location.${j.location}`, { defaultValue: j.location })],
    ['country', 10, (j) => j.country],
    ['encrypted', 10, (j) => yesNo(t, j.encrypted)],
    ['encryptionMethod', 18, (j) => j.encryptionMethod],
    ['immutable', 10, (j) => yesNo(t, j.immutable)],
    ['offline', 10, (j) => yesNo(t, j.offline)],
    ['rpoHours', 10, (j) => j.rpoHours],
    ['rtoHours', 10, (j) => j.rtoHours],
    ['owner', 18, (j) => j.owner],
  ];
  const jobs = backupJobsAsOf(source).sort((a, b) => byText(a.systemName, b.systemName) || byText(a.name, b.name) || byText(a.id, b.id));
  return table(source, 'backup-jobs', columns, jobs);
}

interface RestoreTestRecord {
  id: string;
  testedOn: string;
  systemId: string | null;
  systemName: string;
  backupJobId: string | null;
  backupJobName: string;
  result: string;
  restoreMinutes: number | null;
  dataVerified: string;
  notes: string;
  followUps: { description: string; owner: string; dueDate: string; status: string }[];
}

function restoreTestsAsOf(source: RegisterSource): RestoreTestRecord[] {
  const followUps = new Map<string, RestoreTestRecord['followUps']>();
  for (const row of source.db.prepare('SELECT test_id AS testId, description, owner, due_date AS dueDate, status FROM restore_test_follow_ups ORDER BY test_id, position').all() as ({ testId: string } & RestoreTestRecord['followUps'][number])[]) {
    const { testId, ...followUp } = row;
    const list = followUps.get(testId);
    if (list) list.push(followUp);
    else followUps.set(testId, [followUp]);
  }
  const current = (
    source.db
      .prepare(
        `SELECT id, tested_on AS testedOn, system_id AS systemId, system_name AS systemName, backup_job_id AS backupJobId, backup_job_name AS backupJobName, result, restore_minutes AS restoreMinutes, data_verified AS dataVerified, notes
         FROM restore_tests ORDER BY tested_on, system_name, id`,
      )
      .all() as Omit<RestoreTestRecord, 'followUps'>[]
  ).map((row) => ({ ...row, followUps: followUps.get(row.id) ?? [] }));
  const systems = systemNamesAsOf(source);
  const jobs = new Map(backupJobsAsOf(source).map((job) => [job.id, job.name]));
  return source.asOf
    .rollBack<RestoreTestRecord>([RESTORE_TEST_RECORD], current, (before, id) => ({ backupJobName: '', ...before, id }) as unknown as RestoreTestRecord)
    .map((test) => ({
      ...test,
      systemName: (test.systemId && systems.get(test.systemId)) || test.systemName,
      backupJobName: (test.backupJobId && jobs.get(test.backupJobId)) || test.backupJobName,
    }));
}

function restoreTestsTable(source: RegisterSource): RegisterTable {
  const { t } = source;
  const columns: Column<RestoreTestRecord>[] = [
    ['testedOn', 12, (r) => dateCell(r.testedOn)],
    ['system', 24, (r) => r.systemName],
    ['backupJob', 24, (r) => r.backupJobName],
    ['result', 10, (r) => t(`values.restoreResult.${r.result}`, { defaultValue: r.result })],
    ['restoreMinutes', 12, (r) => r.restoreMinutes],
    ['dataVerified', 30, (r) => r.dataVerified],
    ['followUps', 36, (r) => (r.followUps ?? []).map((f) => `${f.description} (${f.owner ? `${f.owner}, ` : ''}${f.dueDate}, ${t(`values.followUpStatus.${f.status}`, { defaultValue: f.status })})`).join('\n')],
    ['notes', 30, (r) => r.notes],
  ];
  const tests = restoreTestsAsOf(source).sort((a, b) => byText(a.testedOn, b.testedOn) || byText(a.systemName, b.systemName) || byText(a.id, b.id));
  return table(source, 'restore-tests', columns, tests);
}

/** All registers, one at a time so only one spreadsheet is being built at once; `progress` hears how many are done. */
export async function collectRegisters(source: RegisterSource, progress: (done: number) => void): Promise<{ registers: PackRegister[]; files: PackFile[] }> {
  const registers: PackRegister[] = [];
  const files: PackFile[] = [];
  const add = (written: { register: PackRegister; files: PackFile[] }) => {
    registers.push(written.register);
    files.push(...written.files);
    progress(registers.length);
  };
  const step = () => {
    if (source.ctx.signal?.aborted) throw source.ctx.signal.reason ?? new Error('aborted');
  };
  const inventory = inventoryAsOf(source);
  step();
  add(await ropaRegister(source, inventory));
  for (const build of [() => systemsTable(source, inventory), () => vendorsTable(source, inventory), () => transfersTable(source, inventory), () => risksTable(source), () => completionsTable(source)]) {
    const tableOf = build();
    step();
    add(await writeRegister(source.ctx, tableOf));
  }
  for (const build of [() => backupJobsTable(source), () => restoreTestsTable(source)]) {
    const tableOf = build();
    step();
    add(await writeRegister(source.ctx, tableOf));
  }
  const incidents = incidentsAsOf(source);
  step();
  add(await writeRegister(source.ctx, incidentsTable(source, incidents)));
  add(await breachRegisterFiles(source, incidents));
  step();
  add(await writeRegister(source.ctx, requestsTable(source)));
  add(await writeRegister(source.ctx, findingsTable(source, inventory)));
  add(await writeRegister(source.ctx, correctiveActionsTable(source)));
  return { registers, files };
}

/** Row counts without writing any file (the preview). */
export function countRegisters(source: RegisterSource): { key: string; title: string; rows: number }[] {
  const { t } = source;
  const inventory = inventoryAsOf(source);
  const counts: [RegisterKey, number][] = [
    ['ropa', inventory.activities.length],
    ['systems', inventory.systems.length],
    ['vendors', inventory.vendors.length],
    ['transfers', inventory.transfers.length],
    ['risks', source.asOf.rollBack<Risk>([RISK_RECORD], listRisks(source.db)).length],
    ['training-completions', completionCount(source)],
  ];
  counts.push(['backup-jobs', backupJobsAsOf(source).length], ['restore-tests', restoreTestsAsOf(source).length]);
  const incidents = incidentsAsOf(source);
  counts.push(['incidents', incidents.length], ['breach-register', incidents.filter((i) => i.personalDataBreach).length]);
  counts.push(['requests', requestsTable(source).rows.length]);
  counts.push(['findings', computeFindings(inventory, findingContext(source.db, source.ctx.period.to)).length]);
  counts.push(['corrective-actions', source.asOf.rollBack<ActionRecord>([ACTION_RECORD], listActions(source.db, false)).length]);
  return counts.map(([key, rows]) => ({ key, title: t(`registers.${key}`), rows }));
}

function completionCount(source: RegisterSource): number {
  const created = source.db.prepare('SELECT count(*) FROM training_completions WHERE recorded_at <= ?').pluck().get(source.ctx.asOf) as number;
  return created;
}

