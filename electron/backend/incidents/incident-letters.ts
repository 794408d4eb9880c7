// Breach notification letters, drafted in the reader's language from the templates in the
// `incidents` translations and filled from the incident's facts (and what the inventory says it
// touched). Plain text the user edits before recording it as the content of a notification:
//
// - gdpr_authority: GDPR Art 33(3) to the supervisory authority — the nature of the breach with the
//   categories and approximate numbers of data subjects and records, the DPO or other contact point,
//   the likely consequences, the measures taken or proposed (and the reasons for a late notice);
// - gdpr_subjects: GDPR Art 34(2) to data subjects, in clear and plain language — the same without
//   the numbers, with what people can do;
// - california_notice: "Notice of Data Breach" under the headings of Cal. Civ. Code 1798.82(d);
// - pipl_notice: PIPL Art 57 — the categories of personal information, the cause and possible harm,
//   the remedial measures taken, what individuals can do, and the handler's contact.
import type { TFunction } from 'i18next';
import type { BreachLetterKind, BreachLetterLanguage, Incident } from '../../../shared/contract/areas/incidents';
import { getOrganisation } from '../organisation/organisation-queries';
import type { Db } from '../workspace/sqlcipher';
import { incidentsT } from './incident-i18n';

interface Facts {
  t: TFunction;
  language: BreachLetterLanguage;
  incident: Incident;
  organisation: string;
  address: string;
  /** GDPR: the DPO (Art 33(3)(b)), else the privacy contact. */
  contact: string;
  /** California: the privacy contact (e-mail, phone), else the DPO. */
  consumerContact: string;
  /** PIPL: the personal information protection officer, else the privacy contact or the DPO. */
  piplContact: string;
  date(instant: string): string;
  /** The calendar day only, for the date of a notice. */
  day(instant: string): string;
  list(items: readonly string[]): string;
  count(value: number | null): string;
  /** Measures still planned: the open corrective actions. */
  proposed: string[];
}

function facts(db: Db, incident: Incident, language: BreachLetterLanguage): Facts {
  const t = incidentsT(language);
  const profile = getOrganisation(db);
  const organisation = profile ? profile.tradingName || profile.legalName : '';
  const joined = (...parts: string[]) => parts.filter(Boolean).join(', ');
  const dpo = profile ? joined(profile.dpoName, profile.dpoEmail) : '';
  const privacy = profile ? joined(profile.privacyEmail, profile.privacyPhone) : '';
  const piplOfficer = profile ? joined(profile.piplOfficerName, profile.piplOfficerEmail) : '';
  const noContact = t('letters.noContact');
  const dateFormat = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short', timeZone: incident.timeZone });
  const dayFormat = new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: incident.timeZone });
  const numberFormat = new Intl.NumberFormat(language);
  return {
    t,
    language,
    incident,
    organisation,
    address: profile?.registeredAddress ?? '',
    contact: dpo || privacy || noContact,
    consumerContact: privacy || dpo || noContact,
    piplContact: piplOfficer || privacy || dpo || noContact,
    date: (instant) => dateFormat.format(new Date(instant)),
    day: (instant) => dayFormat.format(new Date(instant)),
    list: (items) => (items.length === 0 ? t('letters.notKnown') : items.join(language === 'zh-CN' ? '、' : ', ')),
    count: (value) => (value === null ? t('letters.notKnown') : numberFormat.format(value)),
    proposed: incident.actions.filter((action) => action.status === 'open' || action.status === 'in_progress').map((action) => action.description),
  };
}

function section(heading: string, ...paragraphs: string[]): string[] {
  return [heading, ...paragraphs.filter((paragraph) => paragraph !== ''), ''];
}

function measures(f: Facts): string[] {
  const { t, incident } = f;
  return [
    incident.remedialAction || t('letters.noMeasures'),
    f.proposed.length > 0 ? `${t('letters.proposed')}\n${f.proposed.map((line) => `- ${line}`).join('\n')}` : '',
  ];
}

function gdprAuthority(f: Facts, now: Date): string[] {
  const { t, incident } = f;
  const authorityClock = incident.clocks.find((clock) => clock.law === 'gdpr' && clock.key === 'notify_authority');
  const late = authorityClock?.due != null && authorityClock.due < now.toISOString();
  const unknownNumbers = incident.estimatedPeople === null || incident.estimatedRecords === null;
  return [
    t('letters.gdpr_authority.subject', { ref: incident.ref }),
    '',
    t('letters.gdpr_authority.intro', { organisation: f.organisation }),
    '',
    ...section(
      t('letters.gdpr_authority.nature'),
      incident.description || incident.title,
      t('letters.facts.detected', { detected: f.date(incident.detectedAt), aware: f.date(incident.becameAwareAt) }),
      t('letters.facts.dataCategories', { list: f.list(incident.derived.dataCategories.map((category) => category.name)) }),
      incident.derived.sensitivity.some((value) => value !== 'ordinary')
        ? t('letters.facts.sensitivity', { list: f.list(incident.derived.sensitivity.filter((value) => value !== 'ordinary').map((value) => t(`sensitivity.${value}`))) })
        : '',
      t('letters.facts.subjectCategories', { list: f.list(incident.derived.subjectCategories.map((category) => category.name)) }),
      t('letters.facts.numbers', { people: f.count(incident.estimatedPeople), records: f.count(incident.estimatedRecords) }),
      unknownNumbers ? t('letters.gdpr_authority.phases') : '',
    ),
    ...section(t('letters.gdpr_authority.contact'), t('letters.facts.contact', { organisation: f.organisation, contact: f.contact }), f.address),
    ...section(t('letters.gdpr_authority.consequences'), incident.effects || t('letters.notKnown'), incident.riskReasoning),
    ...section(t('letters.gdpr_authority.measures'), ...measures(f)),
    ...(late ? section(t('letters.gdpr_authority.delay'), t('letters.gdpr_authority.delayBody')) : []),
    t('letters.gdpr_authority.closing', { organisation: f.organisation }),
  ];
}

function gdprSubjects(f: Facts): string[] {
  const { t, incident } = f;
  return [
    t('letters.gdpr_subjects.subject', { organisation: f.organisation }),
    '',
    t('letters.gdpr_subjects.greeting'),
    '',
    t('letters.gdpr_subjects.intro', { organisation: f.organisation, aware: f.date(incident.becameAwareAt) }),
    '',
    ...section(t('letters.gdpr_subjects.whatHappened'), incident.description || incident.title),
    ...section(t('letters.gdpr_subjects.dataInvolved'), t('letters.facts.dataCategories', { list: f.list(incident.derived.dataCategories.map((category) => category.name)) })),
    ...section(t('letters.gdpr_subjects.consequences'), incident.effects || t('letters.notKnown')),
    ...section(t('letters.gdpr_subjects.measures'), ...measures(f)),
    ...section(t('letters.gdpr_subjects.youCan'), t('letters.gdpr_subjects.youCanBody')),
    ...section(t('letters.gdpr_subjects.contact'), t('letters.facts.contact', { organisation: f.organisation, contact: f.contact })),
    t('letters.gdpr_subjects.closing', { organisation: f.organisation }),
  ];
}

function californiaNotice(f: Facts, now: Date): string[] {
  const { t, incident } = f;
  return [
    t('letters.california_notice.title'),
    '',
    t('letters.california_notice.dateOfNotice', { date: f.day(now.toISOString()) }),
    '',
    ...section(
      t('letters.california_notice.whatHappened'),
      incident.description || incident.title,
      t('letters.california_notice.dates', { detected: f.date(incident.detectedAt), aware: f.date(incident.becameAwareAt) }),
    ),
    ...section(
      t('letters.california_notice.whatInformation'),
      t('letters.facts.dataCategories', { list: f.list(incident.derived.dataCategories.map((category) => category.name)) }),
    ),
    ...section(t('letters.california_notice.whatWeAreDoing'), ...measures(f)),
    ...section(t('letters.california_notice.whatYouCanDo'), t('letters.california_notice.whatYouCanDoBody')),
    ...section(t('letters.california_notice.forMoreInformation'), t('letters.facts.contact', { organisation: f.organisation, contact: f.consumerContact }), f.address),
  ];
}

function piplNotice(f: Facts, now: Date): string[] {
  const { t, incident } = f;
  return [
    t('letters.pipl_notice.title'),
    '',
    t('letters.pipl_notice.intro', { organisation: f.organisation, aware: f.date(incident.becameAwareAt) }),
    '',
    ...section(t('letters.pipl_notice.categories'), f.list(incident.derived.dataCategories.map((category) => category.name))),
    ...section(t('letters.pipl_notice.cause'), incident.description || incident.title),
    ...section(t('letters.pipl_notice.harm'), incident.effects || t('letters.notKnown'), incident.riskReasoning),
    ...section(t('letters.pipl_notice.remedial'), ...measures(f)),
    ...section(t('letters.pipl_notice.individuals'), t('letters.pipl_notice.individualsBody')),
    ...section(t('letters.pipl_notice.contact'), t('letters.facts.contact', { organisation: f.organisation, contact: f.piplContact }), f.address),
    t('letters.pipl_notice.closing', { organisation: f.organisation, date: f.day(now.toISOString()) }),
  ];
}

export function draftBreachLetter(db: Db, incident: Incident, kind: BreachLetterKind, language: BreachLetterLanguage, now: Date): string {
  const f = facts(db, incident, language);
  const lines =
    kind === 'gdpr_authority' ? gdprAuthority(f, now) : kind === 'gdpr_subjects' ? gdprSubjects(f) : kind === 'california_notice' ? californiaNotice(f, now) : piplNotice(f, now);
  return lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
