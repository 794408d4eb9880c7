// Every version of a policy (newest first) with its status, dates, approver and fingerprint, and a
// redline between any two of them, inline or side by side, exportable as PDF.
import { Anchor, Group, Select, Stack, Table, Text, Tooltip } from '@mantine/core';
import { IconFileTypePdf } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PolicyDetail } from '../../../../shared/contract/areas/policies';
import { call } from '../../client/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ExportButton } from '../../components/ExportButton';
import { LoadingState } from '../../components/LoadingState';
import { SectionCard } from '../../components/SectionCard';
import { useFormat } from '../../lib/format';
import { useProcedure } from '../../lib/use-procedure';
import { StatusBadge } from './PolicyBadges';
import { defaultRedlinePair } from './policy-view';
import { RedlineLayoutToggle, RedlineView, type RedlineLayout } from './redline/RedlineView';

interface VersionsPanelProps {
  detail: PolicyDetail;
  selectedVersionId: string | null;
  onOpenVersion(versionId: string): void;
}

export function VersionsPanel({ detail, selectedVersionId, onOpenVersion }: VersionsPanelProps) {
  const { t } = useTranslation('policies');
  const format = useFormat();
  const { policy, versions } = detail;
  const initial = defaultRedlinePair(versions, selectedVersionId);
  const [from, setFrom] = useState<string | null>(initial?.from ?? null);
  const [to, setTo] = useState<string | null>(initial?.to ?? null);
  const [layout, setLayout] = useState<RedlineLayout>('inline');
  const options = versions.map((v) => ({ value: v.id, label: t('versions.option', { number: v.number, status: t(`status.${v.status}`) }) }));

  return (
    <Stack gap="lg">
      <SectionCard title={t('versions.title')}>
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing={6} aria-label={t('versions.title')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th w={70}>{t('versions.columns.number')}</Table.Th>
                <Table.Th w={120}>{t('versions.columns.status')}</Table.Th>
                <Table.Th>{t('versions.columns.changeNote')}</Table.Th>
                <Table.Th w={170}>{t('versions.columns.updated')}</Table.Th>
                <Table.Th w={200}>{t('versions.columns.approved')}</Table.Th>
                <Table.Th w={150}>{t('versions.columns.sha')}</Table.Th>
                <Table.Th w={90}>{t('versions.columns.acknowledgements')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {versions.map((v) => (
                <Table.Tr key={v.id} bg={v.id === selectedVersionId ? 'var(--mantine-primary-color-light)' : undefined}>
                  <Table.Td>
                    <Anchor component="button" type="button" size="sm" fw={600} onClick={() => onOpenVersion(v.id)} aria-label={t('versions.open', { number: v.number })}>
                      v{v.number}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <StatusBadge status={v.status} />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" lineClamp={2} c={v.changeNote ? undefined : 'dimmed'}>
                      {v.changeNote || '—'}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{format.dateTime(v.updatedAt)}</Text>
                  </Table.Td>
                  <Table.Td>
                    {v.approvedBy ? (
                      <Text size="sm">
                        {v.approvedBy}
                        {v.approvedAt ? ` · ${format.date(v.approvedAt)}` : ''}
                      </Text>
                    ) : (
                      <Text size="sm" c="dimmed">
                        —
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {v.sha256 ? (
                      <Tooltip label={v.sha256}>
                        <Text size="xs" ff="monospace">
                          {v.sha256.slice(0, 12)}…
                        </Text>
                      </Tooltip>
                    ) : (
                      <Text size="sm" c="dimmed">
                        —
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>{format.number(v.acknowledgements)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </SectionCard>

      <SectionCard
        title={t('redline.title')}
        action={
          from && to && from !== to ? (
            <ExportButton
              size="xs"
              leftSection={<IconFileTypePdf size={14} />}
              run={(destination) => call('policies.redline.export', { policyId: policy.id, fromVersionId: from, toVersionId: to, ...(destination ? { destination } : {}) })}
              suggestedName={`${policy.slug}-redline.pdf`}
              filters={[{ name: 'PDF', extensions: ['pdf'] }]}
            >
              {t('redline.exportPdf')}
            </ExportButton>
          ) : undefined
        }
      >
        {versions.length < 2 ? (
          <Text size="sm" c="dimmed">
            {t('redline.needTwo')}
          </Text>
        ) : (
          <Stack gap="sm">
            <Group gap="sm" align="flex-end">
              <Select label={t('redline.from')} data={options} value={from} onChange={setFrom} allowDeselect={false} w={220} />
              <Select label={t('redline.to')} data={options} value={to} onChange={setTo} allowDeselect={false} w={220} />
              <RedlineLayoutToggle value={layout} onChange={setLayout} />
            </Group>
            {from && to && from !== to ? <RedlineBetween policyId={policy.id} from={from} to={to} layout={layout} /> : <Text size="sm" c="dimmed">{t('redline.pickTwo')}</Text>}
          </Stack>
        )}
      </SectionCard>
    </Stack>
  );
}

function RedlineBetween({ policyId, from, to, layout }: { policyId: string; from: string; to: string; layout: RedlineLayout }) {
  const { t } = useTranslation('policies');
  const redline = useProcedure('policies.redline', { policyId, fromVersionId: from, toVersionId: to });
  if (redline.error) return <ErrorAlert error={redline.error} />;
  if (!redline.data) return <LoadingState />;
  const data = redline.data;
  return (
    <Stack gap="xs">
      <Text size="sm" fw={500} role="status">
        {t('redline.counts', { inserted: data.inserted, deleted: data.deleted })}
      </Text>
      <RedlineView ops={data.ops} layout={layout} fromLabel={t('redline.versionLabel', { number: data.from.number })} toLabel={t('redline.versionLabel', { number: data.to.number })} />
    </Stack>
  );
}
