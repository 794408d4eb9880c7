// Every finding of the inventory in one list, grouped by kind or severity and filterable; each opens
// its record (on the record's tab, in the drawer) and links to the controls it bears on. The list is
// virtualised: a large inventory has findings by the thousand.
import { Badge, Card, Group, SegmentedControl, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FINDING_KINDS, INVENTORY_RECORD_TYPES, type InventoryFinding } from '../../../../shared/contract';
import { EmptyState } from '../../components/EmptyState';
import { useFormat } from '../../lib/format';
import { FindingItem } from './FindingItem';
import { findingMessage, SEVERITY_COLORS, useEnumOptions } from './inventory-labels';

type Item = { kind: 'header'; key: string; label: string; count: number; color?: string } | { kind: 'finding'; key: string; finding: InventoryFinding };

const SEVERITIES = ['high', 'medium', 'low'] as const;

export function groupFindings(findings: readonly InventoryFinding[], by: 'kind' | 'severity', label: (group: string) => string): Item[] {
  const order: readonly string[] = by === 'kind' ? FINDING_KINDS : SEVERITIES;
  const groups = new Map<string, InventoryFinding[]>();
  for (const finding of findings) {
    const key = by === 'kind' ? finding.kind : finding.severity;
    const list = groups.get(key);
    if (list) list.push(finding);
    else groups.set(key, [finding]);
  }
  const items: Item[] = [];
  for (const group of order) {
    const list = groups.get(group);
    if (!list) continue;
    items.push({ kind: 'header', key: `h:${group}`, label: label(group), count: list.length, color: by === 'severity' ? SEVERITY_COLORS[group as InventoryFinding['severity']] : undefined });
    for (const finding of list) items.push({ kind: 'finding', key: finding.id, finding });
  }
  return items;
}

export function FindingsTab({ findings, onOpenRecord }: { findings: readonly InventoryFinding[]; onOpenRecord(finding: InventoryFinding): void }) {
  const { t } = useTranslation('inventory');
  const format = useFormat();
  const [by, setBy] = useState<'kind' | 'severity'>('kind');
  const [severity, setSeverity] = useState<string | null>(null);
  const [kind, setKind] = useState<string | null>(null);
  const [recordType, setRecordType] = useState<string | null>(null);
  const [text, setText] = useState('');
  const severities = useEnumOptions('severity');
  const scrollRef = useRef<HTMLDivElement>(null);

  const items = useMemo(() => {
    const q = text.trim().toLocaleLowerCase();
    const visible = findings.filter(
      (f) =>
        (!severity || f.severity === severity) &&
        (!kind || f.kind === kind) &&
        (!recordType || f.recordType === recordType) &&
        (!q || `${f.recordName}\n${findingMessage(t, f)}`.toLocaleLowerCase().includes(q)),
    );
    return groupFindings(visible, by, (group) => (by === 'kind' ? t(`finding.${group}`) : t(`enums.severity.${group}`)));
  }, [findings, severity, kind, recordType, text, by, t]);

  const virtualizer = useVirtualizer({ count: items.length, getScrollElement: () => scrollRef.current, estimateSize: (i) => (items[i]?.kind === 'header' ? 44 : 118), overscan: 8 });
  const virtual = virtualizer.getVirtualItems();
  const indexes = virtual.length > 0 ? virtual : items.slice(0, 30).map((_, index) => ({ index, start: 0, key: index }));
  const count = (s: string) => findings.filter((f) => f.severity === s).length;

  return (
    <Card withBorder radius="md" padding={0} component="section" aria-label={t('findings.title')}>
      <Group p="md" gap="sm" align="flex-end" justify="space-between" style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
        <Group gap="sm" align="flex-end">
          <TextInput label={t('filters.text')} leftSection={<IconSearch size={16} />} value={text} onChange={(e) => setText(e.currentTarget.value)} w={220} />
          <Select label={t('filters.severity')} placeholder={t('filters.any')} clearable data={severities} value={severity} onChange={setSeverity} w={140} comboboxProps={{ withinPortal: true }} />
          <Select label={t('filters.findingKind')} placeholder={t('filters.any')} clearable data={FINDING_KINDS.map((k) => ({ value: k, label: t(`finding.${k}`) }))} value={kind} onChange={setKind} w={260} comboboxProps={{ withinPortal: true }} />
          <Select label={t('filters.recordType')} placeholder={t('filters.any')} clearable data={INVENTORY_RECORD_TYPES.map((r) => ({ value: r, label: t(`recordType.${r}`) }))} value={recordType} onChange={setRecordType} w={190} comboboxProps={{ withinPortal: true }} />
        </Group>
        <Stack gap={4} align="flex-end">
          <Text size="xs" c="dimmed">
            {t('findings.groupBy')}
          </Text>
          <SegmentedControl
            size="xs"
            value={by}
            onChange={(value) => setBy(value as 'kind' | 'severity')}
            data={[
              { value: 'kind', label: t('findings.byKind') },
              { value: 'severity', label: t('findings.bySeverity') },
            ]}
          />
        </Stack>
      </Group>
      <Group px="md" pt="sm" gap="xs">
        <Text size="sm" fw={600}>
          {t('findings.count', { count: findings.length })}
        </Text>
        <Text size="sm" c="dimmed">
          {t('findings.summary', { high: format.number(count('high')), medium: format.number(count('medium')), low: format.number(count('low')) })}
        </Text>
      </Group>
      {findings.length === 0 ? (
        <EmptyState title={t('findings.none')} />
      ) : items.length === 0 ? (
        <EmptyState title={t('findings.noMatch')} />
      ) : (
        <div ref={scrollRef} style={{ maxHeight: 'calc(100vh - 320px)', minHeight: 320, overflow: 'auto' }}>
          <div style={{ height: virtualizer.getTotalSize() || undefined, position: 'relative' }}>
            {indexes.map((v) => {
              const item = items[v.index]!;
              return (
                <div
                  key={item.key}
                  ref={virtual.length > 0 ? virtualizer.measureElement : undefined}
                  data-index={v.index}
                  style={virtual.length > 0 ? { position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${v.start}px)` } : undefined}
                >
                  {item.kind === 'header' ? (
                    <Group px="md" pt="md" pb={6} gap="xs">
                      <Title order={3} size="h6">
                        {item.label}
                      </Title>
                      <Badge variant="light" color={item.color ?? 'gray'} radius="sm">
                        {format.number(item.count)}
                      </Badge>
                    </Group>
                  ) : (
                    <div style={{ padding: '0 var(--mantine-spacing-md) var(--mantine-spacing-xs)' }}>
                      <FindingItem finding={item.finding} onOpenRecord={onOpenRecord} />
                    </div>
                  )}
                </div>
              );
            })}
          </div>
        </div>
      )}
    </Card>
  );
}
