// index.html: a self-contained, searchable overview of the pack that opens offline in any browser.
// One file with its style and script inline (allowed by hash in its Content Security Policy, which
// forbids loading anything else): the cover facts, a search box, one section per control with a
// relative link to each evidence file, the exceptions, the registers, the policies, every file with
// its size and SHA-256, and how to verify the pack with standard tools. Every value is escaped; the
// same pack renders to the same text.
import type { TFunction } from 'i18next';
import { packExceptions } from '../report/exceptions';
import { formatInstant, packReportT, VERIFY_COMMANDS } from '../report/report-text';
import { getControl } from '../../../../shared/frameworks';
import { MANIFEST_PATH, PUBLIC_KEY_PATH, REPORT_PATH, SIGNATURE_PATH, SUMS_PATH } from '../manifest';
import { evidenceCount, type PackContents, type PackContext, type PackEvidenceItem, type PackLocale, type PackManifestFile } from '../pack-types';
import { INDEX_CSP, INDEX_SCRIPT, INDEX_STYLE } from './index-assets';

const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const SPECIAL = /[&<>"']/;
const SPECIALS = /[&<>"']/g;

/** Text or attribute value, safe inside an element or a double-quoted attribute. */
export function escapeHtml(value: string | number): string {
  const text = String(value);
  return SPECIAL.test(text) ? text.replace(SPECIALS, (ch) => ESCAPES[ch] ?? ch) : text;
}

/** A relative link to a path inside the pack: each segment percent-encoded, then escaped. */
export function packHref(path: string): string {
  return escapeHtml(path.split('/').map(encodeURIComponent).join('/'));
}

/** What the search box matches against: lower-cased, whitespace collapsed. */
function searchText(...parts: (string | null | undefined)[]): string {
  return escapeHtml(
    parts
      .filter((part): part is string => typeof part === 'string' && part !== '')
      .join(' ')
      .replace(/\s+/g, ' ')
      .toLowerCase(),
  );
}

function controlAnchor(controlId: string): string {
  return `control-${controlId}`;
}

function link(path: string, text: string = path): string {
  return `<a href="${packHref(path)}">${escapeHtml(text)}</a>`;
}

function overview(ctx: PackContext, contents: PackContents, t: TFunction, listed: ReadonlySet<string>): string {
  const facts: [string, string][] = [
    [t('meta.organisation'), ctx.workspace.organisationName],
    [t('meta.framework'), t(`framework.${ctx.options.framework}`)],
    [t('meta.period'), t('meta.periodValue', { from: ctx.period.from, to: ctx.period.to })],
    [t('meta.asOf'), formatInstant(ctx.asOf)],
    [t('meta.generated'), formatInstant(ctx.generatedAt)],
    [t('meta.appVersion'), ctx.appVersion],
    [t('meta.catalogVersion'), ctx.catalogVersion],
    [t('meta.workspace'), ctx.workspace.id],
    [t('meta.keyFingerprint'), ctx.keyFingerprint],
    [t('meta.redaction'), ctx.options.redact ? t('meta.redacted') : t('meta.notRedacted')],
  ];
  const { auditTrail } = contents;
  const trail = t('index.trailSummary', { events: auditTrail.events, state: auditTrail.chain.ok ? t('index.chainOk') : t('index.chainBroken') });
  return [
    `<section id="overview"><h2>${escapeHtml(t('index.nav.overview'))}</h2>`,
    '<dl class="facts">',
    ...facts.map(([label, value]) => `<dt>${escapeHtml(label)}</dt><dd${/^[0-9a-f]{64}$/.test(value) ? ' class="hash"' : ''}>${escapeHtml(value)}</dd>`),
    `<dt>${escapeHtml(t('index.report'))}</dt><dd>${link(REPORT_PATH)}</dd>`,
    `<dt>${escapeHtml(t('index.auditTrail'))}</dt><dd>${listed.has(auditTrail.path) || contents.files.some((file) => file.path === auditTrail.path) ? link(auditTrail.path) : escapeHtml(auditTrail.path)} <span class="${auditTrail.chain.ok ? 'good' : 'bad'}">${escapeHtml(trail)}</span></dd>`,
    '</dl>',
    `<p class="muted">${escapeHtml(t('coverNote'))}</p>`,
    '</section>',
  ].join('\n');
}

/**
 * A translation with one placeholder as a plain function: a pack may list tens of thousands of
 * evidence items, and a lookup through i18next for each would take seconds.
 */
function template(t: TFunction, key: string, name: string): (value: string) => string {
  const marker = '\u0000';
  const parts = t(key, { [name]: marker }).split(marker);
  return (value) => parts.join(value);
}

interface EvidenceLabels {
  file: string;
  record: string;
  expired: string;
  separator: string;
  effective: (date: string) => string;
  expires: (date: string) => string;
  notes: (notes: string) => string;
  recordsOfType: (count: number, type: string) => string;
}

function evidenceLabels(t: TFunction): EvidenceLabels {
  return {
    file: t('index.file'),
    record: t('index.record'),
    expired: escapeHtml(t('index.expired')),
    separator: t('listSeparator'),
    effective: template(t, 'index.effective', 'date'),
    expires: template(t, 'index.expires', 'date'),
    notes: template(t, 'index.notes', 'notes'),
    recordsOfType: (count, type) => t('index.recordsOfType', { count, type }),
  };
}

function evidenceLine(item: PackEvidenceItem, labels: EvidenceLabels, files: ReadonlyMap<string, PackManifestFile>): string {
  const file = files.get(item.path);
  const notes = [item.kind === 'file' ? labels.file : labels.record];
  if (item.effectiveDate) notes.push(labels.effective(item.effectiveDate));
  if (item.expiryDate) notes.push(labels.expires(item.expiryDate));
  return [
    `<li class="sub" data-search="${searchText(item.name, item.path)}">`,
    link(item.path, item.kind === 'record' ? labels.recordsOfType(item.records ?? 1, item.name) : item.name),
    ` <span class="muted">${escapeHtml(labels.notes(notes.join(labels.separator)))}</span>`,
    item.expired ? ` <span class="tag bad">${labels.expired}</span>` : '',
    file ? ` <span class="muted">${escapeHtml(file.size)} B</span> <span class="hash muted">${escapeHtml(file.sha256)}</span>` : '',
    '</li>',
  ].join('');
}

/** The ISO theme or SOC 2 group a control is listed under, in the pack's language. */
function groupHeading(framework: PackContext['options']['framework'], controlId: string, locale: PackLocale): string | null {
  const control = getControl(framework, controlId);
  if (!control) return null;
  return framework === 'soc2' ? `${control.group} ${control.groupTitle[locale]}` : control.groupTitle[locale];
}

function controlsSection(contents: PackContents, t: TFunction, files: ReadonlyMap<string, PackManifestFile>, framework: PackContext['options']['framework'], locale: PackLocale): string {
  const labels = evidenceLabels(t);
  const out = [`<section id="controls"><h2>${escapeHtml(t('index.nav.controls'))}</h2>`, `<p class="muted">${escapeHtml(t('index.controlsIntro', { count: contents.controls.length }))}</p>`];
  // Every control's id as a link to its section: any control is one click away.
  out.push(`<p class="jump">${contents.controls.map((control) => `<a href="#${escapeHtml(controlAnchor(control.controlId))}">${escapeHtml(control.controlId)}</a>`).join(' ')}</p>`);
  let group: string | null = null;
  for (const control of contents.controls) {
    const heading = groupHeading(framework, control.controlId, locale);
    if (heading !== null && heading !== group) {
      out.push(`<h3 class="group">${escapeHtml(heading)}</h3>`);
      group = heading;
    }
    // The control's folder, as the collector named it (the first two segments of an item's path).
    const first = control.evidence[0];
    const folder = first ? `${first.path.split('/').slice(0, 2).join('/')}/` : null;
    out.push(
      `<article class="control${control.applicable ? '' : ' na'}" id="${escapeHtml(controlAnchor(control.controlId))}" data-search="${searchText(control.controlId, control.title)}">`,
      `<h3>${escapeHtml(control.controlId)} ${escapeHtml(control.title)}<span class="tag${control.applicable ? '' : ' bad'}">${escapeHtml(control.applicable ? t('index.applicable') : t('index.notApplicable'))}</span></h3>`,
    );
    if (control.justification) out.push(`<p>${escapeHtml(t('index.labelled', { label: t('index.justification'), value: control.justification }))}</p>`);
    if (control.implementation) out.push(`<p>${escapeHtml(t('index.labelled', { label: t('index.implementation'), value: control.implementation }))}</p>`);
    if (control.evidence.length === 0) {
      out.push(`<p class="${control.applicable ? 'bad' : 'muted'}">${escapeHtml(t('index.noEvidence'))}</p>`);
    } else {
      const count = t('index.evidenceCount', { count: evidenceCount(control.evidence) });
      out.push(`<p class="muted">${folder ? link(folder, count) : escapeHtml(count)}</p>`, '<ul class="evidence">');
      for (const item of control.evidence) out.push(evidenceLine(item, labels, files));
      out.push('</ul>');
    }
    out.push('</article>');
  }
  out.push('</section>');
  return out.join('\n');
}

function exceptionsSection(contents: PackContents, t: TFunction): string {
  const exceptions = packExceptions(contents);
  const out = [`<section id="exceptions"><h2>${escapeHtml(t('index.nav.exceptions'))}</h2>`];
  if (exceptions.length === 0) {
    out.push(`<p class="good">${escapeHtml(t('exceptions.none'))}</p></section>`);
    return out.join('\n');
  }
  out.push(
    `<p class="muted">${escapeHtml(t('exceptions.intro'))}</p>`,
    '<table><thead><tr>',
    ...['control', 'title', 'problem', 'detail'].map((key) => `<th>${escapeHtml(t(`exceptions.columns.${key}`))}</th>`),
    '</tr></thead><tbody>',
  );
  for (const exception of exceptions) {
    const { control } = exception;
    const detail = exception.kind === 'expired' ? t('exceptions.expiredDetail', { count: exception.expiredCount, date: exception.latestExpiry ?? t('none') }) : t('none');
    out.push(
      `<tr data-search="${searchText(control.controlId, control.title)}"><td><a href="#${escapeHtml(controlAnchor(control.controlId))}">${escapeHtml(control.controlId)}</a></td><td>${escapeHtml(control.title)}</td><td class="bad">${escapeHtml(t(`exceptions.${exception.kind}`))}</td><td>${escapeHtml(detail)}</td></tr>`,
    );
  }
  out.push('</tbody></table></section>');
  return out.join('\n');
}

function registersSection(contents: PackContents, t: TFunction): string {
  const out = [`<section id="registers"><h2>${escapeHtml(t('index.nav.registers'))}</h2>`];
  if (contents.registers.length === 0) {
    out.push(`<p class="muted">${escapeHtml(t('contents.noRegisters'))}</p></section>`);
    return out.join('\n');
  }
  out.push('<table><thead><tr>', ...['title', 'rows', 'files'].map((key) => `<th>${escapeHtml(t(`contents.registerColumns.${key}`))}</th>`), '</tr></thead><tbody>');
  for (const register of contents.registers) {
    out.push(
      `<tr data-search="${searchText(register.title, register.key, register.xlsxPath, register.csvPath)}"><td>${escapeHtml(register.title)}</td><td class="num">${escapeHtml(register.rows)}</td><td>${link(register.xlsxPath)}<br>${link(register.csvPath)}</td></tr>`,
    );
  }
  out.push('</tbody></table></section>');
  return out.join('\n');
}

function policiesSection(contents: PackContents, t: TFunction): string {
  const out = [`<section id="policies"><h2>${escapeHtml(t('index.nav.policies'))}</h2>`];
  if (contents.policies.length === 0) {
    out.push(`<p class="muted">${escapeHtml(t('contents.noPolicies'))}</p></section>`);
    return out.join('\n');
  }
  out.push('<table><thead><tr>', ...['title', 'version', 'approved', 'effective', 'file'].map((key) => `<th>${escapeHtml(t(`contents.policyColumns.${key}`))}</th>`), '</tr></thead><tbody>');
  for (const policy of contents.policies) {
    out.push(
      `<tr data-search="${searchText(policy.title, policy.path)}"><td>${escapeHtml(policy.title)}</td><td class="num">${escapeHtml(policy.version)}</td><td>${escapeHtml(policy.approvedAt?.slice(0, 10) ?? t('none'))}</td><td>${escapeHtml(policy.effectiveFrom?.slice(0, 10) ?? t('none'))}</td><td>${link(policy.path)}</td></tr>`,
    );
  }
  out.push('</tbody></table></section>');
  return out.join('\n');
}

function filesSection(files: readonly PackManifestFile[], t: TFunction): string {
  const out = [
    `<section id="files"><h2>${escapeHtml(t('index.nav.files'))}</h2>`,
    '<table><thead><tr>',
    ...['path', 'size', 'sha256'].map((key) => `<th>${escapeHtml(t(`index.fileColumns.${key}`))}</th>`),
    '</tr></thead><tbody>',
  ];
  for (const file of files) {
    out.push(`<tr data-search="${searchText(file.path)}"><td>${link(file.path)}</td><td class="num">${escapeHtml(file.size)}</td><td class="hash">${escapeHtml(file.sha256)}</td></tr>`);
  }
  out.push('</tbody></table></section>');
  return out.join('\n');
}

/** Written beside index.html by the pack builder, so not in the file list it is given. */
export const SIGNING_FILES = [MANIFEST_PATH, SIGNATURE_PATH, PUBLIC_KEY_PATH, SUMS_PATH] as const;

function verifySection(t: TFunction): string {
  const block = (text: string) => `<pre><code>${escapeHtml(text)}</code></pre>`;
  return [
    `<section id="verify"><h2>${escapeHtml(t('index.nav.verify'))}</h2>`,
    `<p>${escapeHtml(t('index.verifyIntro'))}</p>`,
    `<p>${escapeHtml(t('index.packFiles'))}: ${SIGNING_FILES.map((path) => link(path)).join(' · ')}</p>`,
    `<p>${escapeHtml(t('index.verifyHashes'))}</p>`,
    block(VERIFY_COMMANDS.hashes),
    `<p>${escapeHtml(t('index.verifySignature'))}</p>`,
    block(VERIFY_COMMANDS.signature),
    `<p>${escapeHtml(t('index.verifyFingerprint'))}</p>`,
    block(VERIFY_COMMANDS.fingerprint),
    `<p>${escapeHtml(t('index.verifyCli'))}</p>`,
    `<p class="muted">${escapeHtml(t('index.offline'))}</p>`,
    '</section>',
  ].join('\n');
}

export function renderPackIndex(ctx: PackContext, contents: PackContents, files: readonly PackManifestFile[]): string {
  const t = packReportT(ctx.options.locale);
  const byPath = new Map(files.map((file) => [file.path, file]));
  const listed = new Set(byPath.keys());
  const title = t('index.title', { organisation: ctx.workspace.organisationName });
  const nav = ['overview', 'controls', 'exceptions', 'registers', 'policies', 'files', 'verify'].map((key) => `<a href="#${key}">${escapeHtml(t(`index.nav.${key}`))}</a>`).join('\n');
  return [
    '<!doctype html>',
    `<html lang="${escapeHtml(ctx.options.locale)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(INDEX_CSP)}">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${INDEX_STYLE}</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>${escapeHtml(title)}</h1>`,
    `<p>${escapeHtml(t(`framework.${ctx.options.framework}`))} · ${escapeHtml(t('meta.periodValue', { from: ctx.period.from, to: ctx.period.to }))}</p>`,
    `<input id="q" type="search" autocomplete="off" aria-label="${escapeHtml(t('index.searchLabel'))}" placeholder="${escapeHtml(t('index.search'))}">`,
    '</header>',
    `<nav>${nav}</nav>`,
    '<main>',
    `<p id="no-matches" class="bad" hidden>${escapeHtml(t('index.noMatches'))}</p>`,
    overview(ctx, contents, t, listed),
    controlsSection(contents, t, byPath, ctx.options.framework, ctx.options.locale),
    exceptionsSection(contents, t),
    registersSection(contents, t),
    policiesSection(contents, t),
    filesSection(files, t),
    verifySection(t),
    '</main>',
    `<script>${INDEX_SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
