import { describe, expect, it } from 'vitest';
import {
  ANNEX_A_CONTROLS,
  getControl,
  getIsoClause,
  ISO_CLAUSES,
  ISO_REQUIRED_DOCUMENTS,
  ISO_THEMES,
  listControls,
} from '../../../shared/frameworks';

// Copied once from the ISO/IEC 27001:2022 Annex A control list (id, theme, title). The catalog must
// match it exactly: 93 controls, 37 organizational, 8 people, 14 physical, 34 technological.
const ANNEX_A: readonly (readonly [string, string, string])[] = [
  ['5.1', 'organizational', 'Policies for information security'],
  ['5.2', 'organizational', 'Information security roles and responsibilities'],
  ['5.3', 'organizational', 'Segregation of duties'],
  ['5.4', 'organizational', 'Management responsibilities'],
  ['5.5', 'organizational', 'Contact with authorities'],
  ['5.6', 'organizational', 'Contact with special interest groups'],
  ['5.7', 'organizational', 'Threat intelligence'],
  ['5.8', 'organizational', 'Information security in project management'],
  ['5.9', 'organizational', 'Inventory of information and other associated assets'],
  ['5.10', 'organizational', 'Acceptable use of information and other associated assets'],
  ['5.11', 'organizational', 'Return of assets'],
  ['5.12', 'organizational', 'Classification of information'],
  ['5.13', 'organizational', 'Labelling of information'],
  ['5.14', 'organizational', 'Information transfer'],
  ['5.15', 'organizational', 'Access control'],
  ['5.16', 'organizational', 'Identity management'],
  ['5.17', 'organizational', 'Authentication information'],
  ['5.18', 'organizational', 'Access rights'],
  ['5.19', 'organizational', 'Information security in supplier relationships'],
  ['5.20', 'organizational', 'Addressing information security within supplier agreements'],
  ['5.21', 'organizational', 'Managing information security in the ICT supply chain'],
  ['5.22', 'organizational', 'Monitoring, review and change management of supplier services'],
  ['5.23', 'organizational', 'Information security for use of cloud services'],
  ['5.24', 'organizational', 'Information security incident management planning and preparation'],
  ['5.25', 'organizational', 'Assessment and decision on information security events'],
  ['5.26', 'organizational', 'Response to information security incidents'],
  ['5.27', 'organizational', 'Learning from information security incidents'],
  ['5.28', 'organizational', 'Collection of evidence'],
  ['5.29', 'organizational', 'Information security during disruption'],
  ['5.30', 'organizational', 'ICT readiness for business continuity'],
  ['5.31', 'organizational', 'Legal, statutory, regulatory and contractual requirements'],
  ['5.32', 'organizational', 'Intellectual property rights'],
  ['5.33', 'organizational', 'Protection of records'],
  ['5.34', 'organizational', 'Privacy and protection of PII'],
  ['5.35', 'organizational', 'Independent review of information security'],
  ['5.36', 'organizational', 'Compliance with policies, rules and standards for information security'],
  ['5.37', 'organizational', 'Documented operating procedures'],
  ['6.1', 'people', 'Screening'],
  ['6.2', 'people', 'Terms and conditions of employment'],
  ['6.3', 'people', 'Information security awareness, education and training'],
  ['6.4', 'people', 'Disciplinary process'],
  ['6.5', 'people', 'Responsibilities after termination or change of employment'],
  ['6.6', 'people', 'Confidentiality or non-disclosure agreements'],
  ['6.7', 'people', 'Remote working'],
  ['6.8', 'people', 'Information security event reporting'],
  ['7.1', 'physical', 'Physical security perimeters'],
  ['7.2', 'physical', 'Physical entry'],
  ['7.3', 'physical', 'Securing offices, rooms and facilities'],
  ['7.4', 'physical', 'Physical security monitoring'],
  ['7.5', 'physical', 'Protecting against physical and environmental threats'],
  ['7.6', 'physical', 'Working in secure areas'],
  ['7.7', 'physical', 'Clear desk and clear screen'],
  ['7.8', 'physical', 'Equipment siting and protection'],
  ['7.9', 'physical', 'Security of assets off-premises'],
  ['7.10', 'physical', 'Storage media'],
  ['7.11', 'physical', 'Supporting utilities'],
  ['7.12', 'physical', 'Cabling security'],
  ['7.13', 'physical', 'Equipment maintenance'],
  ['7.14', 'physical', 'Secure disposal or re-use of equipment'],
  ['8.1', 'technological', 'User end point devices'],
  ['8.2', 'technological', 'Privileged access rights'],
  ['8.3', 'technological', 'Information access restriction'],
  ['8.4', 'technological', 'Access to source code'],
  ['8.5', 'technological', 'Secure authentication'],
  ['8.6', 'technological', 'Capacity management'],
  ['8.7', 'technological', 'Protection against malware'],
  ['8.8', 'technological', 'Management of technical vulnerabilities'],
  ['8.9', 'technological', 'Configuration management'],
  ['8.10', 'technological', 'Information deletion'],
  ['8.11', 'technological', 'Data masking'],
  ['8.12', 'technological', 'Data leakage prevention'],
  ['8.13', 'technological', 'Information backup'],
  ['8.14', 'technological', 'Redundancy of information processing facilities'],
  ['8.15', 'technological', 'Logging'],
  ['8.16', 'technological', 'Monitoring activities'],
  ['8.17', 'technological', 'Clock synchronization'],
  ['8.18', 'technological', 'Use of privileged utility programs'],
  ['8.19', 'technological', 'Installation of software on operational systems'],
  ['8.20', 'technological', 'Networks security'],
  ['8.21', 'technological', 'Security of network services'],
  ['8.22', 'technological', 'Segregation of networks'],
  ['8.23', 'technological', 'Web filtering'],
  ['8.24', 'technological', 'Use of cryptography'],
  ['8.25', 'technological', 'Secure development life cycle'],
  ['8.26', 'technological', 'Application security requirements'],
  ['8.27', 'technological', 'Secure system architecture and engineering principles'],
  ['8.28', 'technological', 'Secure coding'],
  ['8.29', 'technological', 'Security testing in development and acceptance'],
  ['8.30', 'technological', 'Outsourced development'],
  ['8.31', 'technological', 'Separation of development, test and production environments'],
  ['8.32', 'technological', 'Change management'],
  ['8.33', 'technological', 'Test information'],
  ['8.34', 'technological', 'Protection of information systems during audit testing'],
];

// Clauses 4–10 below the top level, as headed in ISO/IEC 27001:2022.
const CLAUSES: readonly (readonly [string, string])[] = [
  ['4.1', 'Understanding the organization and its context'],
  ['4.2', 'Understanding the needs and expectations of interested parties'],
  ['4.3', 'Determining the scope of the information security management system'],
  ['4.4', 'Information security management system'],
  ['5.1', 'Leadership and commitment'],
  ['5.2', 'Policy'],
  ['5.3', 'Organizational roles, responsibilities and authorities'],
  ['6.1.1', 'General'],
  ['6.1.2', 'Information security risk assessment'],
  ['6.1.3', 'Information security risk treatment'],
  ['6.2', 'Information security objectives and planning to achieve them'],
  ['6.3', 'Planning for changes'],
  ['7.1', 'Resources'],
  ['7.2', 'Competence'],
  ['7.3', 'Awareness'],
  ['7.4', 'Communication'],
  ['7.5.1', 'General'],
  ['7.5.2', 'Creating and updating documented information'],
  ['7.5.3', 'Control of documented information'],
  ['8.1', 'Operational planning and control'],
  ['8.2', 'Information security risk assessment'],
  ['8.3', 'Information security risk treatment'],
  ['9.1', 'Monitoring, measurement, analysis and evaluation'],
  ['9.2.1', 'General'],
  ['9.2.2', 'Internal audit programme'],
  ['9.3.1', 'General'],
  ['9.3.2', 'Management review inputs'],
  ['9.3.3', 'Management review results'],
  ['10.1', 'Continual improvement'],
  ['10.2', 'Nonconformity and corrective action'],
];

// The enclosing headings the catalog adds so the clause list is a complete tree.
const PARENT_CLAUSES: readonly (readonly [string, string])[] = [
  ['4', 'Context of the organization'],
  ['5', 'Leadership'],
  ['6', 'Planning'],
  ['6.1', 'Actions to address risks and opportunities'],
  ['7', 'Support'],
  ['7.5', 'Documented information'],
  ['8', 'Operation'],
  ['9', 'Performance evaluation'],
  ['9.2', 'Internal audit'],
  ['9.3', 'Management review'],
  ['10', 'Improvement'],
];

// Documented information the clauses require (clause as printed, item, document or record).
const REQUIRED_DOCUMENTS: readonly (readonly [string, string, string])[] = [
  ['4.3', 'Scope of the ISMS', 'document'],
  ['5.2', 'Information security policy', 'document'],
  ['6.1.2', 'Information security risk assessment process (incl. risk acceptance criteria)', 'document'],
  ['6.1.3', 'Information security risk treatment process', 'document'],
  ['6.1.3 d', 'Statement of Applicability', 'document'],
  ['6.1.3 e / 6.2 / 8.3', 'Risk treatment plan', 'document'],
  ['6.2', 'Information security objectives', 'document'],
  ['7.2 d', 'Evidence of competence', 'record'],
  ['7.5.1 b', 'Documented information the organization judges necessary for ISMS effectiveness', 'document'],
  ['8.1', 'Operational documented information (enough to show processes ran as planned)', 'record'],
  ['8.2', 'Results of information security risk assessments', 'record'],
  ['8.3', 'Results of information security risk treatment', 'record'],
  ['9.1', 'Evidence of monitoring and measurement results', 'record'],
  ['9.2.2', 'Audit programme(s) and audit results', 'record'],
  ['9.3.3', 'Results of management reviews', 'record'],
  ['10.2', 'Nature of nonconformities and actions taken; results of corrective action', 'record'],
];

const CJK = /[\u4e00-\u9fff]/;

describe('ISO/IEC 27001:2022 Annex A', () => {
  it('has exactly the 93 controls, in order, with the standard\'s ids, themes and titles', () => {
    expect(ANNEX_A).toHaveLength(93);
    expect(ANNEX_A_CONTROLS.map((c) => [c.id, c.theme, c.title.en])).toEqual(ANNEX_A);
  });

  it('counts 37 organizational, 8 people, 14 physical and 34 technological controls', () => {
    const count = (theme: string) => ANNEX_A_CONTROLS.filter((c) => c.theme === theme).length;
    expect(ISO_THEMES.map(count)).toEqual([37, 8, 14, 34]);
    const range = (prefix: number, n: number) => Array.from({ length: n }, (_, i) => `${prefix}.${i + 1}`);
    expect(ANNEX_A_CONTROLS.map((c) => c.id)).toEqual([...range(5, 37), ...range(6, 8), ...range(7, 14), ...range(8, 34)]);
  });

  it('has no duplicate ids', () => {
    const ids = ANNEX_A_CONTROLS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('gives every control an English and a Chinese title and evidence guidance', () => {
    for (const control of ANNEX_A_CONTROLS) {
      expect(control.title.en.trim(), control.id).not.toBe('');
      expect(control.title['zh-CN'], control.id).toMatch(CJK);
      expect(control.guidance.en.trim().length, control.id).toBeGreaterThan(40);
      expect(control.guidance.en, control.id).not.toMatch(CJK);
      expect(control.guidance['zh-CN'], control.id).toMatch(CJK);
    }
    const zhTitles = ANNEX_A_CONTROLS.map((c) => c.title['zh-CN']);
    expect(new Set(zhTitles).size).toBe(zhTitles.length);
  });

  it('is what listControls and getControl serve', () => {
    const listed = listControls('iso27001');
    expect(listed).toHaveLength(93);
    expect(listed.every((c) => c.framework === 'iso27001')).toBe(true);
    expect(getControl('iso27001', '8.13')?.title.en).toBe('Information backup');
    expect(getControl('iso27001', 'A.8.13')?.id).toBe('8.13');
    expect(getControl('iso27001', '8.13')?.group).toBe('technological');
    expect(getControl('iso27001', '8.13')?.guidance.en).toMatch(/restore test/);
    expect(getControl('iso27001', '8.35')).toBeUndefined();
    expect(getControl('iso27001', 'A.14.2.1')).toBeUndefined();
  });
});

describe('ISO/IEC 27001:2022 clauses', () => {
  it('lists every sub-clause with its heading', () => {
    expect(CLAUSES).toHaveLength(30);
    for (const [id, heading] of CLAUSES) expect(getIsoClause(id)?.heading.en, id).toBe(heading);
  });

  it('adds only the enclosing headings, in document order', () => {
    const expected = [...CLAUSES, ...PARENT_CLAUSES].map(([id]) => id);
    const order = (id: string) => id.split('.').map((part) => part.padStart(2, '0')).join('.');
    expected.sort((a, b) => order(a).localeCompare(order(b)));
    expect(ISO_CLAUSES.map((c) => c.id)).toEqual(expected);
    for (const [id, heading] of PARENT_CLAUSES) expect(getIsoClause(id)?.heading.en, id).toBe(heading);
  });

  it('links every clause to an existing parent and has Chinese headings', () => {
    const ids = ISO_CLAUSES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const clause of ISO_CLAUSES) {
      expect(clause.heading['zh-CN'], clause.id).toMatch(CJK);
      if (clause.parent === null) expect(clause.id).toMatch(/^(?:[4-9]|10)$/);
      else expect(ids, clause.id).toContain(clause.parent);
    }
  });
});

describe('ISO/IEC 27001:2022 required documented information', () => {
  it('lists the required documents and records', () => {
    expect(ISO_REQUIRED_DOCUMENTS.map((d) => [d.clause, d.item.en, d.type])).toEqual(REQUIRED_DOCUMENTS);
  });

  it('points each item at existing clauses, with unique ids and Chinese text', () => {
    const ids = ISO_REQUIRED_DOCUMENTS.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const doc of ISO_REQUIRED_DOCUMENTS) {
      expect(doc.clauseIds.length, doc.id).toBeGreaterThan(0);
      for (const clause of doc.clauseIds) expect(getIsoClause(clause), `${doc.id} → ${clause}`).toBeDefined();
      expect(doc.item['zh-CN'], doc.id).toMatch(CJK);
    }
    expect(ISO_REQUIRED_DOCUMENTS.find((d) => d.id === 'risk-treatment-plan')?.clauseIds).toEqual(['6.1.3', '6.2', '8.3']);
  });
});
