// The `packRegisters` translations, fixed to the pack's language.
import type { TFunction } from 'i18next';
import { createI18n } from '../../../../shared/i18n';
import type { PackLocale } from '../pack-types';

const translators = new Map<PackLocale, TFunction>();

export function packRegistersT(language: PackLocale): TFunction {
  let t = translators.get(language);
  if (!t) {
    t = createI18n({ language, defaultNS: 'packRegisters' }).getFixedT(language, 'packRegisters');
    translators.set(language, t);
  }
  return t;
}
