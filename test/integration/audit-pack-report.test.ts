// report.pdf and index.html of an audit pack, from a real encrypted demo workspace, read back with
// independent tools: the PDF through poppler's pdftotext and pdffonts, index.html through
// happy-dom's HTML parser. Both frameworks, both languages; reproducibility (same context, same
// bytes); records as of the end of the period; escaping of hostile names; links that resolve.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPackIndex, SIGNING_FILES } from '../../electron/backend/audit-pack/index-html/render-index';
import { INDEX_SCRIPT, INDEX_STYLE } from '../../electron/backend/audit-pack/index-html/index-assets';
import { AsOf } from '../../electron/backend/audit-pack/contents/as-of';
import type { PackContents, PackContext, PackControl, PackFile, PackLocale, PackManifestFile } from '../../electron/backend/audit-pack/pack-types';
import { renderPackReport } from '../../electron/backend/audit-pack/report/render-report';
import { VERIFY_COMMANDS } from '../../electron/backend/audit-pack/report/report-text';
import { crosswalkPeers, listControlRows } from '../../electron/backend/frameworks/controls-queries';
import { applyConnectionPragmas, openSqlCipher, type Db } from '../../electron/backend/workspace/sqlcipher';
import { getControl, listControls } from '../../shared/frameworks';
import { parseRecoveryKey } from '../../shared/domain/recovery-key';
import { PASSPHRASE, testBackend, type TestBackend } from '../support/backend';

const CREATED = new Date('2026-06-15T10:00:00Z');
/** Changes made after the period ends, which the report must not show. */
const LATER = new Date('2026-08-01T09:00:00Z');
const FINGERPRINT = 'a3f1c2d4e5b6a7980112233445566778899aabbccddeeff00112233445566778';
const EVIL = '<img src=x onerror=alert(1)>.pdf';

function run(command: string, args: string[]): string {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw result.error;
  if (result.status !== 0) throw new Error(`${command} failed (${result.status}): ${result.stderr}`);
  return result.stdout;
}

let t: TestBackend;
let db: Db;
let scratch: string;
let organisation: string;
let objectiveBefore: string;
const OBJECTIVE_AFTER = 'Objective renamed after the period';
const LATE_RISK = 'Risk recorded after the period';

const SCOPE = 'Design, development and operation of the Lumen clinic scheduling platform, its support and the Dublin and Shanghai offices.';
const RISK_TITLE = 'Ransomware encrypts production';
const AUDIT_TITLE = 'ISMS clauses 4–10 and access control';
const FINDING_TEXT = 'Access reviews for the billing system were not performed in Q1.';
const ACTION_TEXT = 'Schedule quarterly access reviews with reminders on the agenda.';
const REVIEW_DECISIONS = 'Approve budget for immutable backups.';
const COURSE = 'Security awareness 2026';

/** An ISMS worth reporting on: scope, policy, risks, objectives, an audit with a nonconformity and its action, a review. */
async function seed(): Promise<void> {
  await t.call('organisation.update', { legalName: 'Lumen Health Ltd', tradingName: '', registeredAddress: '', country: 'IE', industry: '', employeeCount: null, dpoName: '', dpoEmail: '', euRepresentative: '', jurisdictions: ['gdpr'] });
  await t.call('isms.scope.update', { statement: SCOPE, boundaries: 'Excludes the marketing website.', exclusions: 'A.7.5 physical threats: no own premises.', interestedParties: 'Clinics, patients, the regulator.' });
  const policy = await t.call('policies.create', { title: 'Information Security Policy', kind: 'policy', language: 'en', owner: 'CISO', reviewCycleMonths: 12, templateId: 'information-security-policy' });
  const versionId = policy.versions[0]!.id;
  await t.call('policies.submit', { policyId: policy.policy.id, versionId });
  await t.call('policies.approve', { policyId: policy.policy.id, versionId, approver: 'Chief Executive' });
  await t.call('risks.create', {
    title: RISK_TITLE, assetOrProcess: 'Production platform', threat: 'Phishing', vulnerability: 'Standing admin rights', owner: 'Head of Platform',
    inherentLikelihood: 4, inherentImpact: 5, treatment: 'mitigate', treatmentPlan: 'EDR and immutable backups',
    controls: [{ framework: 'iso27001', controlId: 'A.8.7' }, { framework: 'iso27001', controlId: 'A.8.13' }],
    residualLikelihood: 2, residualImpact: 4, reviewDate: '2026-09-01', status: 'treating',
  });
  await t.call('objectives.create', { title: 'Patch critical vulnerabilities within 14 days', measure: 'Share of critical CVEs patched in time', target: '95 %', owner: 'Head of Platform', dueDate: '2026-12-31', status: 'on_track', progressNote: '' });
  const audit = await t.call('audits.create', { title: AUDIT_TITLE, scope: 'Clauses 4–10, A.5.15–A.5.18', auditor: 'Internal Audit', plannedDate: '2026-05-10', performedDate: '2026-05-12', status: 'completed', conclusion: 'The ISMS conforms, with one minor nonconformity.' });
  const finding = await t.call('findings.create', { auditId: audit.id, type: 'minor_nonconformity', reference: 'A.5.18', description: FINDING_TEXT, owner: 'IT Manager', status: 'open' });
  await t.call('actions.create', { findingId: finding.id, description: ACTION_TEXT, rootCause: 'No reminder existed.', owner: 'IT Manager', dueDate: '2026-07-31', status: 'in_progress', verifiedBy: '', verificationNote: '' });
  await t.call('controls.update', { framework: 'iso27001', controlId: 'A.5.1', patch: { status: 'implemented' } });
  const person = (name: string) => ({ name, email: '', department: 'Engineering', role: 'Developer', startDate: '2024-01-08', leaveDate: null, managerId: null });
  const ana = await t.call('training.people.create', person('Ana Byrne'));
  await t.call('training.people.create', person('Ben Walsh'));
  const course = await t.call('training.courses.create', {
    title: COURSE, kind: 'security_awareness', description: '', audience: { allStaff: true, departments: [], roles: [], newJoinersWithinDays: null },
    schedule: { kind: 'after_completion', every: { months: 12 }, firstDueWithin: { days: 30 } }, passingScore: 80, materials: [],
  });
  await t.call('training.assignments.generate', {});
  await t.call('training.completions.record', { personId: ana.id, courseId: course.id, completedOn: '2026-05-04', score: 92, evidenceFileId: null, certificateRef: '' });
  await t.call('reviews.create', { date: '2026-06-01', attendees: 'CEO, CISO', inputs: 'Audit results, risk register.', decisions: REVIEW_DECISIONS, actions: 'Fund backups.', nextReviewDate: '2026-12-01' });
}

beforeAll(async () => {
  if (spawnSync('sh', ['-c', 'command -v pdftotext && command -v pdffonts']).status !== 0) throw new Error('these tests need pdftotext and pdffonts: apt-get install poppler-utils');
  let clock = CREATED;
  t = testBackend({ now: () => clock });
  const created = await t.call('workspace.create', { directory: t.dir, name: 'Lumen Health', passphrase: PASSPHRASE });
  await seed();
  // After the period: an objective is renamed and a risk is added; the report as of 2026-06-30 must
  // show the objective's old title and not the new risk.
  clock = LATER;
  const objectives = await t.call('objectives.list', {});
  const objective = objectives[0]!;
  objectiveBefore = objective.title;
  const { id, createdAt: _c, updatedAt: _u, ...input } = objective;
  void _c;
  void _u;
  await t.call('objectives.update', { id, objective: { ...input, title: OBJECTIVE_AFTER } });
  await t.call('controls.update', { framework: 'iso27001', controlId: 'A.5.1', patch: { status: 'in_progress' } });
  const people = await t.call('training.people.list', {});
  const courses = await t.call('training.courses.list', {});
  await t.call('training.completions.record', { personId: people.find((p) => p.name === 'Ben Walsh')!.id, courseId: courses[0]!.id, completedOn: '2026-07-15', score: 88, evidenceFileId: null, certificateRef: '' });
  await t.call('risks.create', { title: LATE_RISK, assetOrProcess: '', threat: '', vulnerability: '', owner: '', inherentLikelihood: 2, inherentImpact: 2, treatment: 'accept', treatmentPlan: '', controls: [], residualLikelihood: 2, residualImpact: 2, reviewDate: null, status: 'open' });
  await t.call('workspace.close', {});
  db = openSqlCipher(join(created.path, 'workspace.db'), parseRecoveryKey(created.recoveryKey)!);
  applyConnectionPragmas(db);
  organisation = (db.prepare('SELECT legal_name FROM organisation_profile').pluck().get() as string) ?? '';
  scratch = mkdtempSync(join(tmpdir(), 'custos-pack-report-'));
}, 120_000);

afterAll(async () => {
  db?.close();
  await t?.cleanup();
  if (scratch) rmSync(scratch, { recursive: true, force: true });
});

function context(framework: 'iso27001' | 'soc2', locale: PackLocale, options: { to?: string; generatedAt?: string } = {}): PackContext {
  const to = options.to ?? '2026-06-30';
  return {
    db,
    options: { framework, from: '2026-01-01', to, locale, redact: false },
    period: { from: '2026-01-01', to },
    asOf: `${to}T23:59:59.999Z`,
    generatedAt: options.generatedAt ?? '2026-07-02T08:15:30.000Z',
    appVersion: '0.9.0-test',
    catalogVersion: 'iso27001:2022+soc2-tsc:2017r2022+custos.1',
    workspace: { id: 'ws-0f3c9a', organisationName: organisation },
    keyFingerprint: FINGERPRINT,
    pseudonym: (_kind, value) => value,
  };
}

/**
 * Contents as the collector gives them: every control of the framework with its decision, and
 * evidence on every third control (a file and a record extract), some of it expired; one file with
 * a hostile name; two registers, a policy and the audit trail with its chain result.
 */
function fixtureContents(framework: 'iso27001' | 'soc2', locale: PackLocale, chainOk = true, to = '2026-06-30'): PackContents {
  const files: PackFile[] = [];
  const add = (path: string, text: string) => {
    const content = Buffer.from(text, 'utf8');
    files.push({ path, content, size: content.length });
  };
  const controls: PackControl[] = listControlRows(db, framework, '2026-06-30').map((row, index) => {
    const control = getControl(framework, row.controlId)!;
    const evidence: PackControl['evidence'] = [];
    if (index % 3 === 0) {
      const name = index === 0 ? EVIL : `Access review ${index}.pdf`;
      const path = `evidence/${row.controlId}/${name}`;
      add(path, `file ${index}`);
      evidence.push({ path, name, kind: 'file', effectiveDate: '2026-02-01', expiryDate: index % 2 === 0 ? '2026-03-01' : null, expired: index % 2 === 0 });
      const recordPath = `evidence/${row.controlId}/records/risk.jsonl`;
      add(recordPath, `${JSON.stringify({ recordId: `r-${index}` })}\n${JSON.stringify({ recordId: `r-${index}-2` })}\n`);
      evidence.push({ path: recordPath, name: 'risk', kind: 'record', records: 2, effectiveDate: '2026-03-01', expiryDate: index % 2 === 0 ? '2026-04-30' : null, expired: index % 2 === 0 });
    }
    return { controlId: row.controlId, title: control.title[locale], applicable: row.applicable, justification: row.justification, implementation: row.notes, evidence };
  });
  add('registers/risks.xlsx', 'xlsx');
  add('registers/risks.csv', 'csv');
  add('registers/incidents.xlsx', 'xlsx');
  add('registers/incidents.csv', 'csv');
  add('policies/information-security-policy-v2.pdf', 'pdf');
  add('audit-trail.jsonl', '{}\n');
  return {
    files,
    controls,
    registers: [
      { key: 'risks', title: locale === 'zh-CN' ? '风险登记册' : 'Risk register', rows: 12, xlsxPath: 'registers/risks.xlsx', csvPath: 'registers/risks.csv' },
      { key: 'incidents', title: locale === 'zh-CN' ? '事件登记册' : 'Incidents', rows: 4, xlsxPath: 'registers/incidents.xlsx', csvPath: 'registers/incidents.csv' },
    ],
    policies: [{ title: 'Information Security Policy', version: '2', approvedAt: '2026-02-10T15:30:00.000Z', effectiveFrom: '2026-02-10', path: 'policies/information-security-policy-v2.pdf' }],
    auditTrail: {
      path: 'audit-trail.jsonl',
      events: 1234,
      chain: chainOk
        ? { ok: true, checked: 1234, headSeq: 1234, headHash: 'f'.repeat(64), problems: [], problemCount: 0 }
        : { ok: false, checked: 1234, headSeq: 1234, headHash: 'e'.repeat(64), problems: [{ seq: 77, kind: 'edited', message: 'event 77 does not match its hash' }], problemCount: 1 },
    },
    history: AsOf.query(db, `${to}T23:59:59.999Z`),
  };
}

function manifestFiles(contents: PackContents): PackManifestFile[] {
  return contents.files
    .map((file) => {
      const content = typeof file.content === 'function' ? file.content() : file.content;
      return { path: file.path, size: content.length, sha256: createHash('sha256').update(content).digest('hex') };
    })
    .concat([{ path: 'report.pdf', size: 1000, sha256: '0'.repeat(64) }])
    .sort((a, b) => (a.path < b.path ? -1 : 1));
}

const rendered = new Map<string, { pdf: Buffer; text: string }>();
async function report(framework: 'iso27001' | 'soc2', locale: PackLocale): Promise<{ pdf: Buffer; text: string; flat: string }> {
  const key = `${framework}-${locale}`;
  let entry = rendered.get(key);
  if (!entry) {
    const pdf = await renderPackReport(context(framework, locale), fixtureContents(framework, locale));
    const file = join(scratch, `${key}.pdf`);
    writeFileSync(file, pdf);
    entry = { pdf, text: run('pdftotext', ['-enc', 'UTF-8', file, '-']) };
    rendered.set(key, entry);
  }
  return { ...entry, flat: entry.text.replace(/\s+/g, '') };
}

const squash = (text: string) => text.replace(/\s+/g, '');

describe('report.pdf', () => {
  it('ISO 27001 in English: cover facts, scope, SoA, clauses 5–10, coverage, exceptions, contents and the chain', async () => {
    const { pdf, text, flat } = await report('iso27001', 'en');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    for (const fact of ['Audit pack report', organisation, 'ISO/IEC 27001:2022', '2026-01-01 to 2026-06-30', '2026-07-02 08:15:30 UTC', '0.9.0-test', 'ws-0f3c9a']) expect(text).toContain(fact);
    expect(flat).toContain(FINGERPRINT);
    for (const heading of ['Scope', '4.3 Determining the scope', 'Statement of Applicability', '5.2 Policy', '6.1.2 Information security risk assessment', '6.2 Information security objectives', '7.2 Competence', '9.2 Internal audit', '9.3 Management review', '10.2 Nonconformity and corrective action', 'Coverage summary', 'Exceptions', 'Registers and policies in this pack', 'Audit trail']) {
      expect(text).toContain(heading);
    }
    expect(text).not.toContain('Criteria matrix');
    expect(text).toContain('Lumen Health Ltd');
    expect(squash(text)).toContain(squash(SCOPE));
    expect(text).toContain('Information Security Policy');
    expect(text).toContain('Chief Executive');
    for (const fact of [RISK_TITLE, 'R-001', AUDIT_TITLE, FINDING_TEXT, ACTION_TEXT, REVIEW_DECISIONS, 'Minor nonconformity', COURSE, 'At the end of each month', '2026-06']) expect(squash(text)).toContain(squash(fact));
    // Every Annex A control is in the SoA.
    for (const control of listControls('iso27001')) expect(text).toContain(`A.${control.id}`);
    expect(text).toContain('Chain verified: intact');
    expect(text).toContain('registers/risks.xlsx');
    expect(text).toContain('policies/information-security-policy-v2.pdf');
    expect(text).toMatch(/Page 1 of \d+/);
    // How to verify, with the exact commands.
    expect(text).toContain('How to verify');
    for (const command of Object.values(VERIFY_COMMANDS)) expect(flat).toContain(squash(command));
  });

  it('shows records as they stood at the end of the period, from the audit trail', async () => {
    const { text } = await report('iso27001', 'en');
    expect(squash(text)).toContain(squash(objectiveBefore));
    expect(text).not.toContain(OBJECTIVE_AFTER);
    expect(text).not.toContain(LATE_RISK);
    // A pack whose period ends after the change shows it.
    const file = join(scratch, 'later.pdf');
    writeFileSync(file, await renderPackReport(context('iso27001', 'en', { to: '2026-08-31' }), fixtureContents('iso27001', 'en', true, '2026-08-31')));
    const later = run('pdftotext', ['-enc', 'UTF-8', file, '-']);
    expect(later).toContain(OBJECTIVE_AFTER);
    expect(later).toContain(LATE_RISK);
    // Training: one of two people had passed by the end of June; both by the end of August.
    const courseLine = (text: string) => text.split('\n').find((line) => line.includes(COURSE)) ?? '';
    const layout = (pdf: string) => run('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, '-']);
    expect(courseLine(layout(join(scratch, 'iso27001-en.pdf')))).toMatch(/2\s+1\s+50 %/);
    expect(courseLine(layout(file))).toMatch(/2\s+2\s+100 %/);
    // The SoA's implementation status too: A.5.1 was implemented at the end of June, in progress later.
    const soaLine = (pdf: string) => run('pdftotext', ['-layout', '-enc', 'UTF-8', pdf, '-']).split('\n').find((line) => /^\s*A\.5\.1\s/.test(line)) ?? '';
    expect(soaLine(join(scratch, 'iso27001-en.pdf'))).toContain('Implemented');
    expect(soaLine(file)).toContain('In progress');
  });

  it('ISO 27001 in Chinese renders Chinese text with the embedded Noto Sans SC', async () => {
    const { text, flat } = await report('iso27001', 'zh-CN');
    for (const phrase of ['审计包报告', '适用性声明', '方针', '信息安全风险评估', '能力', '内部审核', '管理评审', '不符合及纠正措施', '覆盖情况汇总', '例外事项', '哈希链验证通过', '2026-01-01至2026-06-30']) {
      expect(flat).toContain(squash(phrase));
    }
    expect(flat).toContain(squash(getControl('iso27001', '5.1')!.title['zh-CN']));
    // The cover's labels are Chinese too, and nothing came out as a missing-glyph box.
    expect(text).toContain('签名密钥指纹');
    expect(text).not.toMatch(/[\u25a1\ufffd]/);
    const fonts = run('pdffonts', [join(scratch, 'iso27001-zh-CN.pdf')]);
    expect(fonts).toMatch(/NotoSansSC/);
    expect(fonts).not.toMatch(/ no /);
  });

  it('SOC 2 in English and Chinese: the criteria matrix with each criterion and its evidence', async () => {
    const en = await report('soc2', 'en');
    expect(en.text).toContain('SOC 2 Trust Services Criteria (2017)');
    expect(en.text).toContain('Criteria matrix');
    expect(en.text).toContain('CC1 Control environment');
    expect(en.text).not.toContain('Statement of Applicability');
    for (const control of listControls('soc2')) expect(en.text).toContain(control.id);
    expect(en.text).toContain('Access review 3.pdf');
    expect(en.text).toMatch(/\(expired 2026-03-01\)/);
    expect(en.text).toContain('Trust services categories in scope');
    // The ISO 27001 controls the crosswalk maps to a criterion.
    const peers = crosswalkPeers('soc2', 'CC6.1').map((peer) => peer.controlId);
    expect(peers.length).toBeGreaterThan(0);
    expect(en.flat).toContain(squash(peers.join(', ')));
    const zh = await report('soc2', 'zh-CN');
    for (const phrase of ['准则矩阵', '控制环境', '信任服务准则', '纳入范围的信任服务类别', '在范围内']) expect(zh.flat).toContain(phrase);
  });

  it('lists exceptions: controls in scope without evidence or with only expired evidence', async () => {
    const { text } = await report('iso27001', 'en');
    expect(text).toContain('No evidence');
    expect(text).toContain('Evidence expired');
    // A.5.1 (first control): a file and a record extract file of two records, all expired, the latest on 2026-04-30.
    expect(text).toContain('3 expired, latest expiry 2026-04-30');
  });

  it('reports a broken audit chain with its problems', async () => {
    const file = join(scratch, 'broken.pdf');
    writeFileSync(file, await renderPackReport(context('soc2', 'en'), fixtureContents('soc2', 'en', false)));
    const text = run('pdftotext', ['-enc', 'UTF-8', file, '-']);
    expect(text).toContain('Chain verification FAILED: 1 problems');
    expect(text).toContain('event 77 does not match its hash');
  });

  it('is reproducible: the same context renders to the same bytes; only the generated time changes it', async () => {
    const first = await renderPackReport(context('iso27001', 'zh-CN'), fixtureContents('iso27001', 'zh-CN'));
    const second = await renderPackReport(context('iso27001', 'zh-CN'), fixtureContents('iso27001', 'zh-CN'));
    expect(first.equals(second)).toBe(true);
    const later = await renderPackReport(context('iso27001', 'zh-CN', { generatedAt: '2026-07-03T08:15:30.000Z' }), fixtureContents('iso27001', 'zh-CN'));
    expect(later.equals(first)).toBe(false);
    expect(first.toString('latin1')).toContain('D:20260702081530Z');
  }, 60_000);
});

function parse(html: string): Document {
  const window = new Window();
  return new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
}

describe('index.html', () => {
  const render = (framework: 'iso27001' | 'soc2', locale: PackLocale) => {
    const contents = fixtureContents(framework, locale);
    const files = manifestFiles(contents);
    return { contents, files, html: renderPackIndex(context(framework, locale), contents, files) };
  };

  it('shows a hostile file name as text, never as markup', () => {
    const { html } = render('iso27001', 'en');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;.pdf');
    const doc = parse(html);
    expect(doc.querySelectorAll('img')).toHaveLength(0);
    // Only our own script is on the page.
    expect(doc.querySelectorAll('script')).toHaveLength(1);
    const links = [...doc.querySelectorAll('a')].filter((a) => a.textContent === EVIL);
    expect(links.length).toBeGreaterThan(0);
    expect(decodeURIComponent(links[0]!.getAttribute('href')!)).toBe(`evidence/A.5.1/${EVIL}`);
  });

  it('holds every control, links each evidence item to a file in the pack, and lists every file with its hash', () => {
    const { html, contents, files } = render('iso27001', 'en');
    const doc = parse(html);
    const articles = [...doc.querySelectorAll('article.control')];
    expect(articles.map((article) => article.id)).toEqual(contents.controls.map((control) => `control-${control.controlId}`));
    // The files that sign the pack are written beside index.html, so they are not in its file list.
    const paths = new Set(contents.files.map((file) => file.path).concat(files.map((file) => file.path), SIGNING_FILES));
    let evidenceLinks = 0;
    for (const article of articles) {
      for (const a of article.querySelectorAll('ul.evidence a')) {
        expect(paths.has(decodeURIComponent(a.getAttribute('href')!))).toBe(true);
        evidenceLinks += 1;
      }
    }
    expect(evidenceLinks).toBe(contents.controls.reduce((sum, control) => sum + control.evidence.length, 0));
    // A record extract file is one link naming its record count; the control counts every record.
    const first = doc.getElementById('control-A.5.1')!;
    const recordLink = [...first.querySelectorAll('ul.evidence a')].find((a) => a.getAttribute('href') === 'evidence/A.5.1/records/risk.jsonl')!;
    expect(recordLink.textContent).toBe('2 records of type risk');
    expect(first.textContent).toContain('3 evidence items');
    // Register, policy and file links point into the pack too; in-page links to sections that exist.
    for (const a of doc.querySelectorAll('a')) {
      const href = a.getAttribute('href')!;
      expect(href).not.toMatch(/^[a-z]+:/i);
      if (href.startsWith('#')) expect(doc.getElementById(href.slice(1))).not.toBeNull();
      else if (!href.endsWith('/')) expect(paths.has(decodeURIComponent(href))).toBe(true);
    }
    for (const file of files) expect(html).toContain(file.sha256);
    // The exceptions link to their control's section.
    expect(doc.querySelectorAll('#exceptions tbody tr').length).toBeGreaterThan(0);
  });

  it('is self-contained: a strict CSP that allows only its own inline style and script, nothing remote', () => {
    const { html } = render('soc2', 'en');
    const doc = parse(html);
    const csp = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain(`'sha256-${createHash('sha256').update(INDEX_SCRIPT).digest('base64')}'`);
    expect(csp).toContain(`'sha256-${createHash('sha256').update(INDEX_STYLE).digest('base64')}'`);
    expect(doc.querySelector('script')!.textContent).toBe(INDEX_SCRIPT);
    expect(doc.querySelector('style')!.textContent).toBe(INDEX_STYLE);
    expect(html).not.toMatch(/\b(src|href)="(https?:)?\/\//);
    expect(doc.querySelectorAll('link, iframe, object, embed, img')).toHaveLength(0);
    expect(html).toContain('sha256sum -c SHA256SUMS');
    expect(html).toContain('openssl pkeyutl -verify -pubin -inkey signing-key.pem -rawin -in manifest.json -sigfile manifest.sig.bin');
  });

  it('is in the pack locale and deterministic', () => {
    const first = render('soc2', 'zh-CN').html;
    expect(render('soc2', 'zh-CN').html).toBe(first);
    const doc = parse(first);
    expect(doc.documentElement.getAttribute('lang')).toBe('zh-CN');
    expect(first).toContain('如何验证');
    expect(first).toContain('控制环境');
    expect(first).toContain(FINGERPRINT);
  });

  it('filters controls, evidence, registers and policies as the user types', async () => {
    const { html } = render('iso27001', 'en');
    const window = new Window({ settings: { enableJavaScriptEvaluation: true } } as never);
    const document = window.document;
    document.write(html);
    await window.happyDOM.waitUntilComplete();
    const input = document.getElementById('q') as unknown as { value: string; dispatchEvent(event: unknown): boolean };
    /** Types into the search box as a user would: the value changes, then an input event. */
    const type = (value: string) => {
      input.value = value;
      input.dispatchEvent(new window.Event('input'));
    };
    const visible = (selector: string) => [...document.querySelectorAll(selector)].filter((el) => !(el as unknown as HTMLElement).hidden);
    const all = document.querySelectorAll('article.control').length;
    type('access review 3');
    const shown = visible('article.control');
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(all);
    expect(shown.map((el) => el.id)).toContain('control-A.5.4');
    expect(visible('#registers tbody tr')).toHaveLength(0);
    type('incidents');
    expect(visible('#registers tbody tr')).toHaveLength(1);
    type('zzzz-nothing');
    expect((document.getElementById('no-matches') as unknown as HTMLElement).hidden).toBe(false);
    type('');
    expect(visible('article.control')).toHaveLength(all);
    await window.happyDOM.close();
  });
});
