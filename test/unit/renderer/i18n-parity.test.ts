import { Options } from '@zxcvbn-ts/core';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../../shared/contract';
import { resources, createI18n, NAMESPACES } from '../../../shared/i18n';

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of flatten(value, path)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)].map((m) => m[1]).sort();

describe('translations', () => {
  for (const namespace of NAMESPACES) {
    const en = flatten(resources.en[namespace] as Tree);
    const zh = flatten(resources['zh-CN'][namespace] as Tree);

    it(`${namespace}: English and Simplified Chinese have the same keys`, () => {
      expect([...zh.keys()].filter((key) => !en.has(key))).toEqual([]);
      expect([...en.keys()].filter((key) => !zh.has(key))).toEqual([]);
    });

    it(`${namespace}: no empty strings, same placeholders`, () => {
      for (const [key, text] of [...en, ...zh]) expect(text.trim(), key).not.toBe('');
      for (const [key, text] of en) expect(placeholders(zh.get(key) ?? ''), key).toEqual(placeholders(text));
    });
  }

  it('has a message for every error code', () => {
    for (const code of ERROR_CODES) {
      expect(resources.en.errors, code).toHaveProperty(code);
      expect(resources['zh-CN'].errors, code).toHaveProperty(code);
    }
  });

  it('translates every zxcvbn feedback key', () => {
    // Without custom translations zxcvbn reports its keys; the default Options hold the full list.
    const { translations } = new Options();
    const warnings = Object.keys(translations.warnings);
    const suggestions = Object.keys(translations.suggestions);
    expect(warnings.length).toBeGreaterThan(10);
    const i18n = createI18n({ language: 'zh-CN' });
    for (const key of warnings) expect(i18n.exists(`passphrase.feedback.warnings.${key}`), key).toBe(true);
    for (const key of suggestions) expect(i18n.exists(`passphrase.feedback.suggestions.${key}`), key).toBe(true);
  });

  it('creates instances in either language, falling back to English', () => {
    expect(createI18n({ language: 'zh-CN' }).t('nav.settings')).toBe('设置');
    expect(createI18n({ language: 'fr' }).t('nav.settings')).toBe('Settings');
  });
});
