// Policies: the redline between two 50-page versions (about 25,000 words each, with edits scattered
// through the text as a yearly revision makes them), and the PDF of a 50-page policy in Chinese
// (cover, headings, lists, tables; Noto Sans SC subset and embedded).
import { mkdirSync, symlinkSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, join } from 'node:path';
import { renderPolicyPdf } from '../../electron/backend/policies/policy-pdf';
import { redline } from '../../shared/policies/redline';
import { collectGarbage, elapsedMs, median, now, report, ROOT, scratchDirectory } from './bench-support';

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const VOCABULARY = (
  'access control information security policy staff must shall ensure data personal processing system owner review annual risk ' +
  'asset supplier incident report backup encryption key management training awareness device laptop network logging monitoring ' +
  'approval exception management board customer patient record retention deletion transfer vendor contract audit evidence'
).split(' ');

/** About 25,000 words: 50 sections of 5 paragraphs of about 100 words, some with lists. */
function englishPolicy(next: () => number): string {
  const word = () => VOCABULARY[Math.floor(next() * VOCABULARY.length)]!;
  const sentence = () => {
    const words = Array.from({ length: 12 + Math.floor(next() * 10) }, word);
    return `${words[0]!.charAt(0).toUpperCase()}${words[0]!.slice(1)} ${words.slice(1).join(' ')}.`;
  };
  const parts: string[] = ['# Information Security Policy', ''];
  for (let section = 1; section <= 50; section++) {
    parts.push(`## ${section}. ${word()} ${word()}`, '');
    for (let p = 0; p < 5; p++) {
      parts.push(Array.from({ length: 6 }, sentence).join(' '), '');
    }
    if (section % 5 === 0) parts.push(...Array.from({ length: 4 }, () => `- ${sentence()}`), '');
  }
  return parts.join('\n');
}

/** A yearly revision: about 150 word changes, 30 inserted and 20 deleted sentences, spread over the text. */
function revise(text: string, next: () => number): string {
  const lines = text.split('\n');
  for (let edit = 0; edit < 200; edit++) {
    const index = Math.floor(next() * lines.length);
    const line = lines[index]!;
    if (line.length < 40 || line.startsWith('#')) continue;
    const kind = next();
    if (kind < 0.75) {
      const words = line.split(' ');
      words[Math.floor(next() * words.length)] = 'amended';
      lines[index] = words.join(' ');
    } else if (kind < 0.9) {
      lines[index] = `${line} New obligations apply to contractors from the effective date of this version.`;
    } else {
      lines[index] = line.replace(/^[^.]*\.\s*/, '');
    }
  }
  return lines.join('\n');
}

const CHINESE_SENTENCES = [
  '本公司依法处理个人信息，遵循合法、正当、必要和诚信原则。',
  '所有员工应当妥善保管工作设备，离开座位时锁定屏幕。',
  '访问生产环境须经审批，并启用多因素身份认证。',
  '个人信息的保存期限为实现处理目的所必要的最短时间。',
  '发生安全事件时，应当立即向信息安全负责人报告。',
  '向境外提供个人信息前，应当完成个人信息保护影响评估。',
  '供应商应当签署数据处理协议，并定期接受安全评估。',
  '备份数据应当加密存储，并每季度进行恢复测试。',
];

/** About 50 pages in Chinese: 66 sections, each with paragraphs, a list and every fourth a table. */
function chinesePolicy(next: () => number): string {
  const sentence = () => CHINESE_SENTENCES[Math.floor(next() * CHINESE_SENTENCES.length)]!;
  const parts: string[] = ['# 信息安全管理制度', ''];
  for (let section = 1; section <= 66; section++) {
    parts.push(`## 第${section}章 管理要求`, '');
    for (let p = 0; p < 4; p++) parts.push(Array.from({ length: 7 }, sentence).join(''), '');
    parts.push(...Array.from({ length: 4 }, () => `- **要求**：${sentence()}`), '');
    if (section % 4 === 0) {
      parts.push('| 数据类别 | 保存期限 | 负责部门 |', '|---|---|---|');
      for (let row = 0; row < 6; row++) parts.push(`| 人事档案${row + 1} | ${row + 2}年 | 人力资源部 |`);
      parts.push('');
    }
  }
  return parts.join('\n');
}

// The fonts are found beside the app's resources in a packaged build; the bundled benchmark runs
// from a temporary folder, so it offers them the same way.
function provideFonts(): void {
  const resources = scratchDirectory('policy-fonts');
  mkdirSync(join(resources, 'fonts'));
  const require = createRequire(join(ROOT, 'package.json'));
  for (const file of ['400Regular/NotoSansSC_400Regular.ttf', '700Bold/NotoSansSC_700Bold.ttf']) {
    const source = require.resolve(`@expo-google-fonts/noto-sans-sc/${file}`);
    symlinkSync(source, join(resources, 'fonts', basename(file)));
  }
  (process as NodeJS.Process & { resourcesPath?: string }).resourcesPath = resources;
}

// -- redline -------------------------------------------------------------------------------------

const next = random(2026);
const older = englishPolicy(next);
const newer = revise(older, next);
const words = older.split(/\s+/).length;
const check = redline(older, newer);
if (check.inserted === 0 || check.deleted === 0) throw new Error('the revision changed nothing');
const diffTimes: number[] = [];
for (let round = 0; round < 15; round++) {
  collectGarbage();
  const start = now();
  redline(older, newer);
  diffTimes.push(elapsedMs(start));
}
process.stdout.write(`  ${words} words per version; ${check.inserted} words inserted, ${check.deleted} deleted\n`);
report('policy_diff_ms', median(diffTimes), 'ms', { kind: 'max', limit: 100 });

// -- PDF ---------------------------------------------------------------------------------------

provideFonts();
const chinese = chinesePolicy(random(50));
const meta = {
  language: 'zh-CN' as const,
  title: '信息安全管理制度',
  kicker: '制度',
  subtitle: '第 3 版',
  meta: [
    ['组织', 'Meridian Health Analytics Ltd'],
    ['批准人', '李伟'],
    ['正文 SHA-256', 'f8a5b8b358691ff5e51aa42af0ceee1ab7969f492cbbc4cda89e9ab3c144a843'],
  ] as const,
  note: 'SHA-256 按批准的 Markdown 正文（UTF-8）计算。',
  footer: '信息安全管理制度 · 第 3 版',
  pageLabel: (page: number, pages: number) => `第 ${page} 页，共 ${pages} 页`,
  author: 'Meridian Health Analytics Ltd',
  createdAt: new Date('2026-06-15T10:00:00Z'),
};
const pdfTimes: number[] = [];
let pages = 0;
for (let round = 0; round < 3; round++) {
  collectGarbage();
  const start = now();
  const pdf = await renderPolicyPdf(meta, chinese);
  pdfTimes.push(elapsedMs(start));
  pages = (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
}
process.stdout.write(`  ${chinese.length} characters, ${pages} pages\n`);
report('policy_pdf_ms', median(pdfTimes), 'ms');
