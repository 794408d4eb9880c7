// Letters to the requester, drafted in the requester's language from the templates in the `requests`
// translations and filled from the request: acknowledgement, extension notice, response (access,
// deletion, correction or other), refusal. Plain text the user edits before recording it as sent.
import type { i18n } from 'i18next';
import { createI18n } from '../../../shared/i18n';
import type { DataSubjectRequest, LetterKind } from '../../../shared/contract/areas/requests';
import type { Db } from '../workspace/sqlcipher';
import { getOrganisation } from '../organisation/organisation-queries';

const instances = new Map<string, i18n>();
function translator(language: string): i18n {
  let instance = instances.get(language);
  if (!instance) instances.set(language, (instance = createI18n({ language, defaultNS: 'requests' })));
  return instance;
}

/** Which response template fits a request type. */
export function responseTemplate(type: string): 'access' | 'deletion' | 'correction' | 'other' {
  if (['access', 'know', 'portability'].includes(type)) return 'access';
  if (['erasure', 'delete', 'deletion'].includes(type)) return 'deletion';
  if (['rectification', 'correct', 'correction'].includes(type)) return 'correction';
  return 'other';
}

function formatDate(instant: string | null, language: string, timeZone: string): string {
  if (instant === null) return '—';
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone }).format(new Date(instant));
}

export function draftLetter(db: Db, request: DataSubjectRequest, kind: LetterKind): string {
  const { t } = translator(request.language);
  const organisation = getOrganisation(db);
  const date = (instant: string | null) => formatDate(instant, request.language, request.timeZone);
  const due = (key: string) => request.deadlines.find((deadline) => deadline.key === key)?.due ?? null;
  const values = {
    name: request.requesterName,
    ref: request.ref,
    organisation: organisation ? organisation.tradingName || organisation.legalName : '',
    // A PIPL request is answered by the personal information protection officer where one is named.
    contact: organisation ? (request.law === 'pipl' ? organisation.piplOfficerEmail : '') || organisation.privacyEmail || organisation.dpoEmail || organisation.dpoName || organisation.legalName : '',
    law: t(`laws.${request.law}`),
    type: t(`types.${request.type}`),
    receivedDate: date(request.receivedAt),
    dueDate: date(due('respond')),
    extendedDueDate: date(due('respond_extended')),
    reason: request.extension?.reason ?? '',
    refusalReason: request.refusal ? t(`refusalReasons.${request.refusal.reason}`) : '',
    explanation: request.refusal?.explanation ?? '',
  };
  const body =
    kind === 'response' ? t(`letters.response.${responseTemplate(request.type)}`, values) : t(`letters.${kind}.body`, values);
  return [t(`letters.${kind === 'response' ? 'response.subject' : `${kind}.subject`}`, values), '', t('letters.greeting', values), '', body, '', t('letters.closing', values)].join('\n');
}
