// The incident's evidence files: files of the evidence library (logs, reports, notices sent) linked
// to it, each opening in the library, with a picker to link another.
import { ActionIcon, Anchor, Button, Group, Select, Stack, Text, Tooltip } from '@mantine/core';
import { IconLink, IconUnlink } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Incident } from '../../../../shared/contract/areas/incidents';
import { useSession } from '../../app/session-store';
import { call } from '../../client/client';
import { useProcedure } from '../../lib/use-procedure';

export function EvidenceFiles({ incident, run }: { incident: Incident; run(action: () => Promise<Incident>): Promise<void> }) {
  const { t } = useTranslation('incidents');
  const navigate = useSession((state) => state.navigate);
  const files = useProcedure('evidence.files.list');
  const [fileId, setFileId] = useState<string | null>(null);
  const linked = new Set(incident.evidenceFiles.map((file) => file.id));
  return (
    <Stack gap="sm">
      {incident.evidenceFiles.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('detail.evidenceEmpty')}
        </Text>
      ) : (
        incident.evidenceFiles.map((file) => (
          <Group key={file.id} justify="space-between" wrap="nowrap">
            <Anchor component="button" type="button" size="sm" onClick={() => navigate({ page: 'evidence', params: { fileId: file.id } })}>
              {file.name}
            </Anchor>
            <Tooltip label={t('detail.unlink')}>
              <ActionIcon variant="subtle" color="gray" aria-label={t('detail.unlink')} onClick={() => void run(() => call('incidents.evidence.unlink', { id: incident.id, fileId: file.id }))}>
                <IconUnlink size={16} />
              </ActionIcon>
            </Tooltip>
          </Group>
        ))
      )}
      <Group align="flex-end" wrap="nowrap">
        <Select
          style={{ flex: 1 }}
          label={t('detail.chooseFile')}
          searchable
          clearable
          value={fileId}
          onChange={setFileId}
          data={(files.data ?? []).filter((file) => !linked.has(file.id)).map((file) => ({ value: file.id, label: file.name }))}
        />
        <Button
          leftSection={<IconLink size={16} />}
          variant="light"
          disabled={fileId === null}
          onClick={() => {
            if (fileId === null) return;
            void run(() => call('incidents.evidence.link', { id: incident.id, fileId })).then(() => setFileId(null));
          }}
        >
          {t('detail.linkFile')}
        </Button>
      </Group>
    </Stack>
  );
}
