// The framework catalogs as the screens use them: control ids as the contract writes them (`A.5.1`,
// `CC6.1`), titles in the UI language, and options for pickers covering both catalogs.
import type { Framework } from '../../../shared/contract';
import { FRAMEWORKS, getControl, ISO_THEME_TITLES, listControls, SOC2_GROUP_INFO, type FrameworkControl, type LocalizedText } from '../../../shared/frameworks';
import { localized } from './localized';

export const FRAMEWORK_SHORT_NAMES: Record<Framework, string> = { iso27001: 'ISO 27001', soc2: 'SOC 2' };

/** The id the contract and the backend use: ISO Annex A controls carry the `A.` prefix. */
export function contractControlId(control: FrameworkControl): string {
  return control.framework === 'iso27001' ? `A.${control.id}` : control.id;
}

export function catalogControl(framework: Framework, controlId: string): FrameworkControl | undefined {
  return getControl(framework, controlId);
}

export function controlTitle(framework: Framework, controlId: string, language: string): string {
  const control = getControl(framework, controlId);
  return control ? localized(control.title, language) : '';
}

/** "A.8.13 — Information backup" */
export function controlLabel(framework: Framework, controlId: string, language: string): string {
  const title = controlTitle(framework, controlId, language);
  return title ? `${controlId} — ${title}` : controlId;
}

/** `iso27001:A.8.13`: one value per control across both catalogs. */
export type ControlKey = `${Framework}:${string}`;

export function controlKey(framework: Framework, controlId: string): ControlKey {
  return `${framework}:${controlId}`;
}

export function parseControlKey(key: string): { framework: Framework; controlId: string } | null {
  const colon = key.indexOf(':');
  const framework = key.slice(0, colon);
  if (framework !== 'iso27001' && framework !== 'soc2') return null;
  return { framework, controlId: key.slice(colon + 1) };
}

export interface ControlOptionGroup {
  group: string;
  items: { value: ControlKey; label: string }[];
}

/** Every control of both catalogs, grouped by framework and theme/group, for a multi-select. */
export function controlOptionGroups(language: string): ControlOptionGroup[] {
  const groups: ControlOptionGroup[] = [];
  for (const framework of FRAMEWORKS) {
    const byGroup = new Map<string, ControlOptionGroup>();
    for (const control of listControls(framework)) {
      const id = contractControlId(control);
      const name = `${FRAMEWORK_SHORT_NAMES[framework]} · ${localized(control.groupTitle, language)}`;
      let group = byGroup.get(name);
      if (!group) {
        group = { group: name, items: [] };
        byGroup.set(name, group);
        groups.push(group);
      }
      group.items.push({ value: controlKey(framework, id), label: `${id} — ${localized(control.title, language)}` });
    }
  }
  return groups;
}

/** The title of a control group: an ISO theme (`organizational` …) or a SOC 2 group (`CC6` …). */
export function groupTitle(framework: Framework, group: string, language: string): string {
  if (framework === 'iso27001') {
    const title = (ISO_THEME_TITLES as Record<string, LocalizedText | undefined>)[group];
    return title ? localized(title, language) : group;
  }
  const info = (SOC2_GROUP_INFO as Record<string, { title: LocalizedText } | undefined>)[group];
  return info ? `${group} ${localized(info.title, language)}` : group;
}
