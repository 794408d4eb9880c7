// The main navigation: which entries exist, their icons, and which pages each one covers.
import {
  IconBuilding,
  IconDatabase,
  IconFileText,
  IconUserQuestion,
  IconSchool,
  IconUrgent,
  IconDatabaseExport,
  IconListCheck,
  IconPackageExport,
  IconChecklist,
  IconFileCertificate,
  IconFiles,
  IconGauge,
  IconHistory,
  IconInfoCircle,
  IconSettings,
  IconShieldCheck,
  IconAlertTriangle,
  type Icon,
} from '@tabler/icons-react';
import { isIsmsPage, type Page } from './router';

export interface NavEntry {
  /** Also the translation key `nav.<key>`. */
  key: string;
  target: Page;
  icon: Icon;
  covers(page: Page): boolean;
}

const only = (page: Page) => (current: Page) => current === page;

export const NAV_SECTIONS: readonly { key: 'governance' | 'workspaceSection'; entries: readonly NavEntry[] }[] = [
  {
    key: 'governance',
    entries: [
      { key: 'dashboard', target: 'dashboard', icon: IconGauge, covers: only('dashboard') },
      { key: 'controls', target: 'controls', icon: IconShieldCheck, covers: only('controls') },
      { key: 'soa', target: 'soa', icon: IconFileCertificate, covers: only('soa') },
      { key: 'evidence', target: 'evidence', icon: IconFiles, covers: only('evidence') },
      { key: 'inventory', target: 'inventory', icon: IconDatabase, covers: only('inventory') },
      { key: 'policies', target: 'policies', icon: IconFileText, covers: only('policies') },
      { key: 'requests', target: 'requests', icon: IconUserQuestion, covers: only('requests') },
      { key: 'training', target: 'training', icon: IconSchool, covers: only('training') },
      { key: 'incidents', target: 'incidents', icon: IconUrgent, covers: only('incidents') },
      { key: 'runbooks', target: 'runbooks', icon: IconListCheck, covers: only('runbooks') },
      { key: 'backups', target: 'backups', icon: IconDatabaseExport, covers: only('backups') },
      { key: 'risks', target: 'risks', icon: IconAlertTriangle, covers: only('risks') },
      { key: 'isms', target: 'scope', icon: IconChecklist, covers: isIsmsPage },
      { key: 'packs', target: 'packs', icon: IconPackageExport, covers: only('packs') },
    ],
  },
  {
    key: 'workspaceSection',
    entries: [
      { key: 'overview', target: 'overview', icon: IconInfoCircle, covers: only('overview') },
      { key: 'organisation', target: 'organisation', icon: IconBuilding, covers: only('organisation') },
      { key: 'audit', target: 'audit', icon: IconHistory, covers: only('audit') },
      { key: 'settings', target: 'settings', icon: IconSettings, covers: only('settings') },
    ],
  },
];

export const NAV_ENTRIES: readonly NavEntry[] = NAV_SECTIONS.flatMap((section) => section.entries);
