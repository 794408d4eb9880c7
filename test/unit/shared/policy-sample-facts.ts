// Sample facts for the policy-template tests: a small organisation with an inventory that exercises
// every block (special categories, legitimate interests, transfers, sale/sharing, automated decisions).
import type { NoticeFacts, PolicyFacts } from '../../../shared/policies/notice-facts';

export const ACTIVITY_HR = '0b0c9a1e-0000-4000-8000-000000000001';
export const ACTIVITY_MARKETING = '0b0c9a1e-0000-4000-8000-000000000002';
export const ACTIVITY_SCORING = '0b0c9a1e-0000-4000-8000-000000000003';
const CAT_CONTACT = '0b0c9a1e-0000-4000-8000-0000000000a1';
const CAT_HEALTH = '0b0c9a1e-0000-4000-8000-0000000000a2';
const CAT_BANK = '0b0c9a1e-0000-4000-8000-0000000000a3';

export function samplePolicyFacts(): PolicyFacts {
  return {
    organisation: {
      legalName: 'Harbour Analytics Ltd',
      tradingName: 'Harbour',
      address: '1 Quay Street, Dublin 2, Ireland',
      country: 'IE',
      contactEmail: 'privacy@harbour.example',
      dpo: { name: 'Aoife Byrne', email: 'dpo@harbour.example' },
      piplOfficer: { name: '王敏', email: 'pipl@harbour.example' },
      euRepresentative: '',
      chinaRepresentative: 'Harbour (Shanghai) Consulting Co., Ltd., 88 Century Avenue, Shanghai',
    },
    document: { effectiveDate: '2026-03-01', reviewCycleMonths: 12, owner: 'Head of Information Security', version: '1.0' },
  };
}

export function sampleNoticeFacts(): NoticeFacts {
  return {
    ...samplePolicyFacts(),
    lastUpdated: '2026-03-01',
    purposes: [
      {
        id: ACTIVITY_MARKETING,
        name: 'Newsletter',
        purpose: 'Sending product news to subscribers',
        gdprBasis: 'a',
        gdprArt9Condition: null,
        legitimateInterests: '',
        piplBasis: '1',
        separateConsent: false,
        ccpaBusinessPurpose: 'Advertising and marketing',
        sold: false,
        shared: true,
        dataCategoryIds: [CAT_CONTACT],
        subjectCategoryIds: [],
        recipients: 'E-mail delivery provider; advertising partners',
        retentionMonths: 24,
        retentionCriteria: 'or until you unsubscribe',
        source: 'collected_from_subject',
        automatedDecisions: false,
        automatedDecisionLogic: '',
      },
      {
        id: ACTIVITY_HR,
        name: 'Payroll and HR',
        purpose: 'Paying staff and managing employment',
        gdprBasis: 'b',
        gdprArt9Condition: 'b',
        legitimateInterests: '',
        piplBasis: '2',
        separateConsent: true,
        ccpaBusinessPurpose: '',
        sold: false,
        shared: false,
        dataCategoryIds: [CAT_CONTACT, CAT_HEALTH, CAT_BANK],
        subjectCategoryIds: [],
        recipients: 'Payroll provider; tax authority',
        retentionMonths: 84,
        retentionCriteria: '',
        source: 'collected_from_subject',
        automatedDecisions: false,
        automatedDecisionLogic: '',
      },
      {
        id: ACTIVITY_SCORING,
        name: 'Fraud screening',
        purpose: 'Detecting fraudulent sign-ups',
        gdprBasis: 'f',
        gdprArt9Condition: null,
        legitimateInterests: 'Protecting our service and customers against fraud',
        piplBasis: '7',
        separateConsent: false,
        ccpaBusinessPurpose: 'Security and integrity',
        sold: false,
        shared: false,
        dataCategoryIds: [CAT_CONTACT],
        subjectCategoryIds: [],
        recipients: '',
        retentionMonths: null,
        retentionCriteria: 'Until the account is closed',
        source: 'third_party',
        automatedDecisions: true,
        automatedDecisionLogic: 'A score from the sign-up details; a high score blocks the sign-up until a person reviews it',
      },
    ],
    dataCategories: [
      { id: CAT_HEALTH, name: 'Health data', examples: 'sick notes', sensitivity: ['gdpr_art9', 'pipl_sensitive', 'ccpa_sensitive'] },
      { id: CAT_CONTACT, name: 'Contact details', examples: 'name, e-mail, phone', sensitivity: ['ordinary'] },
      { id: CAT_BANK, name: 'Bank details', examples: 'IBAN', sensitivity: ['pipl_sensitive', 'ccpa_sensitive'] },
    ],
    subjectCategories: [
      { id: '0b0c9a1e-0000-4000-8000-0000000000b1', name: 'Employees', includesMinors: false },
      { id: '0b0c9a1e-0000-4000-8000-0000000000b2', name: 'Subscribers', includesMinors: false },
    ],
    transfers: [
      {
        id: '0b0c9a1e-0000-4000-8000-0000000000c1',
        purposeId: ACTIVITY_MARKETING,
        fromCountry: 'IE',
        toCountry: 'US',
        recipient: 'Mailer Inc.',
        recipientContact: 'privacy@mailer.example',
        gdprMechanism: 'scc',
        piplMechanism: 'standard_contract',
      },
    ],
    vendors: [{ id: '0b0c9a1e-0000-4000-8000-0000000000d1', name: 'Mailer Inc.', services: 'E-mail delivery', countries: ['US'] }],
    requestChannels: { email: 'privacy@harbour.example', webForm: 'https://harbour.example/privacy-request', phone: '+1 800 555 0100', postalAddress: '' },
    supervisoryAuthority: 'the Data Protection Commission (Ireland)',
    ccpa: { sellsOrSharesUnder16: false, usesSensitiveBeyondPermitted: false, honoursOptOutPreferenceSignals: true },
  };
}
