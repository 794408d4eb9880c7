// The control-framework catalogs the app ships: ISO/IEC 27001:2022 and SOC 2 (TSC 2017), the
// SOC 2 → ISO crosswalk and the privacy-law requirement lists. Everything here is versioned data;
// screens, the backend and the CLI read it through this module instead of keeping their own copies.
// Bump CATALOG_VERSION whenever an id, title, guidance text or mapping changes, so stored workspace
// data can tell which catalog it was recorded against.
import { ANNEX_A_CONTROLS, ISO_CLAUSES, ISO_THEME_TITLES, type AnnexAControl, type IsoClause, type IsoTheme } from './iso27001-2022';
import { SOC2_CRITERIA, SOC2_GROUP_INFO, type Soc2Criterion, type Soc2Group } from './soc2-tsc-2017';
import { PRIVACY_REQUIREMENTS, type PrivacyLaw, type PrivacyRequirement } from './privacy-requirements';
import { FRAMEWORKS, parseIsoRef, type FrameworkId, type IsoRef, type IsoTarget, type LocalizedText } from './types';

export * from './types';
export * from './iso27001-2022';
export * from './soc2-tsc-2017';
export * from './crosswalk';
export * from './privacy-requirements';

/** `<framework>:<edition>` for each catalog, then Custos's own revision of the guidance and mappings. */
export const CATALOG_VERSION = 'iso27001:2022+soc2-tsc:2017r2022+custos.1';

export const FRAMEWORK_TITLES: Readonly<Record<FrameworkId, LocalizedText>> = {
  iso27001: { en: 'ISO/IEC 27001:2022 Annex A', 'zh-CN': 'ISO/IEC 27001:2022 附录A' },
  soc2: { en: 'SOC 2 Trust Services Criteria (2017)', 'zh-CN': 'SOC 2 信任服务准则（2017）' },
};

export function isFramework(value: unknown): value is FrameworkId {
  return typeof value === 'string' && (FRAMEWORKS as readonly string[]).includes(value);
}

/** One control (ISO Annex A) or criterion (SOC 2) in the common shape the screens list. */
export interface FrameworkControl {
  readonly id: string;
  readonly framework: FrameworkId;
  /** ISO: the theme (`organizational` …). SOC 2: the group (`CC1` … `CC9`, `A1`, `C1`, `PI1`, `P`). */
  readonly group: IsoTheme | Soc2Group;
  readonly groupTitle: LocalizedText;
  readonly title: LocalizedText;
  readonly guidance: LocalizedText;
}

function fromIso(control: AnnexAControl): FrameworkControl {
  return Object.freeze({
    id: control.id,
    framework: 'iso27001',
    group: control.theme,
    groupTitle: ISO_THEME_TITLES[control.theme],
    title: control.title,
    guidance: control.guidance,
  });
}

function fromSoc2(criterion: Soc2Criterion): FrameworkControl {
  return Object.freeze({
    id: criterion.id,
    framework: 'soc2',
    group: criterion.group,
    groupTitle: SOC2_GROUP_INFO[criterion.group].title,
    title: criterion.title,
    guidance: criterion.guidance,
  });
}

const CONTROLS: Readonly<Record<FrameworkId, readonly FrameworkControl[]>> = {
  iso27001: Object.freeze(ANNEX_A_CONTROLS.map(fromIso)),
  soc2: Object.freeze(SOC2_CRITERIA.map(fromSoc2)),
};

const BY_ID: Readonly<Record<FrameworkId, ReadonlyMap<string, FrameworkControl>>> = {
  iso27001: new Map(CONTROLS.iso27001.map((control) => [control.id, control])),
  soc2: new Map(CONTROLS.soc2.map((control) => [control.id, control])),
};

/** Every control of a framework, in catalog order. */
export function listControls(framework: FrameworkId): readonly FrameworkControl[] {
  return CONTROLS[framework];
}

/** One control by id. ISO ids may be given with or without the `A.` prefix (`8.13` or `A.8.13`). */
export function getControl(framework: FrameworkId, id: string): FrameworkControl | undefined {
  const key = framework === 'iso27001' && id.startsWith('A.') ? id.slice(2) : id;
  return BY_ID[framework].get(key);
}

const CLAUSES_BY_ID: ReadonlyMap<string, IsoClause> = new Map(ISO_CLAUSES.map((clause) => [clause.id, clause]));

/** An ISO 27001 clause (4 … 10.2) by id. */
export function getIsoClause(id: string): IsoClause | undefined {
  return CLAUSES_BY_ID.get(id);
}

/** The clause or Annex A control an ISO reference points to, with its title; undefined if none. */
export function resolveIsoRef(ref: IsoRef): { target: IsoTarget; title: LocalizedText } | undefined {
  const target = parseIsoRef(ref);
  if (!target) return undefined;
  const title = target.kind === 'annex-a' ? getControl('iso27001', target.id)?.title : getIsoClause(target.id)?.heading;
  return title ? { target, title } : undefined;
}

/** The tracked requirements of one privacy law, or of all of them. */
export function listPrivacyRequirements(law?: PrivacyLaw): readonly PrivacyRequirement[] {
  return law ? PRIVACY_REQUIREMENTS.filter((requirement) => requirement.law === law) : PRIVACY_REQUIREMENTS;
}

