// The backend's boundary: whatever a transport sends, an envelope comes back, with the right code.
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  ERROR_CODES,
  PROCEDURE_NAMES,
  procedures,
  type Envelope,
  type InputIssue,
  type ProcedureInput,
  type ProcedureName,
} from '../../shared/contract';
import { createDispatcher, type Handlers } from '../../electron/backend/rpc/dispatcher';
import { openSqlCipher } from '../../electron/backend/workspace/sqlcipher';
import { PASSPHRASE, testBackend, type TestBackend } from '../support/backend';

const VIEWER = { actor: { id: 'v', role: 'viewer' as const } };

const PROFILE: ProcedureInput<'organisation.update'> = {
  legalName: 'Dispatch Test GmbH',
  tradingName: 'Dispatch',
  registeredAddress: '1 Example Street',
  country: 'DE',
  industry: 'Software',
  employeeCount: 12,
  dpoName: 'Dana Protector',
  dpoEmail: 'dpo@example.com',
  euRepresentative: '',
  privacyEmail: 'privacy@example.com',
  privacyPhone: '+49 30 5550 1234',
  piplOfficerName: '',
  piplOfficerEmail: '',
  chinaRepresentative: '',
  timeZone: 'Europe/Berlin',
  jurisdictions: ['gdpr'],
};

const NO_ID = '00000000-0000-4000-8000-000000000000';
const RISK = {
  title: 'Ransomware on file servers',
  assetOrProcess: 'File servers',
  threat: 'Ransomware',
  vulnerability: 'Unpatched hosts',
  owner: 'IT lead',
  inherentLikelihood: 4,
  inherentImpact: 5,
  treatment: 'mitigate' as const,
  treatmentPlan: 'Immutable backups',
  controls: [{ framework: 'iso27001' as const, controlId: 'A.8.13' }],
  residualLikelihood: 2,
  residualImpact: 4,
  reviewDate: '2026-12-31',
  status: 'treating' as const,
};
const OBJECTIVE = { title: 'Train all staff', measure: 'Completion rate', target: '95%', owner: 'HR', dueDate: '2026-12-31', status: 'on_track' as const, progressNote: '' };
const AUDIT = { title: 'Annual internal audit', scope: 'Whole ISMS', auditor: 'Internal audit', plannedDate: '2026-10-01', performedDate: null, status: 'planned' as const, conclusion: '' };
const ACTION = { findingId: NO_ID, description: 'Schedule restore tests', rootCause: 'No owner', owner: 'IT', dueDate: '2026-12-01', status: 'open' as const, verifiedBy: '', verificationNote: '' };
const SYSTEM = {
  name: 'CRM',
  owner: 'Sales ops',
  type: 'Application',
  hosting: 'saas' as const,
  country: 'IE',
  vendorId: null,
  encryptionAtRest: true,
  encryptionInTransit: 'TLS 1.2+',
  mfaEnforced: true,
  roleBasedAccess: true,
  logging: true,
  dataResidency: 'IE',
};
const DATA_CATEGORY = { name: 'Contact details', examples: 'Name, e-mail', sensitivity: ['ordinary' as const], systemIds: [] };
const SUBJECT_CATEGORY = { name: 'Customers', description: 'Business customers', includesMinors: false };
const ACTIVITY = {
  name: 'Customer relationship management',
  purpose: 'Manage customer accounts',
  role: 'controller' as const,
  gdprBasis: 'b' as const,
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
  retentionMonths: 72,
  deletionMethod: 'Automated purge',
  volumeEstimate: 5000,
  source: 'collected_from_subject' as const,
  automatedDecisions: false,
  dpiaOverride: null,
  dpiaCompletedOn: null,
  pipiaOverride: null,
  pipiaCompletedOn: null,
  owner: 'Sales',
  reviewDate: '2026-12-31',
};
const VENDOR = { name: 'Hosting Ltd', services: 'Hosting', countries: ['IE'], dpaSignedOn: '2026-01-10', certifications: [{ kind: 'iso27001' as const, expires: '2027-01-01' }], reviewDate: null, activityIds: [] };
const TRANSFER = {
  activityId: NO_ID,
  fromCountry: 'DE',
  toCountry: 'US',
  recipient: 'Support desk',
  gdprMechanism: 'scc' as const,
  piplMechanism: 'none' as const,
  standardContractFiledOn: null,
  volume: 100,
};
const REVIEW = { date: '2026-09-01', attendees: 'Board', inputs: 'Audit results', decisions: 'Approve plan', actions: 'None', nextReviewDate: '2027-09-01' };

/** A schema-valid input for every procedure (a new procedure must be added here). */
function validInputs(dir: string): { [P in ProcedureName]: ProcedureInput<P> } {
  return {
    'app.ping': {},
    'app.info': {},
    'app.settings.get': {},
    'app.settings.update': { theme: 'dark' },
    'workspace.status': {},
    'workspace.recent': {},
    'workspace.forget': { path: join(dir, 'nowhere.custos') },
    'workspace.create': { directory: dir, name: 'Valid', passphrase: PASSPHRASE },
    'workspace.createDemo': { directory: dir, passphrase: PASSPHRASE },
    'workspace.select': { path: join(dir, 'nowhere.custos') },
    'workspace.open': { path: join(dir, 'nowhere.custos'), secret: { kind: 'passphrase', passphrase: PASSPHRASE } },
    'workspace.lock': { reason: 'manual' },
    'workspace.close': {},
    'workspace.confirmRecoveryKey': { recoveryKey: '00000000-00000000-00000000-00000000-00000000-00000000-00000000-00000000' },
    'workspace.changePassphrase': { current: PASSPHRASE, next: 'violet lantern across the quiet harbour' },
    'workspace.rotateKey': { passphrase: PASSPHRASE, jobId: 'job-12345678' },
    'workspace.device.enable': { deviceKey: 'ab'.repeat(32) },
    'workspace.device.disable': {},
    'workspace.overview': {},
    'workspace.verify': {},
    'workspace.settings.get': {},
    'workspace.settings.update': { autoLockMinutes: 10 },
    'organisation.get': {},
    'organisation.update': PROFILE,
    'audit.list': { limit: 10 },
    'audit.verify': {},
    'jobs.cancel': { jobId: 'job-12345678' },

    'controls.list': { framework: 'iso27001' },
    'controls.get': { framework: 'iso27001', controlId: 'A.5.1' },
    'controls.update': { framework: 'iso27001', controlId: 'A.5.1', patch: { status: 'planned' } },
    'frameworks.settings.get': {},
    'frameworks.settings.update': { expiringWithinDays: 45 },
    'soa.get': {},
    'coverage.get': { framework: 'soc2', from: '2025-01-01', to: '2025-06-30' },
    'evidence.files.upload': { name: 'note.txt', base64: Buffer.from('evidence').toString('base64') },
    'evidence.files.list': {},
    'evidence.files.content': { id: '00000000-0000-4000-8000-000000000000' },
    'evidence.files.delete': { id: '00000000-0000-4000-8000-000000000000' },
    'evidence.link': { framework: 'soc2', controlId: 'CC6.1', source: { kind: 'file', fileId: '00000000-0000-4000-8000-000000000000' }, effectiveDate: '2025-01-01' },
    'evidence.unlink': { id: '00000000-0000-4000-8000-000000000000' },
    'evidence.forControl': { framework: 'iso27001', controlId: 'A.8.5' },
    'agenda.list': {},
    'agenda.ics': {},
    'dashboard.summary': {},
    'search.query': { q: 'access' },
    'soa.export': { format: 'xlsx' },
    'workspaceBackup.create': { jobId: 'backup-12345678', folder: join(dir, 'backups') },
    'workspaceBackup.verify': { file: join(dir, 'none.custos-backup') },
    'workspaceBackup.list': {},
    'workspaceBackup.restore': { file: join(dir, 'none.custos-backup'), path: join(dir, 'Restored.custos'), secret: { kind: 'passphrase', passphrase: PASSPHRASE } },
    'workspaceBackup.settings.get': {},
    'workspaceBackup.settings.update': { keep: 5 },
    'inventoryImport.inspect': { source: { kind: 'upload', name: 'register.csv', base64: 'TmFtZQo=' } },
    'inventoryImport.dryRun': { source: { kind: 'upload', name: 'register.csv', base64: 'TmFtZQo=' }, recordType: 'activities' },
    'inventoryImport.commit': { source: { kind: 'upload', name: 'register.csv', base64: 'TmFtZQo=' }, recordType: 'activities', jobId: 'import-12345678' },
    'ropa.export': { format: 'csv' },

    'risks.scales.get': {},
    'risks.scales.update': {
      likelihood: [1, 2, 3, 4, 5].map((value) => ({ value, label: { en: `L${value}`, 'zh-CN': `可能性${value}` } })),
      impact: [1, 2, 3, 4, 5].map((value) => ({ value, label: { en: `I${value}`, 'zh-CN': `影响${value}` } })),
      appetite: 9,
    },
    'risks.list': {},
    'risks.get': { id: NO_ID },
    'risks.create': RISK,
    'risks.update': { id: NO_ID, risk: RISK },
    'risks.delete': { id: NO_ID },
    'risks.accept': { id: NO_ID, acceptedBy: 'Chief Executive', note: 'Within appetite after treatment.' },

    'inventory.systems.list': {},
    'inventory.systems.create': SYSTEM,
    'inventory.systems.update': { id: NO_ID, system: SYSTEM },
    'inventory.systems.delete': { id: NO_ID },
    'inventory.dataCategories.list': {},
    'inventory.dataCategories.create': DATA_CATEGORY,
    'inventory.dataCategories.update': { id: NO_ID, dataCategory: DATA_CATEGORY },
    'inventory.dataCategories.delete': { id: NO_ID },
    'inventory.subjectCategories.list': {},
    'inventory.subjectCategories.create': SUBJECT_CATEGORY,
    'inventory.subjectCategories.update': { id: NO_ID, subjectCategory: SUBJECT_CATEGORY },
    'inventory.subjectCategories.delete': { id: NO_ID },
    'inventory.activities.list': {},
    'inventory.activities.query': { filter: { text: 'x', hasFinding: true }, sort: { key: 'name', direction: 'asc' }, offset: 0, limit: 50 },
    'inventory.activities.get': { id: NO_ID },
    'inventory.activities.create': ACTIVITY,
    'inventory.activities.update': { id: NO_ID, activity: ACTIVITY },
    'inventory.activities.delete': { id: NO_ID },
    'inventory.vendors.list': {},
    'inventory.vendors.create': VENDOR,
    'inventory.vendors.update': { id: NO_ID, vendor: VENDOR },
    'inventory.vendors.delete': { id: NO_ID },
    'inventory.transfers.list': {},
    'inventory.transfers.create': TRANSFER,
    'inventory.transfers.update': { id: NO_ID, transfer: TRANSFER },
    'inventory.transfers.delete': { id: NO_ID },
    'inventory.findings': {},
    'inventory.rules.get': {},
    'inventory.rules.update': { eeaCountries: ['DE', 'FR'], adequateCountries: ['JP'], largeVolumeThreshold: 100_000, maxRetentionMonths: null, categoryRetention: [] },
    'inventory.findings.forControl': { framework: 'iso27001', controlId: 'A.5.34' },
    'assessments.list': {},
    'assessments.get': { id: NO_ID },
    'assessments.create': { kind: 'dpia', activityId: NO_ID, name: 'DPIA of CRM', assessor: 'DPO' },
    'assessments.update': { id: NO_ID, changes: { answers: { dpia_context: 'Customers' }, likelihood: 2 } },
    'assessments.submit': { id: NO_ID },
    'assessments.return': { id: NO_ID },
    'assessments.signOff': { id: NO_ID, signedOffBy: 'Managing director', note: '', reviewDate: '2027-01-01' },
    'assessments.revise': { id: NO_ID },
    'assessments.delete': { id: NO_ID },
    'inventory.findings.ofRecord': { recordType: 'system', id: NO_ID },

    'isms.scope.get': {},
    'isms.scope.update': { statement: 'All SaaS operations.', boundaries: 'Dublin office', exclusions: '', interestedParties: 'Customers' },
    'objectives.list': {},
    'objectives.create': OBJECTIVE,
    'objectives.update': { id: NO_ID, objective: OBJECTIVE },
    'objectives.delete': { id: NO_ID },
    'audits.list': {},
    'audits.get': { id: NO_ID },
    'audits.create': AUDIT,
    'audits.update': { id: NO_ID, audit: AUDIT },
    'audits.delete': { id: NO_ID },
    'findings.create': { auditId: NO_ID, type: 'observation', reference: 'A.8.13', description: 'Restore test overdue.', owner: 'IT', status: 'open' },
    'findings.update': { id: NO_ID, finding: { auditId: NO_ID, type: 'observation', reference: 'A.8.13', description: 'Restore test overdue.', owner: 'IT', status: 'open' } },
    'findings.delete': { id: NO_ID },
    'actions.list': {},
    'actions.create': ACTION,
    'actions.update': { id: NO_ID, action: ACTION },
    'actions.delete': { id: NO_ID },
    'reviews.list': {},
    'reviews.create': REVIEW,
    'reviews.update': { id: NO_ID, review: REVIEW },
    'reviews.delete': { id: NO_ID },

    'requests.types': {},
    'requests.settings.get': {},
    'requests.settings.update': { redactionRetentionMonths: 24 },
    'requests.calendars.get': { year: 2026 },
    'requests.calendars.update': { year: 2026, region: 'china', holidays: ['2026-01-01'], workedWeekendDays: ['2026-01-04'] },
    'requests.calendars.reset': { year: 2026, region: 'california' },
    'requests.list': {},
    'requests.get': { id: NO_ID },
    'requests.create': {
      receivedAt: '2026-03-02T09:00:00Z',
      channel: 'email',
      law: 'gdpr',
      type: 'access',
      language: 'en',
      requesterName: 'Jane Roe',
      requesterContact: 'jane@example.com',
      relationship: 'self',
      subjectCategoryId: null,
      details: '',
    },
    'requests.verification.add': { id: NO_ID, method: 'email_confirmation', performedOn: '2026-03-03', outcome: 'passed', note: '' },
    'requests.systems.update': { id: NO_ID, systemId: NO_ID, searched: true, found: false, actionTaken: '', doneBy: 'IT', doneOn: '2026-03-04' },
    'requests.systems.sync': { id: NO_ID },
    'requests.confirmReceipt': { id: NO_ID, sentAt: '2026-03-02T10:00:00Z', letter: '' },
    'requests.extend': { id: NO_ID, reason: 'Complex request', noticeSentAt: '2026-03-10T10:00:00Z', letter: '' },
    'requests.respond': { id: NO_ID, respondedAt: '2026-03-20T10:00:00Z', letter: 'Your data is attached.' },
    'requests.refuse': { id: NO_ID, reason: 'identity_not_verified', explanation: 'No reply to the verification e-mail.', refusedAt: '2026-03-20T10:00:00Z', letter: '' },
    'requests.withdraw': { id: NO_ID, withdrawnAt: '2026-03-05T10:00:00Z', note: '' },
    'requests.close': { id: NO_ID },
    'requests.redact': { id: NO_ID },
    'requests.letters.draft': { id: NO_ID, kind: 'acknowledgement' },
    'requests.complaints.list': {},
    'requests.complaints.create': { kind: 'complaint', receivedOn: '2026-03-01', channel: 'email', topic: 'marketing', summary: 'Unwanted e-mails.', resolution: '', closedOn: null },
    'requests.complaints.update': {
      id: NO_ID,
      complaint: { kind: 'inquiry', receivedOn: '2026-03-01', channel: 'phone', topic: 'data_use', summary: 'Question about analytics.', resolution: 'Explained.', closedOn: '2026-03-02' },
    },
    'requests.complaints.delete': { id: NO_ID },

    'incidents.list': {},
    'incidents.get': { id: NO_ID },
    'incidents.create': { title: 'Laptop stolen', description: '', detectedAt: '2026-03-01T09:00:00Z', becameAwareAt: '2026-03-01T10:00:00Z', reporter: 'IT', severity: 'medium', systemIds: [], personalDataBreach: false, estimatedPeople: null, estimatedRecords: null, californiaResidents: null, highRisk: null, riskReasoning: '', exemption: null, exemptionReasoning: '', effects: '', remedialAction: '' },
    'incidents.update': { id: NO_ID, incident: { title: 'Laptop stolen', description: '', detectedAt: '2026-03-01T09:00:00Z', becameAwareAt: '2026-03-01T10:00:00Z', reporter: 'IT', severity: 'medium', systemIds: [], personalDataBreach: false, estimatedPeople: null, estimatedRecords: null, californiaResidents: null, highRisk: null, riskReasoning: '', exemption: null, exemptionReasoning: '', effects: '', remedialAction: '' } },
    'incidents.setStatus': { id: NO_ID, status: 'contained' },
    'incidents.timeline.add': { id: NO_ID, at: '2026-03-01T11:00:00Z', actor: 'IT', action: 'Wiped the laptop remotely' },
    'incidents.notifications.record': { id: NO_ID, law: 'gdpr', key: 'notify_authority', sentAt: '2026-03-02T10:00:00Z', content: '', reference: 'DPC-1' },
    'incidents.notifications.notNeeded': { id: NO_ID, law: 'gdpr', key: 'notify_subjects', reason: 'Art 34(3)(a): the disk was encrypted' },
    'incidents.notifications.clear': { id: NO_ID, law: 'gdpr', key: 'notify_authority' },
    'incidents.evidence.link': { id: NO_ID, fileId: NO_ID },
    'incidents.evidence.unlink': { id: NO_ID, fileId: NO_ID },
    'incidents.checklist.choose': { id: NO_ID, runbookId: NO_ID },
    'incidents.checklist.tick': { id: NO_ID, stepId: NO_ID, personId: null, doneBy: 'IT lead', doneAt: '2026-03-01T11:00:00Z', note: '' },
    'incidents.checklist.skip': { id: NO_ID, stepId: NO_ID, personId: null, doneBy: 'IT lead', reason: 'No backups involved' },
    'incidents.checklist.reopen': { id: NO_ID, stepId: NO_ID },
    'incidents.letters.draft': { id: NO_ID, kind: 'gdpr_authority' },
    'incidents.review.save': { id: NO_ID, review: { rootCause: 'Phishing', contributingFactors: '', lessonsLearned: 'Enforce MFA', wentWell: '', reviewedBy: 'DPO', reviewedAt: '2026-03-05T10:00:00Z' } },
    'incidents.actions.add': { id: NO_ID, action: { description: 'Enforce MFA', owner: 'IT', dueDate: '2026-04-01', status: 'open' } },
    'incidents.actions.update': { id: NO_ID, actionId: NO_ID, action: { description: 'Enforce MFA', owner: 'IT', dueDate: '2026-04-01', status: 'done' } },
    'incidents.figures': {},
    'incidents.register': {},
    'incidents.register.export': { format: 'csv' },

    'policies.templates': {},
    'policies.list': {},
    'policies.get': { id: 'information-security-policy' },
    'policies.create': { title: 'Information Security Policy', kind: 'policy', language: 'en', owner: 'CISO', templateId: 'information-security-policy' },
    'policies.update': { id: NO_ID, policy: { title: 'Information Security Policy', owner: 'CISO', reviewCycleMonths: 12, nextReviewDate: null } },
    'policies.delete': { id: NO_ID },
    'policies.versions.get': { policyId: NO_ID, versionId: NO_ID },
    'policies.draft.start': { policyId: NO_ID },
    'policies.draft.save': { policyId: NO_ID, versionId: NO_ID, markdown: '# Policy\n' },
    'policies.draft.discard': { policyId: NO_ID, versionId: NO_ID },
    'policies.submit': { policyId: NO_ID, versionId: NO_ID },
    'policies.returnToDraft': { policyId: NO_ID, versionId: NO_ID, note: 'Add a scope section' },
    'policies.approve': { policyId: NO_ID, versionId: NO_ID, approver: 'Chief Executive' },
    'policies.publish': { policyId: NO_ID, versionId: NO_ID },
    'policies.retire': { policyId: NO_ID, reason: 'Replaced' },
    'policies.redline': { policyId: NO_ID, fromVersionId: NO_ID, toVersionId: NO_ID },
    'policies.completeness': { policyId: NO_ID, versionId: NO_ID },
    'policies.notice.drift': { policyId: NO_ID },
    'policies.notice.regenerate': { policyId: NO_ID },
    'policies.export': { policyId: NO_ID, format: 'md' },
    'policies.redline.export': { policyId: NO_ID, fromVersionId: NO_ID, toVersionId: NO_ID },
    'policies.acknowledgements.list': { policyId: NO_ID },
    'policies.acknowledge': { policyId: NO_ID, versionId: NO_ID, personIds: [NO_ID] },
    'policies.acknowledgements.export': { policyId: NO_ID, format: 'csv' },
    'people.list': {},
    'training.people.list': {},
    'training.people.create': { name: 'Ana Pérez', email: '', department: 'Sales', role: 'Account manager', startDate: '2026-01-05', leaveDate: null, managerId: null },
    'training.people.update': { id: NO_ID, person: { name: 'Ana Pérez', email: '', department: 'Sales', role: '', startDate: null, leaveDate: null, managerId: null } },
    'training.people.delete': { id: NO_ID },
    'training.courses.list': {},
    'training.courses.create': {
      title: 'Security awareness',
      kind: 'security_awareness',
      description: '',
      audience: { allStaff: true, departments: [], roles: [], newJoinersWithinDays: null },
      schedule: { kind: 'after_completion', every: { months: 12 } },
      passingScore: 80,
      materials: [],
    },
    'training.courses.update': {
      id: NO_ID,
      course: { title: 'Privacy', kind: 'privacy', description: '', audience: { allStaff: false, departments: ['Sales'], roles: [], newJoinersWithinDays: 30 }, schedule: { kind: 'after_completion', every: { months: 24 } }, passingScore: null, materials: [] },
    },
    'training.courses.delete': { id: NO_ID },
    'training.assignments.generate': {},
    'training.assignments.list': { state: 'overdue' },
    'training.completions.record': { personId: NO_ID, courseId: NO_ID, completedOn: '2026-01-10', score: 90, evidenceFileId: null, certificateRef: '' },
    'training.completions.list': {},
    'training.rates': {},
    'runbooks.templates': {},
    'runbooks.list': {},
    'runbooks.get': { id: NO_ID },
    'runbooks.create': { owner: 'CISO', language: 'en', templateId: 'ransomware' },
    'runbooks.update': { id: NO_ID, title: 'Ransomware', owner: 'CISO' },
    'runbooks.delete': { id: NO_ID },
    'runbooks.versions.get': { runbookId: NO_ID, versionId: NO_ID },
    'runbooks.draft.start': { runbookId: NO_ID },
    'runbooks.draft.save': { runbookId: NO_ID, versionId: NO_ID, content: { scope: '', roles: [], steps: [], contacts: [] } },
    'runbooks.draft.discard': { runbookId: NO_ID, versionId: NO_ID },
    'runbooks.approve': { runbookId: NO_ID, versionId: NO_ID, approver: 'Chief Executive' },
    'runbooks.checklist': { runbookId: NO_ID },
    'runbooks.drills.list': {},
    'runbooks.drills.get': { id: NO_ID },
    'runbooks.drills.create': { runbookId: NO_ID, versionId: NO_ID, heldOn: '2026-01-10', kind: 'tabletop', scenario: 'Ransomware on file servers', participantIds: [], externalParticipants: [], timings: [], findings: [], summary: '' },
    'runbooks.drills.update': { id: NO_ID, drill: { runbookId: NO_ID, versionId: NO_ID, heldOn: '2026-01-10', kind: 'live', scenario: 'Lost laptop', participantIds: [], externalParticipants: [], timings: [], findings: [], summary: '' } },
    'runbooks.drills.delete': { id: NO_ID },
    'training.rates.monthly': {},
    'trainingImport.inspect': { source: { kind: 'upload', name: 'people.csv', base64: 'TmFtZQo=' } },
    'trainingImport.dryRun': { source: { kind: 'upload', name: 'people.csv', base64: 'TmFtZQo=' }, kind: 'people' },
    'trainingImport.commit': { source: { kind: 'upload', name: 'people.csv', base64: 'TmFtZQo=' }, kind: 'people', jobId: 'training-12345678' },
    'training.rates.history': { by: 'department' },
    'backups.jobs.list': {},
    'backups.jobs.get': { id: NO_ID },
    'backups.jobs.create': { systemId: null, name: 'Nightly', type: 'full', schedule: { kind: 'calendar', rrule: 'FREQ=DAILY', tzid: 'UTC', start: '2026-01-01T01:00' }, runsPerDay: 1, fullSchedule: null, retentionDays: 30, retentionCopies: null, medium: 'object_storage', location: 'cloud', country: 'IE', encrypted: true, encryptionMethod: 'AES-256', immutable: true, offline: false, rpoHours: 24, rtoHours: 4, restoreMinutesPerSet: 30, owner: 'IT', notes: '' },
    'backups.jobs.update': { id: NO_ID, job: { systemId: null, name: 'Nightly', type: 'full', schedule: { kind: 'after_completion', every: { days: 1 } }, runsPerDay: 24, fullSchedule: null, retentionDays: null, retentionCopies: 7, medium: 'tape', location: 'off_site', country: '', encrypted: false, encryptionMethod: '', immutable: false, offline: true, rpoHours: null, rtoHours: null, restoreMinutesPerSet: null, owner: '', notes: '' } },
    'backups.jobs.delete': { id: NO_ID },
    'backups.restoreTests.list': {},
    'backups.restoreTests.get': { id: NO_ID },
    'backups.restoreTests.create': { testedOn: '2026-01-10', systemId: null, backupJobId: null, result: 'fail', restoreMinutes: 90, dataVerified: 'Row counts', evidenceFileId: null, notes: '', followUps: [{ description: 'Fix the restore script', owner: 'IT', dueDate: '2026-02-01', status: 'open' }] },
    'backups.restoreTests.update': { id: NO_ID, test: { testedOn: '2026-01-10', systemId: null, backupJobId: null, result: 'pass', restoreMinutes: null, dataVerified: '', evidenceFileId: null, notes: '', followUps: [] } },
    'backups.restoreTests.delete': { id: NO_ID },
    'backups.followUps.setStatus': { id: NO_ID, status: 'done' },
    'backups.systems.list': {},
    'backups.systems.setCadence': { systemId: null, months: 6 },
    'backups.checks': {},
    'packs.preview': { framework: 'soc2', from: '2026-01-01', to: '2026-06-30', locale: 'en', redact: false },
    'packs.export': { jobId: 'pack-12345678', framework: 'iso27001', locale: 'zh-CN', redact: true, recipient: 'Auditor', file: join(dir, 'pack.zip') },
    'packs.history': {},
    'packs.verify': { file: join(dir, 'none.zip') },
    'packs.signingKey': {},
  };
}

function expectEnvelope(envelope: Envelope<unknown>, context: string): void {
  expect(typeof envelope.ok, context).toBe('boolean');
  if (envelope.ok) {
    expect(Object.keys(envelope).sort(), context).toEqual(['ok', 'value']);
  } else {
    expect(ERROR_CODES, context).toContain(envelope.error.code);
    expect(typeof envelope.error.message, context).toBe('string');
    // Nothing the caller sends should make the backend fail unexpectedly.
    expect(envelope.error.code, `${context}: ${envelope.error.message}`).not.toBe('INTERNAL');
  }
}

function issuesOf(error: { details?: Record<string, unknown> }): InputIssue[] {
  return (error.details?.issues ?? []) as InputIssue[];
}

let t: TestBackend;
let workspacePath = '';
let recoveryKey = '';

beforeAll(() => {
  t = testBackend();
});

afterAll(async () => {
  await t?.cleanup();
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('procedure names', () => {
  it.each(['no.such.procedure', '', 'APP.PING', 'app.ping/', '__proto__', 'constructor', 'toString', 'hasOwnProperty', 'x'.repeat(10_000)])(
    'unknown %j → UNKNOWN_PROCEDURE envelope',
    async (name) => {
      const envelope = await t.backend.invoke(name, {});
      expect(envelope.ok).toBe(false);
      if (!envelope.ok) {
        expect(envelope.error.code).toBe('UNKNOWN_PROCEDURE');
        expect(envelope.error.message.length).toBeLessThan(200);
      }
    },
  );

  it('a non-string procedure name → UNKNOWN_PROCEDURE, not a throw', async () => {
    for (const name of [undefined, null, 42, {}, ['app.ping'], Object.create(null), Symbol('app.ping')]) {
      const envelope = await t.backend.invoke(name as unknown as string, {});
      expect(envelope).toMatchObject({ ok: false, error: { code: 'UNKNOWN_PROCEDURE' } });
    }
  });
});

describe('input validation', () => {
  it.each<[string, unknown]>([
    ['a string', 'legalName'],
    ['an array', [PROFILE]],
    ['a number', 7],
    ['true', true],
  ])('%s instead of an object → INVALID_INPUT at the root', async (_label, input) => {
    const error = await t.fail('organisation.update', input);
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.details?.procedure).toBe('organisation.update');
    expect(issuesOf(error)).toEqual([expect.objectContaining({ path: [], code: 'invalid_type' })]);
  });

  it('null for an input with required fields → INVALID_INPUT naming them', async () => {
    const error = await t.fail('workspace.create', null);
    expect(error.code).toBe('INVALID_INPUT');
    const paths = issuesOf(error).map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['directory', 'name', 'passphrase']));
  });

  it('missing fields are named one by one', async () => {
    const { legalName: _l, jurisdictions: _j, ...partial } = PROFILE;
    const error = await t.fail('organisation.update', partial);
    expect(error.code).toBe('INVALID_INPUT');
    expect(issuesOf(error).map((i) => i.path)).toEqual(expect.arrayContaining([['legalName'], ['jurisdictions']]));
    expect(issuesOf(error)).toHaveLength(2);
  });

  it('wrong types name the field, including nested ones', async () => {
    const error = await t.fail('organisation.update', { ...PROFILE, employeeCount: 'twelve', jurisdictions: ['gdpr', 'mars'] });
    expect(issuesOf(error).map((i) => i.path)).toEqual(expect.arrayContaining([['employeeCount'], ['jurisdictions', 1]]));
    const open = await t.fail('workspace.open', { path: '/x', secret: { kind: 'passphrase', passphrase: 42 } });
    expect(issuesOf(open).map((i) => i.path)).toEqual([['secret', 'passphrase']]);
    const badKind = await t.fail('workspace.open', { path: '/x', secret: { kind: 'telepathy' } });
    expect(issuesOf(badKind)[0]!.path).toEqual(['secret', 'kind']);
  });

  it('extra keys on strict schemas → INVALID_INPUT whose path names each key', async () => {
    const ping = await t.fail('app.ping', { extra: 1 });
    expect(ping.code).toBe('INVALID_INPUT');
    expect(issuesOf(ping)).toEqual([expect.objectContaining({ path: ['extra'], code: 'unrecognized_keys' })]);

    const org = await t.fail('organisation.update', { ...PROFILE, isAdmin: true, role: 'owner' });
    expect(issuesOf(org).map((i) => i.path)).toEqual([['isAdmin'], ['role']]);
  });

  it('a "__proto__" key from JSON is refused, not merged into the input', async () => {
    const input: unknown = JSON.parse('{"__proto__": {"polluted": true}}');
    const error = await t.fail('app.ping', input);
    expect(error.code).toBe('INVALID_INPUT');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('field constraints are applied (lengths, ranges, formats)', async () => {
    expect(issuesOf(await t.fail('organisation.update', { ...PROFILE, legalName: '   ' })).map((i) => i.path)).toEqual([['legalName']]);
    expect(issuesOf(await t.fail('organisation.update', { ...PROFILE, country: 'Germany' })).map((i) => i.path)).toEqual([['country']]);
    expect(issuesOf(await t.fail('organisation.update', { ...PROFILE, dpoEmail: 'not-an-email' })).map((i) => i.path)).toEqual([['dpoEmail']]);
    expect(issuesOf(await t.fail('organisation.update', { ...PROFILE, privacyEmail: 'privacy at example' })).map((i) => i.path)).toEqual([['privacyEmail']]);
    expect(issuesOf(await t.fail('organisation.update', { ...PROFILE, piplOfficerEmail: 'x@' })).map((i) => i.path)).toEqual([['piplOfficerEmail']]);
    expect(issuesOf(await t.fail('workspace.settings.update', { autoLockMinutes: -1 })).map((i) => i.path)).toEqual([['autoLockMinutes']]);
    expect(issuesOf(await t.fail('workspace.settings.update', { autoLockMinutes: 1.5 })).map((i) => i.path)).toEqual([['autoLockMinutes']]);
    expect(issuesOf(await t.fail('audit.list', { limit: 501 })).map((i) => i.path)).toEqual([['limit']]);
    expect(issuesOf(await t.fail('jobs.cancel', { jobId: 'short' })).map((i) => i.path)).toEqual([['jobId']]);
    expect(issuesOf(await t.fail('workspace.device.enable', { deviceKey: 'AB'.repeat(32) })).map((i) => i.path)).toEqual([['deviceKey']]);
  });

  it.each(['a/b', 'a\\b', 'a:b', 'a*b', 'a?b', 'a"b', 'a<b', 'a>b', 'a|b', 'tab\there', 'nul\u0000'])(
    'workspace.create with name %j → INVALID_INPUT on path ["name"]',
    async (name) => {
      const error = await t.fail('workspace.create', { directory: t.dir, name, passphrase: PASSPHRASE });
      expect(error.code).toBe('INVALID_INPUT');
      expect(issuesOf(error).map((i) => i.path)).toEqual([['name']]);
    },
  );

  it('validation comes before the lock check: bad input to a locked procedure is INVALID_INPUT', async () => {
    expect((await t.fail('organisation.update', { legalName: 1 })).code).toBe('INVALID_INPUT');
  });
});

describe('lock state', () => {
  it('every workspace procedure answers WORKSPACE_LOCKED while no workspace is open', async () => {
    expect((await t.call('workspace.status', {})).state).toBe('closed');
    const inputs = validInputs(t.dir);
    const guarded = PROCEDURE_NAMES.filter((name) => procedures[name].permission !== 'public');
    expect(guarded.length).toBeGreaterThan(8);
    for (const name of guarded) {
      const error = await t.fail(name, inputs[name]);
      expect(error.code, name).toBe('WORKSPACE_LOCKED');
      expect(error.details?.procedure, name).toBe(name);
    }
  });

  it('creates a workspace; passphrase policy is enforced first', async () => {
    const short = await t.fail('workspace.create', { directory: t.dir, name: 'Weak', passphrase: 'short' });
    expect(short.code).toBe('PASSPHRASE_TOO_SHORT');
    expect(short.details).toMatchObject({ minLength: 12 });
    const weak = await t.fail('workspace.create', { directory: t.dir, name: 'Weak', passphrase: 'password1234' });
    expect(weak.code).toBe('PASSPHRASE_TOO_WEAK');
    expect(weak.details).toMatchObject({ minScore: 2 });
    const repeated = await t.fail('workspace.create', { directory: t.dir, name: 'Weak', passphrase: 'aaaaaaaaaaaa' });
    expect(repeated.code).toBe('PASSPHRASE_TOO_WEAK');
    // The workspace name counts against the passphrase.
    const named = await t.fail('workspace.create', { directory: t.dir, name: 'Bluebird Holdings', passphrase: 'Bluebird Holdings' });
    expect(named.code).toBe('PASSPHRASE_TOO_WEAK');
    expect((await t.call('workspace.recent', {})).length).toBe(0);

    const created = await t.call('workspace.create', { directory: t.dir, name: 'Dispatch', passphrase: PASSPHRASE });
    workspacePath = created.path;
    recoveryKey = created.recoveryKey;
    expect(created.status.state).toBe('unlocked');
    await t.call('organisation.update', PROFILE);
  });

  it('after lock, workspace procedures answer WORKSPACE_LOCKED again; public ones still work', async () => {
    await t.call('workspace.lock', { reason: 'manual' });
    const inputs = validInputs(t.dir);
    for (const name of ['organisation.get', 'organisation.update', 'audit.list', 'audit.verify', 'workspace.overview', 'workspace.settings.update'] as const) {
      expect((await t.fail(name, inputs[name])).code, name).toBe('WORKSPACE_LOCKED');
    }
    expect(await t.call('app.ping', {})).toEqual({ pong: true });
    expect(await t.call('workspace.status', {})).toMatchObject({ state: 'locked', path: workspacePath });
    await t.call('workspace.open', { path: workspacePath, secret: { kind: 'recovery', recoveryKey } });
  });
});

describe('permissions', () => {
  it('a viewer may read but not change', async () => {
    const read = await t.backend.invoke('organisation.get', {}, VIEWER);
    expect(read).toEqual({ ok: true, value: PROFILE });
    expect((await t.backend.invoke('audit.verify', {}, VIEWER)).ok).toBe(true);
    expect((await t.backend.invoke('workspace.overview', {}, VIEWER)).ok).toBe(true);
    expect((await t.backend.invoke('app.ping', {}, VIEWER)).ok).toBe(true);

    const write = await t.backend.invoke('organisation.update', { ...PROFILE, legalName: 'Changed by viewer' }, VIEWER);
    expect(write).toMatchObject({ ok: false, error: { code: 'FORBIDDEN', details: { procedure: 'organisation.update' } } });
    expect(await t.call('organisation.get', {})).toEqual(PROFILE);
  });

  it('a viewer gets FORBIDDEN for every write and key procedure', async () => {
    const inputs = validInputs(t.dir);
    const restricted = PROCEDURE_NAMES.filter((name) => ['workspace.write', 'workspace.keys'].includes(procedures[name].permission));
    expect(restricted).toEqual(expect.arrayContaining(['organisation.update', 'workspace.settings.update', 'workspace.rotateKey', 'workspace.changePassphrase']));
    for (const name of restricted) {
      const envelope = await t.backend.invoke(name, inputs[name], VIEWER);
      expect(envelope.ok, name).toBe(false);
      if (!envelope.ok) expect(envelope.error.code, name).toBe('FORBIDDEN');
    }
    const events = await t.call('audit.list', { limit: 100 });
    expect(events.every((e) => e.actor !== 'v')).toBe(true);
  });

  it("the actor's id is recorded in the trail", async () => {
    const envelope = await t.backend.invoke('workspace.settings.update', { autoLockMinutes: 7 }, { actor: { id: 'olivia', role: 'owner' } });
    expect(envelope.ok).toBe(true);
    const [latest] = await t.call('audit.list', { limit: 1 });
    expect(latest).toMatchObject({ actor: 'olivia', procedure: 'workspace.settings.update' });
  });
});

describe('internal errors', () => {
  it('a damaged record reaching a handler becomes INTERNAL without leaking details', async () => {
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const db = openSqlCipher(join(workspacePath, 'workspace.db'), recoveryKey.replace(/-/g, ''));
    try {
      db.prepare("UPDATE organisation_profile SET jurisdictions = '[secret-token-xyz' WHERE id = 1").run();
      const envelope = await t.backend.invoke('organisation.get', {});
      expect(envelope).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'an unexpected error occurred' } });
      expect(JSON.stringify(envelope)).not.toContain('secret-token-xyz');

      // A value that parses but breaks the output contract is caught too.
      db.prepare('UPDATE organisation_profile SET jurisdictions = \'["mars"]\' WHERE id = 1').run();
      const invalid = await t.backend.invoke('organisation.get', {});
      expect(invalid).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'the backend produced an unexpected result' } });
      expect(JSON.stringify(invalid)).not.toContain('mars');
      db.prepare('UPDATE organisation_profile SET jurisdictions = \'["gdpr"]\' WHERE id = 1').run();
    } finally {
      db.close();
    }
    const logged = stderr.mock.calls.map((c) => String(c[0])).join('');
    expect(logged).toContain('organisation.get');
    expect(logged).not.toContain('secret-token-xyz');
    expect(await t.call('organisation.get', {})).toEqual(PROFILE);
  });

  it.each<[string, unknown]>([
    ['an Error', new Error('db password is hunter2 at /home/alice/secret.custos')],
    ['a TypeError', new TypeError('cannot read hunter2')],
    ['a string', 'hunter2'],
    ['null', null],
    ['undefined', undefined],
    ['an object', { code: 'SQLITE_CORRUPT', message: 'hunter2' }],
  ])('a handler throwing %s → INTERNAL with a generic message', async (_label, thrown) => {
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const handlers = new Proxy({} as Handlers, {
      get: () => () => {
        throw thrown;
      },
    });
    const dispatch = createDispatcher(handlers, { isUnlocked: () => true, isBusy: () => false });
    const envelope = await dispatch('organisation.get', {}, { id: 'owner', role: 'owner' });
    expect(envelope).toEqual({ ok: false, error: { code: 'INTERNAL', message: 'an unexpected error occurred' } });
    expect(JSON.stringify(envelope)).not.toContain('hunter2');
    const logged = stderr.mock.calls.map((c) => String(c[0])).join('');
    expect(logged).not.toContain('hunter2');
  });

  it('a handler returning the wrong shape → INTERNAL', async () => {
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const handlers = new Proxy({} as Handlers, { get: () => () => ({ pong: 'yes' }) });
    const dispatch = createDispatcher(handlers, { isUnlocked: () => true, isBusy: () => false });
    expect(await dispatch('app.ping', {}, { id: 'owner', role: 'owner' })).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });

  it('a busy workspace answers BUSY to workspace procedures and runs public ones', async () => {
    const handlers = new Proxy({} as Handlers, { get: () => () => ({ pong: true }) });
    const dispatch = createDispatcher(handlers, { isUnlocked: () => true, isBusy: () => true });
    expect(await dispatch('audit.verify', {}, { id: 'owner', role: 'owner' })).toMatchObject({ ok: false, error: { code: 'BUSY' } });
    expect(await dispatch('app.ping', {}, { id: 'owner', role: 'owner' })).toEqual({ ok: true, value: { pong: true } });
  });
});

describe('every procedure is dispatchable', () => {
  const GARBAGE: unknown[] = [{}, null, undefined, 'text', [], 0, false, { unexpected: true }];

  it('with an unlocked workspace: every name with every kind of garbage returns an envelope', async () => {
    expect((await t.call('workspace.status', {})).state).toBe('unlocked');
    for (const name of PROCEDURE_NAMES) {
      for (const input of GARBAGE) {
        const envelope = await t.backend.invoke(name, input);
        expectEnvelope(envelope, `${name}(${JSON.stringify(input)})`);
      }
    }
  });

  it('with no workspace open: the same', async () => {
    await t.call('workspace.close', {});
    for (const name of PROCEDURE_NAMES) {
      for (const input of GARBAGE) {
        const envelope = await t.backend.invoke(name, input);
        expectEnvelope(envelope, `${name}(${JSON.stringify(input)})`);
      }
    }
  });

  it('as a viewer: the same', async () => {
    for (const name of PROCEDURE_NAMES) {
      for (const input of [{}, null]) expectEnvelope(await t.backend.invoke(name, input, VIEWER), `${name} as viewer`);
    }
  });
});
