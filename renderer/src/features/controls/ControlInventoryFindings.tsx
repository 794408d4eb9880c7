// The inventory gaps that bear on one control (e.g. unencrypted systems holding sensitive data under
// ISO A.8.24), each opening the record to fix. Shown in the control drawer only when there are some.
import { Divider, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Framework } from '../../../../shared/contract';
import { useSession } from '../../app/session-store';
import { FindingItem } from '../inventory/FindingItem';
import { TAB_OF_TYPE } from '../inventory/inventory-records';
import { useProcedure } from '../../lib/use-procedure';

export function ControlInventoryFindings({ framework, controlId }: { framework: Framework; controlId: string }) {
  const { t } = useTranslation();
  const navigate = useSession((state) => state.navigate);
  const findings = useProcedure('inventory.findings.forControl', { framework, controlId });
  if (!findings.data || findings.data.length === 0) return null;
  return (
    <>
      <Divider />
      <Stack gap="xs" aria-label={t('controls.detail.inventoryFindings', { count: findings.data.length })}>
        <Text fw={600}>{t('controls.detail.inventoryFindings', { count: findings.data.length })}</Text>
        {findings.data.map((finding) => (
          <FindingItem
            key={finding.id}
            finding={finding}
            onOpenRecord={(f) => navigate({ page: 'inventory', params: { tab: TAB_OF_TYPE[f.recordType], id: f.recordId } })}
          />
        ))}
      </Stack>
    </>
  );
}
