// The demo organisation's ISMS records: scope, five objectives, last quarter's internal audit (one
// minor nonconformity, two observations, one opportunity; corrective actions of which one is overdue
// and one verified), the next planned audit and the latest management review.
import type { ObjectiveInput } from '../../../shared/contract';
import { createAction } from '../isms/corrective-actions';
import { createAudit, createFinding } from '../isms/internal-audits';
import { updateIsmsScope } from '../isms/isms-scope';
import { createReview } from '../isms/management-reviews';
import { createObjective } from '../isms/objectives';
import type { ChangeTx } from '../workspace/workspace-db';
import { addDays } from '../frameworks/calendar-dates';
import { PEOPLE } from './people';

export const DEMO_SCOPE = {
  statement:
    'The information security management system of Meridian Health Analytics Ltd covers the design, development, operation and support of the Meridian Insights analytics platform, delivered as software as a service to hospital groups, health insurers and life-science companies, including the processing of identifiable and pseudonymised health data on their behalf, together with the supporting functions (people operations, finance, legal, IT) at the Dublin headquarters and the San Francisco and Shanghai offices.',
  boundaries:
    'Organisational: Meridian Health Analytics Ltd (Ireland), Meridian Health Analytics Inc. (California) and 美瑞迪安健康数据分析（上海）有限公司 (Shanghai), all employees and contractors.\n' +
    'Locations: 14 Grand Canal Quay, Dublin 2 (headquarters); Mission Street, San Francisco; Jing’an District, Shanghai; staff working from home.\n' +
    'Technology: production in AWS eu-west-1 with disaster recovery in eu-central-1; Chinese customers’ data in AWS China (Ningxia) only; corporate SaaS (Google Workspace, Okta, Slack, GitHub, Jira); staff laptops managed by MDM.\n' +
    'Interfaces: customer EHR feeds (HL7 v2, FHIR) end at the ingestion gateway; sub-processors are managed through supplier agreements (A.5.19–A.5.22).',
  exclusions:
    'Physical security of the cloud providers’ data centres, relied on through their ISO/IEC 27001 certificates and SOC 2 reports and reviewed yearly under A.5.23. ' +
    'The public marketing website, run by an agency and holding no customer or patient data.',
  interestedParties:
    'Customers (hospital groups, insurers, life-science firms): ISO/IEC 27001 certification, SOC 2 Type II report, data processing agreements, US business associate agreements.\n' +
    'Patients (data subjects): lawful, secure processing; rights under GDPR, CCPA and PIPL.\n' +
    'Regulators: Data Protection Commission (Ireland), California Privacy Protection Agency and Attorney General, Cyberspace Administration of China.\n' +
    'Employees and contractors; investors and the board; sub-processors and cloud providers; cyber insurer.',
};

const objectives = (anchor: string): ObjectiveInput[] => [
  {
    title: 'Achieve ISO/IEC 27001:2022 certification',
    measure: 'Outcome of the stage 2 certification audit',
    target: 'Certificate issued with no major nonconformity',
    owner: PEOPLE.ciso,
    dueDate: addDays(anchor, 120),
    status: 'on_track',
    progressNote: 'Stage 1 passed; internal audit and management review complete; stage 2 booked with the certification body.',
  },
  {
    title: 'Raise resilience to phishing',
    measure: 'Click and report rates in the quarterly phishing simulation',
    target: 'At most 5 % clicks and at least 70 % reports',
    owner: PEOPLE.ciso,
    dueDate: addDays(anchor, 30),
    status: 'at_risk',
    progressNote: 'Last simulation: 8 % clicks, 61 % reports; San Francisco sales team below target. Extra training scheduled.',
  },
  {
    title: 'Patch critical vulnerabilities quickly',
    measure: 'Median days to remediate critical CVEs on internet-facing systems',
    target: '7 days or fewer',
    owner: PEOPLE.vpEngineering,
    dueDate: addDays(anchor, -5),
    status: 'on_track',
    progressNote: 'Median down from 19 to 9 days; dependency bot enabled for all services. Final quarter figure still to be confirmed.',
  },
  {
    title: 'Prove recovery of production data',
    measure: 'Successful restore tests of the production databases within the recovery time objective',
    target: 'Four tests a year, each restored within 4 hours',
    owner: PEOPLE.platform,
    dueDate: addDays(anchor, 200),
    status: 'planned',
    progressNote: '',
  },
  {
    title: 'Complete security awareness training',
    measure: 'Share of staff who completed the annual training; new joiners within 30 days',
    target: '95 % annual completion; 100 % of new joiners',
    owner: PEOPLE.peopleOps,
    dueDate: addDays(anchor, -30),
    status: 'achieved',
    progressNote: '97 % completion across the three offices; the training is available in English and Chinese.',
  },
];

export function populateDemoIsms(tx: ChangeTx, anchor: string): void {
  updateIsmsScope(tx, DEMO_SCOPE);
  for (const objective of objectives(anchor)) createObjective(tx, objective);

  const audit = createAudit(tx, {
    title: 'ISMS clauses 4–10; access control and supplier relationships',
    scope: 'Clauses 4–10 of ISO/IEC 27001:2022; Annex A 5.15–5.18 (access) and 5.19–5.23 (suppliers and cloud services); Dublin headquarters and remote interviews with San Francisco.',
    auditor: PEOPLE.internalAuditor,
    plannedDate: addDays(anchor, -84),
    performedDate: addDays(anchor, -80),
    status: 'completed',
    conclusion:
      'The ISMS is established and largely effective. Risk assessment, the Statement of Applicability and access reviews are in place and followed. One minor nonconformity (supplier reviews), two observations and one opportunity for improvement. The ISMS is ready for the stage 2 audit once the corrective action on supplier reviews is complete.',
  });
  const supplierReviews = createFinding(tx, {
    auditId: audit.id,
    type: 'minor_nonconformity',
    reference: 'A.5.22',
    description:
      'Annual security reviews of two of the eight critical sub-processors (the cloud data warehouse and the clinical transcription service) were not carried out in the last twelve months, contrary to the supplier security policy.',
    owner: PEOPLE.counsel,
    status: 'open',
  });
  const logRetention = createFinding(tx, {
    auditId: audit.id,
    type: 'observation',
    reference: 'A.8.15',
    description: 'API gateway logs are kept for 30 days while the logging standard requires 90 days. No incident was affected, but the standard and the configuration should agree.',
    owner: PEOPLE.platform,
    status: 'open',
  });
  createFinding(tx, {
    auditId: audit.id,
    type: 'observation',
    reference: '7.2',
    description: 'Evidence of competence for two recently hired data engineers was kept in managers’ mailboxes rather than in the HR system.',
    owner: PEOPLE.peopleOps,
    status: 'closed',
  });
  createFinding(tx, {
    auditId: audit.id,
    type: 'opportunity',
    reference: '6.1.3',
    description: 'Linking each risk to its treating Annex A controls in the register would make the Statement of Applicability easier to keep current.',
    owner: PEOPLE.ciso,
    status: 'closed',
  });

  createAction(tx, {
    findingId: supplierReviews.id,
    description: 'Complete the overdue security reviews of the data-warehouse and transcription sub-processors and record them in the supplier register.',
    rootCause: 'Supplier review dates were tracked in a spreadsheet owned by a colleague who left; no reminders were set.',
    owner: PEOPLE.counsel,
    dueDate: addDays(anchor, -14),
    status: 'in_progress',
    verifiedBy: '',
    verificationNote: '',
  });
  createAction(tx, {
    findingId: supplierReviews.id,
    description: 'Put every critical supplier’s review date in the compliance calendar with a reminder 30 days ahead.',
    rootCause: 'Supplier review dates were tracked in a spreadsheet owned by a colleague who left; no reminders were set.',
    owner: PEOPLE.ciso,
    dueDate: addDays(anchor, -50),
    status: 'verified',
    verifiedBy: PEOPLE.internalAuditor,
    verificationNote: 'Calendar entries and reminders seen for all eight critical suppliers.',
  });
  createAction(tx, {
    findingId: logRetention.id,
    description: 'Raise API gateway log retention to 90 days and add the setting to the configuration baseline.',
    rootCause: 'The default retention of the logging service was never changed.',
    owner: PEOPLE.platform,
    dueDate: addDays(anchor, 21),
    status: 'open',
    verifiedBy: '',
    verificationNote: '',
  });

  createAudit(tx, {
    title: 'Technological controls, Shanghai office and cross-border transfers',
    scope: 'Annex A 8.1–8.34; A.5.14 and A.5.34 for transfers between the EU, the US and China; on-site at the Shanghai office.',
    auditor: PEOPLE.internalAuditor,
    plannedDate: addDays(anchor, 40),
    performedDate: null,
    status: 'planned',
    conclusion: '',
  });

  createReview(tx, {
    date: addDays(anchor, -60),
    attendees: [PEOPLE.ceo, PEOPLE.ciso, PEOPLE.dpo, PEOPLE.vpEngineering, PEOPLE.counsel].join('; '),
    inputs:
      'a) Actions from the previous review: all closed.\n' +
      'b) Changes: new Shanghai entity; AWS China region for Chinese customers; CCPA breach notice rule (SB 446).\n' +
      'c) Interested parties: two hospital groups require ISO/IEC 27001 certification at renewal.\n' +
      'd) Performance: internal audit results (1 minor NC, 2 observations, 1 OFI); objectives (phishing at risk); two security incidents, neither notifiable.\n' +
      'e) Risk assessment: 15 risks, 3 above appetite after treatment, 2 accepted by the CEO.\n' +
      'f) Opportunities for continual improvement.',
    decisions:
      'Proceed to the stage 2 certification audit. Accept the regional-outage and legacy-SFTP risks for this year. Fund FIDO2 keys for all administrators. Keep the appetite at 9.',
    actions: 'CISO to close the supplier-review nonconformity before stage 2. VP Engineering to present the patching figures monthly. DPO to complete the CAC standard contract filing.',
    nextReviewDate: addDays(anchor, 122),
  });
}
