import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Envelope } from '../../../shared/contract';
import type { Completeness, NoticeDrift, PolicyDetail, PolicySummary, PolicyVersion, PolicyVersionMeta, Redline } from '../../../shared/contract/areas/policies';
import { resetSession, useSession } from '../../../renderer/src/app/session-store';
import { setBridge } from '../../../renderer/src/client/bridge';
import { PoliciesPage } from '../../../renderer/src/features/policies/PoliciesPage';
import { defaultRedlinePair, defaultVersionId, lifecycleActions } from '../../../renderer/src/features/policies/policy-view';
import { installBridge, renderWithApp } from './render';

// happy-dom has no FontFaceSet; Mantine's autosizing textarea listens to it.
if (!('fonts' in document)) {
  Object.defineProperty(document, 'fonts', { value: { addEventListener: () => undefined, removeEventListener: () => undefined }, configurable: true });
}
// Browsers queue `selectionchange`; happy-dom fires it inside the editor's own update.
const dispatchEvent = document.dispatchEvent.bind(document);
document.dispatchEvent = (event: Event) => {
  if (event.type !== 'selectionchange') return dispatchEvent(event);
  setTimeout(() => dispatchEvent(event));
  return true;
};

afterEach(() => {
  cleanup();
  setBridge(null);
  resetSession();
});

const ok = (value: unknown): Envelope<unknown> => ({ ok: true, value });
const POLICY_ID = '5b0b5a3e-1f7e-4b7a-9a55-1c1b8f0f2a01';
const NOTICE_ID = '5b0b5a3e-1f7e-4b7a-9a55-1c1b8f0f2a02';
const V1 = '0f6b3a0e-6a3b-4a36-8c1f-7a3f8f6f0001';
const V2 = '0f6b3a0e-6a3b-4a36-8c1f-7a3f8f6f0002';

function summary(overrides: Partial<PolicySummary> = {}): PolicySummary {
  return {
    id: POLICY_ID,
    slug: 'information-security-policy',
    title: 'Information Security Policy',
    kind: 'policy',
    law: null,
    standard: null,
    language: 'en',
    owner: 'Ann Lee',
    status: 'published',
    templateId: 'information-security-policy',
    reviewCycleMonths: 12,
    nextReviewDate: '2027-06-01',
    reviewOverdue: false,
    latestVersion: { id: V1, number: 1, status: 'published' },
    currentVersion: { id: V1, number: 1, approvedAt: '2026-06-01T10:00:00.000Z' },
    drifted: false,
    retiredAt: null,
    retiredReason: '',
    createdAt: '2026-05-01T10:00:00.000Z',
    updatedAt: '2026-06-01T10:00:00.000Z',
    ...overrides,
  };
}

function meta(overrides: Partial<PolicyVersionMeta> = {}): PolicyVersionMeta {
  return {
    id: V1,
    policyId: POLICY_ID,
    number: 1,
    status: 'published',
    title: 'Information Security Policy',
    changeNote: '',
    createdAt: '2026-05-01T10:00:00.000Z',
    updatedAt: '2026-06-01T10:00:00.000Z',
    submittedAt: null,
    approvedBy: null,
    approvedAt: null,
    approvalNote: '',
    sha256: null,
    publishedAt: null,
    endedAt: null,
    completenessOverride: null,
    templateId: null,
    acknowledgements: 0,
    length: 10,
    ...overrides,
  };
}

describe('policy lifecycle rules', () => {
  const policy = summary({ status: 'draft' });
  it('offers the steps of each status, and a new draft only from the latest closed version', () => {
    const published = meta({ status: 'published' });
    const draft = meta({ id: V2, number: 2, status: 'draft' });
    expect(lifecycleActions(policy, draft, [draft, published])).toEqual(['save', 'submit', 'discard']);
    expect(lifecycleActions(policy, published, [draft, published])).toEqual([]);
    expect(lifecycleActions(policy, published, [published])).toEqual(['startDraft']);
    expect(lifecycleActions(policy, meta({ status: 'in_review' }), [meta({ status: 'in_review' })])).toEqual(['approve', 'returnToDraft']);
    expect(lifecycleActions(policy, meta({ status: 'approved' }), [meta({ status: 'approved' })])).toEqual(['publish', 'startDraft']);
    expect(lifecycleActions(summary({ status: 'retired', retiredAt: '2026-07-01T00:00:00Z' }), published, [published])).toEqual([]);
    // The first version is never discarded: delete the policy instead.
    expect(lifecycleActions(policy, meta({ status: 'draft' }), [meta({ status: 'draft' })])).toEqual(['save', 'submit']);
  });

  it('opens on the open draft, else the version in force', () => {
    const published = meta({ status: 'published' });
    const draft = meta({ id: V2, number: 2, status: 'draft' });
    expect(defaultVersionId(summary(), [draft, published])).toBe(V2);
    expect(defaultVersionId(summary(), [published])).toBe(V1);
    expect(defaultRedlinePair([draft, published], V2)).toEqual({ from: V1, to: V2 });
    expect(defaultRedlinePair([published], V1)).toBeNull();
  });
});

describe('policy register', () => {
  it('lists policies with kind, status, version in force, overdue review and drift, and filters them', async () => {
    installBridge((procedure) => {
      if (procedure === 'policies.list')
        return ok([
          summary(),
          summary({
            id: NOTICE_ID,
            slug: 'gdpr-privacy-notice',
            title: 'Privacy Notice',
            kind: 'privacy_notice',
            law: 'gdpr',
            standard: 'gdpr',
            status: 'in_review',
            owner: '',
            currentVersion: null,
            nextReviewDate: '2026-01-01',
            reviewOverdue: true,
            drifted: true,
          }),
        ]);
      return ok(null);
    });
    renderWithApp(<PoliciesPage params={{}} />);
    const table = await screen.findByRole('table', { name: 'Policy register' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    const notice = rows.find((row) => within(row).queryByText('Privacy Notice'))!;
    expect(within(notice).getByText('Privacy notice · GDPR')).toBeTruthy();
    expect(within(notice).getByText('In review')).toBeTruthy();
    expect(within(notice).getByText('Inventory changed')).toBeTruthy();
    expect(within(notice).getByText('None')).toBeTruthy();
    const policyRow = rows.find((row) => within(row).queryByText('Information Security Policy'))!;
    expect(within(policyRow).getByText('Published')).toBeTruthy();
    expect(within(policyRow).getByText('v1')).toBeTruthy();
    expect(within(policyRow).getByText('Ann Lee')).toBeTruthy();

    fireEvent.change(screen.getByRole('textbox', { name: 'Search' }), { target: { value: 'privacy' } });
    expect(within(table).getAllByRole('row')).toHaveLength(2);
    fireEvent.click(within(table).getByRole('button', { name: 'Privacy Notice' }));
    expect(useSession.getState().route).toEqual({ page: 'policies', params: { id: NOTICE_ID } });
  });
});

function noticeDetail(status: PolicyVersionMeta['status']): PolicyDetail {
  const policy = summary({ id: NOTICE_ID, slug: 'gdpr-privacy-notice', title: 'Privacy Notice', kind: 'privacy_notice', law: 'gdpr', standard: 'gdpr', status, currentVersion: null, drifted: true });
  return { policy, versions: [meta({ id: V1, policyId: NOTICE_ID, status })], controls: [{ framework: 'iso27001', controlId: 'A.5.34' }] };
}

const completeness: Completeness = {
  law: 'gdpr',
  standard: 'gdpr',
  covered: 1,
  total: 2,
  missing: ['gdpr-13-1-a'],
  complete: false,
  items: [
    { id: 'gdpr-13-1-a', labelKey: 'policyTemplates:requirement.gdpr-13-1-a.label', referenceKey: 'policyTemplates:requirement.gdpr-13-1-a.reference', hintKey: 'policyTemplates:requirement.gdpr-13-1-a.hint', conditional: false, covered: false, match: null },
    {
      id: 'gdpr-13-1-b',
      labelKey: 'policyTemplates:requirement.gdpr-13-1-b.label',
      referenceKey: 'policyTemplates:requirement.gdpr-13-1-b.reference',
      hintKey: 'policyTemplates:requirement.gdpr-13-1-b.hint',
      conditional: false,
      covered: true,
      match: { kind: 'heading', excerpt: 'Data protection officer', line: 3 },
    },
  ],
};

const drift: NoticeDrift = { drifted: true, version: { id: V1, number: 1 }, ops: [{ type: 'equal', text: 'We share data with ' }, { type: 'delete', text: 'Mailer' }, { type: 'insert', text: 'Postbox' }], inserted: 1, deleted: 1, baselineAt: null };

describe('privacy notice in review', () => {
  it('lists covered and missing items with their articles, and approval with missing items needs a reason', async () => {
    const invoke = installBridge((procedure) => {
      if (procedure === 'policies.get') return ok(noticeDetail('in_review'));
      if (procedure === 'policies.versions.get') return ok({ ...meta({ id: V1, policyId: NOTICE_ID, status: 'in_review' }), markdown: '# Privacy notice\n\n## Data protection officer\n\nAsk dpo@example.com.' } satisfies PolicyVersion);
      if (procedure === 'policies.completeness') return ok(completeness);
      if (procedure === 'policies.notice.drift') return ok(drift);
      if (procedure === 'policies.approve') return ok({ ...meta({ id: V1, policyId: NOTICE_ID, status: 'approved' }), markdown: '' });
      return ok(null);
    });
    renderWithApp(<PoliciesPage params={{ id: NOTICE_ID }} />);
    const checklist = await screen.findByRole('list', { name: 'Required items' });
    const [missingItem, coveredItem] = within(checklist).getAllByRole('listitem');
    expect(missingItem!.getAttribute('data-state')).toBe('missing');
    expect(within(missingItem!).getByText('GDPR Art. 13(1)(a), 14(1)(a)')).toBeTruthy();
    expect(within(missingItem!).getByText('Missing')).toBeTruthy();
    expect(coveredItem!.getAttribute('data-state')).toBe('covered');
    expect(within(coveredItem!).getByRole('button', { name: 'line 3' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Approve' }));
    const dialog = await screen.findByRole('dialog', { name: 'Approve version 1' });
    expect(within(dialog).getByText('1 required item is missing')).toBeTruthy();
    const confirm = within(dialog).getByRole('button', { name: 'Approve with missing items' }) as HTMLButtonElement;
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Approver/ }), { target: { value: 'Chief Privacy Officer' } });
    expect(confirm.disabled).toBe(true);
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Reason for approving anyway/ }), { target: { value: 'Controller details follow in the annex' } });
    expect(confirm.disabled).toBe(false);
    fireEvent.click(confirm);
    await waitFor(() =>
      expect(invoke).toHaveBeenCalledWith('policies.approve', { policyId: NOTICE_ID, versionId: V1, approver: 'Chief Privacy Officer', override: { reason: 'Controller details follow in the annex' } }),
    );
  });

  it('shows what regenerating from the inventory would change, and regenerates into a draft', async () => {
    const invoke = installBridge((procedure) => {
      if (procedure === 'policies.get') return ok(noticeDetail('published'));
      if (procedure === 'policies.versions.get') return ok({ ...meta({ id: V1, policyId: NOTICE_ID }), markdown: 'We share data with Mailer' });
      if (procedure === 'policies.completeness') return ok({ ...completeness, covered: 2, missing: [], complete: true, items: [] });
      if (procedure === 'policies.notice.drift') return ok(drift);
      if (procedure === 'policies.notice.regenerate') return ok({ ...meta({ id: V2, number: 2, policyId: NOTICE_ID, status: 'draft' }), markdown: 'We share data with Postbox' });
      return ok(null);
    });
    renderWithApp(<PoliciesPage params={{ id: NOTICE_ID }} />);
    const banner = await screen.findByRole('region', { name: 'The data inventory has changed' });
    expect(within(banner).getByText('1 words added, 1 words removed')).toBeTruthy();
    fireEvent.click(within(banner).getByRole('button', { name: 'Show what would change' }));
    await waitFor(() => expect(banner.querySelector('ins')?.textContent).toBe('Postbox'));
    expect(banner.querySelector('del')?.textContent).toBe('Mailer');
    fireEvent.click(within(banner).getByRole('button', { name: 'Regenerate into a draft' }));
    const dialog = await screen.findByRole('dialog', { name: 'Regenerate into a draft' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Regenerate' }));
    await waitFor(() => expect(invoke).toHaveBeenCalledWith('policies.notice.regenerate', { policyId: NOTICE_ID }));
    await waitFor(() => expect(useSession.getState().route).toEqual({ page: 'policies', params: { id: NOTICE_ID, versionId: V2 } }));
  });
});

describe('versions and redline', () => {
  it('shows the history and the word-level redline inline or side by side', async () => {
    const detail: PolicyDetail = {
      policy: summary({ status: 'draft', latestVersion: { id: V2, number: 2, status: 'draft' } }),
      versions: [meta({ id: V2, number: 2, status: 'draft', changeNote: 'Quarterly backups' }), meta({ approvedBy: 'Board', approvedAt: '2026-06-01T10:00:00.000Z', sha256: 'a'.repeat(64) })],
      controls: [],
    };
    const redline: Redline = {
      from: { id: V1, number: 1, label: 'v1' },
      to: { id: V2, number: 2, label: 'v2' },
      ops: [{ type: 'equal', text: 'Backups run ' }, { type: 'delete', text: 'monthly' }, { type: 'insert', text: 'quarterly' }, { type: 'equal', text: '.' }],
      inserted: 1,
      deleted: 1,
    };
    const invoke = installBridge((procedure) => {
      if (procedure === 'policies.get') return ok(detail);
      if (procedure === 'policies.versions.get') return ok({ ...meta({ id: V2, number: 2, status: 'draft' }), markdown: 'Backups run quarterly.' });
      if (procedure === 'policies.completeness') return ok(null);
      if (procedure === 'policies.redline') return ok(redline);
      return ok(null);
    });
    renderWithApp(<PoliciesPage params={{ id: POLICY_ID }} />);
    fireEvent.click(await screen.findByRole('tab', { name: 'Versions (2)' }));
    const history = await screen.findByRole('table', { name: 'Version history' });
    expect(within(history).getByText('Quarterly backups')).toBeTruthy();
    expect(within(history).getByText(/Board/)).toBeTruthy();
    const inline = await screen.findByRole('region', { name: 'Changes from Version 1 to Version 2' });
    expect(inline.querySelector('del')?.textContent).toBe('monthly');
    expect(inline.querySelector('ins')?.textContent).toBe('quarterly');
    expect(invoke).toHaveBeenCalledWith('policies.redline', { policyId: POLICY_ID, fromVersionId: V1, toVersionId: V2 });

    fireEvent.click(screen.getByText('Side by side'));
    const older = await screen.findByRole('region', { name: 'Version 1' });
    const newer = screen.getByRole('region', { name: 'Version 2' });
    expect(older.textContent).toContain('Backups run monthly.');
    expect(older.querySelector('ins')).toBeNull();
    expect(newer.textContent).toContain('Backups run quarterly.');
    expect(newer.querySelector('del')).toBeNull();
  });
});

describe('drafts and acknowledgements', () => {
  it('saves the edited text of a draft and submits it for review', async () => {
    const detail: PolicyDetail = { policy: summary({ status: 'draft', currentVersion: null, latestVersion: { id: V1, number: 1, status: 'draft' } }), versions: [meta({ status: 'draft' })], controls: [] };
    const invoke = installBridge((procedure, input) => {
      if (procedure === 'policies.get') return ok(detail);
      if (procedure === 'policies.versions.get') return ok({ ...meta({ status: 'draft' }), markdown: '# Policy\n' });
      if (procedure === 'policies.completeness') return ok(null);
      if (procedure === 'policies.draft.save') return ok({ ...meta({ status: 'draft' }), markdown: (input as { markdown: string }).markdown });
      if (procedure === 'policies.submit') return ok({ ...meta({ status: 'in_review' }), markdown: '' });
      return ok(null);
    });
    renderWithApp(<PoliciesPage params={{ id: POLICY_ID }} />);
    // The editor is loaded on demand.
    await screen.findByRole('textbox', { name: 'Policy text (Markdown)' }, { timeout: 10_000 });
    const save = screen.getByRole('button', { name: 'Save' }) as HTMLButtonElement;
    expect(save.disabled).toBe(true);
    const { EditorView } = await import('@codemirror/view');
    const view = EditorView.findFromDOM(document.querySelector('.cm-editor') as HTMLElement)!;
    act(() => view.dispatch({ changes: { from: view.state.doc.length, insert: '\nAll staff follow it.' } }));
    expect(await screen.findByText('Unsaved changes')).toBeTruthy();
    fireEvent.click(save);
    await waitFor(() => expect(invoke).toHaveBeenCalledWith('policies.draft.save', { policyId: POLICY_ID, versionId: V1, markdown: '# Policy\n\nAll staff follow it.', changeNote: '' }));
    await waitFor(() => expect(screen.queryByText('Unsaved changes')).toBeNull());

    fireEvent.click(screen.getByRole('button', { name: 'Submit for review' }));
    const dialog = await screen.findByRole('dialog', { name: 'Submit version 1 for review' });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Submit' }));
    await waitFor(() => expect(invoke).toHaveBeenCalledWith('policies.submit', { policyId: POLICY_ID, versionId: V1 }));
  });

  it('lists who acknowledged which version and records new acknowledgements', async () => {
    const bob = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
    const invoke = installBridge((procedure) => {
      if (procedure === 'policies.get') return ok({ policy: summary(), versions: [meta({ acknowledgements: 1 })], controls: [] } satisfies PolicyDetail);
      if (procedure === 'policies.versions.get') return ok({ ...meta(), markdown: '# Policy' });
      if (procedure === 'policies.completeness') return ok(null);
      if (procedure === 'policies.acknowledgements.list')
        return ok({
          acknowledgements: [{ id: 'a1', personId: 'p1', name: 'Ann Lee', email: 'ann@example.com', department: 'Finance', versionId: V1, versionNumber: 1, acknowledgedAt: '2026-06-02T09:00:00.000Z' }],
          pending: [{ id: bob, name: 'Bob Wu', email: '', department: 'IT', createdAt: '2026-01-01T00:00:00Z', updatedAt: '2026-01-01T00:00:00Z' }],
        });
      if (procedure === 'policies.acknowledge') return ok({ recorded: 1, alreadyAcknowledged: 0 });
      return ok(null);
    });
    renderWithApp(<PoliciesPage params={{ id: POLICY_ID }} />);
    fireEvent.click(await screen.findByRole('tab', { name: 'Acknowledgements' }));
    const table = await screen.findByRole('table', { name: 'Acknowledgements' });
    expect(within(table).getByText('Ann Lee')).toBeTruthy();
    expect(within(table).getByText('Finance')).toBeTruthy();
    expect(screen.getByText('1 person has not acknowledged it yet')).toBeTruthy();
    fireEvent.click(screen.getByRole('checkbox', { name: 'Bob Wu (IT)' }));
    fireEvent.click(screen.getByRole('button', { name: 'Record acknowledgement' }));
    await waitFor(() => expect(invoke).toHaveBeenCalledWith('policies.acknowledge', expect.objectContaining({ policyId: POLICY_ID, versionId: V1, personIds: [bob] })));
    const call = invoke.mock.calls.find(([name]) => name === 'policies.acknowledge')!;
    expect((call[1] as { acknowledgedOn: string }).acknowledgedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('retiring a policy', () => {
  it('asks for a reason before retiring', async () => {
    const invoke = installBridge((procedure) => {
      if (procedure === 'policies.get') return ok({ policy: summary(), versions: [meta({ approvedAt: '2026-06-01T10:00:00.000Z' })], controls: [] } satisfies PolicyDetail);
      if (procedure === 'policies.versions.get') return ok({ ...meta(), markdown: '# Policy' });
      if (procedure === 'policies.retire') return ok(summary({ status: 'retired', retiredAt: '2026-07-01T00:00:00.000Z', retiredReason: 'Merged' }));
      return ok(null);
    });
    renderWithApp(<PoliciesPage params={{ id: POLICY_ID }} />);
    fireEvent.click(await screen.findByRole('button', { name: 'More actions' }));
    // Approved once: it can be retired, never deleted.
    expect(screen.queryByRole('menuitem', { name: 'Delete policy' })).toBeNull();
    fireEvent.click(await screen.findByRole('menuitem', { name: 'Retire policy' }));
    const dialog = await screen.findByRole('dialog', { name: 'Retire this policy' });
    const confirm = within(dialog).getByRole('button', { name: 'Retire' }) as HTMLButtonElement;
    expect(confirm.disabled).toBe(true);
    fireEvent.change(within(dialog).getByRole('textbox', { name: /Reason/ }), { target: { value: 'Merged into the information security policy' } });
    fireEvent.click(confirm);
    await waitFor(() => expect(invoke).toHaveBeenCalledWith('policies.retire', { policyId: POLICY_ID, reason: 'Merged into the information security policy' }));
  });
});
