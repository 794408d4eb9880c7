// Catalog text carries every language the app ships; screens pick the UI language's.
import { useTranslation } from 'react-i18next';
import type { LocalizedText } from '../../../shared/frameworks';

export function localized(text: LocalizedText, language: string): string {
  return language.toLowerCase().startsWith('zh') ? text['zh-CN'] || text.en : text.en;
}

/** `pick(text)` in the current UI language. */
export function useLocalized(): (text: LocalizedText) => string {
  const { i18n } = useTranslation();
  const language = i18n.language;
  return (text) => localized(text, language);
}
