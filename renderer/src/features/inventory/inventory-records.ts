// The inventory's record kinds as the screen sees them: which tab shows which record type, what a
// blank record looks like, a stored record's editable part, and its display name.
import type {
  ActivityInput,
  DataCategory,
  DataCategoryInput,
  InventoryFinding,
  InventorySystem,
  ProcessingActivity,
  SubjectCategory,
  SubjectCategoryInput,
  SystemInput,
  Transfer,
  TransferInput,
  Vendor,
  VendorInput,
} from '../../../../shared/contract';
import type { InventoryTab } from '../../app/router';

export const RECORD_TABS = ['activities', 'systems', 'dataCategories', 'subjectCategories', 'vendors', 'transfers'] as const satisfies readonly InventoryTab[];
export type RecordTab = (typeof RECORD_TABS)[number];
export type RecordType = InventoryFinding['recordType'];

export function isRecordTab(tab: InventoryTab): tab is RecordTab {
  return (RECORD_TABS as readonly string[]).includes(tab);
}

export const TAB_OF_TYPE: Readonly<Record<RecordType, RecordTab>> = {
  processing_activity: 'activities',
  system: 'systems',
  data_category: 'dataCategories',
  subject_category: 'subjectCategories',
  vendor: 'vendors',
  transfer: 'transfers',
};

export const TYPE_OF_TAB: Readonly<Record<RecordTab, RecordType>> = {
  activities: 'processing_activity',
  systems: 'system',
  dataCategories: 'data_category',
  subjectCategories: 'subject_category',
  vendors: 'vendor',
  transfers: 'transfer',
};

export interface RecordsByTab {
  activities: ProcessingActivity;
  systems: InventorySystem;
  dataCategories: DataCategory;
  subjectCategories: SubjectCategory;
  vendors: Vendor;
  transfers: Transfer;
}

export interface InputsByTab {
  activities: ActivityInput;
  systems: SystemInput;
  dataCategories: DataCategoryInput;
  subjectCategories: SubjectCategoryInput;
  vendors: VendorInput;
  transfers: TransferInput;
}

export function emptySystem(): SystemInput {
  return {
    name: '',
    owner: '',
    type: '',
    hosting: 'cloud',
    country: null,
    vendorId: null,
    encryptionAtRest: false,
    encryptionInTransit: '',
    mfaEnforced: false,
    roleBasedAccess: false,
    logging: false,
    dataResidency: null,
  };
}


export const emptyDataCategory = (): DataCategoryInput => ({ name: '', examples: '', sensitivity: ['ordinary'], systemIds: [] });
export const emptySubjectCategory = (): SubjectCategoryInput => ({ name: '', description: '', includesMinors: false });
export const emptyVendor = (): VendorInput => ({ name: '', services: '', countries: [], dpaSignedOn: null, certifications: [], reviewDate: null, activityIds: [] });
export const emptyTransfer = (activityId = ''): TransferInput => ({
  activityId,
  fromCountry: '',
  toCountry: '',
  recipient: '',
  gdprMechanism: 'none',
  piplMechanism: 'none',
  standardContractFiledOn: null,
  volume: 0,
});

type Stamps = 'id' | 'createdAt' | 'updatedAt';

export function systemInput(record: InventorySystem): SystemInput {
  const { id: _i, createdAt: _c, updatedAt: _u, ...input } = record;
  return input;
}

export function activityInput(record: ProcessingActivity): ActivityInput {
  const { id: _i, createdAt: _c, updatedAt: _u, dpiaSuggested: _d, pipiaSuggested: _p, ...input } = record as ProcessingActivity & { findings?: unknown };
  delete (input as { findings?: unknown }).findings;
  return input;
}

export function dataCategoryInput(record: DataCategory): DataCategoryInput {
  const { id: _i, createdAt: _c, updatedAt: _u, ...input } = record;
  return input;
}

export function subjectCategoryInput(record: SubjectCategory): SubjectCategoryInput {
  const { id: _i, createdAt: _c, updatedAt: _u, ...input } = record;
  return input;
}

export function vendorInput(record: Vendor): VendorInput {
  const { id: _i, createdAt: _c, updatedAt: _u, systemIds: _s, ...input } = record;
  return input;
}

export function transferInput(record: Transfer): TransferInput {
  const { id: _i, createdAt: _c, updatedAt: _u, ...input } = record as Omit<Transfer, never>;
  return input as Omit<Transfer, Stamps>;
}

/** A transfer is named by its route and recipient, as the backend names it in findings. */
export function transferName(transfer: Pick<Transfer, 'fromCountry' | 'toCountry' | 'recipient'>): string {
  return `${transfer.fromCountry}→${transfer.toCountry}${transfer.recipient ? ` ${transfer.recipient}` : ''}`;
}

export function recordName(tab: RecordTab, record: RecordsByTab[RecordTab]): string {
  return tab === 'transfers' ? transferName(record as Transfer) : (record as { name: string }).name;
}
