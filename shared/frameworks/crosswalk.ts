// SOC 2 (TSC 2017) → ISO/IEC 27001:2022 crosswalk, reasoned by Custos. Each row pairs one criterion
// with one ISO target that itself addresses the criterion's intent; nothing is inferred through a
// third control ("A maps to B and B maps to C" is not a reason here). The rationale says why, so a
// reviewer can accept or strike a row. Targets: `A.x.y` is an Annex A control, a bare number is a
// clause of the management-system part (see IsoRef in ./types).
import { parseIsoRef, type IsoRef, type IsoTarget } from './types';

export interface CrosswalkRow {
  readonly soc2: string;
  readonly iso: IsoRef;
  readonly rationale: string;
}

type Row = readonly [soc2: string, iso: IsoRef, rationale: string];

const ROWS: readonly Row[] = [
  // CC1 Control environment
  ['CC1.1', '5.1', 'top management demonstrating commitment is the ISMS form of tone at the top'],
  ['CC1.1', 'A.5.4', 'management requires personnel to apply security according to the established rules of conduct'],
  ['CC1.1', 'A.6.2', 'employment terms bind staff to the expected conduct before they start'],
  ['CC1.1', 'A.6.4', 'the disciplinary process is how deviations from the standards of conduct are addressed'],
  ['CC1.2', '5.1', 'top management direction and support of the ISMS is the governance oversight ISO asks for'],
  ['CC1.2', '9.3', 'management review is the periodic oversight of the ISMS by top management'],
  ['CC1.2', 'A.5.35', 'independent review gives the overseeing body an assessment not performed by those it oversees'],
  ['CC1.3', '5.3', 'top management assigns and communicates roles, responsibilities and authorities'],
  ['CC1.3', 'A.5.2', 'security roles and responsibilities are defined and allocated'],
  ['CC1.4', '7.1', 'the organization provides the resources, including people, the ISMS needs'],
  ['CC1.4', '7.2', 'competence is determined, acquired through training or hiring, and evidenced'],
  ['CC1.4', 'A.6.1', 'candidates are screened before joining, part of attracting suitable people'],
  ['CC1.4', 'A.6.3', 'education and training develop the competence of existing staff'],
  ['CC1.5', '5.3', 'assigned responsibilities include reporting on ISMS performance to top management'],
  ['CC1.5', 'A.5.4', 'managers hold personnel to the security responsibilities they were given'],
  ['CC1.5', 'A.6.2', 'employment terms state the individual\'s security responsibilities'],
  ['CC1.5', 'A.6.4', 'consequences for failing security responsibilities enforce accountability'],
  // CC2 Information and communication
  ['CC2.1', '7.5', 'documented information is created, identified and controlled so it stays accurate and available'],
  ['CC2.1', '9.1', 'the organization decides what to measure, how, and analyses results to evaluate controls'],
  ['CC2.1', 'A.5.9', 'the inventory of information and assets identifies the system components and data the controls rely on'],
  ['CC2.2', '5.2', 'the information security policy is communicated within the organization'],
  ['CC2.2', '7.3', 'people are made aware of the policy, their contribution and the implications of not conforming'],
  ['CC2.2', '7.4', 'internal communication on the ISMS: what, when, with whom and how'],
  ['CC2.2', 'A.5.1', 'policies are communicated to and acknowledged by relevant personnel'],
  ['CC2.2', 'A.6.3', 'training communicates security duties to staff'],
  ['CC2.2', 'A.6.8', 'a reporting channel lets staff raise security concerns and events internally'],
  ['CC2.3', '7.4', 'communication needs cover external parties as well as internal ones'],
  ['CC2.3', 'A.5.5', 'contact with authorities is an established external communication line'],
  ['CC2.3', 'A.5.6', 'contact with special interest groups exchanges security information with outside bodies'],
  ['CC2.3', 'A.5.20', 'supplier agreements communicate security requirements and responsibilities to external parties'],
  // CC3 Risk assessment
  ['CC3.1', '4.1', 'internal and external issues relevant to the ISMS set the context objectives are drawn from'],
  ['CC3.1', '4.2', 'requirements of interested parties, including legal and contractual ones, shape the objectives'],
  ['CC3.1', '6.2', 'information security objectives are set, measurable where practicable, and consistent with the policy'],
  ['CC3.1', 'A.5.31', 'compliance objectives reflect the legal, regulatory and contractual requirements identified'],
  ['CC3.2', '6.1.2', 'a defined risk assessment process identifies, analyses and evaluates risks'],
  ['CC3.2', '6.1.3', 'the treatment process decides the response to each assessed risk'],
  ['CC3.2', '8.2', 'risk assessments are performed at planned intervals and the results retained'],
  ['CC3.2', 'A.5.7', 'threat intelligence feeds the identification of threats'],
  ['CC3.2', 'A.5.9', 'the asset inventory is the basis for identifying what is at risk and its criticality'],
  ['CC3.3', '6.1.2', 'the risk assessment is where fraud scenarios must be included; ISO does not name fraud, so the method has to'],
  ['CC3.3', '8.2', 'performed risk assessments are the evidence that fraud scenarios were considered'],
  ['CC3.3', 'A.5.3', 'segregation of duties exists to reduce the opportunity for fraud and error'],
  ['CC3.4', '4.1', 'changes in internal and external issues are what make a change significant'],
  ['CC3.4', '6.3', 'changes to the ISMS are carried out in a planned manner'],
  ['CC3.4', '8.2', 'risk assessments are repeated when significant changes are proposed or occur'],
  // CC4 Monitoring activities
  ['CC4.1', '9.1', 'ongoing monitoring and measurement of controls and processes'],
  ['CC4.1', '9.2', 'internal audits are the separate evaluations at planned intervals'],
  ['CC4.1', 'A.5.35', 'independent review of the approach to information security is a separate evaluation'],
  ['CC4.1', 'A.5.36', 'managers regularly review compliance with policies and standards, including technical checks'],
  ['CC4.2', '9.2', 'audit results are reported to relevant management'],
  ['CC4.2', '9.3', 'management review considers nonconformities, audit results and monitoring results'],
  ['CC4.2', '10.2', 'nonconformities are evaluated, corrected and their corrective actions tracked'],
  // CC5 Control activities
  ['CC5.1', '6.1.3', 'risk treatment selects the controls needed to mitigate risks and records them in the Statement of Applicability'],
  ['CC5.1', '8.3', 'the risk treatment plan is implemented and its results retained'],
  ['CC5.1', 'A.5.3', 'segregation of duties is a control activity the criterion expects to be considered'],
  ['CC5.2', '6.1.3', 'treatment selects technological controls wherever risks depend on technology'],
  ['CC5.2', 'A.5.15', 'access control rules are the security management part of technology general controls'],
  ['CC5.2', 'A.8.9', 'configuration management covers controls over the technology infrastructure'],
  ['CC5.2', 'A.8.25', 'the secure development life cycle covers acquisition, development and maintenance of technology'],
  ['CC5.3', '5.2', 'the information security policy provides the framework the procedures implement'],
  ['CC5.3', '7.5', 'policies and procedures are controlled documented information with owners and reviews'],
  ['CC5.3', 'A.5.1', 'topic-specific policies are defined, approved, published and reviewed'],
  ['CC5.3', 'A.5.4', 'management makes sure personnel put the policies and procedures into practice'],
  ['CC5.3', 'A.5.37', 'operating procedures are documented and made available to those who need them'],
  // CC6 Logical and physical access controls
  ['CC6.1', 'A.5.9', 'the inventory identifies the information assets that access controls protect'],
  ['CC6.1', 'A.5.15', 'rules for logical access to information and assets'],
  ['CC6.1', 'A.5.16', 'identities are managed over their full life cycle'],
  ['CC6.1', 'A.5.17', 'authentication information is allocated and managed securely'],
  ['CC6.1', 'A.8.3', 'access to information is restricted according to the access control rules'],
  ['CC6.1', 'A.8.5', 'secure authentication technologies and procedures'],
  ['CC6.1', 'A.8.22', 'network segmentation restricts access between groups of systems'],
  ['CC6.1', 'A.8.24', 'encryption and key management protect data at rest'],
  ['CC6.1', 'A.8.27', 'new architectures are assessed against secure engineering principles'],
  ['CC6.2', 'A.5.16', 'registration and de-registration of identities'],
  ['CC6.2', 'A.5.17', 'credentials are issued only after the identity is verified and registered'],
  ['CC6.2', 'A.5.18', 'access rights are provisioned on approval and removed when no longer authorized'],
  ['CC6.3', 'A.5.3', 'conflicting duties are separated when access is granted'],
  ['CC6.3', 'A.5.15', 'access is based on business and security requirements, least privilege and need-to-know'],
  ['CC6.3', 'A.5.18', 'access rights are granted, reviewed, modified and removed'],
  ['CC6.3', 'A.8.2', 'privileged access rights are restricted and managed'],
  ['CC6.3', 'A.8.18', 'utilities able to override system controls are restricted like privileged access'],
  ['CC6.4', 'A.7.1', 'security perimeters define the areas physical access is restricted to'],
  ['CC6.4', 'A.7.2', 'entry to secure areas is controlled'],
  ['CC6.4', 'A.7.3', 'offices, rooms and facilities are secured'],
  ['CC6.4', 'A.7.4', 'premises are monitored for unauthorized physical access'],
  ['CC6.4', 'A.7.6', 'rules for working in secure areas restrict who may be there and how'],
  ['CC6.5', 'A.7.10', 'storage media are managed through to disposal'],
  ['CC6.5', 'A.7.14', 'equipment is wiped or destroyed before disposal or re-use'],
  ['CC6.5', 'A.8.10', 'information is deleted when no longer required'],
  ['CC6.6', 'A.6.7', 'remote working is protected when staff access systems from outside the premises'],
  ['CC6.6', 'A.8.5', 'strong authentication for access from outside the boundary'],
  ['CC6.6', 'A.8.20', 'networks and network devices are secured against external threats'],
  ['CC6.6', 'A.8.21', 'security of network services at the boundary'],
  ['CC6.6', 'A.8.22', 'segregation keeps external-facing zones apart from internal ones'],
  ['CC6.6', 'A.8.23', 'web filtering reduces exposure to malicious external content'],
  ['CC6.7', 'A.5.14', 'rules and agreements for transferring information by every channel'],
  ['CC6.7', 'A.7.9', 'assets taken off the premises are protected'],
  ['CC6.7', 'A.7.10', 'removable media are controlled when information moves on them'],
  ['CC6.7', 'A.8.1', 'end point devices carrying information are protected'],
  ['CC6.7', 'A.8.12', 'data leakage prevention restricts unauthorized movement of information'],
  ['CC6.7', 'A.8.24', 'encryption protects data in transmission'],
  ['CC6.8', 'A.8.7', 'protection against malware'],
  ['CC6.8', 'A.8.9', 'configuration management detects unauthorized changes to software and settings'],
  ['CC6.8', 'A.8.19', 'installation of software on operational systems is controlled'],
  // CC7 System operations
  ['CC7.1', 'A.8.8', 'technical vulnerabilities are identified, evaluated and addressed'],
  ['CC7.1', 'A.8.9', 'configuration baselines are defined and changes to them monitored'],
  ['CC7.1', 'A.8.16', 'systems are monitored for unauthorized changes and unknown components'],
  ['CC7.2', 'A.8.15', 'logs record activities, exceptions and events'],
  ['CC7.2', 'A.8.16', 'networks, systems and applications are monitored for anomalous behaviour'],
  ['CC7.2', 'A.8.17', 'synchronized clocks make events from different systems comparable'],
  ['CC7.3', 'A.5.25', 'events are assessed and a decision is taken whether they are incidents'],
  ['CC7.3', 'A.6.8', 'events observed by people reach the evaluation process'],
  ['CC7.3', 'A.8.16', 'anomalies found by monitoring are evaluated as potential incidents'],
  ['CC7.4', 'A.5.5', 'authorities are contacted during incidents when required'],
  ['CC7.4', 'A.5.24', 'incident management is planned, with roles and procedures'],
  ['CC7.4', 'A.5.26', 'incidents are responded to according to the documented procedures'],
  ['CC7.4', 'A.5.28', 'evidence about incidents is identified and preserved'],
  ['CC7.5', 'A.5.26', 'the response includes restoring affected services'],
  ['CC7.5', 'A.5.27', 'knowledge from incidents, including root cause, improves controls'],
  ['CC7.5', 'A.8.13', 'backups are the means of restoring lost or corrupted data'],
  // CC8 Change management
  ['CC8.1', 'A.8.9', 'baseline configurations are established and changed under control'],
  ['CC8.1', 'A.8.4', 'write access to source code is restricted, so changes cannot bypass the process'],
  ['CC8.1', 'A.8.25', 'changes are developed under the secure development life cycle'],
  ['CC8.1', 'A.8.29', 'changes are security tested before acceptance'],
  ['CC8.1', 'A.8.30', 'changes built by outsourced developers are directed, supervised and reviewed'],
  ['CC8.1', 'A.8.31', 'separate environments keep untested changes out of production'],
  ['CC8.1', 'A.8.32', 'changes to facilities and systems follow change management procedures'],
  ['CC8.1', 'A.8.33', 'confidential data used for testing changes is protected'],
  // CC9 Risk mitigation
  ['CC9.1', '6.1.3', 'risk treatment options include sharing risk, e.g. through insurance'],
  ['CC9.1', 'A.5.29', 'information security is maintained during disruption'],
  ['CC9.1', 'A.5.30', 'ICT readiness supports business continuity objectives'],
  ['CC9.2', 'A.5.19', 'risks from suppliers are identified and managed'],
  ['CC9.2', 'A.5.20', 'requirements are agreed in supplier contracts'],
  ['CC9.2', 'A.5.21', 'risks in the ICT supply chain are managed'],
  ['CC9.2', 'A.5.22', 'supplier services are monitored and reviewed'],
  ['CC9.2', 'A.5.23', 'acquisition, use and exit of cloud services are managed'],
  // A1 Availability
  ['A1.1', 'A.8.6', 'resource use is monitored and adjusted to current and expected capacity needs'],
  ['A1.2', 'A.5.30', 'ICT continuity arrangements provide the recovery infrastructure'],
  ['A1.2', 'A.7.5', 'protection against physical and environmental threats'],
  ['A1.2', 'A.7.8', 'equipment is sited to reduce environmental risks'],
  ['A1.2', 'A.7.11', 'power and other supporting utilities are protected'],
  ['A1.2', 'A.7.13', 'equipment, including environmental protections, is maintained'],
  ['A1.2', 'A.8.13', 'backups of information, software and systems'],
  ['A1.2', 'A.8.14', 'redundant processing facilities meet availability requirements'],
  ['A1.3', 'A.5.30', 'ICT continuity plans are tested against recovery objectives'],
  ['A1.3', 'A.8.13', 'backups are restore-tested'],
  // C1 Confidentiality
  ['C1.1', 'A.5.10', 'handling rules for information follow its classification'],
  ['C1.1', 'A.5.12', 'information is classified, which identifies what is confidential'],
  ['C1.1', 'A.5.13', 'labels make confidential information recognizable'],
  ['C1.1', 'A.5.33', 'records are retained and protected for their retention period'],
  ['C1.1', 'A.6.6', 'confidentiality agreements bind people who handle confidential information'],
  ['C1.2', 'A.7.10', 'media holding confidential information are disposed of securely'],
  ['C1.2', 'A.7.14', 'equipment is wiped or destroyed before disposal'],
  ['C1.2', 'A.8.10', 'information is deleted when no longer required'],
  // PI1 Processing integrity
  ['PI1.1', 'A.5.37', 'operating procedures document how information is processed and handled'],
  ['PI1.1', 'A.8.26', 'application requirements specify the data and transactions the system must handle'],
  ['PI1.2', 'A.8.26', 'application requirements include validation of inputs'],
  ['PI1.2', 'A.8.28', 'secure coding validates and sanitizes input'],
  ['PI1.3', 'A.5.37', 'procedures define processing activities and the handling of errors'],
  ['PI1.3', 'A.8.26', 'transaction integrity requirements guard against incomplete or altered processing'],
  ['PI1.4', 'A.5.14', 'output is transferred to intended recipients under agreed rules'],
  ['PI1.4', 'A.8.3', 'access to output is restricted to those authorized to receive it'],
  ['PI1.4', 'A.8.26', 'requirements cover the correctness of output a transaction produces'],
  ['PI1.5', 'A.5.33', 'stored records are protected from loss, destruction, falsification and unauthorized access'],
  ['PI1.5', 'A.8.13', 'stored inputs and outputs are backed up'],
  // P Privacy
  ['P1.1', '4.2', 'data subjects are interested parties; being informed is one of their requirements'],
  ['P1.1', 'A.5.34', 'privacy law requirements, including notice, are identified and met'],
  ['P2.1', '4.2', 'data subjects\' requirements include choice over how their data is used'],
  ['P2.1', 'A.5.34', 'privacy law requirements on consent and choice are identified and met'],
  ['P3.1', 'A.5.34', 'collection limitation is a privacy requirement the control covers'],
  ['P3.2', 'A.5.12', 'classification is where sensitive personal data needing explicit consent is identified'],
  ['P3.2', 'A.5.31', 'which data needs explicit consent is a legal requirement to identify'],
  ['P3.2', 'A.5.34', 'explicit consent for sensitive data is a privacy requirement the control covers'],
  ['P4.1', 'A.5.34', 'purpose limitation is a privacy requirement the control covers'],
  ['P4.1', 'A.8.11', 'masking limits exposure of personal data to the uses that need it'],
  ['P4.2', 'A.5.33', 'retention periods are set and applied to records'],
  ['P4.2', 'A.5.34', 'storage limitation is a privacy requirement the control covers'],
  ['P4.2', 'A.8.10', 'information is deleted when its retention ends'],
  ['P4.3', 'A.7.10', 'media holding personal data are disposed of securely'],
  ['P4.3', 'A.7.14', 'equipment is wiped or destroyed before disposal'],
  ['P4.3', 'A.8.10', 'personal data is deleted when no longer required'],
  ['P5.1', 'A.5.34', 'the right of access is a privacy requirement the control covers'],
  ['P5.2', 'A.5.34', 'rectification and notifying recipients are privacy requirements the control covers'],
  ['P6.1', 'A.5.14', 'disclosures to third parties are transfers under agreed rules'],
  ['P6.1', 'A.5.34', 'lawful basis or consent for disclosure is a privacy requirement the control covers'],
  ['P6.2', 'A.5.14', 'transfers are recorded for traceability'],
  ['P6.2', 'A.5.34', 'records of disclosures are a privacy requirement the control covers'],
  ['P6.3', 'A.5.24', 'incident management defines how incidents, including data breaches, are recorded'],
  ['P6.3', 'A.5.25', 'each event is assessed and the decision, including whether personal data was exposed, recorded'],
  ['P6.3', 'A.5.28', 'evidence about the disclosure is preserved'],
  ['P6.4', 'A.5.19', 'privacy risks from vendors are identified before engagement'],
  ['P6.4', 'A.5.20', 'privacy commitments are written into vendor agreements'],
  ['P6.4', 'A.5.22', 'vendor compliance with the commitments is monitored and reviewed'],
  ['P6.5', 'A.5.20', 'agreements require suppliers to notify incidents'],
  ['P6.5', 'A.5.22', 'supplier-reported incidents are reviewed as part of supplier monitoring'],
  ['P6.6', 'A.5.5', 'regulators are contacted when notification is required'],
  ['P6.6', 'A.5.26', 'the response includes communicating with affected parties'],
  ['P6.6', 'A.5.34', 'breach notification duties under privacy law are identified and met'],
  ['P6.7', 'A.5.9', 'an inventory that identifies where personal data is held makes an accounting possible'],
  ['P6.7', 'A.5.34', 'accounting to individuals is a privacy requirement the control covers'],
  ['P7.1', 'A.5.34', 'data quality is a privacy requirement the control covers'],
  ['P8.1', '10.2', 'substantiated complaints are nonconformities to correct'],
  ['P8.1', 'A.5.34', 'handling complaints and disputes is a privacy requirement the control covers'],
  ['P8.1', 'A.5.36', 'compliance with the privacy policy is reviewed regularly'],
];

export const SOC2_ISO_CROSSWALK: readonly CrosswalkRow[] = Object.freeze(
  ROWS.map(([soc2, iso, rationale]) => Object.freeze({ soc2, iso, rationale })),
);

function toTarget(ref: IsoRef): IsoTarget {
  const target = parseIsoRef(ref);
  if (!target) throw new Error(`crosswalk target is not an ISO reference: ${ref}`);
  return target;
}

const forward = new Map<string, CrosswalkRow[]>();
const reverse = new Map<IsoRef, CrosswalkRow[]>();
for (const row of SOC2_ISO_CROSSWALK) {
  forward.set(row.soc2, [...(forward.get(row.soc2) ?? []), row]);
  reverse.set(row.iso, [...(reverse.get(row.iso) ?? []), row]);
}

/** The crosswalk rows for one SOC 2 criterion, with their rationale. */
export function crosswalkRowsFor(soc2Id: string): readonly CrosswalkRow[] {
  return forward.get(soc2Id) ?? [];
}

/** ISO 27001 targets (Annex A controls and clauses) a SOC 2 criterion maps to. */
export function isoTargetsFor(soc2Id: string): readonly IsoTarget[] {
  return crosswalkRowsFor(soc2Id).map((row) => toTarget(row.iso));
}

/**
 * SOC 2 criteria that map to an ISO target. Pass `A.8.13` for an Annex A control, `6.1.3` for a
 * clause, or an IsoTarget.
 */
export function soc2CriteriaFor(iso: IsoRef | IsoTarget): readonly string[] {
  const ref = typeof iso === 'string' ? iso : iso.kind === 'annex-a' ? `A.${iso.id}` : iso.id;
  return (reverse.get(ref) ?? []).map((row) => row.soc2);
}
