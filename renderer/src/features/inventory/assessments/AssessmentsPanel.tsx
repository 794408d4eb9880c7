// The inventory's impact-assessments tab: the list of DPIAs and PIPIAs, a new assessment for an
// activity, and one assessment's questionnaire, rating, sign-off and retention.
import { Button, Group, Stack, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../../../../shared/contract/areas/assessments';
import { EmptyState } from '../../../components/EmptyState';
import { ErrorAlert } from '../../../components/ErrorAlert';
import { LoadingState } from '../../../components/LoadingState';
import { SectionCard } from '../../../components/SectionCard';
import { notifySuccess } from '../../../lib/notify';
import { useProcedure } from '../../../lib/use-procedure';
import { AssessmentDetail } from './AssessmentDetail';
import { ResidualBadge, StatusBadge } from './badges';
import { CreateAssessmentModal } from './CreateAssessmentModal';

export function AssessmentsPanel({ selectedId }: { selectedId?: string }) {
  const { t } = useTranslation('assessments');
  const list = useProcedure('assessments.list', {});
  const [openId, setOpenId] = useState<string | null>(selectedId ?? null);
  const [creating, setCreating] = useState(false);
  useEffect(() => setOpenId(selectedId ?? null), [selectedId]);

  const assessments = list.data ?? [];
  const open = openId ? assessments.find((a) => a.id === openId) : undefined;

  function replace(changed: Assessment) {
    const others = assessments.filter((a) => a.id !== changed.id);
    list.setData([changed, ...others]);
    setOpenId(changed.id);
    // Revisions change their neighbours (superseded flags); read the list again.
    void list.reload();
  }

  if (open) {
    return (
      <AssessmentDetail
        key={open.id}
        assessment={open}
        onChanged={replace}
        onDeleted={() => {
          setOpenId(null);
          void list.reload();
        }}
        onBack={() => setOpenId(null)}
        onOpen={setOpenId}
      />
    );
  }

  return (
    <Stack gap="md">
      <SectionCard
        title={t('title')}
        action={
          <Button size="xs" leftSection={<IconPlus size={14} />} onClick={() => setCreating(true)}>
            {t('actions.new')}
          </Button>
        }
      >
        <Text size="sm" c="dimmed" mb="sm">
          {t('description')}
        </Text>
        <ErrorAlert error={list.error} />
        {list.loading && !list.data ? <LoadingState /> : null}
        {list.data && assessments.length === 0 ? <EmptyState title={t('empty')} /> : null}
        {assessments.length > 0 ? (
          <Table.ScrollContainer minWidth={720}>
            <Table highlightOnHover verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('columns.ref')}</Table.Th>
                  <Table.Th>{t('columns.name')}</Table.Th>
                  <Table.Th>{t('columns.activity')}</Table.Th>
                  <Table.Th>{t('columns.kind')}</Table.Th>
                  <Table.Th>{t('columns.status')}</Table.Th>
                  <Table.Th>{t('columns.residual')}</Table.Th>
                  <Table.Th>{t('columns.reviewDate')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {assessments.map((a) => (
                  <Table.Tr key={a.id} style={{ opacity: a.superseded ? 0.6 : 1 }}>
                    <Table.Td>
                      <Button variant="subtle" size="compact-sm" onClick={() => setOpenId(a.id)} aria-label={t('actions.open', { ref: a.ref })}>
                        {a.ref}
                        {a.revision > 1 ? ` · ${t('detail.revision', { revision: a.revision })}` : ''}
                      </Button>
                    </Table.Td>
                    <Table.Td>{a.name}</Table.Td>
                    <Table.Td>{a.activityName}</Table.Td>
                    <Table.Td>{t(`kind.${a.kind}`)}</Table.Td>
                    <Table.Td>
                      <StatusBadge status={a.status} />
                    </Table.Td>
                    <Table.Td>
                      <Group gap={4}>
                        <ResidualBadge residual={a.residualRisk} />
                      </Group>
                    </Table.Td>
                    <Table.Td>{a.reviewDate ?? '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        ) : null}
      </SectionCard>
      <CreateAssessmentModal
        opened={creating}
        onClose={() => setCreating(false)}
        onCreated={(created) => {
          setCreating(false);
          notifySuccess(t('detail.created', { ref: created.ref }));
          replace(created);
        }}
      />
    </Stack>
  );
}
