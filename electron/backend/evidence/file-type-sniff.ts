// What an uploaded file is, decided from its bytes. The name is never trusted: a PNG named
// "report.pdf" is stored as a PNG and a PDF named "setup.exe" as a PDF. The only choice a name makes
// is between CSV and plain text, for UTF-8 text whose structure allows both.
import type { EvidenceFileKind } from '../../../shared/contract';
import { zipEntryNames } from './zip-directory';

export const MIME_TYPES: Readonly<Record<EvidenceFileKind, string>> = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv',
  txt: 'text/plain',
};

export type SniffResult = { ok: true; kind: EvidenceFileKind; mimeType: string } | { ok: false; detected: string };

function startsWith(bytes: Buffer, signature: readonly number[] | string, offset = 0): boolean {
  const expected = typeof signature === 'string' ? Buffer.from(signature, 'latin1') : Buffer.from(signature);
  return bytes.length >= offset + expected.length && bytes.subarray(offset, offset + expected.length).equals(expected);
}

function accept(kind: EvidenceFileKind): SniffResult {
  return { ok: true, kind, mimeType: MIME_TYPES[kind] };
}

function officeKind(bytes: Buffer): SniffResult {
  const names = zipEntryNames(bytes);
  if (!names || !names.includes('[Content_Types].xml')) return { ok: false, detected: 'zip' };
  // Macro-enabled documents (.docm, .xlsm) share the layout; their macros are not evidence.
  if (names.some((name) => /^(word|xl)\/vbaProject\.bin$/i.test(name))) return { ok: false, detected: 'office-macro' };
  if (names.some((name) => name.startsWith('word/'))) return accept('docx');
  if (names.some((name) => name.startsWith('xl/'))) return accept('xlsx');
  return { ok: false, detected: 'zip' };
}

const utf8 = new TextDecoder('utf-8', { fatal: true });
// Tab, line feed, vertical tab, form feed, carriage return and escape (coloured logs) are text.
const BINARY_CONTROLS = /[\u0001-\u0008\u000e-\u001a\u001c-\u001f\u007f]/;

function decodeText(bytes: Buffer): string | null {
  if (bytes.includes(0)) return null;
  let text: string;
  try {
    text = utf8.decode(bytes);
  } catch {
    return null;
  }
  return BINARY_CONTROLS.test(text) ? null : text;
}

const CSV_SAMPLE = 64 * 1024;
const CSV_RECORDS = 50;

/** Field counts of the first records for one delimiter, honouring RFC 4180 quotes; null if malformed. */
function fieldCounts(sample: string, delimiter: string, truncated: boolean): number[] | null {
  const counts: number[] = [];
  let fields = 1;
  let inQuotes = false;
  let recordHasText = false;
  for (let i = 0; i < sample.length && counts.length < CSV_RECORDS; i++) {
    const char = sample[i];
    if (inQuotes) {
      if (char === '"') {
        if (sample[i + 1] === '"') i += 1;
        else inQuotes = false;
      }
      continue;
    }
    if (char === '"') {
      inQuotes = true;
      recordHasText = true;
    } else if (char === delimiter) {
      fields += 1;
      recordHasText = true;
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && sample[i + 1] === '\n') i += 1;
      if (recordHasText) counts.push(fields);
      fields = 1;
      recordHasText = false;
    } else {
      recordHasText = true;
    }
  }
  // The sample may end inside a record: only a complete file must end outside quotes.
  if (inQuotes && !truncated) return null;
  if (recordHasText && !truncated && counts.length < CSV_RECORDS) counts.push(fields);
  return counts;
}

/** Every sampled record has the same number (≥ 2) of fields for one of the usual delimiters. */
export function looksLikeCsv(text: string): boolean {
  const body = text.startsWith('\ufeff') ? text.slice(1) : text;
  const truncated = body.length > CSV_SAMPLE;
  const sample = body.slice(0, CSV_SAMPLE);
  return [',', ';', '\t', '|'].some((delimiter) => {
    const counts = fieldCounts(sample, delimiter, truncated);
    return counts !== null && counts.length > 0 && counts[0]! >= 2 && counts.every((count) => count === counts[0]);
  });
}

export function sniffFileType(bytes: Buffer, name: string): SniffResult {
  if (bytes.length === 0) return { ok: false, detected: 'empty' };
  if (startsWith(bytes, '%PDF-')) return accept('pdf');
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return accept('png');
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return accept('jpeg');
  if (startsWith(bytes, 'GIF87a') || startsWith(bytes, 'GIF89a')) return accept('gif');
  if (startsWith(bytes, 'RIFF') && startsWith(bytes, 'WEBP', 8)) return accept('webp');
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return officeKind(bytes);
  const text = decodeText(bytes);
  if (text === null) {
    // Named only to make the refusal clearer; a text that happens to start with "MZ" is still text.
    const executable = startsWith(bytes, 'MZ') || startsWith(bytes, [0x7f, 0x45, 0x4c, 0x46]);
    return { ok: false, detected: executable ? 'executable' : 'binary' };
  }
  return accept(/\.csv$/i.test(name.trim()) && looksLikeCsv(text) ? 'csv' : 'txt');
}
