// The `incidents` translations on the backend: for the breach register and letters (in a chosen
// language) and for timeline entries written by the app (in the workspace's language).
import type { TFunction } from 'i18next';
import type { Language } from '../../../shared/contract';
import { createI18n } from '../../../shared/i18n';
import type { Db } from '../workspace/sqlcipher';
import { META } from '../workspace/workspace-session';

const translators = new Map<Language, TFunction>();

export function incidentsT(language: Language): TFunction {
  let t = translators.get(language);
  if (!t) {
    t = createI18n({ language, defaultNS: 'incidents' }).getFixedT(language, 'incidents');
    translators.set(language, t);
  }
  return t;
}

export function workspaceLanguage(db: Db): Language {
  return ((db.prepare('SELECT value FROM workspace_meta WHERE key = ?').pluck().get(META.language) as string | undefined) ?? 'en') as Language;
}

export function workspaceLanguageT(db: Db): TFunction {
  return incidentsT(workspaceLanguage(db));
}
