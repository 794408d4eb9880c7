// The demo organisation's data inventory: the record of processing of a health-care analytics SaaS
// with offices in Dublin, San Francisco and Shanghai. Vendors and their agreements, systems, data and
// subject categories (health data, PIPL sensitive data, children), forty processing activities,
// transfers EU→US, EU→CN, CN→EU and CN→US under their mechanisms, retention maxima, and impact
// assessments (a signed-off PIPIA, a DPIA in review, a signed-off DPIA, a PIPIA in draft). A few
// gaps are left on purpose so the findings have something to show: an expired certificate, a vendor
// without a DPA, an unencrypted legacy server, a transfer without a mechanism, cookies kept too long.
import { questionIds, type AssessmentKind } from '../../../shared/assessments/questionnaires';
import type { ActivityInput, DataCategoryInput, Sensitivity, SystemInput, TransferInput, VendorInput } from '../../../shared/contract';
import { createAssessment, signOffAssessment, submitAssessment, updateAssessment } from '../assessments/assessment-changes';
import { addDays } from '../frameworks/calendar-dates';
import { createInventoryRecord, updateInventoryRecord } from '../inventory/inventory-changes';
import { ACTIVITY, DATA_CATEGORY, SUBJECT_CATEGORY, SYSTEM, TRANSFER, VENDOR } from '../inventory/inventory-queries';
import { readInventoryRules, updateInventoryRules } from '../inventory/inventory-rules';
import type { ChangeTx } from '../workspace/workspace-db';
import { PEOPLE } from './people';

type Cert = VendorInput['certifications'][number]['kind'];

interface DemoVendor {
  name: string;
  services: string;
  countries: string[];
  dpaSignedInDays: number | null;
  certifications: [Cert, number | null][];
  reviewInDays: number | null;
}

const VENDORS: readonly DemoVendor[] = [
  { name: 'Amazon Web Services EMEA SARL', services: 'Cloud hosting of the Meridian Insights platform (eu-west-1, eu-central-1)', countries: ['IE', 'DE', 'US'], dpaSignedInDays: -900, certifications: [['iso27001', 300], ['soc2_type2', 120]], reviewInDays: 60 },
  { name: 'Amazon Web Services (Ningxia, operated by NWCD)', services: 'Cloud hosting for Chinese customers’ data in AWS China (Ningxia)', countries: ['CN'], dpaSignedInDays: -400, certifications: [['iso27001', 200]], reviewInDays: 90 },
  { name: 'Snowflake Inc.', services: 'Cloud data warehouse for pseudonymised analytics', countries: ['IE', 'US'], dpaSignedInDays: -700, certifications: [['soc2_type2', 45], ['iso27001', 250]], reviewInDays: -20 },
  { name: 'ScribeMed Transcription Ltd', services: 'Clinical transcription of dictated notes for hospital customers', countries: ['GB', 'IN'], dpaSignedInDays: -600, certifications: [['soc2_type2', -20]], reviewInDays: -35 },
  { name: 'Zendesk Inc.', services: 'Customer-support ticketing and help centre', countries: ['IE', 'US'], dpaSignedInDays: -800, certifications: [['iso27001', 150], ['soc2_type2', 150]], reviewInDays: 120 },
  { name: 'Okta Inc.', services: 'Identity provider and single sign-on for staff', countries: ['US', 'IE'], dpaSignedInDays: -750, certifications: [['soc2_type2', 200], ['iso27001', 180]], reviewInDays: 150 },
  { name: 'Google Ireland Ltd (Google Workspace)', services: 'E-mail, documents and calendars', countries: ['IE', 'US'], dpaSignedInDays: -1200, certifications: [['iso27001', 240], ['soc2_type2', 240]], reviewInDays: 200 },
  { name: 'Slack Technologies', services: 'Staff messaging', countries: ['US'], dpaSignedInDays: -500, certifications: [['soc2_type2', 90]], reviewInDays: 180 },
  { name: 'Workday Ltd', services: 'HR information system and payroll for Ireland and the US', countries: ['IE', 'US'], dpaSignedInDays: -650, certifications: [['iso27001', 100], ['soc2_type1', 30]], reviewInDays: 75 },
  { name: 'Greenhouse Software', services: 'Applicant tracking', countries: ['US'], dpaSignedInDays: -300, certifications: [['soc2_type2', 60]], reviewInDays: 30 },
  { name: 'SurveyPro Analytics', services: 'Patient-experience surveys for hospital customers', countries: ['US'], dpaSignedInDays: null, certifications: [], reviewInDays: 14 },
  { name: 'Beijing Zhiyun HR Services Co., Ltd', services: 'Payroll and social insurance for Shanghai staff', countries: ['CN'], dpaSignedInDays: -380, certifications: [['other', null]], reviewInDays: 100 },
  { name: 'HubSpot Ireland Ltd', services: 'Marketing automation and CRM', countries: ['IE', 'US'], dpaSignedInDays: -450, certifications: [['soc2_type2', 130]], reviewInDays: 160 },
  { name: 'Datadog Inc.', services: 'Application monitoring and log management', countries: ['US', 'DE'], dpaSignedInDays: -520, certifications: [['soc2_type2', 210], ['iso27001', 210]], reviewInDays: 210 },
  { name: 'Bengaluru QA Partners Pvt Ltd', services: 'Outsourced release testing', countries: ['IN'], dpaSignedInDays: -200, certifications: [['iso27001', 400]], reviewInDays: 45 },
];

type DemoSystem = Omit<SystemInput, 'vendorId'> & { vendor: string | null };
const sys = (name: string, owner: string, type: string, hosting: SystemInput['hosting'], country: string, vendor: string | null, extra: Partial<DemoSystem> = {}): DemoSystem => ({
  name,
  owner,
  type,
  hosting,
  country,
  vendor,
  encryptionAtRest: true,
  encryptionInTransit: 'TLS 1.2+',
  mfaEnforced: true,
  roleBasedAccess: true,
  logging: true,
  dataResidency: country,
  ...extra,
});

const SYSTEMS: readonly DemoSystem[] = [
  sys('Meridian Insights production (AWS eu-west-1)', PEOPLE.platform, 'Analytics platform (Kubernetes, PostgreSQL)', 'cloud', 'IE', 'Amazon Web Services EMEA SARL'),
  sys('Disaster-recovery replica (AWS eu-central-1)', PEOPLE.platform, 'Database replica and backups', 'cloud', 'DE', 'Amazon Web Services EMEA SARL'),
  sys('Meridian Insights China (AWS Ningxia)', PEOPLE.shanghai, 'Analytics platform for Chinese customers', 'cloud', 'CN', 'Amazon Web Services (Ningxia, operated by NWCD)'),
  sys('HL7/FHIR ingestion gateway', PEOPLE.platform, 'Integration engine', 'cloud', 'IE', 'Amazon Web Services EMEA SARL'),
  sys('Analytics data warehouse (Snowflake)', PEOPLE.vpEngineering, 'Data warehouse', 'saas', 'IE', 'Snowflake Inc.'),
  sys('Transcription portal (ScribeMed)', PEOPLE.platform, 'Transcription service', 'saas', 'GB', 'ScribeMed Transcription Ltd', { dataResidency: 'IN' }),
  sys('Customer portal', PEOPLE.platform, 'Web application', 'cloud', 'IE', 'Amazon Web Services EMEA SARL'),
  sys('Support desk (Zendesk)', PEOPLE.counsel, 'Ticketing', 'saas', 'IE', 'Zendesk Inc.'),
  sys('Okta identity provider', PEOPLE.itOps, 'Identity and access management', 'saas', 'US', 'Okta Inc.'),
  sys('Google Workspace', PEOPLE.itOps, 'E-mail and documents', 'saas', 'IE', 'Google Ireland Ltd (Google Workspace)'),
  sys('Slack', PEOPLE.itOps, 'Messaging', 'saas', 'US', 'Slack Technologies'),
  sys('Workday HRIS', PEOPLE.peopleOps, 'HR information system', 'saas', 'IE', 'Workday Ltd'),
  sys('Greenhouse recruiting', PEOPLE.peopleOps, 'Applicant tracking', 'saas', 'US', 'Greenhouse Software'),
  sys('Shanghai HR and payroll (Zhiyun)', PEOPLE.shanghai, 'Payroll service', 'saas', 'CN', 'Beijing Zhiyun HR Services Co., Ltd'),
  sys('HubSpot marketing CRM', 'Marketing lead', 'CRM', 'saas', 'IE', 'HubSpot Ireland Ltd'),
  sys('Datadog monitoring', PEOPLE.platform, 'Monitoring and logs', 'saas', 'DE', 'Datadog Inc.'),
  sys('Patient survey platform (SurveyPro)', 'Customer success lead', 'Survey tool', 'saas', 'US', 'SurveyPro Analytics'),
  sys('Legacy SFTP referral server', PEOPLE.itOps, 'File transfer server', 'on_premises', 'IE', null, { encryptionAtRest: false, mfaEnforced: false, encryptionInTransit: 'SFTP (SSH)', logging: false }),
  sys('Staff laptops (MDM managed)', PEOPLE.itOps, 'Endpoints', 'on_premises', 'IE', null),
  sys('Secure analysis workspace (VDI)', PEOPLE.platform, 'Virtual desktops for analysts', 'cloud', 'IE', 'Amazon Web Services EMEA SARL'),
];

type DemoCategory = Omit<DataCategoryInput, 'systemIds'> & { systems: string[] };
const cat = (name: string, examples: string, sensitivity: Sensitivity[], systems: string[]): DemoCategory => ({ name, examples, sensitivity, systems });
const PROD = 'Meridian Insights production (AWS eu-west-1)';
const DR = 'Disaster-recovery replica (AWS eu-central-1)';
const CHINA = 'Meridian Insights China (AWS Ningxia)';
const WAREHOUSE = 'Analytics data warehouse (Snowflake)';

const CATEGORIES: readonly DemoCategory[] = [
  cat('Patient identifiers', 'Hospital number, national health identifier, name, date of birth', ['ordinary'], [PROD, DR, 'HL7/FHIR ingestion gateway']),
  cat('Clinical diagnoses and procedures', 'ICD-10 codes, procedure codes, admission and discharge dates', ['gdpr_art9', 'pipl_sensitive', 'ccpa_sensitive'], [PROD, DR, 'HL7/FHIR ingestion gateway']),
  cat('Medication records', 'Prescriptions and dispensing events', ['gdpr_art9', 'pipl_sensitive', 'ccpa_sensitive'], [PROD, DR]),
  cat('Laboratory results', 'Blood panels and pathology results', ['gdpr_art9', 'pipl_sensitive', 'ccpa_sensitive'], [PROD, DR]),
  cat('Genetic test results', 'Pharmacogenomic markers supplied by oncology customers', ['gdpr_art9', 'pipl_sensitive', 'ccpa_sensitive'], [PROD]),
  cat('Pseudonymised health records', 'Tokenised patient records for benchmarking', ['gdpr_art9'], [WAREHOUSE, 'Secure analysis workspace (VDI)']),
  cat('Paediatric patient records', 'Records of patients under 14 from children’s hospitals', ['gdpr_art9', 'pipl_minor_under_14', 'pipl_sensitive'], [PROD, CHINA]),
  cat('Chinese patient records', 'Records of patients of Chinese hospital customers, incl. resident ID numbers', ['pipl_sensitive'], [CHINA]),
  cat('Dictated clinical notes', 'Audio and transcripts of clinicians’ dictation', ['gdpr_art9', 'pipl_sensitive'], ['Transcription portal (ScribeMed)']),
  cat('Referral documents (fax)', 'Scanned referral letters received by fax before 2024', ['gdpr_art9'], ['Legacy SFTP referral server']),
  cat('Customer contact details', 'Names, work e-mail and phone of hospital and insurer staff', ['ordinary'], ['Customer portal', 'HubSpot marketing CRM', 'Support desk (Zendesk)']),
  cat('Support ticket content', 'Questions, screenshots, occasionally patient data pasted by customers', ['ordinary', 'gdpr_art9'], ['Support desk (Zendesk)']),
  cat('Platform user accounts', 'User names, roles, login history of customer users', ['ordinary'], ['Customer portal', 'Okta identity provider']),
  cat('Access and audit logs', 'IP addresses, user IDs, actions in the platform', ['ordinary'], ['Datadog monitoring', PROD]),
  cat('Cookie and device identifiers', 'Analytics cookies, device IDs on the marketing site and portal', ['ordinary'], ['HubSpot marketing CRM']),
  cat('Marketing preferences', 'Newsletter subscriptions, event registrations', ['ordinary'], ['HubSpot marketing CRM']),
  cat('Employee records', 'Contracts, job history, performance reviews', ['ordinary'], ['Workday HRIS', 'Shanghai HR and payroll (Zhiyun)']),
  cat('Payroll and bank details', 'Salary, bank account, tax numbers', ['ordinary', 'pipl_sensitive'], ['Workday HRIS', 'Shanghai HR and payroll (Zhiyun)']),
  cat('Employee health and absence', 'Sick notes, occupational-health referrals, accommodations', ['gdpr_art9', 'pipl_sensitive', 'ccpa_sensitive'], ['Workday HRIS']),
  cat('Chinese resident ID numbers', 'Shanghai staff and patients’ 居民身份证 numbers', ['pipl_sensitive'], ['Shanghai HR and payroll (Zhiyun)', CHINA]),
  cat('Applicant data', 'CVs, interview notes, references', ['ordinary'], ['Greenhouse recruiting']),
  cat('Background-check results', 'Criminal-record checks for roles with production access', ['gdpr_art10'], ['Greenhouse recruiting']),
  cat('Survey responses', 'Patient-experience ratings and free text', ['ordinary', 'gdpr_art9'], ['Patient survey platform (SurveyPro)']),
  cat('Biometric device-unlock data', 'Fingerprint unlock on staff laptops (kept on the device only)', ['gdpr_art9', 'pipl_sensitive'], ['Staff laptops (MDM managed)']),
  cat('Location data of field staff', 'Check-ins of implementation consultants at hospital sites', ['pipl_sensitive', 'ccpa_sensitive'], ['Slack']),
];

const SUBJECTS = [
  { name: 'Patients of hospital customers', description: 'Adults whose records hospitals send for analytics', includesMinors: false },
  { name: 'Paediatric patients', description: 'Children under 14 treated by children’s hospital customers', includesMinors: true },
  { name: 'Insurance members', description: 'Members of health-insurer customers', includesMinors: true },
  { name: 'Customer staff', description: 'Clinicians, analysts and administrators using the platform', includesMinors: false },
  { name: 'Employees and contractors', description: 'Staff in Dublin, San Francisco and Shanghai', includesMinors: false },
  { name: 'Job applicants', description: 'Candidates for open roles', includesMinors: false },
  { name: 'Website visitors and prospects', description: 'Visitors, newsletter subscribers, event attendees', includesMinors: false },
  { name: 'Survey respondents', description: 'Patients answering experience surveys', includesMinors: false },
];

type DemoActivity = Partial<Omit<ActivityInput, 'dataCategoryIds' | 'subjectCategoryIds' | 'systemIds' | 'reviewDate'>> & {
  name: string;
  purpose: string;
  categories: string[];
  subjects: string[];
  systems: string[];
  reviewInDays?: number | null;
  /** Days from the anchor on which an assessment was completed outside Custos. */
  dpiaCompletedOnDays?: number;
  pipiaCompletedOnDays?: number;
};

const HEALTH = ['Patient identifiers', 'Clinical diagnoses and procedures', 'Medication records', 'Laboratory results'];
const STAFF_CATS = ['Employee records', 'Payroll and bank details'];

const ACTIVITIES: readonly DemoActivity[] = [
  { name: 'Hospital analytics platform (processing for customers)', purpose: 'Host and analyse hospital customers’ patient records to produce clinical-quality and capacity dashboards, on their instructions', role: 'processor', gdprBasis: 'b', gdprArt9Condition: 'h', piplBasis: '2', categories: HEALTH, subjects: ['Patients of hospital customers'], systems: [PROD, DR, 'HL7/FHIR ingestion gateway'], retentionMonths: 84, volumeEstimate: 2_400_000, recipients: 'Hospital customers; sub-processors AWS, Snowflake', reviewInDays: 120 },
  { name: 'Clinical risk-scoring models', purpose: 'Score readmission and deterioration risk to flag patients for clinical review', role: 'processor', gdprBasis: 'b', gdprArt9Condition: 'h', piplBasis: '2', automatedDecisions: true, categories: [...HEALTH, 'Genetic test results'], subjects: ['Patients of hospital customers'], systems: [PROD], retentionMonths: 84, volumeEstimate: 1_100_000, reviewInDays: 30 },
  { name: 'Benchmarking with pseudonymised data', purpose: 'Compare outcomes across hospitals using pseudonymised records (Meridian as controller of the benchmark)', role: 'controller', gdprBasis: 'f', gdprArt9Condition: 'j', piplBasis: null, categories: ['Pseudonymised health records'], subjects: ['Patients of hospital customers'], systems: [WAREHOUSE, 'Secure analysis workspace (VDI)'], retentionMonths: 120, volumeEstimate: 3_000_000, reviewInDays: 200 },
  { name: 'Paediatric outcomes analytics', purpose: 'Quality dashboards for children’s hospitals', role: 'processor', gdprBasis: 'b', gdprArt9Condition: 'h', piplBasis: '2', separateConsent: true, categories: ['Patient identifiers', 'Paediatric patient records'], subjects: ['Paediatric patients'], systems: [PROD], retentionMonths: 84, volumeEstimate: 180_000, reviewInDays: 60 },
  { name: 'Analytics for Chinese hospital customers', purpose: 'Clinical dashboards for hospitals in China, hosted in AWS China', role: 'processor', gdprBasis: null, piplBasis: '2', separateConsent: true, categories: ['Chinese patient records', 'Chinese resident ID numbers', 'Paediatric patient records'], subjects: ['Patients of hospital customers', 'Paediatric patients'], systems: [CHINA], retentionMonths: 60, volumeEstimate: 450_000, reviewInDays: 45 },
  { name: 'Customer support from Shanghai', purpose: 'Second-line support of Chinese and EU customers by the Shanghai team, with pseudonymised views of tickets', role: 'controller', gdprBasis: 'f', piplBasis: '2', separateConsent: true, categories: ['Customer contact details', 'Support ticket content', 'Platform user accounts'], subjects: ['Customer staff'], systems: ['Support desk (Zendesk)', 'Customer portal'], retentionMonths: 36, volumeEstimate: 12_000, shared: true, reviewInDays: 90 },
  { name: 'Clinical transcription for customers', purpose: 'Transcribe clinicians’ dictation for hospital customers', role: 'processor', gdprBasis: 'b', gdprArt9Condition: 'h', piplBasis: null, categories: ['Dictated clinical notes'], subjects: ['Patients of hospital customers'], systems: ['Transcription portal (ScribeMed)'], retentionMonths: 12, volumeEstimate: 95_000, dpiaCompletedOnDays: -400 },
  { name: 'Insurer population-health reports', purpose: 'Aggregate risk reports for health-insurer customers', role: 'processor', gdprBasis: 'b', gdprArt9Condition: 'h', piplBasis: '2', categories: ['Patient identifiers', 'Clinical diagnoses and procedures'], subjects: ['Insurance members'], systems: [PROD, WAREHOUSE], retentionMonths: 60, volumeEstimate: 800_000, reviewInDays: 150 },
  { name: 'Life-science real-world evidence studies', purpose: 'Anonymised and pseudonymised datasets for approved research protocols', role: 'controller', gdprBasis: 'f', gdprArt9Condition: 'j', piplBasis: null, categories: ['Pseudonymised health records'], subjects: ['Patients of hospital customers'], systems: [WAREHOUSE], retentionMonths: 120, volumeEstimate: 500_000, shared: true, reviewInDays: 75 },
  { name: 'HL7/FHIR data ingestion', purpose: 'Receive and validate customer EHR feeds', role: 'processor', gdprBasis: 'b', gdprArt9Condition: 'h', piplBasis: '2', categories: HEALTH, subjects: ['Patients of hospital customers'], systems: ['HL7/FHIR ingestion gateway'], retentionMonths: 1, volumeEstimate: 2_400_000, dpiaCompletedOnDays: -300 },
  { name: 'Referral intake by secure file transfer', purpose: 'Receive referral letters from clinics still sending files by SFTP', role: 'processor', gdprBasis: 'b', gdprArt9Condition: 'h', piplBasis: '2', categories: ['Patient identifiers'], subjects: ['Patients of hospital customers'], systems: ['Legacy SFTP referral server'], retentionMonths: 6, volumeEstimate: 4_000, dpiaOverride: false, pipiaOverride: false },
  { name: 'Backups and disaster recovery', purpose: 'Keep encrypted copies of production to restore the service', role: 'processor', gdprBasis: 'b', gdprArt9Condition: 'h', piplBasis: '2', categories: HEALTH, subjects: ['Patients of hospital customers'], systems: [DR], retentionMonths: 3, volumeEstimate: 2_400_000, dpiaCompletedOnDays: -300 },
  { name: 'Platform user account management', purpose: 'Create and manage customer users’ accounts and roles', role: 'controller', gdprBasis: 'b', piplBasis: '2', categories: ['Platform user accounts'], subjects: ['Customer staff'], systems: ['Customer portal', 'Okta identity provider'], retentionMonths: 24, volumeEstimate: 9_000 },
  { name: 'Security monitoring and audit logging', purpose: 'Detect misuse and investigate incidents', role: 'controller', gdprBasis: 'f', piplBasis: '3', categories: ['Access and audit logs'], subjects: ['Customer staff', 'Employees and contractors'], systems: ['Datadog monitoring', PROD], retentionMonths: 13, volumeEstimate: 10_000 },
  { name: 'Customer support (EU and US)', purpose: 'Answer customer questions and incidents', role: 'controller', gdprBasis: 'b', piplBasis: '2', categories: ['Customer contact details', 'Support ticket content'], subjects: ['Customer staff'], systems: ['Support desk (Zendesk)'], retentionMonths: 36, volumeEstimate: 9_000 },
  { name: 'Recorded support calls', purpose: 'Record support calls for quality and training', role: 'controller', gdprBasis: 'f', piplBasis: '1', separateConsent: false, categories: ['Customer contact details'], subjects: ['Customer staff'], systems: ['Support desk (Zendesk)'], retentionMonths: null, volumeEstimate: 2_000 },
  { name: 'Customer contract management', purpose: 'Contracts, invoicing and account management', role: 'controller', gdprBasis: 'b', piplBasis: '2', categories: ['Customer contact details'], subjects: ['Customer staff'], systems: ['HubSpot marketing CRM', 'Google Workspace'], retentionMonths: 84, volumeEstimate: 3_000 },
  { name: 'Website analytics', purpose: 'Measure use of the marketing website and portal login page', role: 'controller', gdprBasis: 'a', piplBasis: '1', categories: ['Cookie and device identifiers'], subjects: ['Website visitors and prospects'], systems: ['HubSpot marketing CRM'], retentionMonths: 26, volumeEstimate: 70_000 },
  { name: 'Newsletter and event marketing', purpose: 'Send product news and event invitations to subscribers', role: 'controller', gdprBasis: 'a', piplBasis: '1', categories: ['Customer contact details', 'Marketing preferences'], subjects: ['Website visitors and prospects'], systems: ['HubSpot marketing CRM'], retentionMonths: 24, volumeEstimate: 15_000 },
  { name: 'Sales prospecting from purchased lists', purpose: 'Contact hospital managers from a purchased contact list', role: 'controller', gdprBasis: null, piplBasis: null, source: 'third_party', categories: ['Customer contact details'], subjects: ['Website visitors and prospects'], systems: ['HubSpot marketing CRM'], retentionMonths: 12, volumeEstimate: 5_000 },
  { name: 'Conference lead capture', purpose: 'Scan badges of visitors at trade fairs', role: 'controller', gdprBasis: 'a', piplBasis: '1', categories: ['Customer contact details', 'Marketing preferences'], subjects: ['Website visitors and prospects'], systems: ['HubSpot marketing CRM'], retentionMonths: 18, volumeEstimate: 2_500 },
  { name: 'Patient-experience surveys', purpose: 'Survey patients on behalf of hospital customers', role: 'processor', gdprBasis: 'b', gdprArt9Condition: 'h', piplBasis: '2', categories: ['Survey responses'], subjects: ['Survey respondents'], systems: ['Patient survey platform (SurveyPro)'], retentionMonths: 24, volumeEstimate: 40_000, dpiaOverride: false, pipiaOverride: false },
  { name: 'Payroll (Ireland and US)', purpose: 'Pay salaries and report taxes', role: 'controller', gdprBasis: 'c', piplBasis: '3', categories: STAFF_CATS, subjects: ['Employees and contractors'], systems: ['Workday HRIS'], retentionMonths: 84, volumeEstimate: 200 },
  { name: 'Payroll and social insurance (Shanghai)', purpose: 'Pay Shanghai staff and file social insurance and housing fund', role: 'controller', gdprBasis: null, piplBasis: '2', separateConsent: true, categories: [...STAFF_CATS, 'Chinese resident ID numbers'], subjects: ['Employees and contractors'], systems: ['Shanghai HR and payroll (Zhiyun)'], retentionMonths: 60, volumeEstimate: 40, pipiaCompletedOnDays: -250 },
  { name: 'Personnel administration', purpose: 'Employment contracts, performance and career management', role: 'controller', gdprBasis: 'b', piplBasis: '2', categories: ['Employee records'], subjects: ['Employees and contractors'], systems: ['Workday HRIS', 'Google Workspace'], retentionMonths: 84, volumeEstimate: 240 },
  { name: 'Sickness absence and occupational health', purpose: 'Manage sick leave and workplace accommodations', role: 'controller', gdprBasis: 'c', gdprArt9Condition: 'b', piplBasis: '2', separateConsent: true, categories: ['Employee health and absence'], subjects: ['Employees and contractors'], systems: ['Workday HRIS'], retentionMonths: 36, volumeEstimate: 240, dpiaCompletedOnDays: -500, pipiaCompletedOnDays: -500 },
  { name: 'Shanghai staff wellness programme', purpose: 'Voluntary health check-ups arranged for Shanghai staff', role: 'controller', gdprBasis: null, piplBasis: '1', separateConsent: false, categories: ['Employee health and absence', 'Chinese resident ID numbers'], subjects: ['Employees and contractors'], systems: ['Shanghai HR and payroll (Zhiyun)'], retentionMonths: 24, volumeEstimate: 40, pipiaCompletedOnDays: -100 },
  { name: 'Recruitment', purpose: 'Select candidates for open roles', role: 'controller', gdprBasis: 'b', piplBasis: '1', categories: ['Applicant data'], subjects: ['Job applicants'], systems: ['Greenhouse recruiting'], retentionMonths: 24, volumeEstimate: 3_000 },
  { name: 'Pre-employment background checks', purpose: 'Criminal-record checks for roles with access to production data', role: 'controller', gdprBasis: 'c', piplBasis: '1', separateConsent: true, categories: ['Background-check results'], subjects: ['Job applicants'], systems: ['Greenhouse recruiting'], retentionMonths: 6, volumeEstimate: 60, dpiaCompletedOnDays: -200 },
  { name: 'Staff identity and access management', purpose: 'Single sign-on, MFA and access reviews for staff', role: 'controller', gdprBasis: 'b', piplBasis: '2', categories: ['Employee records', 'Access and audit logs'], subjects: ['Employees and contractors'], systems: ['Okta identity provider'], retentionMonths: 24, volumeEstimate: 260 },
  { name: 'Endpoint management', purpose: 'Manage and secure staff laptops', role: 'controller', gdprBasis: 'f', piplBasis: '2', categories: ['Biometric device-unlock data', 'Access and audit logs'], subjects: ['Employees and contractors'], systems: ['Staff laptops (MDM managed)'], retentionMonths: 12, volumeEstimate: 260, gdprArt9Condition: 'a', separateConsent: true, dpiaCompletedOnDays: -150, pipiaCompletedOnDays: -150 },
  { name: 'Internal communications', purpose: 'Staff messaging and collaboration', role: 'controller', gdprBasis: 'f', piplBasis: '2', categories: ['Employee records'], subjects: ['Employees and contractors'], systems: ['Slack', 'Google Workspace'], retentionMonths: 36, volumeEstimate: 260 },
  { name: 'Field consultant check-ins', purpose: 'Know where implementation consultants are for safety and scheduling', role: 'controller', gdprBasis: 'f', piplBasis: '2', categories: ['Location data of field staff'], subjects: ['Employees and contractors'], systems: ['Slack'], retentionMonths: 3, volumeEstimate: 30, pipiaCompletedOnDays: -60 },
  { name: 'Release testing with synthetic and masked data', purpose: 'Test releases with masked copies of production data', role: 'processor', gdprBasis: 'b', gdprArt9Condition: 'h', piplBasis: null, categories: ['Pseudonymised health records'], subjects: ['Patients of hospital customers'], systems: ['Secure analysis workspace (VDI)'], retentionMonths: 1, volumeEstimate: 50_000, dpiaCompletedOnDays: -120 },
  { name: 'Data-subject request handling', purpose: 'Receive and answer rights requests from individuals', role: 'controller', gdprBasis: 'c', piplBasis: '3', categories: ['Customer contact details', 'Patient identifiers'], subjects: ['Patients of hospital customers', 'Customer staff', 'Website visitors and prospects'], systems: ['Support desk (Zendesk)', 'Google Workspace'], retentionMonths: 36, volumeEstimate: 300 },
  { name: 'Incident and breach management', purpose: 'Investigate and notify security incidents and personal-data breaches', role: 'controller', gdprBasis: 'c', piplBasis: '3', categories: ['Access and audit logs', 'Customer contact details'], subjects: ['Customer staff', 'Employees and contractors'], systems: ['Google Workspace', 'Datadog monitoring'], retentionMonths: 72, volumeEstimate: 500 },
  { name: 'Whistleblowing channel', purpose: 'Receive and investigate reports of wrongdoing', role: 'controller', gdprBasis: 'c', piplBasis: '3', categories: ['Employee records'], subjects: ['Employees and contractors'], systems: ['Google Workspace'], retentionMonths: 36, volumeEstimate: 20 },
  { name: 'Board and investor reporting', purpose: 'Prepare board packs with staff and customer figures', role: 'controller', gdprBasis: 'f', piplBasis: '2', categories: ['Employee records', 'Customer contact details'], subjects: ['Employees and contractors', 'Customer staff'], systems: ['Google Workspace'], retentionMonths: 120, volumeEstimate: 300 },
  { name: 'Customer onboarding and due diligence', purpose: 'Set up new customers, check signatories and sanctions lists', role: 'controller', gdprBasis: 'c', piplBasis: '3', categories: ['Customer contact details'], subjects: ['Customer staff'], systems: ['HubSpot marketing CRM'], retentionMonths: 84, volumeEstimate: 500 },
  { name: 'Product research interviews', purpose: 'Interview clinicians about product needs', role: 'controller', gdprBasis: 'a', piplBasis: '1', categories: ['Customer contact details'], subjects: ['Customer staff'], systems: ['Google Workspace'], retentionMonths: 24, volumeEstimate: 150 },
];

interface DemoTransfer {
  activity: string;
  from: string;
  to: string;
  recipient: string;
  gdpr: TransferInput['gdprMechanism'];
  pipl: TransferInput['piplMechanism'];
  filedInDays?: number;
  volume: number;
}

const TRANSFERS: readonly DemoTransfer[] = [
  { activity: 'Hospital analytics platform (processing for customers)', from: 'IE', to: 'US', recipient: 'Snowflake Inc. (support access)', gdpr: 'adequacy', pipl: 'none', volume: 2_400_000 },
  { activity: 'Benchmarking with pseudonymised data', from: 'IE', to: 'US', recipient: 'Meridian Health Analytics Inc. (San Francisco data science)', gdpr: 'scc', pipl: 'none', volume: 3_000_000 },
  { activity: 'Customer support from Shanghai', from: 'IE', to: 'CN', recipient: '美瑞迪安健康数据分析（上海）有限公司 (support team)', gdpr: 'scc', pipl: 'none', volume: 12_000 },
  { activity: 'Customer support from Shanghai', from: 'CN', to: 'IE', recipient: 'Meridian Health Analytics Ltd (Dublin escalation)', gdpr: 'none', pipl: 'standard_contract', filedInDays: -300, volume: 3_000 },
  { activity: 'Analytics for Chinese hospital customers', from: 'CN', to: 'IE', recipient: 'Meridian Health Analytics Ltd (aggregate statistics only)', gdpr: 'none', pipl: 'standard_contract', filedInDays: -280, volume: 450_000 },
  { activity: 'Analytics for Chinese hospital customers', from: 'CN', to: 'US', recipient: 'Meridian Health Analytics Inc. (model engineering)', gdpr: 'none', pipl: 'none', volume: 20_000 },
  { activity: 'Payroll and social insurance (Shanghai)', from: 'CN', to: 'IE', recipient: 'Meridian Health Analytics Ltd (group finance)', gdpr: 'none', pipl: 'standard_contract', filedInDays: -250, volume: 40 },
  { activity: 'Clinical transcription for customers', from: 'IE', to: 'IN', recipient: 'ScribeMed Transcription (Chennai centre)', gdpr: 'scc', pipl: 'none', volume: 95_000 },
  { activity: 'Release testing with synthetic and masked data', from: 'IE', to: 'IN', recipient: 'Bengaluru QA Partners Pvt Ltd', gdpr: 'none', pipl: 'none', volume: 50_000 },
  { activity: 'Customer support (EU and US)', from: 'IE', to: 'US', recipient: 'Zendesk Inc.', gdpr: 'adequacy', pipl: 'none', volume: 9_000 },
  { activity: 'Staff identity and access management', from: 'IE', to: 'US', recipient: 'Okta Inc.', gdpr: 'adequacy', pipl: 'none', volume: 260 },
  { activity: 'Payroll (Ireland and US)', from: 'IE', to: 'US', recipient: 'Meridian Health Analytics Inc. (HR)', gdpr: 'scc', pipl: 'none', volume: 200 },
  { activity: 'Internal communications', from: 'IE', to: 'US', recipient: 'Slack Technologies', gdpr: 'adequacy', pipl: 'none', volume: 260 },
  { activity: 'Patient-experience surveys', from: 'IE', to: 'US', recipient: 'SurveyPro Analytics', gdpr: 'derogation', pipl: 'none', volume: 40_000 },
  { activity: 'Security monitoring and audit logging', from: 'DE', to: 'US', recipient: 'Datadog Inc.', gdpr: 'scc', pipl: 'none', volume: 10_000 },
];

/** The vendors' processing activities (their DPAs cover these). */
const VENDOR_ACTIVITIES: Readonly<Record<string, string[]>> = {
  'Amazon Web Services EMEA SARL': ['Hospital analytics platform (processing for customers)', 'Clinical risk-scoring models', 'Backups and disaster recovery', 'HL7/FHIR data ingestion'],
  'Amazon Web Services (Ningxia, operated by NWCD)': ['Analytics for Chinese hospital customers'],
  'Snowflake Inc.': ['Benchmarking with pseudonymised data', 'Life-science real-world evidence studies', 'Insurer population-health reports'],
  'ScribeMed Transcription Ltd': ['Clinical transcription for customers'],
  'Zendesk Inc.': ['Customer support (EU and US)', 'Customer support from Shanghai', 'Data-subject request handling'],
  'Okta Inc.': ['Staff identity and access management', 'Platform user account management'],
  'Workday Ltd': ['Payroll (Ireland and US)', 'Personnel administration', 'Sickness absence and occupational health'],
  'Greenhouse Software': ['Recruitment', 'Pre-employment background checks'],
  'SurveyPro Analytics': ['Patient-experience surveys'],
  'Beijing Zhiyun HR Services Co., Ltd': ['Payroll and social insurance (Shanghai)', 'Shanghai staff wellness programme'],
  'HubSpot Ireland Ltd': ['Newsletter and event marketing', 'Website analytics', 'Sales prospecting from purchased lists'],
  'Datadog Inc.': ['Security monitoring and audit logging'],
  'Bengaluru QA Partners Pvt Ltd': ['Release testing with synthetic and masked data'],
};

/** Retention maxima the DPO set: analytics cookies 13 months (supervisory guidance), background checks 6. */
const CATEGORY_RETENTION: readonly [string, number][] = [
  ['Cookie and device identifiers', 13],
  ['Background-check results', 6],
  ['Applicant data', 24],
];

type Answers = Record<string, string>;

const PIPIA_SUPPORT: Answers = {
  pipia_situations: 'Cross-border provision (Art 55(4)) and providing personal information to another processor (Art 55(3)): ticket data of Chinese customers’ users is escalated from Shanghai to the Dublin team.',
  pipia_processing_description: 'Names, work e-mail addresses and ticket content of customer staff; about 3,000 people a year; pseudonymised ticket views; access through Zendesk roles.',
  pipia_legality: 'Necessary to perform the support contract with the customer (Art 13(1)(2)); separate consent obtained in the portal for the cross-border provision (Art 39).',
  pipia_legitimacy: 'Used only to resolve the ticket; no marketing or profiling; the users are told in the Chinese privacy notice.',
  pipia_necessity: 'Only escalated tickets leave China; attachments with patient data are blocked by a DLP rule before escalation.',
  pipia_rights_impact: 'Low: business contact details; a leak could expose users to phishing. Users can access and delete through the portal.',
  pipia_security_risks: 'Unauthorised access by Dublin staff beyond the ticket; over-retention in Zendesk; transfer interception.',
  pipia_measures_lawful: 'CAC standard contract filed with the Shanghai Cyberspace Administration; separate consent; Art 17 notice updated.',
  pipia_measures_effective: 'Role-based views, TLS 1.2+, 36-month deletion job tested quarterly, access reviews.',
  pipia_measures_proportionate: 'Measures match a low-risk category of data; no sensitive PI is transferred.',
};

const DPIA_SCORING: Answers = {
  dpia_nature_scope: 'Machine-learning models score the readmission and deterioration risk of about 1.1 million patients a year from diagnoses, medication, laboratory and pharmacogenomic data.',
  dpia_context: 'Processing for hospital customers, who remain controllers; clinicians review every flag; patients do not expect automated scoring and some are vulnerable.',
  dpia_purposes: 'Help clinicians prioritise reviews of patients at risk; not used for insurance or employment decisions.',
  dpia_data_flows: 'EHR feeds → ingestion gateway → production database → scoring service → customer dashboard. No data leaves the EU.',
  dpia_lawful_basis: 'Customers rely on Art 6(1)(e)/(c) and Art 9(2)(h); Meridian acts under the DPA (Art 28).',
  dpia_minimisation: 'Features limited to those with clinical evidence; identifiers replaced by tokens inside the model pipeline.',
  dpia_retention: 'Scores kept 84 months with the underlying record, following customers’ record-retention schedules.',
  dpia_information_rights: 'Customers inform patients in their notices; template wording supplied. Art 22 does not apply because a clinician decides.',
  dpia_processors_transfers: 'AWS (eu-west-1) only; no third-country transfer.',
  dpia_risk_sources: 'Biased models, unauthorised access by staff, model inversion revealing genetic markers.',
  dpia_risk_impacts: 'Wrong prioritisation could delay care; disclosure of genetic data would be severe for patients.',
  dpia_safeguards: 'Clinician in the loop; bias testing each release; model cards shared with customers.',
  dpia_security: 'Encryption at rest and in transit, just-in-time admin access, logging and alerts.',
  dpia_dpo_advice: 'DPO advised to remove pharmacogenomic markers unless a customer’s clinical need is documented; pending.',
};

const DPIA_BENCHMARK: Answers = {
  dpia_nature_scope: 'Pseudonymised records of about 3 million patients compared across hospitals.',
  dpia_context: 'Meridian is controller of the benchmark; hospitals agreed to contribute under their contracts.',
  dpia_purposes: 'Benchmark outcomes and length of stay across peer hospitals.',
  dpia_data_flows: 'Production → tokenisation → Snowflake warehouse → secure analysis workspace; outputs aggregated with small-cell suppression.',
  dpia_lawful_basis: 'Art 6(1)(f) legitimate interests (balancing test on file); Art 9(2)(j) with Irish Health Research Regulations safeguards.',
  dpia_minimisation: 'Tokens instead of identifiers; dates shifted; cohorts under 10 suppressed centrally.',
  dpia_retention: '120 months, reviewed yearly by the data governance board.',
  dpia_information_rights: 'Hospitals’ notices name benchmarking; objections honoured by excluding the token.',
  dpia_processors_transfers: 'Snowflake (EU region); San Francisco data scientists access under SCCs through the VDI only.',
  dpia_risk_sources: 'Re-identification by combining outputs; insider misuse in the warehouse.',
  dpia_risk_impacts: 'Disclosure of health conditions; loss of trust in hospitals.',
  dpia_safeguards: 'Central small-cell suppression; output checking; contractual bans on re-identification.',
  dpia_security: 'VDI without download; warehouse roles; quarterly access review.',
  dpia_dpo_advice: 'DPO agreed with the measures; residual risk acceptable.',
  dpia_subject_views: 'Patient panel consulted through two partner hospitals in 2025.',
};

const PIPIA_CHINA_PARTIAL: Answers = {
  pipia_situations: 'Sensitive PI (medical records, minors under 14) and cross-border provision of aggregate statistics and model-engineering samples to Meridian Inc.',
  pipia_processing_description: 'Records of about 450,000 patients of Chinese hospitals, hosted in AWS China (Ningxia).',
  pipia_legality: 'Contract with the hospitals (Art 13(1)(2)); hospitals obtain separate consent and guardian consent for children (Art 31).',
};

function fillAll(kind: AssessmentKind, answers: Answers): Answers {
  return Object.fromEntries(questionIds(kind).map((id) => [id, answers[id] ?? 'Not applicable: see the processing description.']));
}

export function populateDemoInventory(tx: ChangeTx, anchor: string): void {
  const day = (offset: number | null | undefined) => (offset === null || offset === undefined ? null : addDays(anchor, offset));
  const ids = new Map<string, string>();
  const id = (name: string) => {
    const found = ids.get(name);
    if (!found) throw new Error(`demo inventory: no record named ${name}`);
    return found;
  };

  const vendorInputs = new Map<string, VendorInput>();
  for (const v of VENDORS) {
    const input: VendorInput = {
      name: v.name,
      services: v.services,
      countries: v.countries,
      dpaSignedOn: day(v.dpaSignedInDays),
      certifications: v.certifications.map(([kind, days]) => ({ kind, expires: day(days) })),
      reviewDate: day(v.reviewInDays),
      activityIds: [],
    };
    vendorInputs.set(v.name, input);
    ids.set(v.name, createInventoryRecord(tx, VENDOR, input as unknown as Record<string, unknown>).id);
  }
  for (const { vendor, ...s } of SYSTEMS) {
    ids.set(s.name, createInventoryRecord(tx, SYSTEM, { ...s, vendorId: vendor === null ? null : id(vendor) }).id);
  }
  for (const { systems, ...c } of CATEGORIES) {
    ids.set(c.name, createInventoryRecord(tx, DATA_CATEGORY, { ...c, systemIds: systems.map(id) }).id);
  }
  for (const s of SUBJECTS) ids.set(s.name, createInventoryRecord(tx, SUBJECT_CATEGORY, s).id);

  for (const a of ACTIVITIES) {
    const { categories, subjects, systems, reviewInDays, dpiaCompletedOnDays, pipiaCompletedOnDays, ...rest } = a;
    const input: ActivityInput = {
      role: 'controller',
      gdprBasis: null,
      gdprArt9Condition: null,
      piplBasis: null,
      separateConsent: false,
      ccpaBusinessPurpose: '',
      sold: false,
      shared: false,
      recipients: '',
      retentionMonths: null,
      deletionMethod: 'Automated deletion job at the end of the period',
      volumeEstimate: 0,
      source: 'collected_from_subject',
      automatedDecisions: false,
      dpiaOverride: null,
      pipiaOverride: null,
      owner: PEOPLE.dpo,
      ...rest,
      dpiaCompletedOn: day(dpiaCompletedOnDays),
      pipiaCompletedOn: day(pipiaCompletedOnDays),
      dataCategoryIds: categories.map(id),
      subjectCategoryIds: subjects.map(id),
      systemIds: systems.map(id),
      reviewDate: day(reviewInDays ?? null),
    };
    if (input.role === 'processor' && input.ccpaBusinessPurpose === '') input.ccpaBusinessPurpose = 'Performing services on behalf of the business (1798.140(e)(5))';
    ids.set(a.name, createInventoryRecord(tx, ACTIVITY, input as unknown as Record<string, unknown>).id);
  }

  for (const t of TRANSFERS) {
    const input: TransferInput = {
      activityId: id(t.activity),
      fromCountry: t.from,
      toCountry: t.to,
      recipient: t.recipient,
      gdprMechanism: t.gdpr,
      piplMechanism: t.pipl,
      standardContractFiledOn: day(t.filedInDays),
      volume: t.volume,
    };
    createInventoryRecord(tx, TRANSFER, input as unknown as Record<string, unknown>);
  }

  for (const [vendor, activities] of Object.entries(VENDOR_ACTIVITIES)) {
    const input = { ...vendorInputs.get(vendor)!, activityIds: activities.map(id) };
    updateInventoryRecord(tx, VENDOR, id(vendor), input as unknown as Record<string, unknown>, ['vendor']);
  }

  updateInventoryRules(tx, { ...readInventoryRules(tx.db), categoryRetention: CATEGORY_RETENTION.map(([name, maxMonths]) => ({ dataCategoryId: id(name), maxMonths })) });

  // A signed-off PIPIA (kept three years), a DPIA in review, a signed-off DPIA, a PIPIA in draft.
  const pipia = createAssessment(tx, { kind: 'pipia', activityId: id('Customer support from Shanghai'), name: 'Cross-border support escalation (China → Ireland)', assessor: PEOPLE.dpo });
  updateAssessment(tx, pipia.id, { answers: fillAll('pipia', PIPIA_SUPPORT), likelihood: 2, severity: 1, reviewDate: day(335) });
  submitAssessment(tx, pipia.id);
  signOffAssessment(tx, pipia.id, PEOPLE.ceo, 'Approved with the standard contract filing.', day(335));

  const scoring = createAssessment(tx, { kind: 'dpia', activityId: id('Clinical risk-scoring models'), name: 'Readmission and deterioration risk scoring', assessor: PEOPLE.dpo });
  updateAssessment(tx, scoring.id, { answers: fillAll('dpia', DPIA_SCORING), likelihood: 2, severity: 4, reviewDate: day(21) });
  submitAssessment(tx, scoring.id);

  const benchmark = createAssessment(tx, { kind: 'dpia', activityId: id('Benchmarking with pseudonymised data'), name: 'Cross-hospital benchmarking', assessor: PEOPLE.dpo });
  updateAssessment(tx, benchmark.id, { answers: DPIA_BENCHMARK, likelihood: 1, severity: 3 });
  submitAssessment(tx, benchmark.id);
  signOffAssessment(tx, benchmark.id, PEOPLE.ceo, 'Residual risk accepted on the DPO’s advice.', day(355));

  const china = createAssessment(tx, { kind: 'pipia', activityId: id('Analytics for Chinese hospital customers'), name: 'Hospital analytics in AWS China', assessor: PEOPLE.shanghai });
  updateAssessment(tx, china.id, { answers: PIPIA_CHINA_PARTIAL, likelihood: 3, severity: 3, reviewDate: day(14) });
}
