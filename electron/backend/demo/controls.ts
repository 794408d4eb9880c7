// The demo organisation's controls and evidence: the Statement of Applicability for a cloud-only
// health-analytics SaaS (almost every Annex A control applicable, with reasons; four excluded with
// justifications), mixed implementation statuses, owners and review dates (some overdue), and a few
// small evidence files linked with effective and expiry dates (some expired, some expiring).
import { createHash, randomUUID } from 'node:crypto';
import type { Actor, ImplementationStatus, InclusionReason, ProcedureParsedInput } from '../../../shared/contract';
import { fileSummary, insertFile, insertLink, linkSummary } from '../evidence/evidence-queries';
import { sniffFileType } from '../evidence/file-type-sniff';
import { addDays } from '../frameworks/calendar-dates';
import { updateControl } from '../frameworks/controls-procedures';
import { catalogEntries } from '../frameworks/controls-queries';
import { formatRef } from '../isms/record-sequences';
import { indexRecord } from '../search/search-index';
import type { ChangeTx, WorkspaceDb } from '../workspace/workspace-db';
import { minimalPdf, textFile } from './demo-files';
import { PEOPLE } from './people';
import { DEMO_RISKS } from './risks';

/** Annex A controls Meridian excludes, with the justification the SoA prints. */
export const DEMO_EXCLUSIONS: Readonly<Record<string, string>> = {
  'A.7.6':
    'Meridian has no secure areas: the offices hold no servers, media stores or network rooms, and production runs in AWS, whose data-centre controls are relied on through A.5.23.',
  'A.7.11':
    'No information processing facilities on our premises: production and corporate systems are cloud services whose power and cooling are the providers’ responsibility (assessed under A.5.23); the offices use the landlords’ building services.',
  'A.7.12':
    'No cabling we own carries information to processing facilities: the offices are serviced floors with landlord-managed cabling, and every system is reached over encrypted connections (A.8.20, A.8.24).',
  'A.8.30': 'All software is developed in-house by Meridian employees; no development is outsourced. To be re-assessed before any development contractor is engaged.',
};

const STATUS: Readonly<Record<string, ImplementationStatus>> = {
  'A.5.7': 'in_progress',
  'A.5.14': 'in_progress',
  'A.5.22': 'in_progress',
  'A.8.11': 'in_progress',
  'A.8.12': 'in_progress',
  'A.8.15': 'in_progress',
  'A.8.14': 'planned',
  'A.8.16': 'planned',
  'A.8.34': 'planned',
  'A.5.6': 'not_started',
  'A.8.23': 'not_started',
};

const NOTES: Readonly<Record<string, string>> = {
  'A.5.14': 'EU SCCs for transfers to the US and China entities; CAC standard contract for China → Ireland support data.',
  'A.5.22': 'Two critical supplier reviews are overdue: see internal audit finding F-001.',
  'A.5.34': 'Records of processing, DPIAs and PIPIAs kept in Custos; the DPO signs off new processing.',
  'A.8.7': 'EDR agent on every laptop and server; alerts go to the on-call engineer.',
  'A.8.13': 'Nightly snapshots copied to a separate AWS account with a 35-day object lock; restore tested every quarter.',
  'A.8.15': 'API gateway logs kept 30 days; being raised to the 90 days of the logging standard (finding F-002).',
  'A.8.24': 'TLS 1.2 or later in transit; AES-256 at rest with per-customer KMS keys; full-disk encryption on laptops.',
};

const LEGAL = new Set(['A.5.5', 'A.5.14', 'A.5.31', 'A.5.32', 'A.5.33', 'A.5.34', 'A.6.1', 'A.8.10', 'A.8.11']);
const CONTRACTUAL = new Set(['A.5.19', 'A.5.20', 'A.5.21', 'A.5.22', 'A.5.23', 'A.5.24', 'A.5.30', 'A.6.6', 'A.8.13', 'A.8.14', 'A.8.15']);

function ownerOf(controlId: string): string {
  const [, theme, number] = /^A\.(\d)\.(\d+)$/.exec(controlId)?.map(Number) ?? [];
  if (theme === 5) {
    if (number !== undefined && number >= 19 && number <= 23) return PEOPLE.counsel;
    if (number === 31 || number === 32) return PEOPLE.counsel;
    if (number === 33 || number === 34) return PEOPLE.dpo;
    if (number !== undefined && ((number >= 9 && number <= 11) || (number >= 15 && number <= 18))) return PEOPLE.itOps;
    return PEOPLE.ciso;
  }
  if (theme === 6) return number === 7 || number === 8 ? PEOPLE.ciso : PEOPLE.peopleOps;
  if (theme === 7) return PEOPLE.itOps;
  if (number === 1) return PEOPLE.itOps;
  if (number === 4 || (number !== undefined && number >= 25 && number <= 33)) return PEOPLE.vpEngineering;
  return PEOPLE.platform;
}

/** The demo risks (R-001 …, in DEMO_RISKS order) that name each control as treatment. */
function treatingRefs(): Map<string, string[]> {
  const refs = new Map<string, string[]>();
  DEMO_RISKS.forEach(({ risk }, index) => {
    for (const controlId of risk.controls) refs.set(controlId, [...(refs.get(controlId) ?? []), formatRef('R-', index + 1)]);
  });
  return refs;
}

function inclusion(controlId: string, risks: readonly string[]): { reasons: InclusionReason[]; justification: string } {
  const reasons: InclusionReason[] = [];
  const why: string[] = [];
  if (risks.length > 0) {
    reasons.push('risk_treatment');
    why.push(`Treats ${risks.join(', ')}.`);
  }
  if (LEGAL.has(controlId)) {
    reasons.push('legal');
    why.push('Required to meet GDPR, CCPA and PIPL obligations.');
  }
  if (CONTRACTUAL.has(controlId)) {
    reasons.push('contractual');
    why.push('Required by customer contracts and data processing agreements.');
  }
  if (reasons.length === 0) {
    reasons.push('business');
    why.push('Good practice for a SaaS provider processing health data.');
  }
  return { reasons, justification: why.join(' ') };
}

interface DemoFile {
  name: string;
  note: string;
  content: Buffer;
  links: { controlId: string; effective: number; expiry: number | null }[];
}

const files = (): DemoFile[] => [
  {
    name: 'information-security-policy-v3.pdf',
    note: 'Approved by the CEO; version 3.',
    content: minimalPdf([
      'Meridian Health Analytics Ltd',
      'Information Security Policy - version 3',
      '',
      '1. Purpose: protect the confidentiality, integrity and availability of customer and patient data.',
      '2. Scope: all staff, contractors, systems and offices (Dublin, San Francisco, Shanghai).',
      '3. Roles: the CISO owns this policy; every manager is accountable for their team.',
      'Approved by: Ciaran Walsh, Chief Executive Officer',
    ]),
    links: [
      { controlId: 'A.5.1', effective: -200, expiry: 165 },
      { controlId: 'A.5.2', effective: -200, expiry: 165 },
    ],
  },
  {
    name: 'restore-test-production-db.txt',
    note: 'Quarterly restore test of the production database.',
    content: textFile([
      'Restore test - production PostgreSQL cluster',
      'Snapshot restored into an isolated account; row counts and checksums compared.',
      'Result: restored in 2 h 40 min (objective 4 h). Passed.',
      'Tested by: Daniel Okafor',
    ]),
    links: [{ controlId: 'A.8.13', effective: -100, expiry: -10 }],
  },
  {
    name: 'penetration-test-summary.pdf',
    note: 'Executive summary of the annual external penetration test.',
    content: minimalPdf([
      'External penetration test - executive summary',
      'Scope: public API, customer portal, ingestion gateway.',
      'Findings: 0 critical, 1 high (fixed and retested), 4 medium, 6 low.',
      'Retest confirmed remediation of the high finding.',
    ]),
    links: [
      { controlId: 'A.8.8', effective: -340, expiry: 25 },
      { controlId: 'A.8.29', effective: -340, expiry: 25 },
    ],
  },
  {
    name: 'access-review-quarterly.txt',
    note: 'Quarterly review of production and Okta administrator access.',
    content: textFile([
      'Quarterly access review - production and identity provider',
      'Accounts reviewed: 212; removed: 7 (leavers 4, role changes 3).',
      'Administrators: 9, all with FIDO2 keys.',
      'Reviewed by: Tomas Ryan; approved by: Niamh O Connor',
    ]),
    links: [
      { controlId: 'A.5.18', effective: -20, expiry: 70 },
      { controlId: 'A.8.2', effective: -20, expiry: 70 },
    ],
  },
  {
    name: 'supplier-register-extract.txt',
    note: 'Last complete supplier review round.',
    content: textFile([
      'Critical sub-processors - security review status',
      'Cloud hosting: SOC 2 Type II reviewed',
      'Data warehouse: review overdue',
      'Clinical transcription: review overdue',
      'Customer support platform: ISO 27001 certificate reviewed',
    ]),
    links: [
      { controlId: 'A.5.19', effective: -400, expiry: -35 },
      { controlId: 'A.5.22', effective: -400, expiry: -35 },
    ],
  },
  {
    name: 'mdm-encryption-report.txt',
    note: 'Device-management compliance export.',
    content: textFile([
      'Device compliance - full-disk encryption and screen lock',
      'Managed laptops: 251; encrypted: 251; screen lock <= 5 min: 249 (2 remediated).',
      'Remote wipe tested on one device.',
    ]),
    links: [
      { controlId: 'A.8.1', effective: -5, expiry: 20 },
      { controlId: 'A.8.24', effective: -5, expiry: 20 },
    ],
  },
];

/** Uploads and links the demo's evidence files the way evidence.files.upload and evidence.link do. */
function populateDemoEvidence(tx: ChangeTx, anchor: string): void {
  for (const demo of files()) {
    const type = sniffFileType(demo.content, demo.name);
    if (!type.ok) throw new Error(`demo evidence ${demo.name} is not an accepted file type (${type.detected})`);
    const file = {
      id: randomUUID(),
      name: demo.name,
      kind: type.kind,
      mimeType: type.mimeType,
      size: demo.content.length,
      sha256: createHash('sha256').update(demo.content).digest('hex'),
      note: demo.note,
      content: demo.content,
    };
    insertFile(tx.db, { ...file, uploadedAt: tx.at });
    tx.audit('evidence_file', file.id, null, fileSummary(file));
    indexRecord(tx.db, { entityType: 'evidence_file', entityId: file.id, title: file.name, body: file.note });
    for (const link of demo.links) {
      const created = insertLink(tx.db, {
        framework: 'iso27001',
        controlId: link.controlId,
        sourceKind: 'file',
        fileId: file.id,
        recordType: null,
        recordId: null,
        effectiveDate: addDays(anchor, link.effective),
        expiryDate: link.expiry === null ? null : addDays(anchor, link.expiry),
        note: '',
        origin: 'manual',
        createdAt: tx.at,
      });
      tx.audit('evidence_link', created.id, null, linkSummary(created));
    }
  }
}

type ControlPatch = ProcedureParsedInput<'controls.update'>['patch'];

function decision(controlId: string, index: number, anchor: string, risks: readonly string[]): ControlPatch {
  const exclusion = DEMO_EXCLUSIONS[controlId];
  if (exclusion) return { applicable: false, justification: exclusion, inclusionReasons: [], status: 'not_started', owner: PEOPLE.ciso, reviewDate: addDays(anchor, 200) };
  const { reasons, justification } = inclusion(controlId, risks);
  return {
    applicable: true,
    justification,
    inclusionReasons: reasons,
    status: STATUS[controlId] ?? 'implemented',
    owner: ownerOf(controlId),
    notes: NOTES[controlId] ?? '',
    // Spread over the coming year, about one in nine already overdue.
    reviewDate: addDays(anchor, ((index * 37) % 330) - 40),
  };
}

/**
 * Decides every Annex A control through the controls area's own update (so its SoA rules apply),
 * then adds the evidence. Runs after the risks exist, since risk treatment is a reason for inclusion.
 */
export function populateDemoControls(workspace: WorkspaceDb, actor: Actor, anchor: string): void {
  const refs = treatingRefs();
  catalogEntries('iso27001').forEach(({ controlId }, index) => {
    updateControl(workspace, { framework: 'iso27001', controlId, patch: decision(controlId, index, anchor, refs.get(controlId) ?? []) }, { actor }, anchor);
  });
  workspace.change({ actor, procedure: 'workspace.createDemo' }, (tx) => populateDemoEvidence(tx, anchor));
}
