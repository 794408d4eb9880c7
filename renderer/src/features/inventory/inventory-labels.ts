// Translated labels for the inventory's enums and findings. Findings carry their message key as
// `inventory.finding.<kind>`: the part before the first dot is this namespace.
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CERTIFICATION_KINDS,
  DATA_SOURCES,
  GDPR_ART9_CONDITIONS,
  GDPR_BASES,
  GDPR_TRANSFER_MECHANISMS,
  HOSTING_KINDS,
  PIPL_BASES,
  PIPL_TRANSFER_MECHANISMS,
  PROCESSING_ROLES,
  SENSITIVITIES,
  type InventoryFinding,
} from '../../../../shared/contract';
import { countryOptions } from '../organisation/countries';

export const ENUM_VALUES = {
  role: PROCESSING_ROLES,
  gdprBasis: GDPR_BASES,
  gdprArt9Condition: GDPR_ART9_CONDITIONS,
  piplBasis: PIPL_BASES,
  source: DATA_SOURCES,
  hosting: HOSTING_KINDS,
  sensitivity: SENSITIVITIES,
  certification: CERTIFICATION_KINDS,
  gdprMechanism: GDPR_TRANSFER_MECHANISMS,
  piplMechanism: PIPL_TRANSFER_MECHANISMS,
  severity: ['high', 'medium', 'low'],
} as const;
export type EnumKind = keyof typeof ENUM_VALUES;

export const SEVERITY_COLORS: Readonly<Record<InventoryFinding['severity'], string>> = { high: 'red', medium: 'orange', low: 'yellow' };

export function findingMessage(t: TFunction, finding: Pick<InventoryFinding, 'messageKey' | 'kind'>): string {
  const key = finding.messageKey.startsWith('inventory.') ? `inventory:${finding.messageKey.slice('inventory.'.length)}` : `inventory:finding.${finding.kind}`;
  return t(key, { defaultValue: t(`inventory:finding.${finding.kind}`) });
}

/** `{ value, label }` options for an enum, in the UI language. */
export function useEnumOptions(kind: EnumKind): { value: string; label: string }[] {
  const { t, i18n } = useTranslation('inventory');
  const language = i18n.language;
  return useMemo(() => ENUM_VALUES[kind].map((value) => ({ value, label: t(`enums.${kind}.${value}`, { lng: language }) })), [kind, t, language]);
}

/** Country options (`Name (XX)`), sorted in the UI language. */
export function useCountryOptions(): { value: string; label: string }[] {
  const { i18n } = useTranslation();
  return useMemo(() => countryOptions(i18n.language), [i18n.language]);
}

/** A country's name in the UI language, from its ISO code. */
export function useCountryName(): (code: string | null) => string {
  const { i18n } = useTranslation();
  return useMemo(() => {
    let names: Intl.DisplayNames | null = null;
    try {
      names = new Intl.DisplayNames([i18n.language, 'en'], { type: 'region' });
    } catch {
      names = null;
    }
    return (code: string | null) => (code ? (names?.of(code) ?? code) : '');
  }, [i18n.language]);
}
