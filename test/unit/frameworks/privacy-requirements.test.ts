import { describe, expect, it } from 'vitest';
import {
  listPrivacyRequirements,
  PRIVACY_LAWS,
  PRIVACY_REQUIREMENTS,
  resolveIsoRef,
  SOC2_CRITERIA,
} from '../../../shared/frameworks';

const CJK = /[\u4e00-\u9fff]/;
const refs = (law: string) => PRIVACY_REQUIREMENTS.filter((r) => r.law === law).map((r) => r.reference.en);

describe('privacy requirements', () => {
  it('have unique ids and only the tracked laws', () => {
    const ids = PRIVACY_REQUIREMENTS.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(PRIVACY_LAWS).toEqual(['gdpr', 'ccpa', 'pipl']);
    for (const requirement of PRIVACY_REQUIREMENTS) {
      expect(PRIVACY_LAWS, requirement.id).toContain(requirement.law);
      expect(requirement.id.startsWith(`${requirement.law}-`), requirement.id).toBe(true);
    }
  });

  it('track the GDPR articles', () => {
    const articles = ['5', '6', '7(3)', '9', '10', '12', '13', '14', '15', '16', '17', '18', '19', '20', '21', '22', '24', '25', '28', '30', '32', '33', '34', '35', '36', '37', '38', '39', '44', '45', '46', '47', '48', '49'];
    expect(refs('gdpr')).toEqual(articles.map((a) => `Art. ${a}`));
  });

  it('track the CCPA/CPRA sections, breach notice and regulations', () => {
    expect(refs('ccpa')).toEqual([
      '§ 1798.100',
      '§ 1798.105',
      '§ 1798.106',
      '§ 1798.110',
      '§ 1798.115',
      '§ 1798.120',
      '§ 1798.121',
      '§ 1798.125',
      '§ 1798.130',
      '§ 1798.135',
      '§ 1798.150',
      'Civ. Code § 1798.82',
      'Cal. Code Regs. tit. 11, § 7011',
      'Cal. Code Regs. tit. 11, § 7021',
      'Cal. Code Regs. tit. 11, § 7026',
      'Cal. Code Regs. tit. 11, § 7027',
    ]);
  });

  it('track the PIPL articles', () => {
    const articles = [13, 14, 15, 16, 17, 23, 24, 28, 29, 30, 31, 38, 39, 40, 44, 45, 46, 47, 48, 49, 50, 51, 52, 53, 54, 55, 56, 57];
    expect(refs('pipl')).toEqual(articles.map((a) => `Art. ${a}`));
    expect(PRIVACY_REQUIREMENTS.find((r) => r.id === 'pipl-art-47')?.reference['zh-CN']).toBe('第四十七条');
  });

  it('have English and Chinese titles and references', () => {
    for (const requirement of PRIVACY_REQUIREMENTS) {
      expect(requirement.title.en.trim(), requirement.id).not.toBe('');
      expect(requirement.title['zh-CN'], requirement.id).toMatch(CJK);
      expect(requirement.reference['zh-CN'], requirement.id).toMatch(CJK);
    }
  });

  it('relate only to ISO targets and SOC 2 criteria that exist', () => {
    const soc2 = new Set(SOC2_CRITERIA.map((c) => c.id));
    for (const requirement of PRIVACY_REQUIREMENTS) {
      for (const ref of requirement.iso) expect(resolveIsoRef(ref), `${requirement.id} → ${ref}`).toBeDefined();
      for (const id of requirement.soc2) expect(soc2.has(id), `${requirement.id} → ${id}`).toBe(true);
      expect(new Set(requirement.iso).size, requirement.id).toBe(requirement.iso.length);
      expect(new Set(requirement.soc2).size, requirement.id).toBe(requirement.soc2.length);
    }
  });

  it('filter by law', () => {
    expect(listPrivacyRequirements()).toBe(PRIVACY_REQUIREMENTS);
    for (const law of PRIVACY_LAWS) {
      const listed = listPrivacyRequirements(law);
      expect(listed.length, law).toBeGreaterThan(10);
      expect(listed.every((r) => r.law === law)).toBe(true);
    }
  });
});
