// The demo organisation's risk register: fifteen risks of a health-care analytics SaaS with offices in
// Dublin, San Francisco and Shanghai, rated on the default 5×5 scales (appetite 9), with treatments,
// treating Annex A controls, review dates around the anchor and owners' sign-offs where accepted.
import type { RiskInput } from '../../../shared/contract';
import { acceptRisk, createRisk } from '../risks/risk-changes';
import type { ChangeTx } from '../workspace/workspace-db';
import { addDays } from '../frameworks/calendar-dates';
import { PEOPLE } from './people';

type Iso = `A.${5 | 6 | 7 | 8}.${number}`;

interface DemoRisk {
  risk: Omit<RiskInput, 'controls' | 'reviewDate'> & { controls: Iso[]; reviewInDays: number | null };
  /** Signed off by the owner through risks.accept (the residual is above the appetite). */
  signOff?: { by: string; note: string };
}

const iso = (controls: Iso[]): RiskInput['controls'] => controls.map((controlId) => ({ framework: 'iso27001' as const, controlId }));

export const DEMO_RISKS: readonly DemoRisk[] = [
  {
    risk: {
      title: 'Ransomware encrypts the analytics platform and its backups',
      assetOrProcess: 'Meridian Insights production platform (AWS eu-west-1) and backup vault',
      threat: 'Criminal ransomware group gains a foothold through a phishing e-mail or an exposed service, spreads to production and encrypts or deletes data and backups.',
      vulnerability: 'Engineers hold standing administrator rights in production; backups were in the same AWS account as production until last year.',
      owner: PEOPLE.platform,
      inherentLikelihood: 4,
      inherentImpact: 5,
      treatment: 'mitigate',
      treatmentPlan: 'EDR on all endpoints and servers; immutable, cross-account backups with 35-day object lock; quarterly restore tests; just-in-time admin access.',
      controls: ['A.8.7', 'A.8.13', 'A.8.2', 'A.5.29'],
      residualLikelihood: 2,
      residualImpact: 4,
      reviewInDays: 45,
      status: 'treating',
    },
  },
  {
    risk: {
      title: 'Personal data breach at a critical sub-processor',
      assetOrProcess: 'Sub-processors: cloud data warehouse, clinical transcription service, customer-support platform',
      threat: 'A sub-processor is breached or mishandles the health data we entrust to it.',
      vulnerability: 'Two of eight critical suppliers missed their annual security review (internal audit finding F-001).',
      owner: PEOPLE.counsel,
      inherentLikelihood: 3,
      inherentImpact: 5,
      treatment: 'mitigate',
      treatmentPlan: 'Security due diligence before onboarding, DPAs with audit rights and 24-hour breach notice, annual reviews of SOC 2 / ISO reports, exit plans for critical suppliers.',
      controls: ['A.5.19', 'A.5.20', 'A.5.21', 'A.5.22'],
      residualLikelihood: 2,
      residualImpact: 4,
      reviewInDays: -10,
      status: 'treating',
    },
  },
  {
    risk: {
      title: 'Lost or stolen laptop holding patient-level extracts',
      assetOrProcess: 'Staff laptops (Dublin, San Francisco, Shanghai, remote)',
      threat: 'A laptop is lost while travelling or stolen from a car or home.',
      vulnerability: 'Analysts used to download extracts for ad-hoc analysis before the secure workspace existed.',
      owner: PEOPLE.itOps,
      inherentLikelihood: 4,
      inherentImpact: 4,
      treatment: 'mitigate',
      treatmentPlan: 'Full-disk encryption enforced by MDM, remote wipe, no local extracts (analysis only in the virtual secure workspace), DLP alerts on downloads.',
      controls: ['A.8.1', 'A.8.24', 'A.7.9', 'A.8.12'],
      residualLikelihood: 2,
      residualImpact: 2,
      reviewInDays: 90,
      status: 'treating',
    },
  },
  {
    risk: {
      title: 'Unlawful cross-border transfer of health data to China or from China',
      assetOrProcess: 'Support and engineering access from the Shanghai office; Chinese customers’ data in AWS China (Ningxia)',
      threat: 'Personal information leaves the EU or China without a valid transfer mechanism (SCCs under GDPR Art 46; CAC standard contract or exemption under PIPL Art 38).',
      vulnerability: 'Shanghai engineers can reach EU production for on-call support; transfer records are kept by hand.',
      owner: PEOPLE.dpo,
      inherentLikelihood: 4,
      inherentImpact: 5,
      treatment: 'mitigate',
      treatmentPlan: 'EU SCCs with the Shanghai entity and a transfer impact assessment; CAC standard contract filed for China-to-Ireland support data; separate consent; PIPIA kept for three years; access from Shanghai to EU production only through the pseudonymising support console.',
      controls: ['A.5.34', 'A.5.14', 'A.5.31', 'A.8.11'],
      residualLikelihood: 2,
      residualImpact: 4,
      reviewInDays: 30,
      status: 'treating',
    },
  },
  {
    risk: {
      title: 'Credential phishing against customer-portal administrators',
      assetOrProcess: 'Customer portal and Okta identity provider',
      threat: 'Targeted phishing captures the credentials or session tokens of staff with administrative access.',
      vulnerability: 'SMS one-time codes were still allowed as a second factor for some contractors.',
      owner: PEOPLE.ciso,
      inherentLikelihood: 4,
      inherentImpact: 4,
      treatment: 'mitigate',
      treatmentPlan: 'Phishing-resistant MFA (FIDO2 keys) for all administrators; quarterly phishing simulations; conditional access by device posture.',
      controls: ['A.5.17', 'A.8.5', 'A.6.3'],
      residualLikelihood: 2,
      residualImpact: 3,
      reviewInDays: 14,
      status: 'treating',
    },
  },
  {
    risk: {
      title: 'Re-identification of patients from pseudonymised analytics outputs',
      assetOrProcess: 'Benchmarking dashboards and data exports for life-science customers',
      threat: 'A customer or attacker combines small cohorts in outputs with other data to single out patients.',
      vulnerability: 'Small-cell suppression was configured per report rather than enforced centrally.',
      owner: PEOPLE.dpo,
      inherentLikelihood: 3,
      inherentImpact: 4,
      treatment: 'mitigate',
      treatmentPlan: 'Central minimum cohort size of 11, k-anonymity checks in the export pipeline, contractual ban on re-identification.',
      controls: ['A.8.11', 'A.5.34', 'A.8.12'],
      residualLikelihood: 2,
      residualImpact: 3,
      reviewInDays: 120,
      status: 'treating',
    },
  },
  {
    risk: {
      title: 'Prolonged outage of the primary cloud region',
      assetOrProcess: 'Meridian Insights service availability (AWS eu-west-1)',
      threat: 'A regional cloud failure makes the platform unavailable for more than a day.',
      vulnerability: 'Production runs in one region; the disaster-recovery copy in eu-central-1 needs about 12 hours to bring up.',
      owner: PEOPLE.platform,
      inherentLikelihood: 3,
      inherentImpact: 4,
      treatment: 'accept',
      treatmentPlan: 'Active-active multi-region costs more than the contractual exposure; contracts cap the availability commitment at 99.5 % and exclude provider-wide regional failures. DR runbook rehearsed twice a year.',
      controls: ['A.5.30', 'A.8.14', 'A.5.23'],
      residualLikelihood: 3,
      residualImpact: 4,
      reviewInDays: 150,
      status: 'accepted',
    },
    signOff: {
      by: PEOPLE.ceo,
      note: 'Accepted for the current financial year: regional failures are rare, customer contracts exclude them and the DR copy meets the 24-hour recovery objective. Revisit if a customer requires active-active.',
    },
  },
  {
    risk: {
      title: 'Misconfigured storage bucket exposes a dataset',
      assetOrProcess: 'Object storage used by the ingestion pipeline',
      threat: 'An engineer makes a bucket or object public by mistake during a change.',
      vulnerability: 'Infrastructure changes were sometimes applied by hand in the console.',
      owner: PEOPLE.platform,
      inherentLikelihood: 3,
      inherentImpact: 5,
      treatment: 'mitigate',
      treatmentPlan: 'All infrastructure as code with peer review; account-level public-access block; continuous configuration scanning with alerts to the on-call engineer.',
      controls: ['A.8.9', 'A.8.32', 'A.5.23'],
      residualLikelihood: 1,
      residualImpact: 5,
      reviewInDays: 75,
      status: 'treating',
    },
  },
  {
    risk: {
      title: 'Exploitation of an unpatched vulnerability in the public API',
      assetOrProcess: 'Public REST API and its dependencies',
      threat: 'Attackers exploit a known vulnerability in a framework or library before it is patched.',
      vulnerability: 'Median time to patch critical CVEs was 19 days last year.',
      owner: PEOPLE.vpEngineering,
      inherentLikelihood: 4,
      inherentImpact: 4,
      treatment: 'mitigate',
      treatmentPlan: 'Dependency scanning in CI, weekly patch window, 7-day target for critical CVEs on internet-facing systems, annual penetration test.',
      controls: ['A.8.8', 'A.8.29', 'A.8.25'],
      residualLikelihood: 2,
      residualImpact: 3,
      reviewInDays: -3,
      status: 'treating',
    },
  },
  {
    risk: {
      title: 'Legacy SFTP server used by two hospital customers for uploads',
      assetOrProcess: 'SFTP server on a virtual machine at a Dublin hosting provider',
      threat: 'Compromise of an ageing server that receives identifiable patient files.',
      vulnerability: 'Runs an operating system out of vendor support next year; password authentication for one customer.',
      owner: PEOPLE.itOps,
      inherentLikelihood: 3,
      inherentImpact: 5,
      treatment: 'accept',
      treatmentPlan: 'Replacement by the managed transfer service is scheduled once both hospitals finish their own procurement; meanwhile IP allow-listing and file-integrity monitoring.',
      controls: ['A.8.20', 'A.8.16'],
      residualLikelihood: 3,
      residualImpact: 4,
      reviewInDays: 60,
      status: 'accepted',
    },
    signOff: {
      by: PEOPLE.ceo,
      note: 'Accepted until the hospitals migrate to the managed transfer service, at the latest by the end of next quarter. Compensating controls confirmed by the CISO.',
    },
  },
  {
    risk: {
      title: 'Unapproved VPN use in the Shanghai office',
      assetOrProcess: 'Shanghai office network and staff devices',
      threat: 'Staff use consumer VPN tools to reach blocked collaboration services, bypassing monitoring and breaching local rules.',
      vulnerability: 'Approved cross-border connectivity is slow at peak hours.',
      owner: PEOPLE.shanghai,
      inherentLikelihood: 4,
      inherentImpact: 3,
      treatment: 'accept',
      treatmentPlan: 'Licensed cross-border line is being upgraded by the carrier; until then the residual risk is to be accepted by the CEO.',
      controls: ['A.8.20', 'A.8.21', 'A.5.10'],
      residualLikelihood: 3,
      residualImpact: 4,
      reviewInDays: 21,
      status: 'open',
    },
  },
  {
    risk: {
      title: 'Key-person dependency in data engineering',
      assetOrProcess: 'Ingestion pipelines for hospital EHR feeds',
      threat: 'The two engineers who know the HL7/FHIR mappings leave or are unavailable.',
      vulnerability: 'Mappings and runbooks are partly undocumented.',
      owner: PEOPLE.vpEngineering,
      inherentLikelihood: 3,
      inherentImpact: 3,
      treatment: 'accept',
      treatmentPlan: 'Within appetite; documentation sprint planned and a third engineer being trained.',
      controls: ['A.5.37', 'A.6.5'],
      residualLikelihood: 3,
      residualImpact: 3,
      reviewInDays: 180,
      status: 'accepted',
    },
  },
  {
    risk: {
      title: 'Late notification of a personal data breach',
      assetOrProcess: 'Incident response process',
      threat: 'A breach is not assessed in time to notify the Data Protection Commission within 72 hours, Californian residents within 30 days or the Chinese authorities promptly.',
      vulnerability: 'Three offices in three time zones; the on-call rota did not include the DPO.',
      owner: PEOPLE.dpo,
      inherentLikelihood: 2,
      inherentImpact: 5,
      treatment: 'mitigate',
      treatmentPlan: 'Incident runbook with breach clocks per jurisdiction, DPO on the on-call rota, twice-yearly tabletop exercise.',
      controls: ['A.5.24', 'A.5.26', 'A.6.8', 'A.5.5'],
      residualLikelihood: 1,
      residualImpact: 4,
      reviewInDays: 100,
      status: 'treating',
    },
  },
  {
    risk: {
      title: 'Financial loss from a major security incident',
      assetOrProcess: 'Company finances',
      threat: 'Costs of response, notification, customer credits and legal claims after a serious incident.',
      vulnerability: 'Limited cash reserves relative to the size of hospital contracts.',
      owner: PEOPLE.ceo,
      inherentLikelihood: 2,
      inherentImpact: 5,
      treatment: 'transfer',
      treatmentPlan: 'Cyber insurance with €5 million cover including regulatory defence and notification costs; limitation-of-liability clauses in customer contracts.',
      controls: ['A.5.29', 'A.5.31'],
      residualLikelihood: 2,
      residualImpact: 3,
      reviewInDays: 200,
      status: 'treating',
    },
  },
  {
    risk: {
      title: 'Paper consent forms kept at the San Francisco office',
      assetOrProcess: 'Research study consent forms',
      threat: 'Theft or loss of paper records with patient names and diagnoses.',
      vulnerability: 'Forms were stored in an ordinary filing cabinet in a shared building.',
      owner: PEOPLE.peopleOps,
      inherentLikelihood: 2,
      inherentImpact: 4,
      treatment: 'avoid',
      treatmentPlan: 'Forms digitised into the document system and the originals returned to the study sponsor; no paper records are kept at any office any more.',
      controls: ['A.7.10', 'A.7.14', 'A.5.33'],
      residualLikelihood: 1,
      residualImpact: 1,
      reviewInDays: null,
      status: 'closed',
    },
  },
];

/** Writes the demo risks in order (so their references run R-001 … R-015) and signs off the accepted ones. */
export function populateDemoRisks(tx: ChangeTx, anchor: string): void {
  for (const { risk, signOff } of DEMO_RISKS) {
    const { reviewInDays, controls, ...rest } = risk;
    // Accepted risks go in as open first: the status follows from the sign-off, as it would in the app.
    const status = signOff ? 'open' : rest.status;
    const created = createRisk(tx, { ...rest, status, controls: iso(controls), reviewDate: reviewInDays === null ? null : addDays(anchor, reviewInDays) });
    if (signOff) acceptRisk(tx, created.id, signOff.by, signOff.note);
  }
}
