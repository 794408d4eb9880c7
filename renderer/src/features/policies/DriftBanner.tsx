// For a privacy notice generated from the inventory: says when the inventory has changed since the
// approved text, shows the redline regeneration would apply, and regenerates into a draft.
import { Alert, Button, Collapse, Group, Stack, Text } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { NoticeDrift, PolicyVersion } from '../../../../shared/contract/areas/policies';
import { call } from '../../client/client';
import { useFormat } from '../../lib/format';
import { ActionDialog } from '../../components/ActionDialog';
import { RedlineLayoutToggle, RedlineView, type RedlineLayout } from './redline/RedlineView';

interface DriftBannerProps {
  policyId: string;
  drift: NoticeDrift;
  /** True when a draft is open: regeneration replaces its text. */
  hasOpenDraft: boolean;
  onRegenerated(version: PolicyVersion): void;
}

export function DriftBanner({ policyId, drift, hasOpenDraft, onRegenerated }: DriftBannerProps) {
  const { t } = useTranslation('policies');
  const format = useFormat();
  const [showing, setShowing] = useState(false);
  const [layout, setLayout] = useState<RedlineLayout>('inline');
  const [confirming, setConfirming] = useState(false);
  if (!drift.drifted) return null;
  const number = drift.version?.number ?? 0;
  return (
    <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} />} title={t('drift.title')} role="region" aria-label={t('drift.title')} mb="md">
      <Stack gap="sm">
        <Text size="sm">
          {drift.version ? t('drift.body', { number }) : t('drift.bodyNoVersion')}
          {drift.baselineAt ? ` ${t('drift.baseline', { date: format.dateTime(drift.baselineAt) })}` : ''}
        </Text>
        <Text size="sm" fw={500}>
          {t('redline.counts', { inserted: drift.inserted, deleted: drift.deleted })}
        </Text>
        <Group gap="xs">
          <Button size="xs" variant="default" onClick={() => setShowing((value) => !value)} aria-expanded={showing}>
            {showing ? t('drift.hideChanges') : t('drift.showChanges')}
          </Button>
          <Button size="xs" color="orange" leftSection={<IconRefresh size={14} />} onClick={() => setConfirming(true)}>
            {t('drift.regenerate')}
          </Button>
        </Group>
        <Collapse expanded={showing}>
          {showing && (
            <Stack gap="xs">
              <RedlineLayoutToggle value={layout} onChange={setLayout} />
              <RedlineView ops={drift.ops} layout={layout} fromLabel={t('drift.approvedText', { number })} toLabel={t('drift.regeneratedText')} maxHeight={420} />
            </Stack>
          )}
        </Collapse>
      </Stack>
      <ActionDialog
        opened={confirming}
        title={t('drift.regenerate')}
        confirmLabel={t('drift.regenerateConfirm')}
        color="orange"
        onClose={() => setConfirming(false)}
        onConfirm={async () => {
          const version = await call('policies.notice.regenerate', { policyId });
          onRegenerated(version);
        }}
      >
        <Text size="sm">{hasOpenDraft ? t('drift.confirmIntoDraft') : t('drift.confirmNewDraft')}</Text>
      </ActionDialog>
    </Alert>
  );
}
