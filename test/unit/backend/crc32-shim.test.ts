// The bundles replace the buffer-crc32 package with build/shims/buffer-crc32.cjs (Node's native
// CRC-32): every call the ZIP writers make must give the package's result.
import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
type Crc32 = ((buf: Buffer | string | number, previous?: Buffer | number) => Buffer) & {
  signed(buf: Buffer | string | number, previous?: Buffer | number): number;
  unsigned(buf: Buffer | string | number, previous?: Buffer | number): number;
};
const shim = require('../../../build/shims/buffer-crc32.cjs') as Crc32;
// The package as yazl (1.x) and archiver's compress-commons (0.2.x) load it.
const yazlCrc32 = require(require.resolve('buffer-crc32', { paths: [require.resolve('yazl')] })) as Crc32;
const compressCrc32 = require(require.resolve('buffer-crc32', { paths: [require.resolve('compress-commons')] })) as Crc32;

describe('the buffer-crc32 shim', () => {
  it('gives the package result for buffers, strings, sizes and chained chunks', () => {
    const inputs: (Buffer | string | number)[] = [Buffer.alloc(0), Buffer.from('The quick brown fox'), randomBytes(1), randomBytes(4097), randomBytes(1 << 20), 'héllo 世界', 0, 37];
    for (const reference of [yazlCrc32, compressCrc32]) {
      for (const input of inputs) {
        expect(shim.unsigned(input)).toBe(reference.unsigned(input));
        expect(shim.signed(input)).toBe(reference.signed(input));
        expect(shim(input).equals(reference(input))).toBe(true);
      }
    }
    // Chained as yazl's stream watcher does (the previous CRC as an unsigned number), as a signed
    // number and as the 4-byte buffer.
    const chunks = Array.from({ length: 20 }, (_, i) => randomBytes(i * 997 + 1));
    let mine = 0;
    let theirs = 0;
    let signed = 0;
    let asBuffer: Buffer = Buffer.alloc(4);
    for (const chunk of chunks) {
      mine = shim.unsigned(chunk, mine);
      theirs = yazlCrc32.unsigned(chunk, theirs);
      signed = shim.signed(chunk, signed);
      asBuffer = shim(chunk, asBuffer);
    }
    expect(mine).toBe(theirs);
    expect(signed >>> 0).toBe(theirs);
    expect(asBuffer.readUInt32BE(0)).toBe(theirs);
    expect(mine).toBe(yazlCrc32.unsigned(Buffer.concat(chunks)));
  });

  it('refuses what the package refuses', () => {
    expect(() => shim.unsigned({} as unknown as Buffer)).toThrow(/input must be buffer, number, or string/);
  });
});
