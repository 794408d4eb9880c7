// What can be said about a PDF without rendering it: its version, page count and title. Read from
// the file's text structure; a PDF that keeps these in compressed object streams reports null.

export interface PdfInfo {
  version: string | null;
  pages: number | null;
  title: string | null;
}

function latin1(bytes: Uint8Array): string {
  let text = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) text += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return text;
}

/** A PDF literal string's simple escapes; anything encoded (UTF-16, octal runs) is left alone. */
function unescapeLiteral(value: string): string {
  return value.replace(/\\([nrtbf()\\])/g, (_, char: string) => ({ n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' })[char] ?? char);
}

export function pdfInfo(bytes: Uint8Array): PdfInfo {
  const text = latin1(bytes);
  const version = /^%PDF-(\d\.\d)/.exec(text)?.[1] ?? null;

  let pages: number | null = null;
  for (const match of text.matchAll(/\/Type\s*\/Pages\b[^>]*?\/Count\s+(\d+)|\/Count\s+(\d+)[^>]*?\/Type\s*\/Pages\b/g)) {
    const count = Number(match[1] ?? match[2]);
    if (Number.isFinite(count) && (pages === null || count > pages)) pages = count;
  }
  if (pages === null) {
    const leaves = text.match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
    pages = leaves > 0 ? leaves : null;
  }

  const rawTitle = /\/Title\s*\(((?:[^()\\]|\\.){1,300})\)/.exec(text)?.[1];
  const title = rawTitle && !rawTitle.startsWith('\u00fe\u00ff') && /^[\x20-\x7e\\]*$/.test(rawTitle) ? unescapeLiteral(rawTitle).trim() || null : null;
  return { version, pages, title };
}
