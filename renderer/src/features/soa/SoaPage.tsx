// The Statement of Applicability (ISO/IEC 27001 6.1.3 d): all 93 Annex A controls by theme with
// applicability, justification, reasons for inclusion and status; exported as XLSX or PDF in the
// workspace's language.
import { Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconFileSpreadsheet, IconFileTypePdf, IconRefresh } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ControlRow } from '../../../../shared/contract';
import { ISO_THEMES, ISO_THEME_TITLES } from '../../../../shared/frameworks';
import { useSession } from '../../app/session-store';
import { call } from '../../client/client';
import { EnumBadge } from '../../components/EnumBadge';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ExportButton } from '../../components/ExportButton';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { controlViews, type ControlView } from '../controls/controls-view';
import { useFormat } from '../../lib/format';
import { useLocalized } from '../../lib/localized';
import { useProcedure } from '../../lib/use-procedure';

function Figure({ label, value, color }: { label: string; value: number; color?: string }) {
  const format = useFormat();
  return (
    <Card withBorder radius="md" padding="md">
      <Text fw={700} fz={24} c={color} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {format.number(value)}
      </Text>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
    </Card>
  );
}

function reasonsOf(row: ControlRow): string[] {
  const reasons: string[] = [...row.inclusionReasons];
  // A control that treats a risk is included for risk treatment whether or not the box was ticked.
  if (row.treatingRiskCount > 0 && !reasons.includes('risk_treatment')) reasons.unshift('risk_treatment');
  return reasons;
}

function ThemeTable({ title, views }: { title: string; views: ControlView[] }) {
  const { t } = useTranslation();
  const navigate = useSession((state) => state.navigate);
  return (
    <Card withBorder radius="md" padding={0} component="section" aria-label={title}>
      <Group justify="space-between" px="md" py="sm" style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
        <Title order={2} size="h5">
          {title}
        </Title>
        <Text size="sm" c="dimmed">
          {t('soa.themeCount', { applicable: views.filter((view) => view.row.applicable).length, total: views.length })}
        </Text>
      </Group>
      <Table.ScrollContainer minWidth={860}>
        <Table verticalSpacing={8} highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={80}>{t('controls.columns.id')}</Table.Th>
              <Table.Th w="28%">{t('controls.columns.title')}</Table.Th>
              <Table.Th w={100}>{t('controls.columns.applicable')}</Table.Th>
              <Table.Th>{t('soa.columns.justification')}</Table.Th>
              <Table.Th w={180}>{t('soa.columns.reasons')}</Table.Th>
              <Table.Th w={130}>{t('controls.columns.status')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {views.map(({ row, title: controlTitle }) => (
              <Table.Tr key={row.controlId} data-control={row.controlId}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Anchor component="button" type="button" size="sm" ff="monospace" fw={600} onClick={() => navigate({ page: 'controls', params: { framework: 'iso27001', controlId: row.controlId } })}>
                    {row.controlId}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{controlTitle}</Text>
                </Table.Td>
                <Table.Td>
                  {row.applicable ? (
                    <Badge variant="light" color="teal" radius="sm" style={{ textTransform: 'none' }}>
                      {t('controls.yes')}
                    </Badge>
                  ) : (
                    <Badge variant="light" color="gray" radius="sm" style={{ textTransform: 'none' }}>
                      {t('controls.no')}
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c={row.justification ? undefined : 'dimmed'} style={{ whiteSpace: 'pre-wrap' }}>
                    {row.justification || '—'}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group gap={4}>
                    {row.applicable &&
                      reasonsOf(row).map((reason) => (
                        <Badge key={reason} size="sm" variant="outline" color="indigo" radius="sm" style={{ textTransform: 'none' }}>
                          {t(`enums.inclusionReason.${reason}`)}
                        </Badge>
                      ))}
                  </Group>
                </Table.Td>
                <Table.Td>{row.applicable ? <EnumBadge kind="controlStatus" value={row.status} size="sm" /> : null}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Card>
  );
}

export function SoaPage() {
  const { t, i18n } = useTranslation();
  const pick = useLocalized();
  const soa = useProcedure('soa.get');
  const views = useMemo(() => (soa.data ? controlViews('iso27001', soa.data.rows, i18n.language) : []), [soa.data, i18n.language]);
  const applicable = views.filter((view) => view.row.applicable);
  const implemented = applicable.filter((view) => view.row.status === 'implemented');
  const filters = (extension: string, name: string) => [{ name, extensions: [extension] }];

  return (
    <>
      <PageHeader
        title={t('soa.title')}
        description={soa.data ? t('soa.subtitle', { version: soa.data.catalogVersion }) : t('soa.subtitleLoading')}
        actions={
          <>
            <ExportButton
              leftSection={<IconFileSpreadsheet size={16} />}
              run={(destination) => call('soa.export', { format: 'xlsx', destination })}
              suggestedName="statement-of-applicability.xlsx"
              filters={filters('xlsx', 'Excel')}
              dialogTitle={t('soa.exportXlsx')}
            >
              {t('soa.exportXlsx')}
            </ExportButton>
            <ExportButton
              leftSection={<IconFileTypePdf size={16} />}
              run={(destination) => call('soa.export', { format: 'pdf', destination })}
              suggestedName="statement-of-applicability.pdf"
              filters={filters('pdf', 'PDF')}
              dialogTitle={t('soa.exportPdf')}
            >
              {t('soa.exportPdf')}
            </ExportButton>
            <Button variant="default" leftSection={<IconRefresh size={16} />} onClick={() => void soa.reload()} loading={soa.loading && !!soa.data}>
              {t('common.refresh')}
            </Button>
          </>
        }
      />
      <Stack gap="lg">
        <Text size="sm" c="dimmed">
          {t('soa.exportNote')}
        </Text>
        <ErrorAlert error={soa.error} />
        {!soa.data && soa.loading && <LoadingState />}
        {soa.data && (
          <>
            <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="lg">
              <Figure label={t('soa.figures.total')} value={views.length} />
              <Figure label={t('soa.figures.applicable')} value={applicable.length} color="teal" />
              <Figure label={t('soa.figures.excluded')} value={views.length - applicable.length} />
              <Figure label={t('soa.figures.implemented')} value={implemented.length} color="indigo" />
            </SimpleGrid>
            {ISO_THEMES.map((theme) => (
              <ThemeTable key={theme} title={pick(ISO_THEME_TITLES[theme])} views={views.filter((view) => view.group === theme)} />
            ))}
          </>
        )}
      </Stack>
    </>
  );
}
