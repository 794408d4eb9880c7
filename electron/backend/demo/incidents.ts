// The demo organisation's incidents over the last year: a blocked phishing campaign, a ScribeMed
// laptop theft (a breach of health data whose data subjects were not notified under GDPR Art
// 34(3)(a), the disk being encrypted), a support-desk exposure reported in the EU, California and
// China with every notification recorded, a denial of service, a suspicious sign-in being contained
// and a fresh breach on the legacy SFTP server whose clocks are still running. The closed breaches
// have their post-incident review; the support-desk exposure has its notification letters drafted
// from the incident, corrective actions (one still open) and, once the runbooks exist, the
// personal-data breach runbook's checklist worked through (populateDemoIncidentResponse).
import {
  defaultLetterLanguage,
  letterKindForClock,
  type BreachLaw,
  type IncidentActionInput,
  type IncidentInput,
  type IncidentReviewInput,
  type IncidentStatus,
  type NotificationKey,
} from '../../../shared/contract/areas/incidents';
import { addDays } from '../../../shared/recurrence/dates';
import {
  addIncidentAction,
  addTimelineEntry,
  chooseIncidentRunbook,
  createIncident,
  recordNotification,
  recordNotNeeded,
  saveIncidentReview,
  setIncidentStatus,
  skipChecklistStep,
  tickChecklistStep,
} from '../incidents/incident-changes';
import { draftBreachLetter } from '../incidents/incident-letters';
import { getIncident } from '../incidents/incident-queries';
import { approvedRunbookSteps } from '../incidents/runbook-source';
import { listRunbookRows } from '../runbooks/runbooks-queries';
import type { ChangeTx } from '../workspace/workspace-db';

const HOUR = 3_600_000;

/** A notification sent with a short description, or with the letter drafted from the incident. */
type Answer = { law: BreachLaw; key: NotificationKey } & ({ sentAfterHours: number; content: string; reference: string } | { sentAfterHours: number; letter: true; reference: string } | { reason: string });

const REPORTABLE_BREACH = 'Support tickets visible to another customer’s users';

interface DemoIncident {
  /** Hours before now that the organisation became aware; detection was `detectedBeforeHours` earlier. */
  awareHoursAgo: number;
  detectedBeforeHours: number;
  systems: string[];
  input: Omit<IncidentInput, 'detectedAt' | 'becameAwareAt' | 'systemIds'>;
  timeline: [afterHours: number, actor: string, action: string][];
  answers: Answer[];
  status: IncidentStatus;
  /** The post-incident review, written `afterHours` after awareness. */
  review?: Omit<IncidentReviewInput, 'reviewedAt'> & { afterHours: number };
  /** Corrective actions, due `dueInDays` from today (negative: in the past). */
  actions?: (Omit<IncidentActionInput, 'dueDate'> & { dueInDays: number })[];
}

const none = { estimatedPeople: null, estimatedRecords: null, californiaResidents: null, highRisk: null, riskReasoning: '', exemption: null, exemptionReasoning: '', effects: '', remedialAction: '' } as const;

const DEMO_INCIDENTS: readonly DemoIncident[] = [
  {
    awareHoursAgo: 24 * 330,
    detectedBeforeHours: 1,
    systems: ['Google Workspace'],
    input: {
      ...none,
      title: 'Phishing campaign against finance staff',
      description: 'Twelve staff received invoice-themed phishing e-mails; two clicked the link, no credentials were entered (MFA prompts were refused).',
      reporter: 'IT operations',
      severity: 'low',
      personalDataBreach: false,
      effects: 'None beyond the e-mails received.',
      remedialAction: 'Sender domain blocked, link quarantined, reminder sent to all staff.',
    },
    timeline: [
      [0, 'IT operations', 'Reported e-mails triaged; sender domain blocked.'],
      [3, 'IT operations', 'Sign-in logs of the two staff who clicked checked: no suspicious sign-in.'],
    ],
    answers: [],
    status: 'closed',
  },
  {
    awareHoursAgo: 24 * 240,
    detectedBeforeHours: 14,
    systems: ['Transcription portal (ScribeMed)'],
    input: {
      title: 'ScribeMed transcriptionist laptop stolen',
      description: 'A laptop holding cached dictation audio from two hospital customers was stolen from a car in Manchester.',
      reporter: 'ScribeMed Transcription Ltd',
      severity: 'medium',
      personalDataBreach: true,
      estimatedPeople: 1_800,
      estimatedRecords: 2_300,
      californiaResidents: 0,
      highRisk: true,
      riskReasoning: 'Clinical dictation is health data (GDPR Art 9); in clear it would be a high risk to patients.',
      exemption: 'a',
      exemptionReasoning: 'The disk is encrypted with BitLocker (AES-256, TPM and PIN); the PIN was not with the device and the device was wiped remotely at its next connection. The data is unintelligible to the thief.',
      effects: 'Loss of availability of the cached audio only; the originals are on the portal.',
      remedialAction: 'Device wiped remotely and removed from the fleet; ScribeMed confirmed encryption compliance of all devices.',
    },
    timeline: [
      [0, 'Privacy counsel', 'Notice from ScribeMed received; encryption status requested.'],
      [20, 'ScribeMed Transcription Ltd', 'Encryption report and MDM wipe confirmation provided.'],
    ],
    answers: [
      { law: 'gdpr', key: 'notify_authority', sentAfterHours: 40, content: 'Art 33 notification to the Data Protection Commission: theft of an encrypted device at a sub-processor.', reference: 'DPC BN-2026-0412' },
      { law: 'gdpr', key: 'notify_subjects', reason: 'Not notified under GDPR Art 34(3)(a): the data was encrypted (AES-256, key not compromised) and is unintelligible to anyone not authorised to access it.' },
    ],
    status: 'closed',
    review: {
      afterHours: 24 * 14,
      rootCause: 'Laptop left visible in a parked car by a sub-processor’s transcriptionist.',
      contributingFactors: 'Cached dictation audio was kept on the device for up to 30 days.',
      lessonsLearned: 'Full-disk encryption with a pre-boot PIN made the loss a non-event for patients; the cache period was longer than the work needed.',
      wentWell: 'ScribeMed reported within 14 hours and produced the encryption and wipe evidence the same day.',
      reviewedBy: 'Aoife Brennan (DPO)',
    },
  },
  {
    awareHoursAgo: 24 * 150,
    detectedBeforeHours: 6,
    systems: ['Support desk (Zendesk)'],
    input: {
      title: 'Support tickets visible to another customer’s users',
      description: 'A misconfigured shared view in the support desk showed ticket subjects and requester contact details of other customers to users of one customer organisation for nine days.',
      reporter: 'Customer (Northshore Health)',
      severity: 'high',
      personalDataBreach: true,
      estimatedPeople: 2_400,
      estimatedRecords: 5_100,
      californiaResidents: 620,
      highRisk: true,
      riskReasoning: 'Some ticket subjects name patients and conditions; the contact details of clinicians were exposed to a third party.',
      exemption: null,
      exemptionReasoning: '',
      effects: 'Names, e-mail addresses and ticket subjects seen by up to 40 users of another customer; no evidence of further use.',
      remedialAction: 'View removed, access logs reviewed, the other customer confirmed deletion of anything exported; view changes now need a second reviewer.',
    },
    timeline: [
      [0, 'Support lead', 'View disabled; incident opened.'],
      [5, 'Security team', 'Access logs exported: 38 users opened the view, 3 exported lists.'],
      [30, 'Privacy counsel', 'Breach assessment: high risk for patients named in ticket subjects.'],
      [72, 'Customer success lead', 'Other customer confirmed deletion of the exported lists in writing.'],
    ],
    answers: [
      { law: 'pipl', key: 'notify_authority', sentAfterHours: 4, letter: true, reference: '沪网信 2026-0318' },
      { law: 'pipl', key: 'notify_subjects', sentAfterHours: 20, letter: true, reference: 'Mailing CN-0318' },
      { law: 'gdpr', key: 'notify_authority', sentAfterHours: 50, letter: true, reference: 'DPC BN-2026-0877' },
      { law: 'gdpr', key: 'notify_subjects', sentAfterHours: 96, letter: true, reference: 'Mailing EU-0322' },
      { law: 'ccpa', key: 'notify_residents', sentAfterHours: 24 * 20, letter: true, reference: 'Mailing CA-0407' },
      { law: 'ccpa', key: 'notify_attorney_general', sentAfterHours: 24 * 22, letter: true, reference: 'OAG SB-24-2026-1187' },
    ],
    status: 'closed',
    review: {
      afterHours: 24 * 21,
      rootCause: 'A shared view was created with the filter “all organisations” instead of the requester’s organisation; view changes went live without review.',
      contributingFactors: 'No test tenant for support-desk configuration; view permissions were not covered by the quarterly access review.',
      lessonsLearned: 'Configuration of customer-facing tools needs the same four-eyes review as code. Access logs of the support desk must be kept long enough to scope an exposure (they were: 90 days).',
      wentWell: 'The customer reported promptly; the PIPL report went out within four hours and the Art 33 notification within the 72 hours, each drafted from the incident record.',
      reviewedBy: 'Aoife Brennan (DPO), Support lead, Security team',
    },
    actions: [
      { description: 'Require a second reviewer for every change to support-desk views and triggers.', owner: 'Support lead', dueInDays: -100, status: 'done' },
      { description: 'Add support-desk view permissions to the quarterly access review.', owner: 'Security team', dueInDays: 21, status: 'open' },
    ],
  },
  {
    awareHoursAgo: 24 * 75,
    detectedBeforeHours: 0,
    systems: ['Customer portal'],
    input: {
      ...none,
      title: 'Denial-of-service attack on the customer portal',
      description: 'A volumetric attack made the portal unavailable for 47 minutes.',
      reporter: 'Platform on-call',
      severity: 'medium',
      personalDataBreach: false,
      effects: 'Portal unavailable for 47 minutes; no data accessed.',
      remedialAction: 'Rate limits tightened and the CDN’s attack protection switched to always-on.',
    },
    timeline: [[0, 'Platform on-call', 'Attack mitigation enabled at the CDN.']],
    answers: [],
    status: 'closed',
  },
  {
    awareHoursAgo: 24 * 6,
    detectedBeforeHours: 2,
    systems: ['Okta identity provider'],
    input: {
      ...none,
      title: 'Suspicious sign-ins to a contractor account',
      description: 'Impossible-travel alerts for a contractor account; the session was revoked and the account locked.',
      reporter: 'Security monitoring',
      severity: 'medium',
      personalDataBreach: false,
      effects: 'Under investigation; no access to customer data found so far.',
      remedialAction: 'Account locked, password and MFA factors reset.',
    },
    timeline: [[0, 'Security team', 'Session revoked and account locked.']],
    answers: [],
    status: 'contained',
  },
  {
    awareHoursAgo: 20,
    detectedBeforeHours: 3,
    systems: ['Legacy SFTP referral server'],
    input: {
      ...none,
      title: 'Referral files readable through a misconfigured SFTP account',
      description: 'A shared SFTP account used by one clinic could list the referral folders of other clinics.',
      reporter: 'IT operations',
      severity: 'critical',
      personalDataBreach: true,
      estimatedPeople: 650,
      estimatedRecords: 700,
      riskReasoning: 'Assessment in progress: logs are being reviewed to see whether other folders were opened.',
    },
    timeline: [
      [0, 'IT operations', 'Shared account disabled; folder permissions corrected.'],
      [4, 'Privacy counsel', 'Breach opened; PIPL authority report prepared.'],
    ],
    answers: [{ law: 'pipl', key: 'notify_authority', sentAfterHours: 6, content: 'Initial report to the Shanghai Cyberspace Administration (PIPL Art 57).', reference: '沪网信 2026-1121' }],
    status: 'open',
  },
];

export function populateDemoIncidents(tx: ChangeTx): void {
  const now = Date.parse(tx.at);
  const systemIds = new Map(tx.db.prepare<[], { id: string; name: string }>('SELECT id, name FROM inventory_systems').all().map((row) => [row.name, row.id]));
  const iso = (ms: number) => new Date(ms).toISOString();
  for (const demo of DEMO_INCIDENTS) {
    const aware = now - demo.awareHoursAgo * HOUR;
    const incident = createIncident(tx, {
      ...demo.input,
      detectedAt: iso(aware - demo.detectedBeforeHours * HOUR),
      becameAwareAt: iso(aware),
      systemIds: demo.systems.map((name) => {
        const id = systemIds.get(name);
        if (!id) throw new Error(`demo incidents: no system named ${name}`);
        return id;
      }),
    });
    for (const [afterHours, actor, action] of demo.timeline) addTimelineEntry(tx, incident.id, iso(aware + afterHours * HOUR), actor, action);
    const today = tx.at.slice(0, 10);
    for (const action of demo.actions ?? []) addIncidentAction(tx, incident.id, { ...action, dueDate: addDays(today, action.dueInDays) });
    for (const answer of demo.answers) {
      if ('reason' in answer) {
        recordNotNeeded(tx, incident.id, answer.law, answer.key, answer.reason);
        continue;
      }
      const sentAt = iso(aware + answer.sentAfterHours * HOUR);
      let content: string;
      if ('letter' in answer) {
        const kind = letterKindForClock(answer.law, answer.key);
        content = draftBreachLetter(tx.db, getIncident(tx.db, incident.id, new Date(sentAt))!, kind, defaultLetterLanguage(kind), new Date(sentAt));
      } else content = answer.content;
      recordNotification(tx, incident.id, answer.law, answer.key, sentAt, content, answer.reference);
    }
    const last = demo.timeline.at(-1)?.[0] ?? 0;
    if (demo.status !== 'open') setIncidentStatus(tx, incident.id, 'contained', iso(aware + (last + 1) * HOUR));
    if (demo.review) {
      const { afterHours, ...review } = demo.review;
      saveIncidentReview(tx, incident.id, { ...review, reviewedAt: iso(aware + afterHours * HOUR) });
    }
    if (demo.status === 'closed') setIncidentStatus(tx, incident.id, 'closed', iso(aware + (last + 24 * 30) * HOUR));
  }
}

/**
 * The reportable breach worked through the approved personal-data breach runbook: each step done
 * around its target by the role's owner, the insurer step skipped. Runs after the runbooks exist;
 * without an approved breach runbook there is no checklist to show.
 */
export function populateDemoIncidentResponse(tx: ChangeTx): void {
  const incidentId = tx.db.prepare<[string], string>('SELECT id FROM incidents WHERE title = ?').pluck().get(REPORTABLE_BREACH) as string | undefined;
  const runbook = listRunbookRows(tx.db).find((row) => row.template_id === 'personal-data-breach' && approvedRunbookSteps(tx.db, row.id) !== null);
  if (!incidentId || !runbook) return;
  const withChecklist = chooseIncidentRunbook(tx, incidentId, runbook.id, approvedRunbookSteps);
  const aware = Date.parse(withChecklist.becameAwareAt);
  const doers: Record<string, string> = { incident_lead: 'Support lead', security: 'Security team', legal: 'Privacy counsel', dpo: 'Aoife Brennan', communications: 'Customer success lead', it: 'IT operations' };
  for (const step of withChecklist.checklist!.steps) {
    const doneBy = doers[step.role] ?? 'Support lead';
    if (/insur|保险/i.test(step.title)) {
      skipChecklistStep(tx, incidentId, step.id, null, doneBy, 'No cyber-insurance claim: the exposure was contained without third-party costs.');
      continue;
    }
    // Most steps on time, the later ones a little past their target, as in real life.
    const minutes = (step.targetMinutes ?? 24 * 60) * (step.position > 6 ? 1.2 : 0.8);
    const doneAt = new Date(Math.min(aware + minutes * 60_000, Date.parse(tx.at))).toISOString();
    tickChecklistStep(tx, incidentId, step.id, null, doneBy, doneAt, '');
  }
}
