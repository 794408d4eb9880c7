import { act, cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ControlRow, Envelope } from '../../../shared/contract';
import { resetSession, useSession } from '../../../renderer/src/app/session-store';
import { setBridge } from '../../../renderer/src/client/bridge';
import { CommandPalette } from '../../../renderer/src/features/command-palette/CommandPalette';
import { usePalette } from '../../../renderer/src/features/command-palette/palette-store';
import { ControlDrawer } from '../../../renderer/src/features/controls/ControlDrawer';
import { LinkEvidenceModal } from '../../../renderer/src/features/controls/LinkEvidenceModal';
import { installBridge, renderWithApp } from './render';

// happy-dom has no FontFaceSet; Mantine's autosizing textarea listens to it.
if (!('fonts' in document)) {
  Object.defineProperty(document, 'fonts', { value: { addEventListener: () => undefined, removeEventListener: () => undefined }, configurable: true });
}

afterEach(() => {
  cleanup();
  setBridge(null);
  resetSession();
  usePalette.setState({ opened: false });
});

const ok = (value: unknown): Envelope<unknown> => ({ ok: true, value });

const control: ControlRow = {
  framework: 'iso27001',
  controlId: 'A.5.7',
  applicable: true,
  justification: '',
  inclusionReasons: ['business'],
  treatingRiskCount: 0,
  status: 'planned',
  owner: 'Ann',
  notes: '',
  reviewDate: null,
  updatedAt: null,
  evidence: { count: 0, freshness: 'missing', latestEffective: null },
};

describe('control drawer', () => {
  it('sends only what changed and shows the backend refusal under the justification', async () => {
    const invoke = installBridge((procedure) => {
      if (procedure === 'controls.get') return ok({ control, risks: [] });
      if (procedure === 'evidence.forControl' || procedure === 'evidence.files.list') return ok([]);
      if (procedure === 'controls.update') {
        return { ok: false, error: { code: 'INVALID_INPUT', message: 'no', details: { issues: [{ path: ['patch', 'justification'], code: 'justification_required', message: 'give the reason' }] } } };
      }
      return ok(null);
    });
    renderWithApp(<ControlDrawer framework="iso27001" controlId="A.5.7" onClose={() => undefined} onChanged={() => undefined} />);
    expect(await screen.findByText('Threat intelligence')).toBeTruthy();
    const applicable = await screen.findByRole('switch', { name: /Applicable/ });
    fireEvent.click(applicable);
    fireEvent.click(screen.getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('give the reason this control does not apply')).toBeTruthy();
    expect(invoke).toHaveBeenCalledWith('controls.update', { framework: 'iso27001', controlId: 'A.5.7', patch: { applicable: false } });
    const justification = screen.getByRole('textbox', { name: /Justification/ });
    expect(justification.getAttribute('aria-invalid')).toBe('true');
    // The issue is on the field; no separate banner repeats it.
    expect(screen.queryByRole('alert')).toBeNull();
  });
  it('lists the inventory gaps that bear on the control and opens the record to fix', async () => {
    const systemId = '5b0c6f3e-2d4a-4c1b-9a7e-0f1e2d3c4b5a';
    installBridge((procedure, input) => {
      if (procedure === 'controls.get') return ok({ control: { ...control, controlId: 'A.8.24', title: 'Use of cryptography' }, risks: [] });
      if (procedure === 'inventory.findings.forControl') {
        expect(input).toEqual({ framework: 'iso27001', controlId: 'A.8.24' });
        return ok([
          {
            id: `sensitive_system_unencrypted:${systemId}`,
            kind: 'sensitive_system_unencrypted',
            severity: 'high',
            recordType: 'system',
            recordId: systemId,
            recordName: 'Patient portal',
            controls: [{ framework: 'iso27001', controlId: 'A.8.24' }],
            messageKey: 'inventory.finding.sensitive_system_unencrypted',
          },
        ]);
      }
      return ok([]);
    });
    renderWithApp(<ControlDrawer framework="iso27001" controlId="A.8.24" onClose={() => undefined} onChanged={() => undefined} />);
    expect(await screen.findByText('Inventory gaps (1)')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /Patient portal/ }));
    expect(useSession.getState().route).toEqual({ page: 'inventory', params: { tab: 'systems', id: systemId } });
  });
});

describe('command palette', () => {
  beforeEach(() => usePalette.setState({ opened: true }));

  it('searches as you type, shows hits as text with marks, and jumps to the record', async () => {
    const riskId = '28df2ffd-6284-4a7c-bc50-d85d98e7b69d';
    const invoke = installBridge((procedure) =>
      procedure === 'search.query'
        ? ok([
            { entityType: 'control', entityId: 'iso27001:A.8.13', title: 'A.8.13 Information backup', snippet: 'A.8.13 Information \u0002backup\u0003', link: { screen: 'controls', params: { framework: 'iso27001', controlId: 'A.8.13' } } },
            { entityType: 'risk', entityId: riskId, title: 'R-001 Ransomware', snippet: '<img src=x onerror=alert(1)> \u0002backup\u0003 vault', link: { screen: 'risks', params: { id: riskId } } },
            { entityType: 'legacy_record', entityId: 'x', title: 'Unknown screen', snippet: '', link: { screen: 'no-such-screen', params: {} } },
          ])
        : ok(null),
    );
    renderWithApp(<CommandPalette onLock={() => undefined} />);
    const input = await screen.findByRole('combobox', { name: 'Search or jump to…' });
    fireEvent.change(input, { target: { value: 'backup' } });
    const listbox = screen.getByRole('listbox');
    await waitFor(() => expect(within(listbox).getByRole('option', { name: /R-001 Ransomware/ })).toBeTruthy());
    expect(invoke).toHaveBeenCalledWith('search.query', { q: 'backup', limit: 20 });
    // The control is titled from the catalog; a hit for a screen this version lacks is left out.
    expect(within(listbox).getByRole('option', { name: /A\.8\.13 — Information backup/ })).toBeTruthy();
    expect(within(listbox).queryByText('Unknown screen')).toBeNull();
    expect(document.querySelector('[role="listbox"] img')).toBeNull();
    expect(listbox.querySelectorAll('mark').length).toBe(2);

    expect(within(listbox).getAllByRole('option')[0]!.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(input.getAttribute('aria-activedescendant')).toBe(within(listbox).getAllByRole('option')[1]!.id);
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(useSession.getState().route).toEqual({ page: 'risks', params: { id: riskId } });
    expect(usePalette.getState().opened).toBe(false);
  });

  it('offers the screens and actions without a query, in Chinese too', async () => {
    installBridge(() => ok([]));
    renderWithApp(<CommandPalette onLock={() => undefined} />, 'zh-CN');
    const input = await screen.findByRole('combobox', { name: '搜索或跳转到…' });
    expect(screen.getByRole('option', { name: '前往适用性声明' })).toBeTruthy();
    fireEvent.change(input, { target: { value: '风险' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    await act(async () => undefined);
    expect(useSession.getState().route).toEqual({ page: 'risks', params: {} });
  });
});

describe('linking evidence', () => {
  it('shows a refused upload in words, next to the file', async () => {
    installBridge((procedure) => {
      if (procedure === 'evidence.files.list') return ok([]);
      if (procedure === 'evidence.files.upload') return { ok: false, error: { code: 'FILE_TYPE_NOT_ALLOWED', message: 'no', details: { detected: 'exe' } } };
      return ok(null);
    });
    renderWithApp(<LinkEvidenceModal opened framework="iso27001" controlId="A.8.13" onClose={() => undefined} onLinked={() => undefined} />);
    const input = (await screen.findByLabelText('Evidence file')) as HTMLInputElement;
    const file = new File([new Uint8Array([0x4d, 0x5a, 0x90, 0x00])], 'setup.pdf', { type: 'application/pdf' });
    fireEvent.change(input, { target: { files: [file] } });
    expect(await screen.findByText('setup.pdf')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Link evidence' }));
    expect(await screen.findByText('This type of file is not accepted.')).toBeTruthy();
  });

  it('refuses an oversized file before reading it', async () => {
    const invoke = installBridge((procedure) => (procedure === 'evidence.files.list' ? ok([]) : ok(null)));
    renderWithApp(<LinkEvidenceModal opened framework="iso27001" controlId="A.8.13" onClose={() => undefined} onLinked={() => undefined} />);
    const input = (await screen.findByLabelText('Evidence file')) as HTMLInputElement;
    const huge = new File(['x'], 'huge.pdf');
    Object.defineProperty(huge, 'size', { value: 26 * 1024 * 1024 });
    fireEvent.change(input, { target: { files: [huge] } });
    expect(await screen.findByText(/The file is too large\. \(Size 26 MB; the limit is 25 MB\.\)/)).toBeTruthy();
    expect(invoke.mock.calls.some(([procedure]) => procedure === 'evidence.files.upload')).toBe(false);
  });
});
