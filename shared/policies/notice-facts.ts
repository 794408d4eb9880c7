// The facts a policy or privacy-notice template is filled with. The backend derives them from the
// organisation profile and the data inventory; templates reach them through placeholders (see
// ./fill-template.ts). Every string here is user-entered text unless its comment says otherwise: the
// filler escapes it before it enters the Markdown.
import type {
  DATA_SOURCES,
  GDPR_ART9_CONDITIONS,
  GDPR_BASES,
  GDPR_TRANSFER_MECHANISMS,
  PIPL_BASES,
  PIPL_TRANSFER_MECHANISMS,
  Sensitivity,
} from '../contract/areas/inventory';

export type GdprBasis = (typeof GDPR_BASES)[number];
export type GdprArt9Condition = (typeof GDPR_ART9_CONDITIONS)[number];
export type PiplBasis = (typeof PIPL_BASES)[number];
export type DataSource = (typeof DATA_SOURCES)[number];
export type GdprTransferMechanism = (typeof GDPR_TRANSFER_MECHANISMS)[number];
export type PiplTransferMechanism = (typeof PIPL_TRANSFER_MECHANISMS)[number];
export type { Sensitivity };

/** A named person or function and how to reach them. Empty strings mean "not given". */
export interface ContactPerson {
  name: string;
  email: string;
}

/** Who the organisation is. Derived from the organisation profile. */
export interface OrganisationFacts {
  /** Registered legal name (profile `legalName`). Never empty. */
  legalName: string;
  /** Trading name; '' when the organisation trades under its legal name. */
  tradingName: string;
  /** Registered address (profile `registeredAddress`); '' when not recorded. */
  address: string;
  /** ISO 3166-1 alpha-2 country of establishment, '' when not recorded. Rendered as a code. */
  country: string;
  /**
   * The privacy contact e-mail the notices publish: the profile's privacy e-mail, else the DPO's;
   * '' renders a visible "to be completed" marker.
   */
  contactEmail: string;
  /** GDPR data protection officer (profile `dpoName` / `dpoEmail`); null when none is appointed. */
  dpo: ContactPerson | null;
  /** PIPL Art 52 personal-information protection officer (the profile's, else the DPO where PIPL applies); null when none. */
  piplOfficer: ContactPerson | null;
  /** GDPR Art 27 representative in the EU (name and address in one line); '' when none. */
  euRepresentative: string;
  /** PIPL Art 53 representative in China (name and address in one line); '' when none. */
  chinaRepresentative: string;
}

/** What a document is, beside its text. Filled by the policies backend from the document record. */
export interface DocumentFacts {
  /** YYYY-MM-DD the document takes effect (or was last updated, for notices). Rendered localized. */
  effectiveDate: string;
  /** Review cycle in months (from the template catalog unless the user changed it). */
  reviewCycleMonths: number;
  /** The role or person who owns the document, e.g. 'Chief Information Security Officer'. */
  owner: string;
  /** The document's version label, e.g. '1.0'. */
  version: string;
}

/** Facts for an internal policy (information security, access control …). */
export interface PolicyFacts {
  organisation: OrganisationFacts;
  document: DocumentFacts;
}

/** A category of personal data (inventory data category). */
export interface NoticeDataCategory {
  id: string;
  name: string;
  /** Examples of the data items, e.g. 'name, e-mail, phone'; '' when not recorded. */
  examples: string;
  /** At least one entry; `ordinary` when nothing special. */
  sensitivity: Sensitivity[];
}

/** A category of data subjects (inventory subject category). */
export interface NoticeSubjectCategory {
  id: string;
  name: string;
  includesMinors: boolean;
}

/** One purpose of processing (one inventory processing activity in which the organisation is controller). */
export interface NoticePurpose {
  id: string;
  /** The activity's name, e.g. 'Payroll'. */
  name: string;
  /** What the processing is for, in the organisation's words. */
  purpose: string;
  /** GDPR Art 6(1) basis letter, null when not decided (rendered as "to be determined"). */
  gdprBasis: GdprBasis | null;
  /** GDPR Art 9(2) condition letter for special-category data, null when none. */
  gdprArt9Condition: GdprArt9Condition | null;
  /** The legitimate interests pursued when `gdprBasis` is 'f'; '' falls back to `purpose`. */
  legitimateInterests: string;
  /** PIPL Art 13 basis number, null when not decided. */
  piplBasis: PiplBasis | null;
  /** Whether the activity relies on separate consent (PIPL Art 29 / 39). */
  separateConsent: boolean;
  /** CCPA business or commercial purpose; '' falls back to `purpose`. */
  ccpaBusinessPurpose: string;
  /** Whether the personal information is sold (CCPA 1798.140(ad)). */
  sold: boolean;
  /** Whether it is shared for cross-context behavioural advertising (CCPA 1798.140(ah)). */
  shared: boolean;
  /** Ids into `NoticeFacts.dataCategories`. */
  dataCategoryIds: string[];
  /** Ids into `NoticeFacts.subjectCategories`. */
  subjectCategoryIds: string[];
  /** Recipients or categories of recipients as recorded, e.g. 'payroll provider; tax authority'. */
  recipients: string;
  /** How long the data is kept, in months; null renders the criteria in `retentionCriteria`. */
  retentionMonths: number | null;
  /** Retention criteria or deletion method as recorded; '' when none. */
  retentionCriteria: string;
  /** Where the data comes from. */
  source: DataSource;
  /** Whether decisions are taken solely by automated means (GDPR Art 22, PIPL Art 24). */
  automatedDecisions: boolean;
  /** The logic and the consequences, when `automatedDecisions`; '' when not described. */
  automatedDecisionLogic: string;
}

/** A cross-border transfer or provision (inventory transfer). */
export interface NoticeTransfer {
  id: string;
  /** The purpose (activity) the transfer serves; an id into `NoticeFacts.purposes`. */
  purposeId: string;
  /** ISO 3166-1 alpha-2 codes. Rendered as codes; the filler does not name countries. */
  fromCountry: string;
  toCountry: string;
  /** The receiving party's name. */
  recipient: string;
  /** The receiving party's contact (PIPL Art 39); '' when not recorded. */
  recipientContact: string;
  gdprMechanism: GdprTransferMechanism;
  piplMechanism: PiplTransferMechanism;
}

/** A vendor acting as processor or service provider (inventory vendor). */
export interface NoticeVendor {
  id: string;
  name: string;
  services: string;
  /** ISO 3166-1 alpha-2 codes where it processes data. */
  countries: string[];
}

/** How people can send a request. Empty strings mean the channel is not offered. */
export interface RequestChannels {
  email: string;
  /** An https URL of a request form. Rendered as text, not as a link. */
  webForm: string;
  /** A telephone number (CCPA asks for a toll-free number for most businesses). */
  phone: string;
  postalAddress: string;
}

/** CCPA-only statements the inventory cannot derive. */
export interface CcpaFacts {
  /** Whether personal information of consumers under 16 is knowingly sold or shared. */
  sellsOrSharesUnder16: boolean;
  /** Whether sensitive personal information is used beyond the purposes in regs 7027(m). */
  usesSensitiveBeyondPermitted: boolean;
  /** Whether opt-out preference signals (e.g. Global Privacy Control) are honoured. */
  honoursOptOutPreferenceSignals: boolean;
}

/** Everything a privacy notice template needs. */
export interface NoticeFacts extends PolicyFacts {
  /** YYYY-MM-DD the notice was last updated. Rendered localized. */
  lastUpdated: string;
  /** Purposes in which the organisation acts as controller / business / personal-information processor. */
  purposes: NoticePurpose[];
  dataCategories: NoticeDataCategory[];
  subjectCategories: NoticeSubjectCategory[];
  transfers: NoticeTransfer[];
  vendors: NoticeVendor[];
  requestChannels: RequestChannels;
  /** Name of the lead supervisory authority (GDPR); '' renders a generic sentence. */
  supervisoryAuthority: string;
  ccpa: CcpaFacts;
}

export type TemplateFacts = PolicyFacts | NoticeFacts;

export function isNoticeFacts(facts: TemplateFacts): facts is NoticeFacts {
  return 'purposes' in facts && Array.isArray((facts as NoticeFacts).purposes);
}
