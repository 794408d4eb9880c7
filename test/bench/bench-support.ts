// Small helpers shared by the benchmarks: the BENCH line format, statistics and scratch folders.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

/** The repository root (set by run.mjs; the bundles run from a temp folder). */
export const ROOT = process.env.CUSTOS_ROOT ?? resolve('.');

export interface Target {
  /** `max`: the value must not exceed `limit`; `min`: it must reach it. */
  kind: 'max' | 'min';
  limit: number;
}

/** Prints `BENCH <name> <value> <unit>` and, when there is one, how it compares with its target. */
export function report(name: string, value: number, unit: string, target?: Target): boolean {
  const digits = Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : Math.abs(value) >= 1 ? 2 : 3;
  process.stdout.write(`BENCH ${name} ${value.toFixed(digits)} ${unit}\n`);
  if (!target) return true;
  const met = target.kind === 'max' ? value <= target.limit : value >= target.limit;
  process.stdout.write(`  target ${target.kind === 'max' ? '≤' : '≥'} ${target.limit} ${unit}: ${met ? 'ok' : 'MISSED'}\n`);
  return met;
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** Nearest-rank percentile. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) throw new Error('no samples');
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank - 1))]!;
}

export function elapsedMs(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e6;
}

export function now(): bigint {
  return process.hrtime.bigint();
}

/** A scratch folder removed when the process exits, even after a failure. */
export function scratchDirectory(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `custos-bench-${prefix}-`));
  process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}
