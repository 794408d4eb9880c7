import { describe, expect, it } from 'vitest';
import { CATALOG_VERSION, FRAMEWORK_TITLES, FRAMEWORKS, getControl, isFramework, listControls } from '../../../shared/frameworks';

describe('framework catalog API', () => {
  it('names the frameworks and the catalog version', () => {
    expect(FRAMEWORKS).toEqual(['iso27001', 'soc2']);
    expect(CATALOG_VERSION).toBe('iso27001:2022+soc2-tsc:2017r2022+custos.1');
    for (const framework of FRAMEWORKS) expect(FRAMEWORK_TITLES[framework].en).toBeTruthy();
  });

  it('recognizes framework ids', () => {
    expect(isFramework('iso27001')).toBe(true);
    expect(isFramework('soc2')).toBe(true);
    expect(isFramework('pci-dss')).toBe(false);
    expect(isFramework(undefined)).toBe(false);
  });

  it('returns controls in one shape for every framework', () => {
    for (const framework of FRAMEWORKS) {
      for (const control of listControls(framework)) {
        expect(Object.keys(control).sort()).toEqual(['framework', 'group', 'groupTitle', 'guidance', 'id', 'title']);
        expect(getControl(framework, control.id)).toBe(control);
      }
    }
  });

  it('serves frozen data, so no caller can change the catalog for everyone else', () => {
    const control = listControls('iso27001')[0];
    expect(Object.isFrozen(listControls('iso27001'))).toBe(true);
    expect(Object.isFrozen(control)).toBe(true);
  });

  it('keeps ids apart between frameworks', () => {
    expect(getControl('soc2', '5.1')).toBeUndefined();
    expect(getControl('iso27001', 'CC1.1')).toBeUndefined();
  });
});
