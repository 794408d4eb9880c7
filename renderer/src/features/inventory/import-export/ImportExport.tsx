// The inventory page's import and export actions: a button that opens the import wizard, and a
// menu that exports the record of processing (XLSX in the controller or processor layout, or CSV).
import { Button, Menu } from '@mantine/core';
import { IconChevronDown, IconFileSpreadsheet, IconFileTypeCsv, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RopaLayout } from '../../../../../shared/contract/areas/inventory-import';
import { call } from '../../../client/client';
import { describeError } from '../../../client/error-message';
import { saveExport } from '../../../lib/download';
import { notifyError, notifySuccess } from '../../../lib/notify';
import { ImportWizard } from './ImportWizard';

interface InventoryImportButtonProps {
  /** Called when the wizard closes after records were written, so the page can reload its lists. */
  onImported?: () => void;
}

export function InventoryImportButton({ onImported }: InventoryImportButtonProps = {}) {
  const { t } = useTranslation('inventoryImport');
  const [opened, setOpened] = useState(false);
  return (
    <>
      <Button variant="default" leftSection={<IconUpload size={16} />} onClick={() => setOpened(true)}>
        {t('import.open')}
      </Button>
      {opened && (
        <ImportWizard
          onClose={(imported) => {
            setOpened(false);
            if (imported) onImported?.();
          }}
        />
      )}
    </>
  );
}

type ExportChoice = { format: 'xlsx'; layout?: RopaLayout } | { format: 'csv'; layout: RopaLayout };

export function RopaExportButton() {
  const { t } = useTranslation('inventoryImport');
  const { t: tApp } = useTranslation();
  const [busy, setBusy] = useState(false);

  async function run(choice: ExportChoice) {
    setBusy(true);
    try {
      const outcome = await saveExport((destination) => call('ropa.export', { ...choice, destination }), {
        suggestedName: `RoPA.${choice.format}`,
        filters: [choice.format === 'xlsx' ? { name: 'Excel', extensions: ['xlsx'] } : { name: 'CSV', extensions: ['csv'] }],
        title: t('export.dialogTitle'),
      });
      if (outcome.kind === 'saved') notifySuccess(tApp('exports.saved', { path: outcome.path }));
      else if (outcome.kind === 'downloaded') notifySuccess(tApp('exports.downloaded', { name: outcome.fileName }));
    } catch (error) {
      notifyError(describeError(tApp, error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button variant="default" loading={busy} leftSection={<IconFileSpreadsheet size={16} />} rightSection={<IconChevronDown size={14} />}>
          {t('export.open')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('export.xlsx')}</Menu.Label>
        <Menu.Item leftSection={<IconFileSpreadsheet size={16} />} onClick={() => void run({ format: 'xlsx' })}>
          {t('export.xlsxBoth')}
        </Menu.Item>
        <Menu.Item leftSection={<IconFileSpreadsheet size={16} />} onClick={() => void run({ format: 'xlsx', layout: 'controller' })}>
          {t('export.xlsxController')}
        </Menu.Item>
        <Menu.Item leftSection={<IconFileSpreadsheet size={16} />} onClick={() => void run({ format: 'xlsx', layout: 'processor' })}>
          {t('export.xlsxProcessor')}
        </Menu.Item>
        <Menu.Divider />
        <Menu.Label>{t('export.csv')}</Menu.Label>
        <Menu.Item leftSection={<IconFileTypeCsv size={16} />} onClick={() => void run({ format: 'csv', layout: 'controller' })}>
          {t('export.csvController')}
        </Menu.Item>
        <Menu.Item leftSection={<IconFileTypeCsv size={16} />} onClick={() => void run({ format: 'csv', layout: 'processor' })}>
          {t('export.csvProcessor')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
