// Filling a policy or notice template with the organisation's facts.
//
// Placeholder syntax (deliberately small; nothing in a template is ever executed):
//
//   {{name}}   `name` is letters, digits and dots, e.g. {{organisation.legalName}}; spaces inside
//              the braces are allowed. There are no conditionals, loops or expressions.
//
// Value placeholders are replaced inline by one escaped line of text; an empty value renders a
// visible "(to be completed)" marker. Policy and notice facts both fill:
//   organisation.legalName, organisation.name (trading name, else legal name), organisation.address,
//   organisation.country, organisation.contactEmail,
//   organisation.dpoStatement / organisation.piplOfficerStatement (a sentence naming the officer, or
//     saying none is appointed and where to write instead),
//   organisation.euRepresentativeStatement / organisation.chinaRepresentativeStatement (a sentence),
//   document.effectiveDate (localized), document.reviewCycleMonths, document.owner, document.version.
// Only notice facts fill: notice.lastUpdated (localized), notice.supervisoryAuthority (a sentence).
//
// Block placeholders (`inventory.*`, notice facts only) render a list, a table or a sentence from
// the inventory and must stand alone on their line (lintTemplate reports one that does not); an
// empty list renders a sentence saying so (e.g. "We do not send your personal data to countries
// outside the European Economic Area."). See BLOCKS below for the names.
//
// A name that is not known, or a notice-only name filled with policy facts, is left in the text
// exactly as written, so it stays visible; findUnknownPlaceholders(body, facts) lists such names and
// lintTemplate(body) reports them with line numbers.
//
// Every user-entered value is escaped (escapeMarkdown): a record name cannot add links, images,
// HTML, emphasis, code, headings, list items, table cells or placeholders. `@` and `://` are escaped
// too, so a linkifying renderer does not turn an e-mail address or URL in a value into a link.
// Enum values (legal bases, transfer mechanisms, sensitivities, sources) are translated through the
// `policyTemplates` namespace. Lists and tables are sorted by name (then id), so the same facts always
// give the same text whatever their order.
import type { TFunction } from 'i18next';
import { createI18n } from '../i18n';
import { isNoticeFacts, type NoticeDataCategory, type NoticeFacts, type NoticePurpose, type TemplateFacts } from './notice-facts';
import type { TemplateLanguage } from './template-catalog';

const PLACEHOLDER = /\{\{\s*([A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z][A-Za-z0-9]*)*)\s*\}\}/g;

type Value = (facts: TemplateFacts, ctx: Ctx) => string | null;
type Block = (facts: NoticeFacts, ctx: Ctx) => string;

interface Ctx {
  t: TFunction;
  language: TemplateLanguage;
  collator: Intl.Collator;
}

// ---------------------------------------------------------------------------------------------
// Escaping

/**
 * Makes user-entered text inert inside Markdown: collapses line breaks, backslash-escapes the
 * characters that start links, images, emphasis, code, HTML, table cells and placeholders, and
 * breaks up bare URLs and e-mail addresses so a linkifier does not turn them into links. The text
 * reads the same once rendered.
 */
export function escapeMarkdown(value: string): string {
  let text = value.replace(/[\r\n\t\u2028\u2029]+/g, ' ').replace(/\s{2,}/g, ' ').trim();
  text = text.replace(/[\\`*_[\]{}<>|#~&@]/g, (ch) => `\\${ch}`);
  text = text.replace(/:\/\//g, '\\:\\/\\/').replace(/\bwww\./gi, (match) => `${match.slice(0, 3)}\\.`);
  // A line-leading list marker, block quote or ordered-list number would change the block.
  text = text.replace(/^([-+=>])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
  return text;
}

// ---------------------------------------------------------------------------------------------
// Small renderers

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** YYYY-MM-DD as `29 November 2026` / `2026年11月29日`; anything else is escaped as given. */
export function formatDate(value: string, language: TemplateLanguage): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return escapeMarkdown(value);
  const [, year, month, day] = match as unknown as [string, string, string, string];
  if (language === 'zh-CN') return `${year}年${Number(month)}月${Number(day)}日`;
  return `${Number(day)} ${MONTHS_EN[Number(month) - 1] ?? month} ${year}`;
}

function table(headers: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.map((cell) => (cell === '' ? ' ' : cell)).join(' | ')} |`;
  return [line(headers), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}

function list(items: string[]): string {
  return items.map((item) => `- ${item}`).join('\n');
}

function byName<T extends { name: string; id: string }>(ctx: Ctx, items: readonly T[]): T[] {
  return [...items].sort((a, b) => ctx.collator.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function missing(ctx: Ctx): string {
  return ctx.t('fill.missing');
}

function text(value: string, ctx: Ctx): string {
  return value.trim() === '' ? missing(ctx) : escapeMarkdown(value);
}

function joinList(ctx: Ctx, values: string[]): string {
  return values.join(ctx.language === 'zh-CN' ? '、' : ', ');
}

function categoriesOf(facts: NoticeFacts, ctx: Ctx, purpose: NoticePurpose): NoticeDataCategory[] {
  const ids = new Set(purpose.dataCategoryIds);
  return byName(
    ctx,
    facts.dataCategories.filter((category) => ids.has(category.id)),
  );
}

function categoryNames(facts: NoticeFacts, ctx: Ctx, purpose: NoticePurpose): string {
  const names = categoriesOf(facts, ctx, purpose).map((category) => escapeMarkdown(category.name));
  return names.length ? joinList(ctx, names) : missing(ctx);
}

/** `**Name**: examples`, the category as a list item. Sensitivity is listed by the law-specific blocks. */
function categoryLine(category: NoticeDataCategory, ctx: Ctx): string {
  const name = `**${escapeMarkdown(category.name)}**`;
  return category.examples.trim() ? labelled(name, escapeMarkdown(category.examples), ctx) : name;
}

function purposeLabel(purpose: NoticePurpose): string {
  return `**${escapeMarkdown(purpose.name)}**`;
}

function purposeText(purpose: NoticePurpose, ctx: Ctx): string {
  return purpose.purpose.trim() ? escapeMarkdown(purpose.purpose) : text(purpose.name, ctx);
}

function retention(purpose: NoticePurpose, ctx: Ctx): string {
  const parts: string[] = [];
  const months = purpose.retentionMonths;
  if (months !== null) {
    if (months === 0) parts.push(ctx.t('fill.retention.none'));
    else if (months % 12 === 0) parts.push(months === 12 ? ctx.t('fill.retention.oneYear') : ctx.t('fill.retention.years', { years: months / 12 }));
    else parts.push(months === 1 ? ctx.t('fill.retention.oneMonth') : ctx.t('fill.retention.months', { months }));
  }
  if (purpose.retentionCriteria.trim()) parts.push(escapeMarkdown(purpose.retentionCriteria));
  return parts.length ? parts.join(ctx.language === 'zh-CN' ? '；' : '; ') : missing(ctx);
}

/** `label: text` with the language's colon. */
function labelled(label: string, value: string, ctx: Ctx): string {
  return ctx.language === 'zh-CN' ? `${label}：${value}` : `${label}: ${value}`;
}

/** `text (note)` with the language's parentheses. */
function noted(value: string, note: string, ctx: Ctx): string {
  return ctx.language === 'zh-CN' ? `${value}（${note}）` : `${value} (${note})`;
}

function yesNo(value: boolean, ctx: Ctx): string {
  return ctx.t(value ? 'fill.yes' : 'fill.no');
}

function sentence(key: string, ctx: Ctx, options?: Record<string, unknown>): string {
  return ctx.t(key, options);
}

// ---------------------------------------------------------------------------------------------
// Value placeholders

function contactPersonStatement(person: { name: string; email: string } | null, key: string, ctx: Ctx, facts: TemplateFacts): string {
  if (!person || (person.name.trim() === '' && person.email.trim() === '')) {
    return sentence(`${key}.none`, ctx, { email: text(facts.organisation.contactEmail, ctx) });
  }
  return sentence(`${key}.named`, ctx, { name: text(person.name, ctx), email: text(person.email, ctx) });
}

const VALUES: Readonly<Record<string, Value>> = {
  'organisation.legalName': (f, c) => text(f.organisation.legalName, c),
  /** The trading name, or the legal name when there is none. */
  'organisation.name': (f, c) => text(f.organisation.tradingName.trim() || f.organisation.legalName, c),
  'organisation.address': (f, c) => text(f.organisation.address, c),
  'organisation.country': (f, c) => text(f.organisation.country, c),
  'organisation.contactEmail': (f, c) => text(f.organisation.contactEmail, c),
  /** A sentence naming the DPO, or saying none is appointed and where to write instead. */
  'organisation.dpoStatement': (f, c) => contactPersonStatement(f.organisation.dpo, 'fill.dpo', c, f),
  'organisation.piplOfficerStatement': (f, c) => contactPersonStatement(f.organisation.piplOfficer, 'fill.piplOfficer', c, f),
  'organisation.euRepresentativeStatement': (f, c) =>
    f.organisation.euRepresentative.trim() ? sentence('fill.euRepresentative.named', c, { representative: escapeMarkdown(f.organisation.euRepresentative) }) : sentence('fill.euRepresentative.none', c),
  'organisation.chinaRepresentativeStatement': (f, c) =>
    f.organisation.chinaRepresentative.trim()
      ? sentence('fill.chinaRepresentative.named', c, { representative: escapeMarkdown(f.organisation.chinaRepresentative) })
      : sentence('fill.chinaRepresentative.none', c),
  'document.effectiveDate': (f, c) => (f.document.effectiveDate ? formatDate(f.document.effectiveDate, c.language) : missing(c)),
  'document.reviewCycleMonths': (f) => String(f.document.reviewCycleMonths),
  'document.owner': (f, c) => text(f.document.owner, c),
  'document.version': (f, c) => text(f.document.version, c),
  'notice.lastUpdated': (f, c) => (isNoticeFacts(f) ? (f.lastUpdated ? formatDate(f.lastUpdated, c.language) : missing(c)) : null),
  'notice.supervisoryAuthority': (f, c) =>
    isNoticeFacts(f) ? (f.supervisoryAuthority.trim() ? sentence('fill.supervisoryAuthority.named', c, { authority: escapeMarkdown(f.supervisoryAuthority) }) : sentence('fill.supervisoryAuthority.none', c)) : null,
};

// ---------------------------------------------------------------------------------------------
// Block placeholders (notices only)

function sensitiveList(facts: NoticeFacts, ctx: Ctx, kinds: string[], noneKey: string): string {
  const matching = byName(
    ctx,
    facts.dataCategories.filter((category) => category.sensitivity.some((value) => kinds.includes(value))),
  );
  if (!matching.length) return sentence(noneKey, ctx);
  return list(
    matching.map((category) => {
      const labels = category.sensitivity
        .filter((value) => kinds.includes(value))
        .sort()
        .map((value) => ctx.t(`enum.sensitivity.${value}`));
      return labelled(`**${escapeMarkdown(category.name)}**`, labels.join(ctx.language === 'zh-CN' ? '；' : '; '), ctx);
    }),
  );
}

function purposesWith(facts: NoticeFacts, ctx: Ctx, keep: (purpose: NoticePurpose) => boolean): NoticePurpose[] {
  return byName(ctx, facts.purposes.filter(keep));
}

const BLOCKS: Readonly<Record<string, Block>> = {
  'inventory.dataCategories': (facts, ctx) => {
    const categories = byName(ctx, facts.dataCategories);
    if (!categories.length) return missing(ctx);
    return list(categories.map((category) => categoryLine(category, ctx)));
  },
  'inventory.subjectCategories': (facts, ctx) => {
    const subjects = byName(ctx, facts.subjectCategories);
    if (!subjects.length) return missing(ctx);
    return list(subjects.map((subject) => (subject.includesMinors ? noted(escapeMarkdown(subject.name), ctx.t('fill.includesMinors'), ctx) : escapeMarkdown(subject.name))));
  },
  'inventory.sensitiveData.gdpr': (facts, ctx) => sensitiveList(facts, ctx, ['gdpr_art9', 'gdpr_art10'], 'fill.sensitive.noneGdpr'),
  'inventory.sensitiveData.pipl': (facts, ctx) => sensitiveList(facts, ctx, ['pipl_sensitive', 'pipl_minor_under_14'], 'fill.sensitive.nonePipl'),
  'inventory.sensitiveData.ccpa': (facts, ctx) => sensitiveList(facts, ctx, ['ccpa_sensitive'], 'fill.sensitive.noneCcpa'),
  'inventory.purposes.gdpr': (facts, ctx) => {
    const purposes = byName(ctx, facts.purposes);
    if (!purposes.length) return missing(ctx);
    return table(
      [ctx.t('fill.col.purpose'), ctx.t('fill.col.dataCategories'), ctx.t('fill.col.gdprBasis'), ctx.t('fill.col.art9Condition')],
      purposes.map((purpose) => [
        labelled(purposeLabel(purpose), purposeText(purpose, ctx), ctx),
        categoryNames(facts, ctx, purpose),
        purpose.gdprBasis ? ctx.t(`enum.gdprBasis.${purpose.gdprBasis}`) : missing(ctx),
        purpose.gdprArt9Condition ? ctx.t(`enum.gdprArt9.${purpose.gdprArt9Condition}`) : ctx.t('fill.notApplicable'),
      ]),
    );
  },
  'inventory.legitimateInterests': (facts, ctx) => {
    const purposes = purposesWith(facts, ctx, (purpose) => purpose.gdprBasis === 'f');
    if (!purposes.length) return sentence('fill.legitimateInterests.none', ctx);
    return list(purposes.map((purpose) => labelled(purposeLabel(purpose), purpose.legitimateInterests.trim() ? escapeMarkdown(purpose.legitimateInterests) : purposeText(purpose, ctx), ctx)));
  },
  'inventory.sources': (facts, ctx) => {
    const purposes = byName(ctx, facts.purposes);
    if (!purposes.length) return missing(ctx);
    return list(purposes.map((purpose) => labelled(purposeLabel(purpose), ctx.t(`enum.source.${purpose.source}`), ctx)));
  },
  'inventory.recipients': (facts, ctx) => {
    const items = purposesWith(facts, ctx, (purpose) => purpose.recipients.trim() !== '').map((purpose) => labelled(purposeLabel(purpose), escapeMarkdown(purpose.recipients), ctx));
    const vendors = byName(ctx, facts.vendors).map((vendor) => (vendor.services.trim() ? noted(escapeMarkdown(vendor.name), escapeMarkdown(vendor.services), ctx) : escapeMarkdown(vendor.name)));
    if (vendors.length) items.push(ctx.t('fill.serviceProviders', { vendors: joinList(ctx, vendors) }));
    return items.length ? list(items) : sentence('fill.recipients.none', ctx);
  },
  'inventory.retention': (facts, ctx) => {
    const purposes = byName(ctx, facts.purposes);
    if (!purposes.length) return missing(ctx);
    return table(
      [ctx.t('fill.col.purpose'), ctx.t('fill.col.retention')],
      purposes.map((purpose) => [purposeLabel(purpose), retention(purpose, ctx)]),
    );
  },
  'inventory.transfers.gdpr': (facts, ctx) => {
    const transfers = sortTransfers(facts);
    if (!transfers.length) return sentence('fill.transfers.none', ctx);
    const purposes = new Map(facts.purposes.map((purpose) => [purpose.id, purpose]));
    return table(
      [ctx.t('fill.col.destination'), ctx.t('fill.col.recipient'), ctx.t('fill.col.purpose'), ctx.t('fill.col.safeguard')],
      transfers.map((transfer) => [
        escapeMarkdown(transfer.toCountry),
        text(transfer.recipient, ctx),
        purposes.has(transfer.purposeId) ? escapeMarkdown(purposes.get(transfer.purposeId)!.name) : missing(ctx),
        ctx.t(`enum.gdprMechanism.${transfer.gdprMechanism}`),
      ]),
    );
  },
  'inventory.transfers.pipl': (facts, ctx) => {
    const transfers = sortTransfers(facts);
    if (!transfers.length) return sentence('fill.transfers.nonePipl', ctx);
    const purposes = new Map(facts.purposes.map((purpose) => [purpose.id, purpose]));
    return table(
      [ctx.t('fill.col.recipient'), ctx.t('fill.col.destination'), ctx.t('fill.col.recipientContact'), ctx.t('fill.col.purpose'), ctx.t('fill.col.dataCategories'), ctx.t('fill.col.piplMechanism')],
      transfers.map((transfer) => {
        const purpose = purposes.get(transfer.purposeId);
        return [
          text(transfer.recipient, ctx),
          escapeMarkdown(transfer.toCountry),
          text(transfer.recipientContact, ctx),
          purpose ? purposeText(purpose, ctx) : missing(ctx),
          purpose ? categoryNames(facts, ctx, purpose) : missing(ctx),
          ctx.t(`enum.piplMechanism.${transfer.piplMechanism}`),
        ];
      }),
    );
  },
  'inventory.automatedDecisions': (facts, ctx) => {
    const purposes = purposesWith(facts, ctx, (purpose) => purpose.automatedDecisions);
    if (!purposes.length) return sentence('fill.automatedDecisions.none', ctx);
    return list(purposes.map((purpose) => labelled(purposeLabel(purpose), purpose.automatedDecisionLogic.trim() ? escapeMarkdown(purpose.automatedDecisionLogic) : missing(ctx), ctx)));
  },
  'inventory.purposes.ccpa': (facts, ctx) => {
    const purposes = byName(ctx, facts.purposes);
    if (!purposes.length) return missing(ctx);
    return list(
      purposes.map((purpose) =>
        ctx.t('fill.ccpaPurpose', {
          name: purposeLabel(purpose),
          purpose: purpose.ccpaBusinessPurpose.trim() ? escapeMarkdown(purpose.ccpaBusinessPurpose) : purposeText(purpose, ctx),
          categories: categoryNames(facts, ctx, purpose),
        }),
      ),
    );
  },
  'inventory.ccpa.categoriesCollected': (facts, ctx) => {
    const categories = byName(ctx, facts.dataCategories);
    if (!categories.length) return missing(ctx);
    return list(categories.map((category) => categoryLine(category, ctx)));
  },
  'inventory.ccpa.soldShared': (facts, ctx) => {
    const purposes = purposesWith(facts, ctx, (purpose) => purpose.sold || purpose.shared);
    if (!purposes.length) return sentence('fill.soldShared.none', ctx);
    return list(
      purposes.map((purpose) => {
        const how = [purpose.sold ? ctx.t('fill.soldShared.sold') : null, purpose.shared ? ctx.t('fill.soldShared.shared') : null].filter(Boolean).join(ctx.language === 'zh-CN' ? '、' : ', ');
        const to = purpose.recipients.trim() ? escapeMarkdown(purpose.recipients) : missing(ctx);
        return ctx.t('fill.soldShared.item', { categories: categoryNames(facts, ctx, purpose), how, recipients: to });
      }),
    );
  },
  'inventory.ccpa.disclosed': (facts, ctx) => {
    const purposes = purposesWith(facts, ctx, (purpose) => purpose.recipients.trim() !== '');
    const items = purposes.map((purpose) => ctx.t('fill.disclosed.item', { categories: categoryNames(facts, ctx, purpose), recipients: escapeMarkdown(purpose.recipients) }));
    const vendors = byName(ctx, facts.vendors).map((vendor) => escapeMarkdown(vendor.name));
    if (vendors.length) items.push(ctx.t('fill.serviceProviders', { vendors: joinList(ctx, vendors) }));
    return items.length ? list(items) : sentence('fill.disclosed.none', ctx);
  },
  'inventory.purposes.pipl': (facts, ctx) => {
    const purposes = byName(ctx, facts.purposes);
    if (!purposes.length) return missing(ctx);
    return table(
      [ctx.t('fill.col.purpose'), ctx.t('fill.col.dataCategories'), ctx.t('fill.col.piplBasis'), ctx.t('fill.col.separateConsent')],
      purposes.map((purpose) => [
        labelled(purposeLabel(purpose), purposeText(purpose, ctx), ctx),
        categoryNames(facts, ctx, purpose),
        purpose.piplBasis ? ctx.t(`enum.piplBasis.${purpose.piplBasis}`) : missing(ctx),
        yesNo(purpose.separateConsent, ctx),
      ]),
    );
  },
  'inventory.requestChannels': (facts, ctx) => {
    const channels = facts.requestChannels;
    const items: string[] = [];
    if (channels.email.trim()) items.push(ctx.t('fill.channel.email', { value: escapeMarkdown(channels.email) }));
    if (channels.webForm.trim()) items.push(ctx.t('fill.channel.webForm', { value: escapeMarkdown(channels.webForm) }));
    if (channels.phone.trim()) items.push(ctx.t('fill.channel.phone', { value: escapeMarkdown(channels.phone) }));
    if (channels.postalAddress.trim()) items.push(ctx.t('fill.channel.postalAddress', { value: escapeMarkdown(channels.postalAddress) }));
    if (!items.length) items.push(ctx.t('fill.channel.email', { value: text(facts.organisation.contactEmail, ctx) }));
    return list(items);
  },
  'inventory.ccpa.minors': (facts, ctx) => sentence(facts.ccpa.sellsOrSharesUnder16 ? 'fill.minors.yes' : 'fill.minors.no', ctx),
  'inventory.ccpa.sensitiveUse': (facts, ctx) => sentence(facts.ccpa.usesSensitiveBeyondPermitted ? 'fill.sensitiveUse.beyond' : 'fill.sensitiveUse.limited', ctx),
  'inventory.ccpa.optOutSignals': (facts, ctx) => sentence(facts.ccpa.honoursOptOutPreferenceSignals ? 'fill.optOutSignals.honoured' : 'fill.optOutSignals.notHonoured', ctx),
};

function sortTransfers(facts: NoticeFacts) {
  return [...facts.transfers].sort(
    (a, b) => a.toCountry.localeCompare(b.toCountry, 'en') || a.recipient.localeCompare(b.recipient, 'en') || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** Every placeholder name a template may use: value placeholders first, then blocks. */
export const VALUE_PLACEHOLDERS: readonly string[] = Object.freeze(Object.keys(VALUES));
export const BLOCK_PLACEHOLDERS: readonly string[] = Object.freeze(Object.keys(BLOCKS));
/** Value placeholders that only notice facts can fill. */
const NOTICE_ONLY_VALUES = new Set(['notice.lastUpdated', 'notice.supervisoryAuthority']);

// ---------------------------------------------------------------------------------------------
// Public API

export interface TemplateProblem {
  /** `unknown`: not a known placeholder. `block_not_alone`: a block placeholder shares its line. */
  kind: 'unknown' | 'block_not_alone';
  placeholder: string;
  /** 1-based line number in the template. */
  line: number;
}

/** Checks a template (or an edited document that still has placeholders) without filling it. */
export function lintTemplate(body: string): TemplateProblem[] {
  const problems: TemplateProblem[] = [];
  body.split('\n').forEach((line, index) => {
    for (const match of line.matchAll(PLACEHOLDER)) {
      const name = match[1]!;
      if (name in BLOCKS) {
        if (line.trim() !== match[0]) problems.push({ kind: 'block_not_alone', placeholder: name, line: index + 1 });
      } else if (!(name in VALUES)) {
        problems.push({ kind: 'unknown', placeholder: name, line: index + 1 });
      }
    }
  });
  return problems;
}

/** The distinct placeholder names `fillTemplate` would leave untouched for these facts, sorted. */
export function findUnknownPlaceholders(body: string, facts?: TemplateFacts): string[] {
  const notice = facts ? isNoticeFacts(facts) : true;
  const unknown = new Set<string>();
  for (const match of body.matchAll(PLACEHOLDER)) {
    const name = match[1]!;
    const known = name in VALUES ? notice || !NOTICE_ONLY_VALUES.has(name) : name in BLOCKS && notice;
    if (!known) unknown.add(name);
  }
  return [...unknown].sort();
}

const translators = new Map<TemplateLanguage, TFunction>();

function translatorFor(language: TemplateLanguage): TFunction {
  let t = translators.get(language);
  if (!t) {
    const i18n = createI18n({ language, defaultNS: 'policyTemplates' });
    t = i18n.getFixedT(language, 'policyTemplates');
    translators.set(language, t);
  }
  return t;
}

/**
 * Renders a template body with the facts. Value placeholders become escaped text, block
 * placeholders become Markdown lists, tables or sentences from the inventory (with policy facts,
 * blocks and notice values stay as written). Unknown placeholders are left visible; use
 * findUnknownPlaceholders(body, facts) to list them. The result ends with one newline.
 */
export function fillTemplate(body: string, facts: TemplateFacts, language: TemplateLanguage): string {
  const ctx: Ctx = { t: translatorFor(language), language, collator: new Intl.Collator(language === 'zh-CN' ? 'zh-CN' : 'en', { sensitivity: 'base', numeric: true }) };
  const notice = isNoticeFacts(facts) ? facts : null;
  const output = body.replace(/\r\n?/g, '\n').replace(PLACEHOLDER, (whole, name: string) => {
    const value = VALUES[name];
    if (value) return value(facts, ctx) ?? whole;
    const block = BLOCKS[name];
    if (block && notice) return block(notice, ctx);
    return whole;
  });
  return `${output.replace(/\s+$/, '')}\n`;
}
