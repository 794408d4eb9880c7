// The demo organisation's incidents over the last year: a blocked phishing campaign, a ScribeMed
// laptop theft (a breach of health data whose data subjects were not notified under GDPR Art
// 34(3)(a), the disk being encrypted), a support-desk exposure reported in the EU, California and
// China with every notification recorded, a denial of service, a suspicious sign-in being contained
// and a fresh breach on the legacy SFTP server whose clocks are still running.
import type { BreachLaw, IncidentInput, IncidentStatus, NotificationKey } from '../../../shared/contract/areas/incidents';
import { addTimelineEntry, createIncident, recordNotification, recordNotNeeded, setIncidentStatus } from '../incidents/incident-changes';
import type { ChangeTx } from '../workspace/workspace-db';

const HOUR = 3_600_000;

type Answer = { law: BreachLaw; key: NotificationKey } & ({ sentAfterHours: number; content: string; reference: string } | { reason: string });

interface DemoIncident {
  /** Hours before now that the organisation became aware; detection was `detectedBeforeHours` earlier. */
  awareHoursAgo: number;
  detectedBeforeHours: number;
  systems: string[];
  input: Omit<IncidentInput, 'detectedAt' | 'becameAwareAt' | 'systemIds'>;
  timeline: [afterHours: number, actor: string, action: string][];
  answers: Answer[];
  status: IncidentStatus;
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
      { law: 'pipl', key: 'notify_authority', sentAfterHours: 4, content: 'Report to the Shanghai Cyberspace Administration: cause, categories, possible harm and measures taken (PIPL Art 57).', reference: '沪网信 2026-0318' },
      { law: 'pipl', key: 'notify_subjects', sentAfterHours: 20, content: 'Notice to affected individuals in China by e-mail (Chinese), with the measures taken and a contact point.', reference: 'Mailing CN-0318' },
      { law: 'gdpr', key: 'notify_authority', sentAfterHours: 50, content: 'Art 33 notification to the Data Protection Commission.', reference: 'DPC BN-2026-0877' },
      { law: 'gdpr', key: 'notify_subjects', sentAfterHours: 96, content: 'Art 34 communication to affected individuals in clear and plain language.', reference: 'Mailing EU-0322' },
      { law: 'ccpa', key: 'notify_residents', sentAfterHours: 24 * 20, content: 'Notice of Data Breach to California residents in the statutory format (1798.82(d)).', reference: 'Mailing CA-0407' },
      { law: 'ccpa', key: 'notify_attorney_general', sentAfterHours: 24 * 22, content: 'Sample notice submitted to the California Attorney General.', reference: 'OAG SB-24-2026-1187' },
    ],
    status: 'closed',
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
    for (const answer of demo.answers) {
      if ('reason' in answer) recordNotNeeded(tx, incident.id, answer.law, answer.key, answer.reason);
      else recordNotification(tx, incident.id, answer.law, answer.key, iso(aware + answer.sentAfterHours * HOUR), answer.content, answer.reference);
    }
    const last = demo.timeline.at(-1)?.[0] ?? 0;
    if (demo.status !== 'open') setIncidentStatus(tx, incident.id, 'contained', iso(aware + (last + 1) * HOUR));
    if (demo.status === 'closed') setIncidentStatus(tx, incident.id, 'closed', iso(aware + (last + 24 * 30) * HOUR));
  }
}
