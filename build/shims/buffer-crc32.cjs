'use strict';
// buffer-crc32's API over Node's own zlib.crc32 (native, table-free). The bundles alias the
// `buffer-crc32` package to this file (build/build-node.mjs): the ZIP writers that use it (yazl for
// audit packs, archiver for spreadsheets) otherwise compute CRC-32 a byte at a time in JavaScript,
// which was a tenth of the time of a 1.6 GB audit pack. Same results, checked against the package
// in test/unit/backend/crc32-shim.test.ts.
/* eslint-disable @typescript-eslint/no-require-imports -- it stands in for a CommonJS package */
const { crc32: nativeCrc32 } = require('node:zlib');

function toBuffer(input) {
  if (Buffer.isBuffer(input)) return input;
  if (typeof input === 'number') return Buffer.alloc(input);
  if (typeof input === 'string') return Buffer.from(input);
  throw new Error(`input must be buffer, number, or string, received ${typeof input}`);
}

/** The CRC-32 of `buf`, continuing from `previous` (a CRC as a number or a 4-byte big-endian buffer). */
function unsigned(buf, previous) {
  const start = Buffer.isBuffer(previous) ? previous.readUInt32BE(0) : ~~previous >>> 0;
  return nativeCrc32(toBuffer(buf), start);
}

function crc32(buf, previous) {
  const out = Buffer.alloc(4);
  out.writeUInt32BE(unsigned(buf, previous), 0);
  return out;
}
crc32.signed = (buf, previous) => unsigned(buf, previous) | 0;
crc32.unsigned = unsigned;

module.exports = crc32;
