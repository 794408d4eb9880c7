// The UI and CLI translations. Each language has one JSON file per namespace; add a namespace by
// importing its files here and listing them in `resources`.
import i18next, { type i18n, type Module } from 'i18next';
import enApp from './locales/en/app.json';
import enErrors from './locales/en/errors.json';
import enInventory from './locales/en/inventory.json';
import enInventoryImport from './locales/en/inventoryImport.json';
import enAssessments from './locales/en/assessments.json';
import enPolicies from './locales/en/policies.json';
import enPolicyDocs from './locales/en/policyDocs.json';
import enRecurrence from './locales/en/recurrence.json';
import enPolicyTemplates from './locales/en/policyTemplates.json';
import enRequests from './locales/en/requests.json';
import enIncidents from './locales/en/incidents.json';
import enTraining from './locales/en/training.json';
import enPackRegisters from './locales/en/packRegisters.json';
import enPackReport from './locales/en/packReport.json';
import enTrainingImport from './locales/en/trainingImport.json';
import enPacks from './locales/en/packs.json';
import enRunbooks from './locales/en/runbooks.json';
import enBackups from './locales/en/backups.json';
import zhApp from './locales/zh-CN/app.json';
import zhErrors from './locales/zh-CN/errors.json';
import zhInventory from './locales/zh-CN/inventory.json';
import zhInventoryImport from './locales/zh-CN/inventoryImport.json';
import zhAssessments from './locales/zh-CN/assessments.json';
import zhPolicies from './locales/zh-CN/policies.json';
import zhPolicyDocs from './locales/zh-CN/policyDocs.json';
import zhRecurrence from './locales/zh-CN/recurrence.json';
import zhPolicyTemplates from './locales/zh-CN/policyTemplates.json';
import zhRequests from './locales/zh-CN/requests.json';
import zhIncidents from './locales/zh-CN/incidents.json';
import zhTraining from './locales/zh-CN/training.json';
import zhPackRegisters from './locales/zh-CN/packRegisters.json';
import zhPackReport from './locales/zh-CN/packReport.json';
import zhTrainingImport from './locales/zh-CN/trainingImport.json';
import zhPacks from './locales/zh-CN/packs.json';
import zhRunbooks from './locales/zh-CN/runbooks.json';
import zhBackups from './locales/zh-CN/backups.json';

export const resources = {
  en: { app: enApp, errors: enErrors, inventory: enInventory, inventoryImport: enInventoryImport, assessments: enAssessments, policies: enPolicies, policyDocs: enPolicyDocs, recurrence: enRecurrence, policyTemplates: enPolicyTemplates, requests: enRequests, incidents: enIncidents, training: enTraining, packRegisters: enPackRegisters, packReport: enPackReport, trainingImport: enTrainingImport, packs: enPacks, runbooks: enRunbooks, backups: enBackups },
  'zh-CN': { app: zhApp, errors: zhErrors, inventory: zhInventory, inventoryImport: zhInventoryImport, assessments: zhAssessments, policies: zhPolicies, policyDocs: zhPolicyDocs, recurrence: zhRecurrence, policyTemplates: zhPolicyTemplates, requests: zhRequests, incidents: zhIncidents, training: zhTraining, packRegisters: zhPackRegisters, packReport: zhPackReport, trainingImport: zhTrainingImport, packs: zhPacks, runbooks: zhRunbooks, backups: zhBackups },
};

export type SupportedLanguage = keyof typeof resources;
export type Namespace = keyof (typeof resources)['en'];

export const SUPPORTED_LANGUAGES = Object.keys(resources) as SupportedLanguage[];
export const NAMESPACES = Object.keys(resources.en) as Namespace[];
export const FALLBACK_LANGUAGE: SupportedLanguage = 'en';

export function isSupportedLanguage(value: unknown): value is SupportedLanguage {
  return typeof value === 'string' && (SUPPORTED_LANGUAGES as string[]).includes(value);
}

export interface CreateI18nOptions {
  language?: string;
  defaultNS?: Namespace;
  /** i18next plugins, e.g. react-i18next's `initReactI18next`. */
  modules?: Module[];
}

/** A new, already-initialised i18next instance (resources are bundled, so init is synchronous). */
export function createI18n(options: CreateI18nOptions = {}): i18n {
  const instance = i18next.createInstance();
  for (const module of options.modules ?? []) instance.use(module);
  void instance.init({
    resources,
    lng: isSupportedLanguage(options.language) ? options.language : FALLBACK_LANGUAGE,
    fallbackLng: FALLBACK_LANGUAGE,
    supportedLngs: SUPPORTED_LANGUAGES,
    ns: NAMESPACES,
    defaultNS: options.defaultNS ?? 'app',
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  return instance;
}
