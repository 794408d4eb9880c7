// Deterministic randomness for the large demo: a seeded number generator for choices, and a keyed
// AES-256-CTR stream for file bytes (fast, and the same bytes for the same seed on every machine).
import { createCipheriv, createHash } from 'node:crypto';

/** mulberry32: a small seeded generator, as in the standard demo. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface Chooser {
  next(): number;
  int(below: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
}

export function chooser(seed: number): Chooser {
  const next = seeded(seed);
  const int = (below: number) => Math.floor(next() * below);
  return { next, int, pick: (items) => items[int(items.length)]!, chance: (probability) => next() < probability };
}

/** `length` pseudo-random bytes determined by `label` (the key and IV are hashes of it). */
export function streamBytes(label: string, length: number): Buffer {
  const digest = createHash('sha512').update(`custos-large-demo:${label}`).digest();
  const cipher = createCipheriv('aes-256-ctr', digest.subarray(0, 32), digest.subarray(32, 48));
  return cipher.update(Buffer.alloc(length));
}
