// The risk register: a heat map of inherent or residual positions whose cells filter the table, the
// register itself, and the drawer to add or change a risk. The open risk lives in the route.
import { Anchor, Badge, Button, Card, CloseButton, Grid, Group, Select, Stack, Table, Text, TextInput, Tooltip } from '@mantine/core';
import { IconAdjustments, IconPlus, IconSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RISK_STATUSES, type Risk } from '../../../../shared/contract';
import type { PageParams } from '../../app/router';
import { useSession } from '../../app/session-store';
import { ClientError } from '../../client/client';
import { EmptyState } from '../../components/EmptyState';
import { EnumBadge } from '../../components/EnumBadge';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { SectionCard } from '../../components/SectionCard';
import { SortableTh } from '../../components/SortableTh';
import { today } from '../../lib/dates';
import { useFormat } from '../../lib/format';
import { useLocalized } from '../../lib/localized';
import { useProcedure } from '../../lib/use-procedure';
import { inCell, type CellFilter, type HeatMode } from './heat-map';
import { HeatMapView } from './HeatMap';
import { RiskDrawer } from './RiskDrawer';
import { ScalesEditor } from './ScalesEditor';
import { RiskSummary } from './RiskSummary';
import { ScoreBadge } from './ScoreBadge';

type SortKey = 'ref' | 'title' | 'inherent' | 'residual' | 'reviewDate';

function compareRisks(a: Risk, b: Risk, key: SortKey, collator: Intl.Collator): number {
  switch (key) {
    case 'ref':
      return collator.compare(a.ref, b.ref);
    case 'title':
      return collator.compare(a.title, b.title);
    case 'inherent':
      return a.inherentScore - b.inherentScore;
    case 'residual':
      return a.residualScore - b.residualScore;
    case 'reviewDate':
      return (a.reviewDate ?? '9999').localeCompare(b.reviewDate ?? '9999');
  }
}

export function RisksPage({ params }: { params: PageParams['risks'] }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const pick = useLocalized();
  const navigate = useSession((state) => state.navigate);
  const risks = useProcedure('risks.list');
  const scales = useProcedure('risks.scales.get');
  const [mode, setMode] = useState<HeatMode>('residual');
  const [cell, setCell] = useState<CellFilter | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [sort, setSort] = useState<{ key: SortKey; direction: 'asc' | 'desc' }>({ key: 'ref', direction: 'asc' });
  const [creating, setCreating] = useState(false);
  const [editingScales, setEditingScales] = useState(false);
  const now = today();

  const openRisk = params.id ? (risks.data?.find((risk) => risk.id === params.id) ?? null) : null;
  const drawerOpen = creating || (params.id !== undefined && openRisk !== null);

  const visible = useMemo(() => {
    const q = text.trim().toLocaleLowerCase();
    const collator = new Intl.Collator(i18n.language, { numeric: true, sensitivity: 'base' });
    const sign = sort.direction === 'asc' ? 1 : -1;
    return (risks.data ?? [])
      .filter((risk) => !cell || inCell(risk, cell))
      .filter((risk) => !status || risk.status === status)
      .filter((risk) => !q || `${risk.ref}\n${risk.title}\n${risk.owner}\n${risk.assetOrProcess}\n${risk.threat}`.toLocaleLowerCase().includes(q))
      .sort((a, b) => sign * compareRisks(a, b, sort.key, collator) || collator.compare(a.ref, b.ref));
  }, [risks.data, cell, status, text, sort, i18n.language]);

  const scaleData = scales.data;
  const maxScore = scaleData ? scaleData.likelihood.length * scaleData.impact.length : 25;
  const level = (axis: 'likelihood' | 'impact', value: number) => {
    const found = scaleData?.[axis][value - 1];
    return found ? pick(found.label) : String(value);
  };

  function closeDrawer() {
    setCreating(false);
    if (params.id) navigate({ page: 'risks', params: {} });
  }

  return (
    <>
      <PageHeader
        title={t('risks.title')}
        description={t('risks.subtitle')}
        actions={
          <>
            <Button variant="default" leftSection={<IconAdjustments size={16} />} onClick={() => setEditingScales(true)} disabled={!scaleData}>
              {t('risks.scales.button')}
            </Button>
            <Button
              leftSection={<IconPlus size={16} />}
              onClick={() => {
                if (params.id) navigate({ page: 'risks', params: {} });
                setCreating(true);
              }}
              disabled={!scaleData}
            >
              {t('risks.new')}
            </Button>
          </>
        }
      />
      <ErrorAlert error={risks.error ?? scales.error} />
      {(!risks.data || !scaleData) && (risks.loading || scales.loading) && <LoadingState />}
      {risks.data && scaleData && (
        <Stack gap="lg">
          <Grid gap="lg">
            <Grid.Col span={{ base: 12, md: 6 }}>
              <SectionCard title={t('risks.heat.title')} h="100%">
                <HeatMapView risks={risks.data} scales={scaleData} mode={mode} onModeChange={setMode} selected={cell} onSelect={setCell} />
              </SectionCard>
            </Grid.Col>
            <Grid.Col span={{ base: 12, md: 6 }}>
              <RiskSummary risks={risks.data} appetite={scaleData.appetite} onStatus={setStatus} />
            </Grid.Col>
          </Grid>
          <Card withBorder radius="md" padding={0} component="section" aria-label={t('risks.register')}>
            <Group p="md" gap="sm" align="flex-end" style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
              <TextInput label={t('risks.filters.text')} leftSection={<IconSearch size={16} />} value={text} onChange={(event) => setText(event.currentTarget.value)} w={220} />
              <Select
                label={t('risks.filters.status')}
                placeholder={t('controls.filters.any')}
                clearable
                value={status}
                onChange={setStatus}
                data={RISK_STATUSES.map((value) => ({ value, label: t(`enums.riskStatus.${value}`) }))}
                w={160}
              />
              {cell && (
                <Badge
                  size="lg"
                  variant="light"
                  radius="sm"
                  style={{ textTransform: 'none' }}
                  rightSection={<CloseButton size="xs" aria-label={t('risks.filters.clearCell')} onClick={() => setCell(null)} />}
                >
                  {t('risks.filters.cell', {
                    mode: t(`risks.heat.${cell.mode}`),
                    likelihood: level('likelihood', cell.likelihood),
                    impact: level('impact', cell.impact),
                  })}
                </Badge>
              )}
            </Group>
            {visible.length === 0 ? (
              <EmptyState title={risks.data.length === 0 ? t('risks.empty') : t('risks.noMatch')}>{risks.data.length === 0 ? t('risks.emptyHint') : undefined}</EmptyState>
            ) : (
              <Table.ScrollContainer minWidth={880}>
                <Table highlightOnHover verticalSpacing={8} aria-label={t('risks.register')}>
                  <Table.Thead>
                    <Table.Tr>
                      <SortableTh sortKey="ref" sort={sort} onSort={setSort} w={80}>
                        {t('risks.columns.ref')}
                      </SortableTh>
                      <SortableTh sortKey="title" sort={sort} onSort={setSort}>
                        {t('risks.columns.title')}
                      </SortableTh>
                      <SortableTh sortKey="inherent" sort={sort} onSort={setSort} w={100}>
                        {t('risks.columns.inherent')}
                      </SortableTh>
                      <SortableTh sortKey="residual" sort={sort} onSort={setSort} w={100}>
                        {t('risks.columns.residual')}
                      </SortableTh>
                      <Table.Th w={110}>{t('risks.columns.treatment')}</Table.Th>
                      <Table.Th w={100}>{t('risks.columns.status')}</Table.Th>
                      <SortableTh sortKey="reviewDate" sort={sort} onSort={setSort} w={130}>
                        {t('risks.columns.reviewDate')}
                      </SortableTh>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {visible.map((risk) => (
                      <Table.Tr
                        key={risk.id}
                        className="custos-clickable-row"
                        onClick={() => navigate({ page: 'risks', params: { id: risk.id } })}
                        bg={params.id === risk.id ? 'var(--mantine-primary-color-light)' : undefined}
                      >
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>
                          <Anchor
                            component="button"
                            type="button"
                            size="sm"
                            fw={600}
                            onClick={(event) => {
                              event.stopPropagation();
                              navigate({ page: 'risks', params: { id: risk.id } });
                            }}
                            aria-label={t('risks.open', { ref: risk.ref, title: risk.title })}
                          >
                            {risk.ref}
                          </Anchor>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm" fw={500} lineClamp={2}>
                            {risk.title}
                          </Text>
                          <Text size="xs" c="dimmed" lineClamp={1}>
                            {risk.owner || t('controls.unassigned')}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <ScoreBadge score={risk.inherentScore} appetite={scaleData.appetite} maxScore={maxScore} detail={`${level('likelihood', risk.inherentLikelihood)} × ${level('impact', risk.inherentImpact)}`} />
                        </Table.Td>
                        <Table.Td>
                          <ScoreBadge score={risk.residualScore} appetite={scaleData.appetite} maxScore={maxScore} detail={`${level('likelihood', risk.residualLikelihood)} × ${level('impact', risk.residualImpact)}`} />
                        </Table.Td>
                        <Table.Td>
                          <EnumBadge kind="riskTreatment" value={risk.treatment} />
                        </Table.Td>
                        <Table.Td>
                          <EnumBadge kind="riskStatus" value={risk.status} />
                        </Table.Td>
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>
                          {risk.reviewDate ? (
                            risk.reviewDate < now && risk.status !== 'closed' ? (
                              <Tooltip label={t('risks.reviewOverdue')}>
                                <Text size="sm" c="red" fw={600}>
                                  {format.day(risk.reviewDate)}
                                </Text>
                              </Tooltip>
                            ) : (
                              <Text size="sm">{format.day(risk.reviewDate)}</Text>
                            )
                          ) : (
                            <Text size="sm" c="dimmed">
                              —
                            </Text>
                          )}
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
          </Card>
        </Stack>
      )}
      {params.id && risks.data && !openRisk && (
        <Stack mt="md">
          <ErrorAlert error={new ClientError('NOT_FOUND', 'no such risk')} />
        </Stack>
      )}
      <RiskDrawer
        opened={drawerOpen}
        risk={creating ? null : openRisk}
        scales={scaleData}
        onClose={closeDrawer}
        onSaved={(saved) => {
          setCreating(false);
          void risks.reload();
          navigate({ page: 'risks', params: { id: saved.id } });
        }}
        onDeleted={() => {
          setCreating(false);
          void risks.reload();
          navigate({ page: 'risks', params: {} });
        }}
      />
      {scaleData && (
        <ScalesEditor
          key={JSON.stringify(scaleData)}
          opened={editingScales}
          scales={scaleData}
          onClose={() => setEditingScales(false)}
          onSaved={(saved) => {
            scales.setData(saved);
            setEditingScales(false);
          }}
        />
      )}
    </>
  );
}
