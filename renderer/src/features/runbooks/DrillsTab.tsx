// Drills and tabletop exercises: the list (date, runbook version, kind, steps over target, open
// actions) and the drill form, opened for a new drill or an existing one.
import { Anchor, Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyState } from '../../components/EmptyState';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { useFormat } from '../../lib/format';
import { useProcedure } from '../../lib/use-procedure';
import { DrillForm } from './DrillForm';

export function DrillsTab({ selectedId, onSelect }: { selectedId?: string; onSelect(id?: string): void }) {
  const { t } = useTranslation('runbooks');
  const format = useFormat();
  const drills = useProcedure('runbooks.drills.list', {});
  const [creating, setCreating] = useState(false);
  const selected = drills.data?.find((drill) => drill.id === selectedId) ?? null;

  return (
    <Stack gap="md">
      <Group justify="flex-end">
        <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
          {t('drills.new')}
        </Button>
      </Group>
      <ErrorAlert error={drills.error} />
      {!drills.data && drills.loading && <LoadingState />}
      {drills.data && drills.data.length === 0 && <EmptyState title={t('drills.empty')} />}
      {drills.data && drills.data.length > 0 && (
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing="xs" highlightOnHover aria-label={t('tabs.drills')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('drills.ref')}</Table.Th>
                <Table.Th>{t('drills.heldOn')}</Table.Th>
                <Table.Th>{t('drills.runbook')}</Table.Th>
                <Table.Th>{t('drills.kind')}</Table.Th>
                <Table.Th>{t('drills.overTarget')}</Table.Th>
                <Table.Th>{t('drills.openActions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {drills.data.map((drill) => (
                <Table.Tr key={drill.id} data-testid={`drill-${drill.ref}`}>
                  <Table.Td>
                    <Anchor component="button" type="button" onClick={() => onSelect(drill.id)}>
                      {drill.ref}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{format.day(drill.heldOn)}</Table.Td>
                  <Table.Td>{t('drills.runbookVersion', { title: drill.runbookTitle, number: drill.versionNumber })}</Table.Td>
                  <Table.Td>{t(`kinds.${drill.kind}`)}</Table.Td>
                  <Table.Td>
                    {drill.overTargetCount > 0 ? (
                      <Badge color="red" variant="light" radius="sm" style={{ textTransform: 'none' }}>
                        {t('drills.overCount', { count: drill.overTargetCount })}
                      </Badge>
                    ) : (
                      <Text size="sm" c="dimmed">
                        {t('drills.allOnTarget')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{drill.openActions > 0 ? <Badge color="orange" variant="light" radius="sm" style={{ textTransform: 'none' }}>{t('drills.openCount', { count: drill.openActions })}</Badge> : '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {(creating || selected) && (
        <DrillForm
          key={selected?.id ?? 'new'}
          drill={creating ? null : selected}
          onClose={() => {
            setCreating(false);
            onSelect(undefined);
          }}
          onSaved={() => {
            setCreating(false);
            onSelect(undefined);
            void drills.reload();
          }}
        />
      )}
    </Stack>
  );
}
