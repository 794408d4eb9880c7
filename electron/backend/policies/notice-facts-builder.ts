// The facts a policy or notice template is filled with, read from the workspace: the organisation
// profile and the data inventory. Lists are sorted by id so the same workspace always gives the same
// facts, and so the same facts hash (drift detection compares hashes first).
import { createHash } from 'node:crypto';
import type { OrganisationProfile } from '../../../shared/contract';
import type { ContactPerson, DocumentFacts, NoticeFacts, OrganisationFacts, PolicyFacts } from '../../../shared/policies/notice-facts';
import { loadInventory } from '../inventory/inventory-queries';
import { getOrganisation } from '../organisation/organisation-queries';
import type { Db } from '../workspace/sqlcipher';

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The PIPL Art 52 officer: the one the profile names, else (where the organisation processes under
 * PIPL) the DPO, who then answers for both.
 */
function piplOfficerOf(profile: OrganisationProfile | null, dpo: ContactPerson | null): ContactPerson | null {
  if (profile && (profile.piplOfficerName || profile.piplOfficerEmail)) return { name: profile.piplOfficerName, email: profile.piplOfficerEmail };
  return dpo && profile?.jurisdictions.includes('pipl') ? dpo : null;
}

export function organisationFacts(db: Db, profile: OrganisationProfile | null = getOrganisation(db)): OrganisationFacts {
  const dpo = profile && (profile.dpoName || profile.dpoEmail) ? { name: profile.dpoName, email: profile.dpoEmail } : null;
  return {
    legalName: profile?.legalName ?? '',
    tradingName: profile?.tradingName ?? '',
    address: profile?.registeredAddress ?? '',
    country: profile?.country ?? '',
    contactEmail: profile ? profile.privacyEmail || profile.dpoEmail : '',
    dpo,
    piplOfficer: piplOfficerOf(profile, dpo),
    euRepresentative: profile?.euRepresentative ?? '',
    chinaRepresentative: profile?.chinaRepresentative ?? '',
  };
}

export function policyFacts(db: Db, document: DocumentFacts): PolicyFacts {
  return { organisation: organisationFacts(db), document };
}

/** Everything a privacy notice says that the workspace knows. */
export function noticeFacts(db: Db, document: DocumentFacts, lastUpdated: string): NoticeFacts {
  const profile = getOrganisation(db);
  const organisation = organisationFacts(db, profile);
  const inventory = loadInventory(db);
  const controllerActivities = inventory.activities.filter((activity) => activity.role !== 'processor').sort(byId);
  const purposeIds = new Set(controllerActivities.map((activity) => activity.id));
  const minorsSubjects = new Set(inventory.subjectCategories.filter((subject) => subject.includesMinors).map((subject) => subject.id));
  return {
    organisation,
    document,
    lastUpdated,
    purposes: controllerActivities.map((activity) => ({
      id: activity.id,
      name: activity.name,
      purpose: activity.purpose,
      gdprBasis: activity.gdprBasis,
      gdprArt9Condition: activity.gdprArt9Condition,
      legitimateInterests: '',
      piplBasis: activity.piplBasis,
      separateConsent: activity.separateConsent,
      ccpaBusinessPurpose: activity.ccpaBusinessPurpose,
      sold: activity.sold,
      shared: activity.shared,
      dataCategoryIds: [...activity.dataCategoryIds].sort(),
      subjectCategoryIds: [...activity.subjectCategoryIds].sort(),
      recipients: activity.recipients,
      retentionMonths: activity.retentionMonths,
      retentionCriteria: activity.deletionMethod,
      source: activity.source,
      automatedDecisions: activity.automatedDecisions,
      automatedDecisionLogic: '',
    })),
    dataCategories: [...inventory.dataCategories].sort(byId).map((category) => ({ id: category.id, name: category.name, examples: category.examples, sensitivity: [...category.sensitivity] })),
    subjectCategories: [...inventory.subjectCategories].sort(byId).map((subject) => ({ id: subject.id, name: subject.name, includesMinors: subject.includesMinors })),
    transfers: inventory.transfers
      .filter((transfer) => purposeIds.has(transfer.activityId))
      .sort(byId)
      .map((transfer) => ({
        id: transfer.id,
        purposeId: transfer.activityId,
        fromCountry: transfer.fromCountry,
        toCountry: transfer.toCountry,
        recipient: transfer.recipient,
        recipientContact: '',
        gdprMechanism: transfer.gdprMechanism,
        piplMechanism: transfer.piplMechanism,
      })),
    vendors: [...inventory.vendors].sort(byId).map((vendor) => ({ id: vendor.id, name: vendor.name, services: vendor.services, countries: [...vendor.countries].sort() })),
    requestChannels: { email: organisation.contactEmail, webForm: '', phone: profile?.privacyPhone ?? '', postalAddress: organisation.address },
    supervisoryAuthority: '',
    ccpa: {
      sellsOrSharesUnder16: controllerActivities.some((activity) => (activity.sold || activity.shared) && activity.subjectCategoryIds.some((id) => minorsSubjects.has(id))),
      usesSensitiveBeyondPermitted: false,
      // Required of every business that sells or shares (CCPA regs 7025); the notice says so.
      honoursOptOutPreferenceSignals: true,
    },
  };
}

/**
 * The hash of what the workspace says, leaving out the document's own facts (dates, version, owner),
 * which change with every draft but are not inventory drift.
 */
export function factsHash(facts: PolicyFacts | NoticeFacts): string {
  const { document: _document, ...rest } = facts;
  const content = 'lastUpdated' in rest ? { ...rest, lastUpdated: undefined } : rest;
  return createHash('sha256').update(stableJson(content)).digest('hex');
}

function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
