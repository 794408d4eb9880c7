// Reading a file the user picked or dropped, for upload as base64.
import { EVIDENCE_FILE_MAX_BYTES } from '../../../shared/contract';
import { ClientError } from '../client/client';
import { bytesToBase64 } from './download';

export async function readFileBase64(file: Blob): Promise<string> {
  return bytesToBase64(new Uint8Array(await file.arrayBuffer()));
}

/** Refuses an oversized file before reading it, with the same error the backend would return. */
export function checkUploadSize(file: { size: number }): void {
  if (file.size > EVIDENCE_FILE_MAX_BYTES) {
    throw new ClientError('FILE_TOO_LARGE', 'the file is too large', { limitBytes: EVIDENCE_FILE_MAX_BYTES, size: file.size }, 'evidence.files.upload');
  }
}

export function formatBytes(bytes: number, locale: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return new Intl.NumberFormat(locale, { style: 'unit', unit: units[unit], unitDisplay: 'short', maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value);
}
