// The Markdown bodies of the shipped templates, one module per template and language. The
// placeholder syntax is documented in ./fill-template.ts.
import type { PolicyTemplateId, TemplateLanguage } from './template-catalog';
import enInformationSecurityPolicy from './templates/en/information-security-policy';
import enAccessControlPolicy from './templates/en/access-control-policy';
import enAcceptableUsePolicy from './templates/en/acceptable-use-policy';
import enBackupPolicy from './templates/en/backup-policy';
import enCryptographyPolicy from './templates/en/cryptography-policy';
import enIncidentResponsePolicy from './templates/en/incident-response-policy';
import enDataRetentionPolicy from './templates/en/data-retention-policy';
import enSupplierSecurityPolicy from './templates/en/supplier-security-policy';
import enTrainingAwarenessPolicy from './templates/en/training-awareness-policy';
import enGdprPrivacyNotice from './templates/en/gdpr-privacy-notice';
import enCcpaPrivacyPolicy from './templates/en/ccpa-privacy-policy';
import enCcpaNoticeAtCollection from './templates/en/ccpa-notice-at-collection';
import enPiplProcessingRules from './templates/en/pipl-processing-rules';
import zhInformationSecurityPolicy from './templates/zh-CN/information-security-policy';
import zhAccessControlPolicy from './templates/zh-CN/access-control-policy';
import zhAcceptableUsePolicy from './templates/zh-CN/acceptable-use-policy';
import zhBackupPolicy from './templates/zh-CN/backup-policy';
import zhCryptographyPolicy from './templates/zh-CN/cryptography-policy';
import zhIncidentResponsePolicy from './templates/zh-CN/incident-response-policy';
import zhDataRetentionPolicy from './templates/zh-CN/data-retention-policy';
import zhSupplierSecurityPolicy from './templates/zh-CN/supplier-security-policy';
import zhTrainingAwarenessPolicy from './templates/zh-CN/training-awareness-policy';
import zhGdprPrivacyNotice from './templates/zh-CN/gdpr-privacy-notice';
import zhCcpaPrivacyPolicy from './templates/zh-CN/ccpa-privacy-policy';
import zhCcpaNoticeAtCollection from './templates/zh-CN/ccpa-notice-at-collection';
import zhPiplProcessingRules from './templates/zh-CN/pipl-processing-rules';

const BODIES: Readonly<Record<TemplateLanguage, Readonly<Record<PolicyTemplateId, string>>>> = {
  en: {
    'information-security-policy': enInformationSecurityPolicy,
    'access-control-policy': enAccessControlPolicy,
    'acceptable-use-policy': enAcceptableUsePolicy,
    'backup-policy': enBackupPolicy,
    'cryptography-policy': enCryptographyPolicy,
    'incident-response-policy': enIncidentResponsePolicy,
    'data-retention-policy': enDataRetentionPolicy,
    'supplier-security-policy': enSupplierSecurityPolicy,
    'training-awareness-policy': enTrainingAwarenessPolicy,
    'gdpr-privacy-notice': enGdprPrivacyNotice,
    'ccpa-privacy-policy': enCcpaPrivacyPolicy,
    'ccpa-notice-at-collection': enCcpaNoticeAtCollection,
    'pipl-processing-rules': enPiplProcessingRules,
  },
  'zh-CN': {
    'information-security-policy': zhInformationSecurityPolicy,
    'access-control-policy': zhAccessControlPolicy,
    'acceptable-use-policy': zhAcceptableUsePolicy,
    'backup-policy': zhBackupPolicy,
    'cryptography-policy': zhCryptographyPolicy,
    'incident-response-policy': zhIncidentResponsePolicy,
    'data-retention-policy': zhDataRetentionPolicy,
    'supplier-security-policy': zhSupplierSecurityPolicy,
    'training-awareness-policy': zhTrainingAwarenessPolicy,
    'gdpr-privacy-notice': zhGdprPrivacyNotice,
    'ccpa-privacy-policy': zhCcpaPrivacyPolicy,
    'ccpa-notice-at-collection': zhCcpaNoticeAtCollection,
    'pipl-processing-rules': zhPiplProcessingRules,
  },
};

/** The unfilled Markdown body of a template in one language. */
export function getTemplateBody(id: PolicyTemplateId, language: TemplateLanguage): string {
  return BODIES[language][id];
}
