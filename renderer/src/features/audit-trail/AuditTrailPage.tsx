import { ActionIcon, Button, Card, Code, Collapse, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconChevronDown, IconChevronRight, IconShieldCheck } from '@tabler/icons-react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditEvent, AuditVerifyResult } from '../../../../shared/contract';
import { call } from '../../client/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { useFormat } from '../../lib/format';
import { AuditChainResult } from './AuditChainStatus';
import { AuditSummary } from './AuditSummary';

const PAGE_SIZE = 50;
/** A collapsed row; expanded rows are measured once drawn. */
const ROW_ESTIMATE = 45;

export function AuditTrailPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const [events, setEvents] = useState<AuditEvent[]>([]);
  const [hasMore, setHasMore] = useState(false);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<unknown>(null);
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(new Set());
  const [verifying, setVerifying] = useState(false);
  const [verification, setVerification] = useState<AuditVerifyResult | null>(null);
  const [verifyError, setVerifyError] = useState<unknown>(null);

  const load = useCallback(async (beforeSeq?: number) => {
    setLoading(true);
    setError(null);
    try {
      const page = await call('audit.list', beforeSeq === undefined ? { limit: PAGE_SIZE } : { limit: PAGE_SIZE, beforeSeq });
      setEvents((current) => (beforeSeq === undefined ? page : [...current, ...page.filter((event) => event.seq < beforeSeq)]));
      setHasMore(page.length === PAGE_SIZE);
    } catch (caught) {
      setError(caught);
    } finally {
      setLoading(false);
    }
  }, []);

  useEffect(() => {
    void load();
  }, [load]);

  async function verify() {
    setVerifying(true);
    setVerifyError(null);
    try {
      setVerification(await call('audit.verify'));
    } catch (caught) {
      setVerifyError(caught);
    } finally {
      setVerifying(false);
    }
  }

  function toggle(seq: number) {
    setExpanded((current) => {
      const next = new Set(current);
      if (next.has(seq)) next.delete(seq);
      else next.add(seq);
      return next;
    });
  }

  const oldest = events.at(-1)?.seq;
  // A long trail (every change ever made) is virtualised: only the rows in view are in the DOM. Each
  // event is its own <tbody> so an expanded event (two rows) is measured as one item.
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: events.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_ESTIMATE,
    overscan: 12,
    getItemKey: (index) => events[index]!.seq,
  });
  const items = virtualizer.getVirtualItems();
  const paddingTop = items.length > 0 ? items[0]!.start : 0;
  const paddingBottom = items.length > 0 ? virtualizer.getTotalSize() - items[items.length - 1]!.end : 0;

  return (
    <>
      <PageHeader
        title={t('audit.title')}
        description={t('audit.subtitle')}
        actions={
          <Button leftSection={<IconShieldCheck size={16} />} onClick={() => void verify()} loading={verifying}>
            {t('audit.verify')}
          </Button>
        }
      />
      <Stack gap="lg">
        {verification && <AuditChainResult result={verification} />}
        <ErrorAlert error={verifyError} />
        <ErrorAlert error={error} />
        <Card withBorder radius="md" padding={0}>
          {events.length === 0 && loading ? (
            <LoadingState />
          ) : events.length === 0 ? (
            <Text c="dimmed" size="sm" p="lg">
              {t('audit.empty')}
            </Text>
          ) : (
            <div ref={scrollRef} style={{ maxHeight: 'calc(100vh - 240px)', minHeight: Math.min(events.length * ROW_ESTIMATE + 44, 360), overflow: 'auto' }}>
              <Table verticalSpacing="xs" horizontalSpacing="md" highlightOnHover stickyHeader style={{ minWidth: 720 }} aria-rowcount={events.length + 1}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w={44}>
                      <VisuallyHidden>{t('audit.columns.details')}</VisuallyHidden>
                    </Table.Th>
                    <Table.Th w={70}>{t('audit.columns.seq')}</Table.Th>
                    <Table.Th>{t('audit.columns.time')}</Table.Th>
                    <Table.Th>{t('audit.columns.actor')}</Table.Th>
                    <Table.Th>{t('audit.columns.procedure')}</Table.Th>
                    <Table.Th>{t('audit.columns.entity')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                {paddingTop > 0 && (
                  <Table.Tbody aria-hidden>
                    <Table.Tr>
                      <Table.Td colSpan={6} h={paddingTop} p={0} />
                    </Table.Tr>
                  </Table.Tbody>
                )}
                {items.map((item) => {
                  const event = events[item.index]!;
                  const open = expanded.has(event.seq);
                  return (
                    <Table.Tbody key={event.seq} ref={virtualizer.measureElement} data-index={item.index}>
                      <Table.Tr onClick={() => toggle(event.seq)} style={{ cursor: 'pointer' }} aria-rowindex={item.index + 2}>
                        <Table.Td>
                          <ActionIcon
                            variant="subtle"
                            color="gray"
                            size="sm"
                            aria-expanded={open}
                            aria-label={t(open ? 'audit.collapse' : 'audit.expand', { seq: event.seq })}
                            onClick={(clickEvent) => {
                              clickEvent.stopPropagation();
                              toggle(event.seq);
                            }}
                          >
                            {open ? <IconChevronDown size={16} /> : <IconChevronRight size={16} />}
                          </ActionIcon>
                        </Table.Td>
                        <Table.Td style={{ fontVariantNumeric: 'tabular-nums' }}>{event.seq}</Table.Td>
                        <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.dateTimePrecise(event.at)}</Table.Td>
                        <Table.Td>{t(`audit.actors.${event.actor}`, { defaultValue: event.actor })}</Table.Td>
                        <Table.Td>
                          <Code>{event.procedure}</Code>
                        </Table.Td>
                        <Table.Td>{t(`entities.${event.entityType}`, { defaultValue: event.entityType })}</Table.Td>
                      </Table.Tr>
                      {open && (
                        <Table.Tr>
                          <Table.Td colSpan={6} bg="var(--mantine-color-default-hover)">
                            <Collapse expanded={open}>
                              <AuditSummary event={event} />
                            </Collapse>
                          </Table.Td>
                        </Table.Tr>
                      )}
                    </Table.Tbody>
                  );
                })}
                {paddingBottom > 0 && (
                  <Table.Tbody aria-hidden>
                    <Table.Tr>
                      <Table.Td colSpan={6} h={paddingBottom} p={0} />
                    </Table.Tr>
                  </Table.Tbody>
                )}
              </Table>
            </div>
          )}
        </Card>
        <Group justify="center">
          {hasMore && oldest !== undefined && (
            <Button variant="default" onClick={() => void load(oldest)} loading={loading}>
              {t('audit.loadOlder')}
            </Button>
          )}
          {!hasMore && events.length > 0 && (
            <Text size="xs" c="dimmed">
              {t('audit.beginning')}
            </Text>
          )}
        </Group>
      </Stack>
    </>
  );
}
