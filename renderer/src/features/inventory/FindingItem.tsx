// One finding: its severity, translated message and the controls it bears on (each a link to the
// control); optionally the record it is about, as a link that opens it.
import { Anchor, Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { InventoryFinding } from '../../../../shared/contract';
import { useSession } from '../../app/session-store';
import { findingMessage, SEVERITY_COLORS } from './inventory-labels';

export function FindingControls({ controls }: { controls: InventoryFinding['controls'] }) {
  const { t } = useTranslation('inventory');
  const navigate = useSession((state) => state.navigate);
  return (
    <Group gap={6}>
      <Text size="xs" c="dimmed">
        {t('findings.controls')}
      </Text>
      {controls.map((control) => (
        <Anchor
          key={`${control.framework}:${control.controlId}`}
          component="button"
          type="button"
          size="xs"
          fw={600}
          aria-label={t('findings.openControl', { control: control.controlId })}
          onClick={() => navigate({ page: 'controls', params: { framework: control.framework, controlId: control.controlId } })}
        >
          {control.framework === 'iso27001' ? `ISO ${control.controlId}` : `SOC 2 ${control.controlId}`}
        </Anchor>
      ))}
    </Group>
  );
}

export function FindingItem({ finding, onOpenRecord }: { finding: InventoryFinding; onOpenRecord?(finding: InventoryFinding): void }) {
  const { t } = useTranslation('inventory');
  return (
    <Paper withBorder radius="md" p="sm" component="article" aria-label={findingMessage(t, finding)} data-finding={finding.kind}>
      <Stack gap={6}>
        <Group gap="xs" wrap="nowrap" align="flex-start">
          <Badge color={SEVERITY_COLORS[finding.severity]} variant="light" radius="sm" style={{ textTransform: 'none', flexShrink: 0 }}>
            {t(`enums.severity.${finding.severity}`)}
          </Badge>
          <Text size="sm" style={{ flex: 1 }}>
            {findingMessage(t, finding)}
          </Text>
        </Group>
        {onOpenRecord && (
          <Group gap={6}>
            <Text size="xs" c="dimmed">
              {t(`recordType.${finding.recordType}`)}
            </Text>
            <Anchor component="button" type="button" size="xs" fw={600} onClick={() => onOpenRecord(finding)} aria-label={t('findings.openRecord', { name: finding.recordName })}>
              {finding.recordName}
            </Anchor>
          </Group>
        )}
        <FindingControls controls={finding.controls} />
      </Stack>
    </Paper>
  );
}
