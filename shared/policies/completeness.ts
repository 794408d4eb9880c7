// Privacy-notice completeness: what each law requires a notice to say (GDPR Art 13/14, the CCPA
// privacy policy and notice at collection, PIPL Art 17 with Arts 23, 24, 30 and 39), and a check of
// a Markdown notice against that list.
//
// Detection works on the text alone, so it serves both the filled templates and notices written by
// hand. The Markdown is split into headings (ATX `#` headings, setext headings and lines that are
// only bold text) and paragraphs. A requirement is covered when a heading matches one of its heading
// patterns or, failing that, a paragraph matches one of its text patterns; patterns exist in English
// and Chinese and both sets are tried, the notice's language first. The shipped templates give
// every requirement its own section whose heading matches, and keep each requirement's key phrases
// out of the other sections, so deleting a section makes exactly that requirement missing.
import type { NoticeStandard, TemplateLanguage } from './template-catalog';

export interface NoticeRequirement {
  /** Stable id, e.g. `gdpr-13-1-a`, `ccpa-pp-sources`, `pipl-17-1-1`. */
  readonly id: string;
  readonly standard: NoticeStandard;
  /** `policyTemplates:requirement.<id>.reference`: the citation, e.g. `GDPR Art. 13(1)(a)`. */
  readonly referenceKey: string;
  /** `policyTemplates:requirement.<id>.label`: what the notice must say, in a few words. */
  readonly labelKey: string;
  /** `policyTemplates:requirement.<id>.hint`: how to satisfy it. */
  readonly hintKey: string;
  /** True when the law asks for it only in some cases (Art 14 items, a DPO where appointed …). */
  readonly conditional: boolean;
}

export interface CompletenessMatch {
  kind: 'heading' | 'text';
  /** The heading text, or up to about 160 characters of the paragraph around the match. */
  excerpt: string;
  /** 1-based line of the heading or of the paragraph's first line. */
  line: number;
}

export interface CompletenessItem {
  requirement: NoticeRequirement;
  covered: boolean;
  /** What satisfied the requirement; null when it is not covered. */
  match: CompletenessMatch | null;
}

export interface CompletenessReport {
  standard: NoticeStandard;
  items: CompletenessItem[];
  covered: number;
  total: number;
}

interface Patterns {
  heading: RegExp[];
  text: RegExp[];
}

interface RequirementSpec {
  id: string;
  conditional?: boolean;
  en: Patterns;
  zh: Patterns;
}

// ---------------------------------------------------------------------------------------------
// The requirement lists with their detection patterns

const GDPR: RequirementSpec[] = [
  {
    id: 'gdpr-13-1-a',
    en: { heading: [/\b(who we are|about us|contact us|how to contact us|the controller|data controller|identity)\b/i], text: [/\b(is|are|acts as) the (data )?controller\b/i, /\bcontroller (of|for|responsible for) (your|the|this)\b/i] },
    zh: { heading: [/我们是谁|关于我们|联系我们|控制者/], text: [/是(您)?(的)?个人数据(的)?控制者|(数据)?控制者(是|为)/] },
  },
  {
    id: 'gdpr-13-1-b',
    conditional: true,
    en: { heading: [/data protection officer|\bDPO\b/i], text: [/data protection officer/i] },
    zh: { heading: [/数据保护官|\bDPO\b/], text: [/数据保护官/] },
  },
  {
    id: 'gdpr-13-1-c',
    en: { heading: [/\bpurposes?\b|why we (process|use|collect)|how we use|\b(legal|lawful) bas[ie]s\b/i], text: [/\b(legal|lawful) bas(is|es)\b/i] },
    zh: { heading: [/目的|法律依据|合法(性)?(基础|依据)/], text: [/法律依据|合法性基础|合法依据/] },
  },
  {
    id: 'gdpr-13-1-d',
    en: { heading: [/legitimate interests?/i], text: [/\b(our|the) legitimate interests? (we pursue|pursued|are|is|include)\b/i, /\blegitimate interests? (pursued|we pursue)\b/i, /do not rely on legitimate interests/i] },
    zh: { heading: [/正当利益|合法利益/], text: [/(追求|寻求)的正当利益|正当利益(包括|如下|是|为)|不以正当利益为依据/] },
  },
  {
    id: 'gdpr-13-1-e',
    en: {
      heading: [/recipients?|who (receives|we share|gets)|\bsharing\b|\bshare\b|disclos/i],
      text: [/categories of recipients/i, /\b(share|disclose|provide)s? (your |the )?(personal )?(data|information) (with|to)\b/i, /\brecipients of (your |the )?(personal )?data\b/i],
    },
    zh: { heading: [/接收者|接收方|共享|披露|提供给/], text: [/接收者(或接收者类别)?(包括|如下)|(共享|披露|提供)给(以下|下列)/] },
  },
  {
    id: 'gdpr-13-1-f',
    en: { heading: [/transfers?|international|outside the (EEA|EU|European)|third countr/i], text: [/third countr(y|ies)|outside the (EEA|European Economic Area|EU|European Union)|standard contractual clauses|adequacy decision/i] },
    zh: { heading: [/传输|第三国|欧洲经济区以外|跨境|境外/], text: [/第三国|欧洲经济区以外|标准合同条款|充分性认定/] },
  },
  {
    id: 'gdpr-13-2-a',
    en: {
      heading: [/retention|how long|\bkeep\b|storage period/i],
      text: [/\b(retain|keep|store) (your |the )?(personal )?(data|information) (for|as long|until|no longer)\b/i, /retention period|how long we (keep|retain)/i],
    },
    zh: { heading: [/保存期限|保留期限|存储期限|保存多久|保存多长时间/], text: [/保存期限|保留期限|存储期限/] },
  },
  {
    id: 'gdpr-13-2-b',
    en: { heading: [/^(?!.*(withdraw|complain|consent)).*\b(your|data subject|individual)('s)? rights\b/i, /^rights\b/i, /your choices/i], text: [/\bright (of|to) (access|rectification|erasure|restrict|object|data portability)|right to be forgotten/i] },
    zh: { heading: [/^(?!.*(撤回|投诉)).*权利/], text: [/访问权|更正权|删除权|限制处理权|可携(带)?权|反对权|被遗忘权/] },
  },
  {
    id: 'gdpr-13-2-c',
    conditional: true,
    en: { heading: [/withdraw|\bconsent\b/i], text: [/withdraw (your )?consent|consent at any time/i] },
    zh: { heading: [/撤回/], text: [/撤回(您的)?同意/] },
  },
  {
    id: 'gdpr-13-2-d',
    en: { heading: [/complain|supervisory authorit/i], text: [/lodge a complaint|supervisory authority|data protection authority/i] },
    zh: { heading: [/投诉|监管机构|监督机构/], text: [/投诉|监管机构|监督机构/] },
  },
  {
    id: 'gdpr-13-2-e',
    en: {
      heading: [/(must|obliged|required|need|have) to (provide|give)|statutory or contractual|mandatory|if you do not provide/i],
      text: [/statutory or contractual requirement|\b(required|obliged) to provide\b|if you do not provide|failure to provide|not obliged to provide/i],
    },
    zh: { heading: [/(必须|是否|有义务).{0,6}提供|法定或合同|不提供/], text: [/法定或合同(要求|约定)|(必须|有义务)提供|不提供.{0,12}(后果|将|可能)/] },
  },
  {
    id: 'gdpr-13-2-f',
    en: { heading: [/automated|profiling/i], text: [/automated decision|solely (on|by) automated|\bprofiling\b/i] },
    zh: { heading: [/自动化决策|画像/], text: [/自动化决策|画像/] },
  },
  {
    id: 'gdpr-14-1-d',
    conditional: true,
    en: {
      heading: [/^(the |what )?(categories|types|kinds) of (personal )?(data|information)\b/i, /\bpersonal (data|information) we (collect|process|hold|use|obtain)\b/i, /^(the )?(data|information) we collect/i, /^what (personal )?(data|information)/i],
      text: [/\bwe (collect|process|hold) the following (categories|types|kinds|personal)\b/i],
    },
    zh: { heading: [/个人数据(的)?(类别|种类|类型)|收集(哪些|的)个人数据|处理的个人数据/], text: [/(以下|下列)(类别|种类)的个人数据/] },
  },
  {
    id: 'gdpr-14-2-f',
    conditional: true,
    en: {
      heading: [/\bsources?\b|where we (get|obtain|collect)|how we (get|obtain)/i],
      text: [/\b(obtain|receive|collect)(ed)? .{0,40}\bfrom (third part|publicly (available|accessible)|public sources|other sources)/i, /\bsources? of (the |your )?(personal )?(data|information)\b/i],
    },
    zh: { heading: [/来源/], text: [/(从|自)(第三方|公开(渠道|来源)|其他来源)(获取|获得|收集)|数据来源/] },
  },
];

const CCPA_PRIVACY_POLICY: RequirementSpec[] = [
  {
    id: 'ccpa-pp-categories',
    en: {
      heading: [/^(categories of )?personal information (we|that we) (collect|have collected)|^information we collect|^what (personal )?information/i],
      text: [/\bin the (past|preceding|last) (12|twelve) months,? we (have )?collected\b/i, /\b(categories of )?personal information (we|that we) have collected\b/i],
    },
    zh: { heading: [/(收集|处理)的个人信息(类别|种类)?$|^个人信息(的)?(类别|种类)/], text: [/(过去|前)\s?12\s?个月(内)?(，)?(我们)?收集(了)?/] },
  },
  {
    id: 'ccpa-pp-sources',
    en: { heading: [/\bsources?\b/i], text: [/categories of sources|\bwe (collect|obtain|receive) (personal information|it|this information) (directly )?from\b/i] },
    zh: { heading: [/来源/], text: [/个人信息(的)?来源(类别)?(包括|如下)|来源类别/] },
  },
  {
    id: 'ccpa-pp-purposes',
    en: {
      heading: [/^(?!.*disclos).*(\bpurposes?\b|why we (use|collect)|how we use)/i],
      text: [/\b(business|commercial) purposes? for (which )?(we )?(collect|collecting|using|use)\b/i, /\bwe use (personal information|it|this information) (to|for)\b/i],
    },
    zh: { heading: [/^(?!.*披露).*(目的|如何使用)/], text: [/(商业|业务)目的(如下|包括)|我们(将|会)?(为|出于)(以下|下列)(商业)?目的(收集和)?使用/] },
  },
  {
    id: 'ccpa-pp-disclosed',
    en: { heading: [/disclos/i], text: [/disclosed? .{0,60}\bfor a business purpose\b/i] },
    zh: { heading: [/披露/], text: [/(为|出于)(商业|业务)目的(而)?披露/] },
  },
  {
    id: 'ccpa-pp-sold-shared',
    en: { heading: [/\b(sale|sell|selling|sold)\b|\bsharing\b|\bshare\b/i], text: [/\b(sell|share) (any )?(your )?personal information\b/i, /\bsold or shared (any )?personal information\b/i] },
    zh: { heading: [/出售|共享/], text: [/出售或共享(任何)?(您的)?个人信息/] },
  },
  {
    id: 'ccpa-pp-minors',
    en: { heading: [/(under|younger than) (16|sixteen)|\bminors?\b|children/i], text: [/\b(under|younger than) (16|sixteen)\b/i] },
    zh: { heading: [/未满\s?16|16\s?周岁|未成年/], text: [/未满\s?16\s?周岁/] },
  },
  {
    id: 'ccpa-pp-sensitive',
    en: { heading: [/sensitive/i], text: [/\b(use|uses|disclose|process) (and disclose )?sensitive personal information (only|for|beyond)\b/i] },
    zh: { heading: [/敏感个人信息/], text: [/(使用|处理|收集)(和披露)?敏感个人信息(仅|只)|(为|出于).{0,30}(允许|规定)的目的使用(和披露)?敏感个人信息|(使用|披露)敏感个人信息/] },
  },
  {
    id: 'ccpa-pp-rights',
    en: { heading: [/^(?!.*exercis).*\brights\b/i], text: [/\bright to (know|delete|deletion|correct|opt[- ]out|limit)\b|right to non-?discrimination/i] },
    zh: { heading: [/^(?!.*行使).*权利/], text: [/知情权|删除权|更正权|不受歧视/] },
  },
  {
    id: 'ccpa-pp-methods',
    en: { heading: [/exercis|submit|make a request|how to request/i], text: [/\b(submit|make|send) (a |your )?request (by|through|via|using)\b|toll-free/i] },
    zh: { heading: [/行使|提交请求|如何提出/], text: [/(提交|提出)(请求|申请)的方式|免费电话|通过(以下|下列).{0,6}渠道(提交|提出)(请求|申请)/] },
  },
  {
    id: 'ccpa-pp-verification',
    en: { heading: [/verif/i], text: [/\bverify (your|the requestor's|the consumer's) identity\b|\bverification\b/i] },
    zh: { heading: [/验证|核验/], text: [/验证(您的)?身份|身份验证|核验/] },
  },
  {
    id: 'ccpa-pp-agents',
    en: { heading: [/\bagents?\b/i], text: [/authori[sz]ed agent/i] },
    zh: { heading: [/代理人/], text: [/授权代理人/] },
  },
  {
    id: 'ccpa-pp-signals',
    en: { heading: [/preference signal|global privacy control|do not track/i], text: [/opt-out preference signal|global privacy control/i] },
    zh: { heading: [/偏好信号|全球隐私控制/], text: [/选择退出偏好信号|全球隐私控制/] },
  },
  {
    id: 'ccpa-pp-contact',
    en: { heading: [/\bcontact\b/i], text: [/\bquestions (about|regarding) (this|our) (privacy )?(policy|notice|practices)\b|\bcontact us (at|by)\b/i] },
    zh: { heading: [/联系/], text: [/(对|就)本(隐私)?政策.{0,20}(疑问|问题)/] },
  },
  {
    id: 'ccpa-pp-updated',
    en: { heading: [/last (updated|revised|modified)|effective date/i], text: [/\blast (updated|revised|modified)\b|\beffective (date|as of)\b/i] },
    zh: { heading: [/更新日期|最近更新/], text: [/(最近|最后)更新(日期|于)|更新日期/] },
  },
];

const CCPA_NOTICE_AT_COLLECTION: RequirementSpec[] = [
  {
    id: 'ccpa-nc-categories',
    en: { heading: [/personal information (we|that we) collect|categories of personal information|^information we collect/i], text: [/\bwe collect the following categories\b/i] },
    zh: { heading: [/(收集|处理)的个人信息(类别|种类)?$|^个人信息(的)?(类别|种类)/], text: [/我们(将|会)?收集(以下|下列)(类别|种类)/] },
  },
  {
    id: 'ccpa-nc-purposes',
    en: { heading: [/\bpurposes?\b|why we (collect|use)|how we use/i], text: [/\bfor the following (business or commercial )?purposes\b/i, /\bwe use (it|personal information|this information) (to|for)\b/i] },
    zh: { heading: [/目的/], text: [/(为|出于)(以下|下列)(商业)?目的/] },
  },
  {
    id: 'ccpa-nc-sold-shared',
    en: { heading: [/\b(sale|sell|sold)\b|\bsharing\b|\bshare\b/i], text: [/\b(sell|share) (any )?(your )?personal information\b/i, /\bsold or shared (any )?personal information\b/i] },
    zh: { heading: [/出售|共享/], text: [/出售或共享(任何)?(您的)?个人信息/] },
  },
  {
    id: 'ccpa-nc-retention',
    en: { heading: [/retention|how long|\bkeep\b/i], text: [/retention period|\b(keep|retain) (each category of )?(your )?personal information (for|until|as long)\b/i] },
    zh: { heading: [/保存期限|保留期限|保存多久/], text: [/保存期限|保留期限/] },
  },
  {
    id: 'ccpa-nc-privacy-policy',
    en: { heading: [/privacy policy|more information|learn more/i], text: [/\b(our|full|complete) privacy policy\b/i] },
    zh: { heading: [/隐私政策|更多信息|了解更多/], text: [/隐私政策/] },
  },
];

const PIPL: RequirementSpec[] = [
  {
    id: 'pipl-17-1-1',
    en: { heading: [/who we are|about us|contact us|how to contact|identity/i], text: [/\bis the personal information (handler|processor)\b/i] },
    zh: { heading: [/我们是谁|关于我们|联系我们|处理者(的)?(名称|身份|基本情况)/], text: [/(是|为)[^，。；,.;]{0,20}个人信息处理者|个人信息处理者(为|是)/] },
  },
  {
    id: 'pipl-17-1-2-purposes',
    en: { heading: [/\bpurposes?\b|methods of processing|how we (use|process)/i], text: [/\bprocess (your )?personal information for the following purposes\b|\bpurposes and methods of (the )?processing\b/i] },
    zh: { heading: [/目的|处理方式|如何使用/], text: [/(为|出于)(以下|下列)目的(处理|使用)|处理目的(和|及|与)处理方式(如下|包括)/] },
  },
  {
    id: 'pipl-17-1-2-categories',
    en: {
      heading: [/(categories|types|kinds) of personal information|personal information we (collect|process)|^information we collect/i],
      text: [/\bwe (collect|process) the following (categories|types|kinds)\b/i],
    },
    zh: { heading: [/个人信息(的)?(种类|类别|类型)|收集(哪些|的)(个人)?信息/], text: [/(处理|收集)(以下|下列)(种类|类别)的个人信息|个人信息(种类|类别)(包括|如下)/] },
  },
  {
    id: 'pipl-17-1-2-retention',
    en: { heading: [/retention|how long|storage period/i], text: [/retention period|\bretain (your )?personal information for\b|storage period/i] },
    zh: { heading: [/保存期限|存储期限|保留期限|保存多久/], text: [/保存期限|存储期限|保留期限/] },
  },
  {
    id: 'pipl-17-1-3',
    en: { heading: [/^(?!.*(sensitive|automated)).*\brights\b/i], text: [/\b(consult|access) and cop(y|ies)\b|\bexercise (your|these|the above) rights\b/i] },
    zh: { heading: [/^(?!.*(敏感|自动化)).*权利/], text: [/查阅、?复制|行使.{0,6}权利/] },
  },
  {
    id: 'pipl-23',
    conditional: true,
    en: {
      heading: [/provi(sion|de|ding).{0,40}(other|third)|\bsharing\b|other personal information (handlers|processors)|third part/i],
      text: [/\bprovide (your )?personal information to (other|another|third)\b|\bother personal information (handlers|processors)\b/i],
    },
    zh: { heading: [/(向|与)(其他|第三方).{0,10}(提供|共享)|共享|委托处理|对外提供/], text: [/向其他个人信息处理者提供|共享(您的)?个人信息/] },
  },
  {
    id: 'pipl-24',
    conditional: true,
    en: { heading: [/automated/i], text: [/automated decision/i] },
    zh: { heading: [/自动化决策/], text: [/自动化决策/] },
  },
  {
    id: 'pipl-30',
    conditional: true,
    en: { heading: [/sensitive/i], text: [/sensitive personal information.{0,60}\b(necessity|necessary|impact)\b/i] },
    zh: { heading: [/敏感个人信息/], text: [/敏感个人信息.{0,30}(必要性|影响)/] },
  },
  {
    id: 'pipl-39',
    conditional: true,
    en: { heading: [/outside (the People's Republic of |mainland )?China|cross-border|overseas|abroad/i], text: [/outside (the People's Republic of |mainland )?China|overseas recipient|cross-border/i] },
    zh: { heading: [/境外|出境|跨境/], text: [/境外|出境/] },
  },
];

const SPECS: Readonly<Record<NoticeStandard, RequirementSpec[]>> = {
  gdpr: GDPR,
  ccpa_privacy_policy: CCPA_PRIVACY_POLICY,
  ccpa_notice_at_collection: CCPA_NOTICE_AT_COLLECTION,
  pipl: PIPL,
};

function toRequirement(standard: NoticeStandard, spec: RequirementSpec): NoticeRequirement {
  return Object.freeze({
    id: spec.id,
    standard,
    referenceKey: `policyTemplates:requirement.${spec.id}.reference`,
    labelKey: `policyTemplates:requirement.${spec.id}.label`,
    hintKey: `policyTemplates:requirement.${spec.id}.hint`,
    conditional: spec.conditional ?? false,
  });
}

/** What each notice standard requires, in the order a notice usually presents it. */
export const NOTICE_REQUIREMENTS: Readonly<Record<NoticeStandard, readonly NoticeRequirement[]>> = Object.freeze({
  gdpr: Object.freeze(GDPR.map((spec) => toRequirement('gdpr', spec))),
  ccpa_privacy_policy: Object.freeze(CCPA_PRIVACY_POLICY.map((spec) => toRequirement('ccpa_privacy_policy', spec))),
  ccpa_notice_at_collection: Object.freeze(CCPA_NOTICE_AT_COLLECTION.map((spec) => toRequirement('ccpa_notice_at_collection', spec))),
  pipl: Object.freeze(PIPL.map((spec) => toRequirement('pipl', spec))),
});

const REQUIREMENTS_BY_ID: ReadonlyMap<string, NoticeRequirement> = new Map(Object.values(NOTICE_REQUIREMENTS).flatMap((list) => list.map((requirement) => [requirement.id, requirement] as const)));

/** One requirement by id, from any standard; undefined when there is none. */
export function getNoticeRequirement(id: string): NoticeRequirement | undefined {
  return REQUIREMENTS_BY_ID.get(id);
}

// ---------------------------------------------------------------------------------------------
// Reading a Markdown notice

/** A heading or a paragraph of a Markdown document, with inline Markdown removed. */
export interface MarkdownBlock {
  kind: 'heading' | 'text';
  text: string;
  /** 1-based line of the heading or of the paragraph's first line. */
  line: number;
}

/** Removes inline Markdown (escapes, emphasis, code marks, link targets) so patterns see the words. */
function plain(text: string): string {
  return text
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\\(.)/g, '$1')
    .replace(/[*_`]+/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Splits Markdown into headings and paragraphs (table rows and list items count as paragraph lines). */
export function splitMarkdownBlocks(markdown: string): MarkdownBlock[] {
  const lines = markdown.replace(/\r\n?/g, '\n').split('\n');
  const blocks: MarkdownBlock[] = [];
  let paragraph: string[] = [];
  let start = 0;
  let fenced = false;
  const flush = () => {
    if (paragraph.length) blocks.push({ kind: 'text', text: plain(paragraph.join(' ')), line: start + 1 });
    paragraph = [];
  };
  lines.forEach((line, index) => {
    if (/^\s{0,3}(```|~~~)/.test(line)) {
      fenced = !fenced;
      return;
    }
    if (fenced) return;
    const atx = /^\s{0,3}#{1,6}\s+(.*?)(\s+#+)?\s*$/.exec(line);
    const bold = /^\s*(\*\*|__)([^*_]+?)\1\s*[:：]?\s*$/.exec(line);
    const next = lines[index + 1] ?? '';
    const setext = line.trim() !== '' && !line.includes('|') && paragraph.length === 0 && /^\s{0,3}(=+|-+)\s*$/.test(next);
    if (atx || bold || setext) {
      flush();
      blocks.push({ kind: 'heading', text: plain(atx ? (atx[1] ?? '') : bold ? (bold[2] ?? '') : line), line: index + 1 });
      return;
    }
    if (/^\s{0,3}(=+|-+)\s*$/.test(line) && blocks.at(-1)?.line === index) return;
    if (line.trim() === '') {
      flush();
      return;
    }
    if (!paragraph.length) start = index;
    paragraph.push(line.replace(/^\s*([-+*]|\d+[.)])\s+/, ''));
  });
  flush();
  return blocks;
}

function excerptAround(text: string, index: number, length: number): string {
  if (text.length <= 160) return text;
  const from = Math.max(0, index - 60);
  const to = Math.min(text.length, index + length + 80);
  return `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`;
}

function findMatch(blocks: MarkdownBlock[], spec: RequirementSpec, language: TemplateLanguage): CompletenessMatch | null {
  const sets = language === 'zh-CN' ? [spec.zh, spec.en] : [spec.en, spec.zh];
  for (const patterns of sets) {
    for (const block of blocks) {
      if (block.kind === 'heading' && patterns.heading.some((pattern) => pattern.test(block.text))) return { kind: 'heading', excerpt: block.text, line: block.line };
    }
  }
  for (const patterns of sets) {
    for (const block of blocks) {
      if (block.kind !== 'text') continue;
      for (const pattern of patterns.text) {
        const found = pattern.exec(block.text);
        if (found) return { kind: 'text', excerpt: excerptAround(block.text, found.index, found[0].length), line: block.line };
      }
    }
  }
  return null;
}

/**
 * Checks a Markdown notice against the requirements of one standard. Every requirement is listed,
 * in NOTICE_REQUIREMENTS order, with the heading or sentence that covers it.
 */
export function checkCompleteness(standard: NoticeStandard, markdown: string, language: TemplateLanguage): CompletenessReport {
  const blocks = splitMarkdownBlocks(markdown);
  const specs = SPECS[standard];
  const items = specs.map((spec, index): CompletenessItem => {
    const match = findMatch(blocks, spec, language);
    return { requirement: NOTICE_REQUIREMENTS[standard][index]!, covered: match !== null, match };
  });
  return { standard, items, covered: items.filter((item) => item.covered).length, total: items.length };
}
