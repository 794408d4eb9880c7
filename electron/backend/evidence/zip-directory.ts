// The entry names of a ZIP archive, read from its central directory: just enough to tell a DOCX or
// XLSX from any other ZIP without a dependency or decompressing anything. Every offset is checked
// against the buffer, so a truncated or hostile archive yields null, never an exception.

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
const CENTRAL_HEADER_SIZE = 46;

function findEndOfCentralDirectory(bytes: Buffer): number {
  const last = bytes.length - EOCD_SIZE;
  const first = Math.max(0, last - MAX_COMMENT);
  for (let at = last; at >= first; at--) {
    if (bytes.readUInt32LE(at) === EOCD_SIGNATURE && at + EOCD_SIZE + bytes.readUInt16LE(at + 20) === bytes.length) return at;
  }
  return -1;
}

/** Entry names in directory order, or null when the central directory cannot be read (incl. ZIP64). */
export function zipEntryNames(bytes: Buffer): string[] | null {
  if (bytes.length < EOCD_SIZE) return null;
  const eocd = findEndOfCentralDirectory(bytes);
  if (eocd < 0) return null;
  const entries = bytes.readUInt16LE(eocd + 10);
  const size = bytes.readUInt32LE(eocd + 12);
  const offset = bytes.readUInt32LE(eocd + 16);
  // ZIP64 archives mark these fields with all ones; Office documents never need ZIP64.
  if (entries === 0xffff || size === 0xffffffff || offset === 0xffffffff) return null;
  if (offset + size > eocd) return null;
  const names: string[] = [];
  let at = offset;
  for (let i = 0; i < entries; i++) {
    if (at + CENTRAL_HEADER_SIZE > offset + size || bytes.readUInt32LE(at) !== CENTRAL_SIGNATURE) return null;
    const nameLength = bytes.readUInt16LE(at + 28);
    const extraLength = bytes.readUInt16LE(at + 30);
    const commentLength = bytes.readUInt16LE(at + 32);
    const nameEnd = at + CENTRAL_HEADER_SIZE + nameLength;
    if (nameEnd > offset + size) return null;
    names.push(bytes.toString('utf8', at + CENTRAL_HEADER_SIZE, nameEnd));
    at = nameEnd + extraLength + commentLength;
  }
  return names;
}
