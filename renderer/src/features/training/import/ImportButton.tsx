// The button that opens the training import wizard, for people (on the People tab) or completions
// (on the Courses tab); `onImported` reloads the screen's lists once something was written.
import { Button } from '@mantine/core';
import { IconFileImport } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TrainingImportKind } from '../../../../../shared/contract/areas/training-import';
import { TrainingImportWizard } from './TrainingImportWizard';

export function ImportButton({ kind, onImported }: { kind: TrainingImportKind; onImported(): void }) {
  const { t } = useTranslation('trainingImport');
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="default" leftSection={<IconFileImport size={16} />} onClick={() => setOpen(true)}>
        {t(kind === 'people' ? 'openPeople' : 'openCompletions')}
      </Button>
      {open && (
        <TrainingImportWizard
          kind={kind}
          onClose={(imported) => {
            setOpen(false);
            if (imported) onImported();
          }}
        />
      )}
    </>
  );
}
