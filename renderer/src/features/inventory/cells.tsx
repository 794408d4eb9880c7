// Small cells shared by the record tables.
import { Badge, Group, Text, Tooltip } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { FindingKind } from '../../../../shared/contract';

export function FindingsCell({ kinds }: { kinds: readonly FindingKind[] }) {
  const { t } = useTranslation('inventory');
  if (kinds.length === 0) {
    return <IconCircleCheck size={18} color="var(--mantine-color-teal-6)" aria-label={t('findings.count', { count: 0 })} />;
  }
  return (
    <Tooltip multiline maw={420} label={kinds.map((kind) => t(`finding.${kind}`)).join('\n')} style={{ whiteSpace: 'pre-line' }}>
      <Badge color="red" variant="light" radius="sm" leftSection={<IconAlertTriangle size={12} />} style={{ textTransform: 'none' }}>
        {t('table.findingCount', { count: kinds.length })}
      </Badge>
    </Tooltip>
  );
}

export function TextCell({ value, sub }: { value: string | null | undefined; sub?: string | null }) {
  const { t } = useTranslation('inventory');
  return (
    <>
      <Text size="sm" truncate title={value ?? undefined} c={value ? undefined : 'dimmed'}>
        {value || t('table.none')}
      </Text>
      {sub ? (
        <Text size="xs" c="dimmed" truncate title={sub}>
          {sub}
        </Text>
      ) : null}
    </>
  );
}

export function BoolCell({ value }: { value: boolean }) {
  const { t } = useTranslation('inventory');
  return (
    <Text size="sm" c={value ? undefined : 'dimmed'}>
      {value ? t('table.yes') : t('table.no')}
    </Text>
  );
}

export function TagsCell({ values }: { values: readonly string[] }) {
  const { t } = useTranslation('inventory');
  if (values.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('table.none')}
      </Text>
    );
  }
  return (
    <Group gap={4} wrap="nowrap" style={{ overflow: 'hidden' }}>
      {values.slice(0, 3).map((value) => (
        <Badge key={value} variant="default" radius="sm" style={{ textTransform: 'none', flexShrink: 0 }}>
          {value}
        </Badge>
      ))}
      {values.length > 3 && (
        <Text size="xs" c="dimmed">
          +{values.length - 3}
        </Text>
      )}
    </Group>
  );
}
