// Content sniffing of evidence uploads: magic numbers, Office packages read from the ZIP central
// directory, UTF-8 text, and CSV only when both the name and the structure say so.
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { looksLikeCsv, sniffFileType } from '../../../electron/backend/evidence/file-type-sniff';
import { zipEntryNames } from '../../../electron/backend/evidence/zip-directory';
import { CSV_TEXT, docxFile, GIF_1X1, JPEG_HEAD, pdfFile, PNG_1X1, WEBP_HEAD, xlsxFile, zipArchive } from '../../integration/evidence-fixtures';

const kind = (bytes: Buffer | string, name = 'file') => {
  const result = sniffFileType(typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes, name);
  return result.ok ? result.kind : `refused:${result.detected}`;
};

describe('sniffFileType', () => {
  it('recognises each allowed kind by content whatever the name', () => {
    expect(kind(pdfFile(), 'x.exe')).toBe('pdf');
    expect(kind(PNG_1X1, 'x.pdf')).toBe('png');
    expect(kind(JPEG_HEAD, 'x.gif')).toBe('jpeg');
    expect(kind(GIF_1X1, 'x.png')).toBe('gif');
    expect(kind(WEBP_HEAD, 'x')).toBe('webp');
    expect(kind(docxFile(), 'x.xlsx')).toBe('docx');
    expect(kind(xlsxFile(), 'x.docx')).toBe('xlsx');
    expect(kind('hello\n', 'x.png')).toBe('txt');
  });

  it('refuses what is not evidence', () => {
    expect(kind(Buffer.alloc(0))).toBe('refused:empty');
    expect(kind(Buffer.concat([Buffer.from('MZ'), Buffer.alloc(64)]), 'x.pdf')).toBe('refused:executable');
    expect(kind(Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46]), Buffer.alloc(64)]))).toBe('refused:executable');
    expect(kind(zipArchive([{ name: 'a.txt', data: 'a' }]), 'x.docx')).toBe('refused:zip');
    expect(kind(zipArchive([{ name: '[Content_Types].xml', data: '<Types/>' }, { name: 'ppt/slides/slide1.xml', data: '<p/>' }]), 'x.pptx')).toBe('refused:zip');
    expect(kind(Buffer.from([0xc3, 0x28, 0x41]), 'x.txt')).toBe('refused:binary');
    expect(kind('text with a NUL \u0000 inside', 'x.txt')).toBe('refused:binary');
    expect(kind('bell \u0007 is not text', 'x.txt')).toBe('refused:binary');
    // Almost any random buffer has a NUL or invalid UTF-8.
    for (let i = 0; i < 20; i++) expect(kind(randomBytes(1024), 'x.txt')).toMatch(/^refused:/);
  });

  it('accepts text with tabs, CRLF, a BOM, Chinese and coloured log escapes', () => {
    expect(kind('\ufeff第一行\tcol\r\n\u001b[32mOK\u001b[0m\n', 'log.txt')).toBe('txt');
    expect(kind('MZ is a fine way to start a sentence.', 'notes.txt')).toBe('txt');
  });

  it('lets the name choose CSV only for text with a consistent delimiter structure', () => {
    expect(kind(CSV_TEXT, 'users.csv')).toBe('csv');
    expect(kind(CSV_TEXT, 'users.CSV')).toBe('csv');
    expect(kind(CSV_TEXT, 'users.txt')).toBe('txt');
    expect(kind('a;b;c\n1;2;3\n', 'semi.csv')).toBe('csv');
    expect(kind('a\tb\n1\t2', 'tabs.csv')).toBe('csv');
    expect(kind('a,b,c\n1,2\n', 'ragged.csv')).toBe('txt');
    expect(kind('one column\nonly\n', 'list.csv')).toBe('txt');
    expect(kind('a,"b\n', 'open-quote.csv')).toBe('txt');
  });
});

describe('looksLikeCsv', () => {
  it('honours quoted delimiters and line breaks inside quotes', () => {
    expect(looksLikeCsv('name,comment\r\n"Smith, J","line one\nline two"\r\n"x","y ""quoted"""\r\n')).toBe(true);
  });

  it('judges a long file by a complete-looking sample', () => {
    const rows = Array.from({ length: 5000 }, (_, i) => `${i},"value ${i}",2025-01-01`).join('\n');
    expect(looksLikeCsv(`id,value,date\n${rows}\n`)).toBe(true);
  });
});

describe('zipEntryNames', () => {
  it('reads the central directory and survives damage', () => {
    const zip = docxFile();
    expect(zipEntryNames(zip)).toEqual(['[Content_Types].xml', '_rels/.rels', 'word/document.xml']);
    expect(zipEntryNames(zip.subarray(0, zip.length - 5))).toBeNull();
    expect(zipEntryNames(zip.subarray(0, 40))).toBeNull();
    expect(zipEntryNames(Buffer.alloc(10))).toBeNull();
    const corrupt = Buffer.from(zip);
    corrupt.writeUInt32LE(0xffffffff, corrupt.length - 6);
    expect(zipEntryNames(corrupt)).toBeNull();
    // Random bytes after a ZIP signature never throw.
    for (let i = 0; i < 50; i++) expect(() => zipEntryNames(Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04]), randomBytes(200)]))).not.toThrow();
  });
});
