import { describe, expect, it } from 'vitest';
import {
  crosswalkRowsFor,
  getControl,
  getIsoClause,
  isoTargetsFor,
  parseIsoRef,
  resolveIsoRef,
  SOC2_CRITERIA,
  SOC2_ISO_CROSSWALK,
  soc2CriteriaFor,
} from '../../../shared/frameworks';

const SOC2_IDS = SOC2_CRITERIA.map((c) => c.id);

describe('SOC 2 → ISO 27001:2022 crosswalk', () => {
  it('maps every one of the 61 criteria to at least one target', () => {
    expect(SOC2_IDS).toHaveLength(61);
    for (const id of SOC2_IDS) expect(isoTargetsFor(id).length, id).toBeGreaterThan(0);
  });

  it('maps the criteria public crosswalks tend to leave out', () => {
    const gaps = ['CC5.1', 'CC5.2', 'PI1.1', 'PI1.2', 'PI1.3', 'PI1.4', 'PI1.5'];
    gaps.push(...SOC2_IDS.filter((id) => /^P\d/.test(id)));
    expect(gaps).toHaveLength(7 + 18);
    for (const id of gaps) expect(isoTargetsFor(id).length, id).toBeGreaterThan(0);
  });

  it('only uses SOC 2 criteria that exist and ISO targets that exist in the catalog', () => {
    for (const row of SOC2_ISO_CROSSWALK) {
      expect(SOC2_IDS, row.soc2).toContain(row.soc2);
      const target = parseIsoRef(row.iso);
      expect(target, row.iso).not.toBeNull();
      if (!target) continue;
      const exists = target.kind === 'annex-a' ? getControl('iso27001', target.id) : getIsoClause(target.id);
      expect(exists, `${row.soc2} → ${row.iso}`).toBeDefined();
      expect(resolveIsoRef(row.iso)?.title.en, row.iso).toBeTruthy();
    }
  });

  it('has no duplicate pairs and a rationale on every row', () => {
    const pairs = SOC2_ISO_CROSSWALK.map((row) => `${row.soc2} ${row.iso}`);
    expect(new Set(pairs).size).toBe(pairs.length);
    for (const row of SOC2_ISO_CROSSWALK) expect(row.rationale.trim().length, `${row.soc2} → ${row.iso}`).toBeGreaterThan(15);
  });

  it('keeps the rows of one criterion together, in catalog order', () => {
    const order = [...new Set(SOC2_ISO_CROSSWALK.map((row) => row.soc2))];
    expect(order).toEqual(SOC2_IDS);
  });

  it('tells Annex A controls from clauses', () => {
    expect(isoTargetsFor('CC1.3')).toEqual([
      { kind: 'clause', id: '5.3', ref: '5.3' },
      { kind: 'annex-a', id: '5.2', ref: 'A.5.2' },
    ]);
    expect(soc2CriteriaFor('A.5.1')).not.toEqual(soc2CriteriaFor('5.1'));
    expect(soc2CriteriaFor('5.1')).toEqual(['CC1.1', 'CC1.2']);
  });

  it('maps privacy criteria to the PII control and the specific controls that do the work', () => {
    expect(isoTargetsFor('P4.3').map((t) => t.ref)).toEqual(['A.7.10', 'A.7.14', 'A.8.10']);
    expect(isoTargetsFor('P6.6').map((t) => t.ref)).toContain('A.5.34');
    expect(isoTargetsFor('P1.1').map((t) => t.ref)).toContain('4.2');
    // Every privacy criterion except those fully carried by disposal, incident and supplier controls.
    const notViaPii = ['P4.3', 'P6.3', 'P6.4', 'P6.5'];
    const privacy = SOC2_IDS.filter((id) => /^P\d/.test(id));
    expect(soc2CriteriaFor('A.5.34')).toEqual(privacy.filter((id) => !notViaPii.includes(id)));
    expect(crosswalkRowsFor('CC5.1').map((row) => row.iso)).toEqual(['6.1.3', '8.3', 'A.5.3']);
  });

  it('has a reverse index consistent with the forward one', () => {
    const targets = new Set(SOC2_ISO_CROSSWALK.map((row) => row.iso));
    for (const id of SOC2_IDS) {
      for (const target of isoTargetsFor(id)) expect(soc2CriteriaFor(target.ref), `${id} → ${target.ref}`).toContain(id);
    }
    let pairs = 0;
    for (const ref of targets) {
      const criteria = soc2CriteriaFor(ref);
      pairs += criteria.length;
      for (const id of criteria) expect(isoTargetsFor(id).map((t) => t.ref), `${ref} ← ${id}`).toContain(ref);
      const target = parseIsoRef(ref);
      if (target) expect(soc2CriteriaFor(target)).toEqual(criteria);
    }
    expect(pairs).toBe(SOC2_ISO_CROSSWALK.length);
    expect(soc2CriteriaFor('A.7.12')).toEqual([]);
    expect(isoTargetsFor('CC99.1')).toEqual([]);
  });
});

describe('parseIsoRef', () => {
  it('accepts Annex A and clause references and nothing else', () => {
    expect(parseIsoRef('A.8.34')).toEqual({ kind: 'annex-a', id: '8.34', ref: 'A.8.34' });
    expect(parseIsoRef('10.2')).toEqual({ kind: 'clause', id: '10.2', ref: '10.2' });
    expect(parseIsoRef('9.3.3')).toEqual({ kind: 'clause', id: '9.3.3', ref: '9.3.3' });
    for (const bad of ['A.9.1', 'A.5', '3.1', '11', '8.13a', 'A.12.1.2', '']) expect(parseIsoRef(bad), bad).toBeNull();
  });
});
