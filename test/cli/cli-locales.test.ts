// The CLI's messages exist in both languages with the same keys, and every key the code asks for
// is there.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../shared/i18n/locales/en/cli.json';
import zh from '../../shared/i18n/locales/zh-CN/cli.json';

const ROOT = resolve(import.meta.dirname, '../..');

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

describe('cli.json', () => {
  it('has the same keys in English and Chinese, none empty', () => {
    expect(keys(zh).sort()).toEqual(keys(en).sort());
    for (const key of keys(zh)) {
      const text = key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], zh);
      expect(typeof text === 'string' && text.trim().length > 0, key).toBe(true);
    }
  });

  it('uses the same placeholders in both languages', () => {
    const lookup = (json: unknown, key: string) => key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], json) as string;
    const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const key of keys(en)) expect(placeholders(lookup(zh, key)), key).toEqual(placeholders(lookup(en, key)));
  });

  it('holds every literal key the CLI code uses', () => {
    const known = new Set(keys(en));
    const used = new Set<string>();
    for (const file of sources(join(ROOT, 'electron', 'cli'))) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/'([a-zA-Z]+)\.([a-zA-Z.]+)'/g)) {
        if (Object.hasOwn(en, match[1]!)) used.add(`${match[1]}.${match[2]}`);
      }
    }
    expect(used.size).toBeGreaterThan(10);
    expect([...used].filter((key) => !known.has(key))).toEqual([]);
  });
});
