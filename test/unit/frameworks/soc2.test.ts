import { describe, expect, it } from 'vitest';
import { getControl, listControls, SOC2_CATEGORIES, SOC2_CRITERIA, SOC2_GROUP_INFO, SOC2_GROUPS } from '../../../shared/frameworks';

// Copied once from the 2017 Trust Services Criteria list: id, group (CC1 … CC9, A1, C1, PI1, P),
// category, short title.
const CRITERIA: readonly (readonly [string, string, string, string])[] = [
  ['CC1.1', 'CC1', 'security', 'Commitment to integrity and ethics'],
  ['CC1.2', 'CC1', 'security', 'Board independence and oversight of controls'],
  ['CC1.3', 'CC1', 'security', 'Structures reporting lines and authorities'],
  ['CC1.4', 'CC1', 'security', 'Attract develop and retain competent staff'],
  ['CC1.5', 'CC1', 'security', 'Individual accountability for control duties'],
  ['CC2.1', 'CC2', 'security', 'Quality information to support controls'],
  ['CC2.2', 'CC2', 'security', 'Internal communication of control objectives and duties'],
  ['CC2.3', 'CC2', 'security', 'Communication with external parties'],
  ['CC3.1', 'CC3', 'security', 'Objectives defined clearly enough to assess risk'],
  ['CC3.2', 'CC3', 'security', 'Risk identification and analysis'],
  ['CC3.3', 'CC3', 'security', 'Fraud risk consideration'],
  ['CC3.4', 'CC3', 'security', 'Assessment of significant changes'],
  ['CC4.1', 'CC4', 'security', 'Ongoing and separate control evaluations'],
  ['CC4.2', 'CC4', 'security', 'Deficiency evaluation and timely reporting'],
  ['CC5.1', 'CC5', 'security', 'Selection of risk-mitigating control activities'],
  ['CC5.2', 'CC5', 'security', 'General controls over technology'],
  ['CC5.3', 'CC5', 'security', 'Controls deployed via policies and procedures'],
  ['CC6.1', 'CC6', 'security', 'Logical access security software and architecture'],
  ['CC6.2', 'CC6', 'security', 'User registration and authorization before access'],
  ['CC6.3', 'CC6', 'security', 'Role-based granting change and removal of access'],
  ['CC6.4', 'CC6', 'security', 'Physical access restriction'],
  ['CC6.5', 'CC6', 'security', 'Protection until data on retired assets is unrecoverable'],
  ['CC6.6', 'CC6', 'security', 'Protection against threats from outside system boundaries'],
  ['CC6.7', 'CC6', 'security', 'Restriction and protection of data in transmission and movement'],
  ['CC6.8', 'CC6', 'security', 'Prevention and detection of unauthorized or malicious software'],
  ['CC7.1', 'CC7', 'security', 'Detection of configuration changes and new vulnerabilities'],
  ['CC7.2', 'CC7', 'security', 'Monitoring for anomalies'],
  ['CC7.3', 'CC7', 'security', 'Evaluation of security events'],
  ['CC7.4', 'CC7', 'security', 'Incident response'],
  ['CC7.5', 'CC7', 'security', 'Recovery from incidents'],
  ['CC8.1', 'CC8', 'security', 'Controlled changes to infrastructure data software and procedures'],
  ['CC9.1', 'CC9', 'security', 'Mitigation of business disruption risk'],
  ['CC9.2', 'CC9', 'security', 'Vendor and business partner risk management'],
  ['A1.1', 'A1', 'availability', 'Capacity planning and monitoring'],
  ['A1.2', 'A1', 'availability', 'Environmental protection backup and recovery infrastructure'],
  ['A1.3', 'A1', 'availability', 'Recovery plan testing'],
  ['C1.1', 'C1', 'confidentiality', 'Identification and retention of confidential information'],
  ['C1.2', 'C1', 'confidentiality', 'Disposal of confidential information'],
  ['PI1.1', 'PI1', 'processing-integrity', 'Processing objectives data definitions and specifications'],
  ['PI1.2', 'PI1', 'processing-integrity', 'Input completeness and accuracy controls'],
  ['PI1.3', 'PI1', 'processing-integrity', 'Processing controls'],
  ['PI1.4', 'PI1', 'processing-integrity', 'Output delivery controls'],
  ['PI1.5', 'PI1', 'processing-integrity', 'Storage of inputs in-process items and outputs'],
  ['P1.1', 'P', 'privacy', 'Privacy notice to data subjects'],
  ['P2.1', 'P', 'privacy', 'Choice and consent communication'],
  ['P3.1', 'P', 'privacy', 'Collection limited to privacy objectives'],
  ['P3.2', 'P', 'privacy', 'Explicit consent where required'],
  ['P4.1', 'P', 'privacy', 'Use limitation'],
  ['P4.2', 'P', 'privacy', 'Retention'],
  ['P4.3', 'P', 'privacy', 'Secure disposal'],
  ['P5.1', 'P', 'privacy', 'Data subject access and copies'],
  ['P5.2', 'P', 'privacy', 'Correction and amendment with onward notice'],
  ['P6.1', 'P', 'privacy', 'Disclosure to third parties with consent'],
  ['P6.2', 'P', 'privacy', 'Record of authorized disclosures'],
  ['P6.3', 'P', 'privacy', 'Record of unauthorized disclosures and breaches'],
  ['P6.4', 'P', 'privacy', 'Vendor privacy commitments and compliance checks'],
  ['P6.5', 'P', 'privacy', 'Vendor commitment to report unauthorized disclosures'],
  ['P6.6', 'P', 'privacy', 'Breach notification to data subjects and regulators'],
  ['P6.7', 'P', 'privacy', 'Accounting of PI held and disclosed on request'],
  ['P7.1', 'P', 'privacy', 'Accurate complete and relevant PI'],
  ['P8.1', 'P', 'privacy', 'Inquiries complaints and disputes handling and monitoring'],
];

const CJK = /[\u4e00-\u9fff]/;

describe('SOC 2 Trust Services Criteria 2017', () => {
  it('has exactly the 61 criteria, in order, with their groups, categories and titles', () => {
    expect(CRITERIA).toHaveLength(61);
    expect(SOC2_CRITERIA.map((c) => [c.id, c.group, c.category, c.title.en])).toEqual(CRITERIA);
  });

  it('counts 33 common criteria, 3 availability, 2 confidentiality, 5 processing integrity and 18 privacy', () => {
    const count = (category: string) => SOC2_CRITERIA.filter((c) => c.category === category).length;
    expect(SOC2_CATEGORIES.map(count)).toEqual([33, 3, 2, 5, 18]);
  });

  it('has no duplicate ids and every group is described', () => {
    const ids = SOC2_CRITERIA.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const group of SOC2_GROUPS) {
      expect(SOC2_CRITERIA.some((c) => c.group === group), group).toBe(true);
      expect(SOC2_GROUP_INFO[group].title['zh-CN'], group).toMatch(CJK);
    }
  });

  it('gives every criterion an English and a Chinese title and evidence guidance', () => {
    for (const criterion of SOC2_CRITERIA) {
      expect(criterion.title.en.trim(), criterion.id).not.toBe('');
      expect(criterion.title['zh-CN'], criterion.id).toMatch(CJK);
      expect(criterion.guidance.en.trim().length, criterion.id).toBeGreaterThan(40);
      expect(criterion.guidance.en, criterion.id).not.toMatch(CJK);
      expect(criterion.guidance['zh-CN'], criterion.id).toMatch(CJK);
    }
  });

  it('is what listControls and getControl serve', () => {
    const listed = listControls('soc2');
    expect(listed.map((c) => c.id)).toEqual(CRITERIA.map(([id]) => id));
    expect(listed.every((c) => c.framework === 'soc2')).toBe(true);
    expect(getControl('soc2', 'CC6.1')?.group).toBe('CC6');
    expect(getControl('soc2', 'CC6.1')?.groupTitle.en).toBe('Logical and physical access controls');
    expect(getControl('soc2', 'P8.1')?.group).toBe('P');
    expect(getControl('soc2', 'CC10.1')).toBeUndefined();
  });
});
