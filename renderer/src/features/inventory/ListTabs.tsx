// The tables of systems, data categories, data subject categories, vendors and transfers.
import { useTranslation } from 'react-i18next';
import type { DataCategory, FindingKind, InventorySystem, SubjectCategory, Transfer, Vendor } from '../../../../shared/contract';
import { useFormat } from '../../lib/format';
import { BoolCell, TagsCell, TextCell } from './cells';
import { transferName } from './inventory-records';
import { useCountryName, useCountryOptions, useEnumOptions } from './inventory-labels';
import { RecordListTab } from './RecordListTab';
import { useActivityNames } from './use-activity-names';

interface TabProps<R> {
  rows: readonly R[];
  findings: ReadonlyMap<string, FindingKind[]>;
  selectedId?: string;
  onOpen(row: R): void;
}

export function SystemsTab({ rows, vendors, ...rest }: TabProps<InventorySystem> & { vendors: readonly Vendor[] }) {
  const { t } = useTranslation('inventory');
  const country = useCountryName();
  const countries = useCountryOptions();
  const hosting = useEnumOptions('hosting');
  const vendorName = (id: string | null) => vendors.find((v) => v.id === id)?.name ?? null;
  return (
    <RecordListTab
      tab="systems"
      label={t('tabs.systems')}
      rows={rows}
      {...rest}
      rowName={(s) => s.name}
      searchText={(s) => `${s.name}\n${s.owner}\n${s.type}\n${vendorName(s.vendorId) ?? ''}`}
      defaultColumns={['name', 'hosting', 'country', 'vendor', 'encryptionAtRest', 'mfaEnforced']}
      filters={[
        { name: 'hosting', label: t('filters.hosting'), data: hosting, test: (s, v) => s.hosting === v, width: 150 },
        { name: 'country', label: t('filters.country'), data: countries, test: (s, v) => s.country === v, searchable: true, width: 190 },
      ]}
      columns={[
        { key: 'name', label: t('fields.name'), sortKey: 'name', sortValue: (s) => s.name, width: 260, render: (s) => <TextCell value={s.name} sub={s.type} /> },
        { key: 'owner', label: t('fields.owner'), sortKey: 'owner', sortValue: (s) => s.owner, width: 150, render: (s) => <TextCell value={s.owner} /> },
        { key: 'hosting', label: t('fields.hosting'), sortKey: 'hosting', sortValue: (s) => s.hosting, width: 130, render: (s) => <TextCell value={t(`enums.hosting.${s.hosting}`)} /> },
        { key: 'country', label: t('fields.country'), sortKey: 'country', sortValue: (s) => country(s.country) || null, width: 160, render: (s) => <TextCell value={country(s.country)} /> },
        { key: 'dataResidency', label: t('fields.dataResidency'), sortKey: 'dataResidency', sortValue: (s) => country(s.dataResidency) || null, width: 160, render: (s) => <TextCell value={country(s.dataResidency)} /> },
        { key: 'vendor', label: t('fields.vendorId'), sortKey: 'vendor', sortValue: (s) => vendorName(s.vendorId), width: 180, render: (s) => <TextCell value={vendorName(s.vendorId)} /> },
        { key: 'encryptionAtRest', label: t('fields.encryptionAtRest'), sortKey: 'encryptionAtRest', sortValue: (s) => Number(s.encryptionAtRest), width: 150, render: (s) => <BoolCell value={s.encryptionAtRest} /> },
        { key: 'mfaEnforced', label: t('fields.mfaEnforced'), sortKey: 'mfaEnforced', sortValue: (s) => Number(s.mfaEnforced), width: 150, render: (s) => <BoolCell value={s.mfaEnforced} /> },
        { key: 'logging', label: t('fields.logging'), width: 120, render: (s) => <BoolCell value={s.logging} /> },
      ]}
    />
  );
}

export function DataCategoriesTab({ rows, systems, ...rest }: TabProps<DataCategory> & { systems: readonly InventorySystem[] }) {
  const { t } = useTranslation('inventory');
  const sensitivity = useEnumOptions('sensitivity');
  const systemName = (id: string) => systems.find((s) => s.id === id)?.name ?? id;
  return (
    <RecordListTab
      tab="dataCategories"
      label={t('tabs.dataCategories')}
      rows={rows}
      {...rest}
      rowName={(c) => c.name}
      searchText={(c) => `${c.name}\n${c.examples}`}
      defaultColumns={['name', 'sensitivity', 'systems']}
      filters={[{ name: 'sensitivity', label: t('filters.sensitivity'), data: sensitivity, test: (c, v) => c.sensitivity.includes(v as never), width: 220 }]}
      columns={[
        { key: 'name', label: t('fields.name'), sortKey: 'name', sortValue: (c) => c.name, width: 260, render: (c) => <TextCell value={c.name} sub={c.examples} /> },
        { key: 'sensitivity', label: t('fields.sensitivity'), width: 320, render: (c) => <TagsCell values={c.sensitivity.map((s) => t(`enums.sensitivity.${s}`))} /> },
        { key: 'systems', label: t('fields.systemIds'), sortKey: 'systems', sortValue: (c) => c.systemIds.length, width: 260, render: (c) => <TagsCell values={c.systemIds.map(systemName)} /> },
      ]}
    />
  );
}

export function SubjectCategoriesTab({ rows, ...rest }: TabProps<SubjectCategory>) {
  const { t } = useTranslation('inventory');
  return (
    <RecordListTab
      tab="subjectCategories"
      label={t('tabs.subjectCategories')}
      rows={rows}
      {...rest}
      rowName={(c) => c.name}
      searchText={(c) => `${c.name}\n${c.description}`}
      defaultColumns={['name', 'includesMinors']}
      filters={[]}
      columns={[
        { key: 'name', label: t('fields.name'), sortKey: 'name', sortValue: (c) => c.name, width: 320, render: (c) => <TextCell value={c.name} sub={c.description} /> },
        { key: 'includesMinors', label: t('fields.includesMinors'), sortKey: 'includesMinors', sortValue: (c) => Number(c.includesMinors), width: 160, render: (c) => <BoolCell value={c.includesMinors} /> },
      ]}
    />
  );
}

export function VendorsTab({ rows, ...rest }: TabProps<Vendor>) {
  const { t } = useTranslation('inventory');
  const format = useFormat();
  const country = useCountryName();
  const countries = useCountryOptions();
  return (
    <RecordListTab
      tab="vendors"
      label={t('tabs.vendors')}
      rows={rows}
      {...rest}
      rowName={(v) => v.name}
      searchText={(v) => `${v.name}\n${v.services}`}
      defaultColumns={['name', 'countries', 'dpaSignedOn', 'certifications', 'reviewDate']}
      filters={[{ name: 'country', label: t('filters.country'), data: countries, test: (v, c) => v.countries.includes(c), searchable: true, width: 190 }]}
      columns={[
        { key: 'name', label: t('fields.name'), sortKey: 'name', sortValue: (v) => v.name, width: 260, render: (v) => <TextCell value={v.name} sub={v.services} /> },
        { key: 'countries', label: t('fields.countries'), width: 240, render: (v) => <TagsCell values={v.countries.map(country)} /> },
        { key: 'dpaSignedOn', label: t('fields.dpaSignedOn'), sortKey: 'dpaSignedOn', sortValue: (v) => v.dpaSignedOn, width: 150, render: (v) => <TextCell value={v.dpaSignedOn ? format.day(v.dpaSignedOn) : null} /> },
        { key: 'certifications', label: t('fields.certifications'), width: 220, render: (v) => <TagsCell values={v.certifications.map((c) => t(`enums.certification.${c.kind}`))} /> },
        { key: 'activities', label: t('fields.activityIds'), sortKey: 'activities', sortValue: (v) => v.activityIds.length, width: 130, render: (v) => <TextCell value={format.number(v.activityIds.length)} /> },
        { key: 'reviewDate', label: t('fields.reviewDate'), sortKey: 'reviewDate', sortValue: (v) => v.reviewDate, width: 140, render: (v) => <TextCell value={v.reviewDate ? format.day(v.reviewDate) : null} /> },
      ]}
    />
  );
}

export function TransfersTab({ rows, ...rest }: TabProps<Transfer>) {
  const { t } = useTranslation('inventory');
  const format = useFormat();
  const country = useCountryName();
  const gdpr = useEnumOptions('gdprMechanism');
  const pipl = useEnumOptions('piplMechanism');
  const activityNames = useActivityNames(rows.map((r) => r.activityId));
  return (
    <RecordListTab<Transfer>
      tab="transfers"
      label={t('tabs.transfers')}
      rows={rows}
      {...rest}
      defaultSort="route"
      rowName={(r: Transfer) => transferName(r)}
      searchText={(r) => `${r.fromCountry}\n${r.toCountry}\n${country(r.fromCountry)}\n${country(r.toCountry)}\n${r.recipient}\n${activityNames.get(r.activityId) ?? ''}`}
      defaultColumns={['route', 'activity', 'gdprMechanism', 'piplMechanism', 'volume']}
      filters={[
        { name: 'gdprMechanism', label: t('filters.gdprMechanism'), data: gdpr, test: (r, v) => r.gdprMechanism === v, width: 200 },
        { name: 'piplMechanism', label: t('filters.piplMechanism'), data: pipl, test: (r, v) => r.piplMechanism === v, width: 200 },
      ]}
      columns={[
        { key: 'route', label: t('fields.routes'), sortKey: 'route', sortValue: (r) => `${country(r.fromCountry)} ${country(r.toCountry)}`, width: 280, render: (r) => <TextCell value={`${country(r.fromCountry)} → ${country(r.toCountry)}`} sub={r.recipient} /> },
        { key: 'activity', label: t('fields.activityId'), sortKey: 'activity', sortValue: (r) => activityNames.get(r.activityId) ?? null, width: 220, render: (r) => <TextCell value={activityNames.get(r.activityId)} /> },
        { key: 'gdprMechanism', label: t('fields.gdprMechanism'), sortKey: 'gdprMechanism', sortValue: (r) => r.gdprMechanism, width: 220, render: (r) => <TextCell value={t(`enums.gdprMechanism.${r.gdprMechanism}`)} /> },
        { key: 'piplMechanism', label: t('fields.piplMechanism'), sortKey: 'piplMechanism', sortValue: (r) => r.piplMechanism, width: 220, render: (r) => <TextCell value={t(`enums.piplMechanism.${r.piplMechanism}`)} /> },
        { key: 'volume', label: t('fields.volume'), sortKey: 'volume', sortValue: (r) => r.volume, width: 130, render: (r) => <TextCell value={format.number(r.volume)} /> },
      ]}
    />
  );
}
