// The renderer's i18next instance, bound to React. The language comes from the app settings once
// they are loaded; until then the last language used on this machine (or the browser's) avoids a
// flash of the wrong one.
import { initReactI18next } from 'react-i18next';
import { createI18n, isSupportedLanguage, type SupportedLanguage } from '../../../shared/i18n';

const LAST_LANGUAGE_KEY = 'custos.language';

function initialLanguage(): SupportedLanguage {
  try {
    const stored = window.localStorage.getItem(LAST_LANGUAGE_KEY);
    if (isSupportedLanguage(stored)) return stored;
  } catch {
    // ignore: storage unavailable
  }
  const preferred = typeof navigator !== 'undefined' ? navigator.language : 'en';
  return preferred.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}

export const i18n = createI18n({ language: initialLanguage(), modules: [initReactI18next] });

function reflectLanguage(language: string) {
  document.documentElement.lang = language;
  document.title = i18n.t('app:appName');
}
reflectLanguage(i18n.language);

i18n.on('languageChanged', (language) => {
  reflectLanguage(language);
  try {
    window.localStorage.setItem(LAST_LANGUAGE_KEY, language);
  } catch {
    // ignore
  }
});

export async function setLanguage(language: SupportedLanguage): Promise<void> {
  if (i18n.language !== language) await i18n.changeLanguage(language);
}
