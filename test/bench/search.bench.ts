// Command-palette search over a large workspace: 100,000 indexed records of mixed types (English,
// Chinese and mixed text) in a SQLCipher database migrated like a real workspace, then 200 queries
// mixing English words, prefixes and Chinese words of one to four characters, each through the same
// function the search.query procedure calls (catalog controls included).
import { join } from 'node:path';
import { indexRecord } from '../../electron/backend/search/search-index';
import { searchWorkspace } from '../../electron/backend/search/search-queries';
import { migrate } from '../../electron/backend/workspace/migrations/migrate';
import { assertEncryption, openBenchDatabase, randomKey } from './bench-database';
import { collectGarbage, elapsedMs, median, now, percentile, report, scratchDirectory } from './bench-support';

const RECORDS = 100_000;
const QUERIES = 200;
const ROUNDS = 3;
const PER_TRANSACTION = 2_000;

const ENGLISH = `access account acknowledgement administrator agreement alert analytics annual approval archive asset audit
  authentication authorisation availability awareness backup baseline biometric breach budget business capacity certificate
  change classification cloud compliance confidentiality configuration consent continuity contract control cookie corrective
  credential customer data deletion department deployment device disclosure disposal document domain employee encryption
  endpoint erasure escalation evidence exception firewall forensic governance hardware health identity incident information
  integrity inventory invoice laptop legal licence logging malware management marketing minimisation mobile monitoring network
  newsletter objective onboarding operations outsourcing password patch payroll penetration personnel phishing physical policy
  portal privacy procedure processing processor protection quarterly ransomware recertification record recovery recruitment
  register remote report request residual restore retention review risk role salary schedule screening security segregation
  server service software storage subject supplier support system testing threat training transfer vendor vulnerability warehouse`
  .split(/\s+/)
  .filter(Boolean);

const CHINESE = `访问 账户 管理员 协议 告警 分析 年度 审批 归档 资产 审核 鉴别 授权 可用性 意识 备份 基线 生物识别 泄露 预算 业务 容量 证书
  变更 分类 云服务 合规 保密性 配置 同意 连续性 合同 控制 纠正措施 凭据 客户 数据 删除 部门 部署 设备 披露 处置 文件 员工 加密 终端
  擦除 升级 证据 例外 防火墙 取证 治理 硬件 健康 身份 事件 信息 完整性 清单 发票 笔记本 法律 许可 日志 恶意软件 管理 营销 最小化
  移动 监控 网络 目标 入职 运营 外包 口令 补丁 薪资 渗透测试 人员 钓鱼 物理 策略 门户 隐私 程序 处理 处理者 保护 季度 勒索软件
  重新认证 记录 恢复 招聘 登记 远程 报告 请求 剩余风险 恢复测试 保留 评审 风险 角色 工资 计划 筛选 安全 职责分离 服务器 服务 软件
  存储 数据主体 供应商 支持 系统 测试 威胁 培训 传输 漏洞 仓库`
  .split(/\s+/)
  .filter(Boolean);

const ENTITY_TYPES = ['risk', 'control', 'evidence_file', 'policy', 'incident', 'training_completion', 'request', 'processing_activity', 'vendor', 'internal_audit'];

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

const next = random(20250615);
const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;

/** 60 % English, 25 % Chinese, 15 % both, as a bilingual organisation's records would be. */
function text(words: number): string {
  const roll = next();
  const parts: string[] = [];
  for (let i = 0; i < words; i++) {
    const chinese = roll < 0.6 ? false : roll < 0.85 ? true : next() < 0.5;
    parts.push(chinese ? pick(CHINESE) : pick(ENGLISH));
  }
  // Chinese is written without spaces between words.
  return parts.reduce((all, word, i) => (i > 0 && /\p{Script=Han}/u.test(word) && /\p{Script=Han}$/u.test(all) ? all + word : `${all} ${word}`), '').trim();
}

function queries(): string[] {
  const list: string[] = [];
  const q = random(7);
  const choose = <T>(items: readonly T[]): T => items[Math.floor(q() * items.length)]!;
  for (let i = 0; i < QUERIES; i++) {
    const roll = q();
    if (roll < 0.35) list.push(choose(ENGLISH));
    else if (roll < 0.5) list.push(choose(ENGLISH).slice(0, 3 + Math.floor(q() * 3)));
    else if (roll < 0.6) list.push(`${choose(ENGLISH)} ${choose(ENGLISH)}`);
    else if (roll < 0.85) list.push(choose(CHINESE));
    else if (roll < 0.92) list.push(Array.from(choose(CHINESE))[0]!);
    else list.push(`${choose(CHINESE)}${choose(CHINESE)}`);
  }
  return list;
}

const dir = scratchDirectory('search');
const file = join(dir, 'search.db');
const db = openBenchDatabase(file, { key: randomKey() });
migrate(db, dir, file, new Date());

const buildStart = now();
const fill = db.transaction((from: number) => {
  for (let i = from; i < Math.min(RECORDS, from + PER_TRANSACTION); i++) {
    indexRecord(db, { entityType: ENTITY_TYPES[i % ENTITY_TYPES.length]!, entityId: `record-${i}`, title: text(3 + Math.floor(next() * 5)), body: text(15 + Math.floor(next() * 45)) });
  }
});
for (let from = 0; from < RECORDS; from += PER_TRANSACTION) fill.immediate(from);
const buildMs = elapsedMs(buildStart);
if ((db.prepare('SELECT count(*) FROM search_documents').pluck().get() as number) !== RECORDS) throw new Error('records missing');

const workload = queries();
// Warm the page cache as a session that has been open for a while would have it.
for (const query of workload.slice(0, 20)) searchWorkspace(db, query, 20, 'en');

const times: number[] = [];
let hits = 0;
for (let round = 0; round < ROUNDS; round++) {
  collectGarbage();
  for (const query of workload) {
    const start = now();
    hits += searchWorkspace(db, query, 20, round % 2 === 0 ? 'en' : 'zh-CN').length;
    times.push(elapsedMs(start));
  }
}
if (hits === 0) throw new Error('no query found anything');
db.close();
assertEncryption(file, true);

report('search_p95_ms', percentile(times, 95), 'ms', { kind: 'max', limit: 30 });
report('search_median_ms', median(times), 'ms');
report('search_index_build_ms', buildMs, 'ms');
