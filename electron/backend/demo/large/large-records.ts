// The records of the large demo, each written through its area's own change function (checked,
// audited, indexed for search, linked as evidence), so the large workspace obeys the same rules as
// the standard one: staff, processing activities, training completions, incidents and evidence files.
import { createHash, randomUUID } from 'node:crypto';
import { DATA_SOURCES, GDPR_BASES, PIPL_BASES, PROCESSING_ROLES, type ActivityInput } from '../../../../shared/contract';
import type { IncidentInput, IncidentSeverity } from '../../../../shared/contract/areas/incidents';
import { insertDefaultLinks, linkRecordByDefault } from '../../evidence/default-links';
import { fileSummary, insertFile, insertLink, linkSummary } from '../../evidence/evidence-queries';
import { sniffFileType } from '../../evidence/file-type-sniff';
import { createIncident, setIncidentStatus } from '../../incidents/incident-changes';
import { createInventoryRecord } from '../../inventory/inventory-changes';
import { ACTIVITY } from '../../inventory/inventory-queries';
import { indexRecord } from '../../search/search-index';
import { COMPLETION_RECORD } from '../../training/training-completions';
import { storedCourses, type StoredCourse } from '../../training/training-courses';
import { DueCalculator } from '../../training/training-due';
import { createTrainingPerson } from '../../training/training-people';
import type { Db } from '../../workspace/sqlcipher';
import type { ChangeTx } from '../../workspace/workspace-db';
import type { Chooser } from './large-random';

const FIRST = ['Aisling', 'Conor', 'Orla', 'Darragh', 'Siobhán', 'Liam', 'Ciara', 'Eoin', 'Priya', 'Ravi', 'Fatima', 'Omar', 'Elena', 'Lucas', 'Sofia', 'Mateo', 'Hannah', 'Noah', 'Grace', 'Jack'];
const LAST = ['Byrne', 'Kelly', 'Doyle', 'Nolan', 'Quinn', 'Keane', 'Nguyen', 'Patel', 'Garcia', 'Silva', 'Novak', 'Cohen', 'Meyer', 'Rossi', 'Kowalski', 'Okafor'];
const ZH_SURNAMES = ['张', '刘', '陈', '杨', '黄', '赵', '周', '吴'];
const ZH_GIVEN = ['伟', '静', '敏', '磊', '洋', '艳', '杰', '婷'];
const DEPARTMENTS: readonly { name: string; roles: readonly string[]; chinese?: boolean }[] = [
  { name: 'Platform Engineering', roles: ['Software engineer', 'Site reliability engineer'] },
  { name: 'Data Science', roles: ['Data scientist', 'Analyst'] },
  { name: 'Customer Support', roles: ['Support agent', 'Support lead'] },
  { name: '上海办公室 客户支持', roles: ['Support agent', 'Support lead'], chinese: true },
  { name: 'Sales', roles: ['Account executive', 'Sales manager'] },
  { name: 'Clinical Services', roles: ['Clinical analyst', 'Implementation consultant'] },
  { name: 'Finance', roles: ['Accountant', 'Finance manager'] },
  { name: 'IT Operations', roles: ['IT administrator', 'Service desk analyst'] },
];

const PURPOSES = [
  'Readmission analytics for a hospital group',
  'Outpatient waiting-list reporting',
  'Pharmacy dispensing benchmarks',
  'Clinical trial feasibility counts',
  'Insurer population-health dashboard',
  'Customer onboarding and support',
  'Staff scheduling for implementation teams',
  'Regional screening programme statistics',
  '医院运营分析（上海客户）',
  '慢病管理随访统计',
];
const CUSTOMERS = ['St Brigid’s University Hospital', 'Northside Health Partners', 'Pacific Coast Medical Group', 'Lakeview Clinics', '上海瑞安医院', '杭州仁和医疗集团', 'Rhine Valley Kliniken', 'Midlands Care Trust'];

export interface Reference {
  dataCategoryIds: string[];
  subjectCategoryIds: string[];
  systemIds: string[];
  courses: StoredCourse[];
}

export function readReferences(tx: ChangeTx): Reference {
  const ids = (table: string) => tx.db.prepare(`SELECT id FROM ${table} ORDER BY name`).pluck().all() as string[];
  return {
    dataCategoryIds: ids('inventory_data_categories'),
    subjectCategoryIds: ids('inventory_subject_categories'),
    systemIds: ids('inventory_systems'),
    courses: storedCourses(tx.db),
  };
}

/**
 * The connection as the areas' functions see it during the large demo: `prepare` hands back the
 * statement already compiled for the same SQL, since compiling the same few statements again for
 * each of a million writes would cost more than running them.
 */
export function reusingStatements(db: Db): Db {
  const statements = new Map<string, ReturnType<Db['prepare']>>();
  const prepare = (sql: string) => {
    const known = statements.get(sql);
    if (known) {
      if (known.reader) known.pluck(false).raw(false).expand(false);
      return known;
    }
    const statement = db.prepare(sql);
    statements.set(sql, statement);
    return statement;
  };
  return new Proxy(db, {
    get(target, property) {
      if (property === 'prepare') return prepare;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

const some = <T>(choose: Chooser, items: readonly T[], most: number): T[] => [...new Set(Array.from({ length: 1 + choose.int(most) }, () => choose.pick(items)))];

export function createPerson(tx: ChangeTx, choose: Chooser, serial: number, today: string, startDate: string): string {
  const department = choose.pick(DEPARTMENTS);
  const name = department.chinese ? `${choose.pick(ZH_SURNAMES)}${choose.pick(ZH_GIVEN)}${choose.pick(ZH_GIVEN)}` : `${choose.pick(FIRST)} ${choose.pick(LAST)}`;
  const person = createTrainingPerson(
    tx,
    { name, email: `staff${serial}@meridian-analytics.example`, department: department.name, role: choose.pick(department.roles), startDate, leaveDate: null, managerId: null },
    today,
  );
  return person.id;
}

export function createActivity(tx: ChangeTx, choose: Chooser, serial: number, refs: Reference, reviewDate: string): string {
  const role = choose.pick(PROCESSING_ROLES);
  const input: ActivityInput = {
    name: `${choose.pick(PURPOSES)} — ${choose.pick(CUSTOMERS)} #${serial}`,
    purpose: choose.pick(PURPOSES),
    role,
    gdprBasis: choose.chance(0.85) ? choose.pick(GDPR_BASES) : null,
    gdprArt9Condition: choose.chance(0.3) ? 'h' : null,
    piplBasis: choose.chance(0.5) ? choose.pick(PIPL_BASES) : null,
    separateConsent: choose.chance(0.2),
    ccpaBusinessPurpose: role === 'processor' ? 'Performing services on behalf of the business (1798.140(e)(5))' : '',
    sold: false,
    shared: choose.chance(0.05),
    recipients: choose.chance(0.4) ? choose.pick(CUSTOMERS) : '',
    retentionMonths: choose.chance(0.9) ? 12 * (1 + choose.int(10)) : null,
    deletionMethod: 'Automated deletion job at the end of the period',
    volumeEstimate: 100 * (1 + choose.int(5000)),
    source: choose.pick(DATA_SOURCES),
    automatedDecisions: choose.chance(0.05),
    dpiaOverride: null,
    dpiaCompletedOn: null,
    pipiaOverride: null,
    pipiaCompletedOn: null,
    owner: choose.pick(['Aoife Brennan (DPO)', 'Daniel Okafor (Head of Platform Engineering)', 'Li Wei 李伟 (Shanghai Office Lead)', 'Emma Fitzgerald (General Counsel)']),
    reviewDate,
    dataCategoryIds: some(choose, refs.dataCategoryIds, 3),
    subjectCategoryIds: some(choose, refs.subjectCategoryIds, 2),
    systemIds: some(choose, refs.systemIds, 2),
  };
  return createInventoryRecord(tx, ACTIVITY, input as unknown as Record<string, unknown>).id;
}

/**
 * Training completions by the hundred thousand: the row, its audit event (as the training area
 * records it) and, for a pass, its default evidence links until the course is due again. The due
 * date comes from the area's DueCalculator, one per day, so each course's recurrence is computed
 * once a day rather than once per completion.
 */
export class LargeCompletions {
  private readonly insert;
  private dues: DueCalculator | null = null;
  private duesDay = '';
  constructor(private readonly tx: ChangeTx) {
    this.insert = tx.db.prepare(
      `INSERT INTO training_completions (id, course_id, person_id, completed_on, score, passed, evidence_file_id, certificate_ref, recorded_at)
       VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?)`,
    );
  }

  record(choose: Chooser, personId: string, refs: Reference, day: string, serial: number): void {
    const course = choose.pick(refs.courses);
    const passing = course.passingScore;
    const score = passing === null ? null : choose.chance(0.06) ? Math.max(0, passing - 1 - choose.int(30)) : Math.min(100, passing + choose.int(101 - passing));
    const passed = passing === null || (score ?? 0) >= passing;
    const input = { personId, courseId: course.id, completedOn: day, score, evidenceFileId: null, certificateRef: `CERT-${day.slice(0, 4)}-L${String(serial).padStart(6, '0')}` };
    const id = randomUUID();
    this.insert.run(id, course.id, personId, day, score, passed ? 1 : 0, input.certificateRef, this.tx.at);
    this.tx.audit(COMPLETION_RECORD, id, null, { ...input, passed });
    if (!passed) return;
    if (this.duesDay !== day) {
      this.dues = new DueCalculator(day);
      this.duesDay = day;
    }
    // Evidence until the course is due again after this completion.
    const validUntil = this.dues!.due(course, { startDate: null }, day, day);
    insertDefaultLinks(this.tx.db, COMPLETION_RECORD, id, day, validUntil !== null && validUntil >= day ? validUntil : null, this.tx.at);
  }
}

const INCIDENT_KINDS: readonly { title: string; description: string; severity: IncidentSeverity; breach: boolean }[] = [
  { title: 'Phishing e-mail reported', description: 'A member of staff reported a credential-phishing e-mail; the sender was blocked.', severity: 'low', breach: false },
  { title: 'Misdirected e-mail with a patient report', description: 'A benchmark report was sent to the wrong hospital contact and deleted on request.', severity: 'medium', breach: true },
  { title: 'Lost staff laptop', description: 'An encrypted, MDM-managed laptop was lost in transit; it was wiped remotely.', severity: 'low', breach: false },
  { title: 'Suspicious sign-in blocked', description: 'Impossible-travel sign-in to the customer portal blocked by conditional access.', severity: 'medium', breach: false },
  { title: 'Export shared beyond its audience', description: 'A customer user shared a dashboard export outside their organisation.', severity: 'high', breach: true },
  { title: '客户门户短时中断', description: '上海区域负载均衡配置错误导致门户中断 40 分钟。', severity: 'low', breach: false },
];

export function createLargeIncident(tx: ChangeTx, choose: Chooser, refs: Reference, awareAt: Date, closedBy: Date): void {
  const kind = choose.pick(INCIDENT_KINDS);
  const people = kind.breach ? 1 + choose.int(2000) : null;
  const input: IncidentInput = {
    title: kind.title,
    description: kind.description,
    detectedAt: new Date(awareAt.getTime() - (1 + choose.int(12)) * 3_600_000).toISOString(),
    becameAwareAt: awareAt.toISOString(),
    reporter: choose.pick(['IT operations', 'Security operations centre', 'Customer support', '上海办公室']),
    severity: kind.severity,
    systemIds: some(choose, refs.systemIds, 2),
    personalDataBreach: kind.breach,
    estimatedPeople: people,
    estimatedRecords: people === null ? null : people + choose.int(500),
    californiaResidents: kind.breach ? 0 : null,
    highRisk: kind.breach ? false : null,
    riskReasoning: kind.breach ? 'Limited data, recipient known and cooperative; no high risk to the people concerned.' : '',
    exemption: null,
    exemptionReasoning: '',
    effects: kind.breach ? 'Report contents seen by one unintended recipient.' : '',
    remedialAction: 'Handled under the incident procedure; lessons recorded.',
  };
  const incident = createIncident(tx, input);
  if (choose.chance(0.97)) {
    setIncidentStatus(tx, incident.id, 'contained', awareAt.toISOString());
    // A breach is closed only after its post-incident review; the demo leaves those contained.
    if (!kind.breach) setIncidentStatus(tx, incident.id, 'closed', closedBy.toISOString());
  }
}

export interface LargeFile {
  name: string;
  note: string;
  content: Buffer;
  links: { framework: 'iso27001' | 'soc2'; controlId: string; effectiveDate: string; expiryDate: string | null }[];
}

export function storeEvidenceFile(tx: ChangeTx, file: LargeFile): void {
  const type = sniffFileType(file.content, file.name);
  if (!type.ok) throw new Error(`large demo evidence ${file.name} is not an accepted file type (${type.detected})`);
  const stored = {
    id: randomUUID(),
    name: file.name,
    kind: type.kind,
    mimeType: type.mimeType,
    size: file.content.length,
    sha256: createHash('sha256').update(file.content).digest('hex'),
    note: file.note,
    content: file.content,
  };
  insertFile(tx.db, { ...stored, uploadedAt: tx.at });
  tx.audit('evidence_file', stored.id, null, fileSummary(stored));
  indexRecord(tx.db, { entityType: 'evidence_file', entityId: stored.id, title: stored.name, body: stored.note });
  for (const link of file.links) {
    const created = insertLink(tx.db, { ...link, sourceKind: 'file', fileId: stored.id, recordType: null, recordId: null, note: '', origin: 'manual', createdAt: tx.at });
    tx.audit('evidence_link', created.id, null, linkSummary(created));
  }
}

/**
 * A periodic review of a processing activity: its review date moves on, recorded as the inventory
 * records an update (the changed fields before and after), and its default evidence links follow
 * the change's date. Written with prepared statements: a million of these through the full update
 * (which rewrites every link and the search entry) would take minutes.
 */
export class ActivityReviews {
  private readonly read;
  private readonly write;
  constructor(private readonly tx: ChangeTx) {
    this.read = tx.db.prepare<[string], { reviewDate: string | null; updatedAt: string }>('SELECT review_date AS reviewDate, updated_at AS updatedAt FROM inventory_activities WHERE id = ?');
    this.write = tx.db.prepare('UPDATE inventory_activities SET review_date = ?, updated_at = ? WHERE id = ?');
  }

  review(id: string, day: string, nextReview: string): void {
    const before = this.read.get(id);
    if (!before) throw new Error(`large demo: no activity ${id}`);
    this.write.run(nextReview, this.tx.at, id);
    this.tx.audit(ACTIVITY.recordType, id, before, { reviewDate: nextReview, updatedAt: this.tx.at });
    linkRecordByDefault(this.tx, ACTIVITY.recordType, id, day);
  }
}
