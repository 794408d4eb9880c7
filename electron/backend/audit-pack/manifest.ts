// manifest.json, SHA256SUMS and the names of the files that sign them. The manifest lists every
// file of the pack (SHA256SUMS included) except itself, its signature and the public key; its key
// order is fixed and it is written as 2-space JSON, so the same pack state gives the same bytes.
import type { PackContext, PackManifestFile } from './pack-types';

export const MANIFEST_PATH = 'manifest.json';
export const SIGNATURE_PATH = 'manifest.sig';
export const PUBLIC_KEY_PATH = 'signing-key.pem';
export const SUMS_PATH = 'SHA256SUMS';
export const REPORT_PATH = 'report.pdf';
export const INDEX_PATH = 'index.html';
export const MANIFEST_FORMAT = 'custos-audit-pack/1';

/** Files of a pack that the manifest does not list: it and what signs it. */
export const UNLISTED_PATHS: ReadonlySet<string> = new Set([MANIFEST_PATH, SIGNATURE_PATH, PUBLIC_KEY_PATH]);

export interface PackManifest {
  format: string;
  workspaceId: string;
  organisation: string;
  framework: string;
  catalogVersion: string;
  period: { from: string; to: string };
  asOf: string;
  locale: string;
  redacted: boolean;
  generatedAt: string;
  appVersion: string;
  keyFingerprint: string;
  files: PackManifestFile[];
}

/** Byte order (not locale order), so every platform sorts the same. */
export function comparePaths(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** `sha256sum -c SHA256SUMS` checks every other listed file (binary mode, `<hash> *<path>`). */
export function sha256Sums(files: readonly PackManifestFile[]): Buffer {
  const lines = [...files].sort((a, b) => comparePaths(a.path, b.path)).map((file) => `${file.sha256} *${file.path}\n`);
  return Buffer.from(lines.join(''), 'utf8');
}

export function buildManifest(ctx: PackContext, files: readonly PackManifestFile[]): Buffer {
  const manifest: PackManifest = {
    format: MANIFEST_FORMAT,
    workspaceId: ctx.workspace.id,
    organisation: ctx.workspace.organisationName,
    framework: ctx.options.framework,
    catalogVersion: ctx.catalogVersion,
    period: { from: ctx.period.from, to: ctx.period.to },
    asOf: ctx.asOf,
    locale: ctx.options.locale,
    redacted: ctx.options.redact,
    generatedAt: ctx.generatedAt,
    appVersion: ctx.appVersion,
    keyFingerprint: ctx.keyFingerprint,
    files: [...files].sort((a, b) => comparePaths(a.path, b.path)).map((file) => ({ path: file.path, size: file.size, sha256: file.sha256 })),
  };
  return Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8');
}

/** Reads the parts of a manifest a verifier needs; throws on anything malformed. */
export function parseManifest(bytes: Buffer): { files: PackManifestFile[]; keyFingerprint: string } {
  const parsed = JSON.parse(bytes.toString('utf8')) as Partial<PackManifest>;
  if (typeof parsed !== 'object' || parsed === null || !Array.isArray(parsed.files)) throw new Error('manifest.json has no file list');
  const files = parsed.files.map((entry: unknown, index) => {
    const file = entry as Partial<PackManifestFile>;
    if (typeof file.path !== 'string' || typeof file.size !== 'number' || typeof file.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(file.sha256)) {
      throw new Error(`manifest.json file ${index} is malformed`);
    }
    return { path: file.path, size: file.size, sha256: file.sha256 };
  });
  return { files, keyFingerprint: typeof parsed.keyFingerprint === 'string' ? parsed.keyFingerprint : '' };
}
