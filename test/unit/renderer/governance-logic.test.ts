import { describe, expect, it } from 'vitest';
import type { ControlRow } from '../../../shared/contract';
import { createI18n } from '../../../shared/i18n';
import { ClientError } from '../../../renderer/src/client/client';
import { describeError } from '../../../renderer/src/client/error-message';
import { controlViews, filterControls, NO_FILTERS, sortControls } from '../../../renderer/src/features/controls/controls-view';
import { agendaTitle, filterAgenda } from '../../../renderer/src/features/dashboard/agenda-view';
import { pdfInfo } from '../../../renderer/src/features/evidence/pdf-info';
import { controlLabel, controlOptionGroups, parseControlKey } from '../../../renderer/src/lib/catalog';
import { allIssuesOnFields, issuesByField } from '../../../renderer/src/lib/field-errors';

const en = createI18n({ language: 'en' });
const zh = createI18n({ language: 'zh-CN' });

function row(controlId: string, overrides: Partial<ControlRow> = {}): ControlRow {
  return {
    framework: 'iso27001',
    controlId,
    applicable: true,
    justification: '',
    inclusionReasons: [],
    treatingRiskCount: 0,
    status: 'not_started',
    owner: '',
    notes: '',
    reviewDate: null,
    updatedAt: null,
    evidence: { count: 0, freshness: 'missing', latestEffective: null },
    ...overrides,
  };
}

describe('control catalog labels', () => {
  it('labels controls in the UI language, with the contract id', () => {
    expect(controlLabel('iso27001', 'A.8.13', 'en')).toBe('A.8.13 — Information backup');
    expect(controlLabel('iso27001', 'A.8.13', 'zh-CN')).toBe('A.8.13 — 信息备份');
    expect(controlLabel('iso27001', 'A.9.9', 'en')).toBe('A.9.9');
  });

  it('offers both catalogs for treating controls, keyed by framework', () => {
    const groups = controlOptionGroups('en');
    const items = groups.flatMap((group) => group.items);
    expect(items.filter((item) => item.value.startsWith('iso27001:'))).toHaveLength(93);
    expect(items.some((item) => item.value === 'soc2:CC6.1')).toBe(true);
    expect(items.find((item) => item.value === 'iso27001:A.8.13')?.label).toBe('A.8.13 — Information backup');
    expect(parseControlKey('soc2:CC6.1')).toEqual({ framework: 'soc2', controlId: 'CC6.1' });
    expect(parseControlKey('nist:AC-1')).toBeNull();
  });
});

describe('controls table', () => {
  const rows = [
    row('A.5.10', { status: 'implemented', owner: 'Zoë', evidence: { count: 2, freshness: 'current', latestEffective: '2026-01-01' } }),
    row('A.5.2', { applicable: false, justification: 'No developers', reviewDate: '2026-03-01' }),
    row('A.8.13', { owner: 'Ann', notes: 'Nightly snapshots', evidence: { count: 1, freshness: 'expired', latestEffective: '2025-01-01' } }),
  ];

  it('orders by the catalog, not by string (A.5.2 before A.5.10)', () => {
    const views = controlViews('iso27001', rows, 'en');
    expect(sortControls(views, { key: 'id', direction: 'asc' }, 'en').map((view) => view.row.controlId)).toEqual(['A.5.2', 'A.5.10', 'A.8.13']);
    expect(sortControls(views, { key: 'id', direction: 'desc' }, 'en').map((view) => view.row.controlId)).toEqual(['A.8.13', 'A.5.10', 'A.5.2']);
  });

  it('sorts by status, evidence and review date', () => {
    const views = controlViews('iso27001', rows, 'en');
    expect(sortControls(views, { key: 'status', direction: 'desc' }, 'en')[0]!.row.controlId).toBe('A.5.10');
    expect(sortControls(views, { key: 'evidence', direction: 'asc' }, 'en').map((view) => view.row.controlId)).toEqual(['A.5.2', 'A.8.13', 'A.5.10']);
    expect(sortControls(views, { key: 'reviewDate', direction: 'asc' }, 'en')[0]!.row.controlId).toBe('A.5.2');
    expect(sortControls(views, { key: 'owner', direction: 'asc' }, 'en').map((view) => view.row.controlId)).toEqual(['A.8.13', 'A.5.10', 'A.5.2']);
  });

  it('filters by text in either language, status, applicability and freshness', () => {
    const views = controlViews('iso27001', rows, 'en');
    const ids = (filters: Partial<typeof NO_FILTERS>) => filterControls(views, { ...NO_FILTERS, ...filters }).map((view) => view.row.controlId);
    expect(ids({ text: 'backup' })).toEqual(['A.8.13']);
    expect(ids({ text: '信息备份' })).toEqual(['A.8.13']);
    expect(ids({ text: 'snapshots' })).toEqual(['A.8.13']);
    expect(ids({ status: 'implemented' })).toEqual(['A.5.10']);
    expect(ids({ applicability: 'not_applicable' })).toEqual(['A.5.2']);
    expect(ids({ freshness: 'expired' })).toEqual(['A.8.13']);
    expect(ids({ group: 'technological' })).toEqual(['A.8.13']);
  });
});

describe('agenda', () => {
  const item = (id: string, overdue: boolean, daysLeft: number, kind = 'control_review') => ({
    id,
    kind,
    title: 'A.8.13',
    due: '2026-01-01',
    overdue,
    daysLeft,
    link: { screen: 'controls', params: { framework: 'iso27001', controlId: 'A.8.13' } },
  });

  it('titles control reviews with the catalog title in the UI language', () => {
    expect(agendaTitle(item('1', true, -3), 'zh-CN')).toBe('A.8.13 — 信息备份');
    expect(agendaTitle({ ...item('2', false, 3), title: 'R-001 Ransomware', link: { screen: 'risks', params: {} } }, 'en')).toBe('R-001 Ransomware');
  });

  it('filters overdue, next 30 days and by kind', () => {
    const items = [item('a', true, -3), item('b', false, 10, 'risk_review'), item('c', false, 45)];
    expect(filterAgenda(items, 'overdue', null).map((i) => i.id)).toEqual(['a']);
    expect(filterAgenda(items, 'soon', null).map((i) => i.id)).toEqual(['b']);
    expect(filterAgenda(items, 'all', 'control_review').map((i) => i.id)).toEqual(['a', 'c']);
  });
});

describe('errors in context', () => {
  it('puts nested INVALID_INPUT issues under the field they name', () => {
    const error = new ClientError('INVALID_INPUT', 'bad', {
      issues: [
        { path: ['patch', 'justification'], code: 'justification_required', message: 'give the reason' },
        { path: ['controls', 2, 'controlId'], code: 'unknown_control', message: 'x' },
        { path: ['effectiveDate'], code: 'invalid_format', message: 'date_format' },
      ],
    });
    const fields = issuesByField(en.t, error);
    expect(fields.justification).toBe('give the reason this control does not apply');
    expect(fields.controls).toBe('not a control of this framework');
    expect(fields.effectiveDate).toBe('use the form YYYY-MM-DD');
    expect(issuesByField(zh.t, error).justification).toBe('请说明此控制措施不适用的理由');
    expect(allIssuesOnFields(error, ['justification', 'controls', 'effectiveDate'])).toBe(true);
    expect(allIssuesOnFields(error, ['justification'])).toBe(false);
    expect(issuesByField(en.t, new ClientError('CONFLICT', 'x'))).toEqual({});
  });

  it('explains each kind of CONFLICT instead of the generic sentence', () => {
    const audit = new ClientError('CONFLICT', 'x', { entity: 'internal_audit', ref: 'IA-2026-01', findings: [{}, {}] }, 'audits.delete');
    expect(describeError(en.t, audit)).toBe('IA-2026-01 has 2 findings, so it cannot be deleted. Delete the findings first, or cancel the audit instead.');
    expect(describeError(zh.t, audit)).toBe('IA-2026-01 有 2 项审核发现，因此不能删除。请先删除审核发现，或改为取消该审核。');
    const scales = new ClientError('CONFLICT', 'x', { risks: ['R-001', 'R-004'], likelihoodLevels: 3, impactLevels: 3 }, 'risks.scales.update');
    expect(describeError(en.t, scales)).toBe('2 risks (R-001, R-004) use levels the new scales would drop. Re-rate them first.');
    const finding = new ClientError('CONFLICT', 'x', { entity: 'audit_finding', ref: 'F-001', actions: 1 }, 'findings.delete');
    expect(describeError(en.t, finding)).toMatch(/^Finding F-001 has 1 corrective action,/);
    expect(describeError(en.t, new ClientError('CONFLICT', 'x', {}, 'evidence.link'))).toBe('This evidence is already linked to this control (with that date).');
    expect(describeError(en.t, new ClientError('CONFLICT', 'x', {}, 'organisation.update'))).toBe(en.t('errors:CONFLICT'));
  });

  it('translates upload refusals with the sizes', () => {
    const tooLarge = new ClientError('FILE_TOO_LARGE', 'x', { limitBytes: 25 * 1024 * 1024, size: 30 * 1024 * 1024 });
    expect(describeError(en.t, tooLarge, { locale: 'en' })).toBe('The file is too large. (Size 30 MB; the limit is 25 MB.)');
    expect(describeError(zh.t, new ClientError('FILE_TYPE_NOT_ALLOWED', 'x', { detected: 'exe' }))).toBe(zh.t('errors:FILE_TYPE_NOT_ALLOWED'));
  });
});

describe('PDF facts without rendering', () => {
  const pdf = (body: string) => new TextEncoder().encode(body);

  it('reads the version, the page count from the page tree and a plain title', () => {
    const info = pdfInfo(pdf('%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >> endobj\n3 0 obj << /Type /Page /Parent 2 0 R >> endobj\n4 0 obj << /Type /Page /Parent 2 0 R >> endobj\n5 0 obj << /Title (Access review \\(Q3\\)) >> endobj\n%%EOF'));
    expect(info).toEqual({ version: '1.7', pages: 2, title: 'Access review (Q3)' });
  });

  it('counts page objects when the tree has no readable count, and knows when it cannot tell', () => {
    expect(pdfInfo(pdf('%PDF-1.4\n<< /Type /Page >> << /Type /Page >> << /Type /Page >>')).pages).toBe(3);
    expect(pdfInfo(pdf('%PDF-1.5\n<< /Type /ObjStm /N 4 >> stream ... endstream'))).toEqual({ version: '1.5', pages: null, title: null });
    expect(pdfInfo(pdf('not a pdf')).version).toBeNull();
  });
});
