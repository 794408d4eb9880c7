// The in-app router: a route is a page and its parameters, kept in the session store. Links the
// backend hands out (`{ screen, params }` on agenda items and search hits) are parsed into routes
// here, so a link to a page or parameter this version does not know is dropped instead of followed.
import type { Framework } from '../../../shared/contract';

/** Every page of the main layout and the parameters it accepts. */
export interface PageParams {
  dashboard: Record<never, never>;
  overview: Record<never, never>;
  controls: { framework?: Framework; controlId?: string };
  soa: Record<never, never>;
  evidence: { fileId?: string };
  risks: { id?: string };
  inventory: { tab?: InventoryTab; id?: string };
  policies: { id?: string; versionId?: string };
  requests: { tab?: 'complaints' | 'calendars'; id?: string };
  training: { tab?: TrainingTab; id?: string };
  incidents: { tab?: 'register'; id?: string };
  backups: { tab?: BackupsTab; id?: string };
  runbooks: { tab?: RunbooksTab; id?: string };
  packs: Record<never, never>;
  scope: Record<never, never>;
  objectives: { id?: string };
  audits: { id?: string; actionId?: string };
  reviews: { id?: string };
  organisation: Record<never, never>;
  audit: Record<never, never>;
  settings: Record<never, never>;
}

export type Page = keyof PageParams;

export type Route = { [P in Page]: { page: P; params: PageParams[P] } }[Page];

/** A route to `page`; a page without parameters may be given by name alone. */
export function route<P extends Page>(page: P, params?: PageParams[P]): Route {
  return { page, params: params ?? {} } as Route;
}

export const HOME: Route = { page: 'dashboard', params: {} };

/** The training screen's tabs. */
export const TRAINING_TABS = ['people', 'courses', 'overdue', 'reports'] as const;
export type TrainingTab = (typeof TRAINING_TABS)[number];

/** The backups screen's tabs. */
export const BACKUPS_TABS = ['jobs', 'restoreTests', 'checks'] as const;
export type BackupsTab = (typeof BACKUPS_TABS)[number];

/** The runbooks screen's tabs. */
export const RUNBOOKS_TABS = ['runbooks', 'drills'] as const;
export type RunbooksTab = (typeof RUNBOOKS_TABS)[number];

/** The four ISMS pages share one screen with a tab each. */
export const ISMS_PAGES = ['scope', 'objectives', 'audits', 'reviews'] as const satisfies readonly Page[];
export type IsmsPage = (typeof ISMS_PAGES)[number];

export function isIsmsPage(page: Page): page is IsmsPage {
  return (ISMS_PAGES as readonly Page[]).includes(page);
}

/** The data inventory's tabs, in display order. */
export const INVENTORY_TABS = ['activities', 'systems', 'dataCategories', 'subjectCategories', 'vendors', 'transfers', 'assessments', 'findings', 'map'] as const;
export type InventoryTab = (typeof INVENTORY_TABS)[number];

function inventoryTab(value: string | undefined): InventoryTab | undefined {
  return (INVENTORY_TABS as readonly (string | undefined)[]).includes(value) ? (value as InventoryTab) : undefined;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CONTROL_ID = /^(A\.[5-8]\.\d{1,2}|(CC|A|C|PI|P)\d\.\d)$/;

function id(value: string | undefined): string | undefined {
  return value !== undefined && UUID.test(value) ? value : undefined;
}

function framework(value: string | undefined): Framework | undefined {
  return value === 'iso27001' || value === 'soc2' ? value : undefined;
}

/** Keeps only the keys whose value is defined (a link's unknown or malformed params are dropped). */
function defined<T extends Record<string, string | undefined>>(params: T): T {
  return Object.fromEntries(Object.entries(params).filter(([, value]) => value !== undefined)) as T;
}

const PARSERS: { [P in Page]: (params: Record<string, string>) => PageParams[P] } = {
  dashboard: () => ({}),
  overview: () => ({}),
  controls: (p) => {
    const fw = framework(p.framework);
    const controlId = fw && p.controlId && CONTROL_ID.test(p.controlId) ? p.controlId : undefined;
    return defined({ framework: fw, controlId });
  },
  soa: () => ({}),
  evidence: (p) => defined({ fileId: id(p.fileId) }),
  risks: (p) => defined({ id: id(p.id) }),
  inventory: (p) => {
    const tab = inventoryTab(p.tab);
    return defined({ tab, id: tab ? id(p.id) : undefined });
  },
  requests: (p) => defined({ tab: p.tab === 'complaints' || p.tab === 'calendars' ? p.tab : undefined, id: id(p.id) }),
  training: (p) => defined({ tab: (TRAINING_TABS as readonly unknown[]).includes(p.tab) ? (p.tab as TrainingTab) : undefined, id: id(p.id) }),
  incidents: (p) => defined({ tab: p.tab === 'register' ? p.tab : undefined, id: id(p.id) }),
  backups: (p) => defined({ tab: (BACKUPS_TABS as readonly unknown[]).includes(p.tab) ? (p.tab as BackupsTab) : undefined, id: id(p.id) }),
  runbooks: (p) => defined({ tab: (RUNBOOKS_TABS as readonly unknown[]).includes(p.tab) ? (p.tab as RunbooksTab) : undefined, id: id(p.id) }),
  packs: () => ({}),
  policies: (p) => {
    const policyId = id(p.id);
    return defined({ id: policyId, versionId: policyId ? id(p.versionId) : undefined });
  },
  scope: () => ({}),
  objectives: (p) => defined({ id: id(p.id) }),
  audits: (p) => {
    const auditId = id(p.id);
    return defined({ id: auditId, actionId: auditId ? id(p.actionId) : undefined });
  },
  reviews: (p) => defined({ id: id(p.id) }),
  organisation: () => ({}),
  audit: () => ({}),
  settings: () => ({}),
};

export function isPage(value: unknown): value is Page {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(PARSERS, value);
}

/** A link from the backend as a route, or null when it names no page of this app. */
export function routeFromLink(link: { screen: string; params?: Record<string, string> }): Route | null {
  if (!isPage(link.screen)) return null;
  const params = PARSERS[link.screen](link.params ?? {});
  return { page: link.screen, params } as Route;
}

/** Whether two routes show the same thing (for marking the current navigation entry, and in tests). */
export function sameRoute(a: Route, b: Route): boolean {
  if (a.page !== b.page) return false;
  const pa = a.params as Record<string, string | undefined>;
  const pb = b.params as Record<string, string | undefined>;
  const keys = new Set([...Object.keys(pa), ...Object.keys(pb)]);
  for (const key of keys) if (pa[key] !== pb[key]) return false;
  return true;
}
