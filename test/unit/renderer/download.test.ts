import { describe, expect, it, vi } from 'vitest';
import type { ExportResult, PlatformApi } from '../../../shared/contract';
import { base64ToBytes, bytesToBase64, downloadBase64, safeFileName, saveExport, type DownloadEnvironment } from '../../../renderer/src/lib/download';

function fakeEnvironment() {
  const anchors: HTMLAnchorElement[] = [];
  const clicked: { href: string; download: string; attached: boolean }[] = [];
  const deferred: (() => void)[] = [];
  const createObjectURL = vi.fn((blob: Blob) => `blob:test/${blob.size}`);
  const revokeObjectURL = vi.fn();
  const env: DownloadEnvironment = {
    document: {
      body: document.body,
      createElement: ((tag: string) => {
        const element = document.createElement(tag) as HTMLAnchorElement;
        element.click = () => clicked.push({ href: element.href, download: element.download, attached: element.isConnected });
        anchors.push(element);
        return element;
      }) as Document['createElement'],
    },
    url: { createObjectURL, revokeObjectURL },
    defer: (run) => deferred.push(run),
  };
  return { env, anchors, clicked, deferred, createObjectURL, revokeObjectURL };
}

function platform(kind: PlatformApi['kind'], savePath: string | null): PlatformApi {
  return {
    kind,
    chooseDirectory: async () => null,
    chooseWorkspace: async () => null,
    chooseSavePath: vi.fn(async () => savePath),
    openExternal: async () => false,
  };
}

const result = (extra: Partial<ExportResult> = {}): ExportResult => ({ fileName: 'statement-of-applicability.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', bytes: 3, ...extra });

describe('base64', () => {
  it('round-trips bytes, including long buffers', () => {
    const bytes = new Uint8Array(100_000).map((_, i) => (i * 7) % 256);
    expect(base64ToBytes(bytesToBase64(bytes))).toEqual(bytes);
    expect(bytesToBase64(new TextEncoder().encode('%PDF-1.7'))).toBe('JVBERi0xLjc=');
  });
});

describe('file names offered for saving', () => {
  it('keeps the base name and drops path and control characters', () => {
    expect(safeFileName('../../etc/passwd')).toBe('passwd');
    expect(safeFileName('C:\\Users\\x\\report.pdf')).toBe('report.pdf');
    expect(safeFileName('a\u0000b<>:"|?*.txt')).toBe('ab.txt');
    expect(safeFileName('..')).toBe('download');
    expect(safeFileName('  ', 'soa.xlsx')).toBe('soa.xlsx');
    expect(safeFileName('风险登记册.xlsx')).toBe('风险登记册.xlsx');
  });
});

describe('browser download', () => {
  it('clicks a temporary <a download> on a blob: URL, removes it, and revokes the URL later', async () => {
    const fake = fakeEnvironment();
    downloadBase64('JVBERi0xLjc=', 'evidence/policy.pdf', 'application/pdf', fake.env);
    expect(fake.clicked).toEqual([{ href: 'blob:test/8', download: 'policy.pdf', attached: true }]);
    expect(fake.anchors[0]!.isConnected).toBe(false);
    const blob = fake.createObjectURL.mock.calls[0]![0] as Blob;
    expect(blob.type).toBe('application/pdf');
    expect(new TextDecoder().decode(await blob.arrayBuffer())).toBe('%PDF-1.7');
    expect(fake.revokeObjectURL).not.toHaveBeenCalled();
    fake.deferred.forEach((run) => run());
    expect(fake.revokeObjectURL).toHaveBeenCalledWith('blob:test/8');
  });
});

describe('saveExport', () => {
  it('in the desktop app, asks for a path and lets the backend write there', async () => {
    const host = platform('electron', '/home/me/soa.xlsx');
    const run = vi.fn(async (destination?: string) => result({ path: destination }));
    const fake = fakeEnvironment();
    const outcome = await saveExport(run, { suggestedName: 'soa.xlsx', filters: [{ name: 'Excel', extensions: ['xlsx'] }], platform: host, env: fake.env });
    expect(host.chooseSavePath).toHaveBeenCalledWith({ title: undefined, defaultPath: 'soa.xlsx', filters: [{ name: 'Excel', extensions: ['xlsx'] }] });
    expect(run).toHaveBeenCalledWith('/home/me/soa.xlsx');
    expect(outcome).toEqual({ kind: 'saved', path: '/home/me/soa.xlsx', fileName: 'statement-of-applicability.xlsx' });
    expect(fake.clicked).toEqual([]);
  });

  it('does not export when the save dialog is cancelled', async () => {
    const run = vi.fn(async () => result());
    expect(await saveExport(run, { suggestedName: 'soa.xlsx', platform: platform('electron', null) })).toEqual({ kind: 'cancelled' });
    expect(run).not.toHaveBeenCalled();
  });

  it('in the browser, exports without a destination and downloads the returned content', async () => {
    const host = platform('browser', null);
    const run = vi.fn(async (_destination?: string) => result({ base64: 'UEsD' }));
    const fake = fakeEnvironment();
    const outcome = await saveExport(run, { suggestedName: 'soa.xlsx', platform: host, env: fake.env });
    expect(run).toHaveBeenCalledWith(undefined);
    expect(host.chooseSavePath).not.toHaveBeenCalled();
    expect(outcome).toEqual({ kind: 'downloaded', fileName: 'statement-of-applicability.xlsx' });
    expect(fake.clicked.map((click) => click.download)).toEqual(['statement-of-applicability.xlsx']);
  });

  it('fails loudly when the backend returned neither a path nor content', async () => {
    await expect(saveExport(async () => result(), { suggestedName: 'x', platform: platform('browser', null), env: fakeEnvironment().env })).rejects.toThrow(/no content/);
  });
});
