// One policy: its header (kind, status, exports, retire/delete), the drift banner for notices, and
// tabs for the document (editor or rendered text), the versions with redlines, acknowledgements and
// details. The version shown lives in the route, so links can point at it.
import { Anchor, Badge, Button, Group, Menu, Select, Stack, Tabs, Text, Textarea } from '@mantine/core';
import { IconArchive, IconArrowLeft, IconChevronDown, IconDots, IconFileTypeDocx, IconFileTypePdf, IconMarkdown, IconTrash } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PolicyDetail } from '../../../../shared/contract/areas/policies';
import { useSession } from '../../app/session-store';
import { call } from '../../client/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ExportButton } from '../../components/ExportButton';
import { LoadingState } from '../../components/LoadingState';
import { PageHeader } from '../../components/PageHeader';
import { useFormat } from '../../lib/format';
import { useProcedure } from '../../lib/use-procedure';
import { AcknowledgementsPanel } from './AcknowledgementsPanel';
import { ActionDialog } from '../../components/ActionDialog';
import { DriftBanner } from './DriftBanner';
import { KindBadge, StatusBadge } from './PolicyBadges';
import { PolicyDetailsPanel } from './PolicyDetailsPanel';
import { PolicyDocument } from './PolicyDocument';
import { defaultVersionId, exportFileName } from './policy-view';
import { VersionsPanel } from './VersionsPanel';

type Tab = 'document' | 'versions' | 'acknowledgements' | 'details';

const EXPORTS = [
  { format: 'pdf', icon: IconFileTypePdf, label: 'PDF', extension: 'pdf' },
  { format: 'docx', icon: IconFileTypeDocx, label: 'DOCX', extension: 'docx' },
  { format: 'md', icon: IconMarkdown, label: 'Markdown', extension: 'md' },
] as const;

export function PolicyDetailView({ policyId, versionId }: { policyId: string; versionId?: string }) {
  const { t } = useTranslation('policies');
  const navigate = useSession((state) => state.navigate);
  const detail = useProcedure('policies.get', { id: policyId });
  const [tab, setTab] = useState<Tab>('document');
  const [revision, setRevision] = useState(0);
  const [dialog, setDialog] = useState<'retire' | 'delete' | null>(null);
  const [retireReason, setRetireReason] = useState('');
  const [dirty, setDirty] = useState(false);
  const [pendingVersion, setPendingVersion] = useState<string | null>(null);

  const back = (
    <Anchor component="button" type="button" size="sm" onClick={() => navigate({ page: 'policies', params: {} })} mb="xs">
      <Group gap={4} component="span">
        <IconArrowLeft size={14} />
        {t('detail.back')}
      </Group>
    </Anchor>
  );

  if (detail.error) {
    return (
      <Stack>
        {back}
        <ErrorAlert error={detail.error} />
      </Stack>
    );
  }
  if (!detail.data || detail.data.policy.id !== policyId) return <LoadingState />;

  const data: PolicyDetail = detail.data;
  const { policy, versions } = data;
  const shownId = versionId && versions.some((v) => v.id === versionId) ? versionId : defaultVersionId(policy, versions);
  const shown = versions.find((v) => v.id === shownId) ?? null;
  const neverApproved = versions.every((v) => !v.approvedAt);

  async function changed(nextVersionId: string | null) {
    await detail.reload();
    setRevision((value) => value + 1);
    navigate({ page: 'policies', params: nextVersionId ? { id: policyId, versionId: nextVersionId } : { id: policyId } });
  }

  function openVersion(id: string, force = false) {
    // Switching versions would drop the draft's unsaved text: ask first.
    if (dirty && !force && id !== shownId) {
      setPendingVersion(id);
      return;
    }
    setTab('document');
    setDirty(false);
    navigate({ page: 'policies', params: { id: policyId, versionId: id } });
  }

  return (
    <>
      {back}
      <PageHeader
        title={policy.title}
        description={
          <Group gap="xs" component="span">
            <KindBadge kind={policy.kind} law={policy.law} />
            <StatusBadge status={policy.status} />
            {policy.currentVersion ? <Text span size="sm">{t('detail.inForce', { number: policy.currentVersion.number })}</Text> : <Text span size="sm">{t('detail.noneInForce')}</Text>}
            {policy.owner && <Text span size="sm">{t('detail.owner', { owner: policy.owner })}</Text>}
            {policy.nextReviewDate && <NextReview day={policy.nextReviewDate} overdue={policy.reviewOverdue} />}
          </Group>
        }
        actions={
          <>
            <Menu position="bottom-end" withinPortal>
              <Menu.Target>
                <Button variant="default" rightSection={<IconChevronDown size={14} />} disabled={!shown}>
                  {t('detail.export')}
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                {shown &&
                  EXPORTS.map((entry) => (
                    <ExportButton
                      key={entry.format}
                      variant="subtle"
                      fullWidth
                      justify="flex-start"
                      leftSection={<entry.icon size={16} />}
                      run={(destination) => call('policies.export', { policyId, versionId: shown.id, format: entry.format, ...(destination ? { destination } : {}) })}
                      suggestedName={exportFileName(policy, shown.number, entry.extension)}
                      filters={[{ name: entry.label, extensions: [entry.extension] }]}
                    >
                      {t('detail.exportAs', { format: entry.label, number: shown.number })}
                    </ExportButton>
                  ))}
              </Menu.Dropdown>
            </Menu>
            {policy.status !== 'retired' && (
              <Menu position="bottom-end" withinPortal>
                <Menu.Target>
                  <Button variant="default" px="xs" aria-label={t('detail.more')}>
                    <IconDots size={16} />
                  </Button>
                </Menu.Target>
                <Menu.Dropdown>
                  <Menu.Item leftSection={<IconArchive size={16} />} onClick={() => setDialog('retire')}>
                    {t('detail.retire.button')}
                  </Menu.Item>
                  {neverApproved && (
                    <Menu.Item color="red" leftSection={<IconTrash size={16} />} onClick={() => setDialog('delete')}>
                      {t('detail.delete.button')}
                    </Menu.Item>
                  )}
                </Menu.Dropdown>
              </Menu>
            )}
          </>
        }
      />
      {policy.status === 'retired' && (
        <Badge color="dark" variant="light" size="lg" radius="sm" mb="md" style={{ textTransform: 'none' }}>
          {t('detail.retiredNote', { reason: policy.retiredReason })}
        </Badge>
      )}
      {policy.kind === 'privacy_notice' && policy.status !== 'retired' && (
        <DriftSection
          key={revision}
          policyId={policyId}
          hasOpenDraft={versions.some((v) => v.status === 'draft')}
          onRegenerated={(id) => {
            setTab('document');
            void changed(id);
          }}
        />
      )}
      {/* Panels stay mounted, so a draft's unsaved text survives a look at another tab. */}
      <Tabs value={tab} onChange={(value) => setTab((value as Tab | null) ?? 'document')}>
        <Tabs.List mb="md">
          <Tabs.Tab value="document">{t('tabs.document')}</Tabs.Tab>
          <Tabs.Tab value="versions">{t('tabs.versions', { count: versions.length })}</Tabs.Tab>
          <Tabs.Tab value="acknowledgements">{t('tabs.acknowledgements')}</Tabs.Tab>
          <Tabs.Tab value="details">{t('tabs.details')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="document">
          <Stack gap="md">
            {versions.length > 1 && (
              <Select
                label={t('document.version')}
                data={versions.map((v) => ({ value: v.id, label: t('versions.option', { number: v.number, status: t(`status.${v.status}`) }) }))}
                value={shownId}
                onChange={(value) => value && openVersion(value)}
                allowDeselect={false}
                w={260}
              />
            )}
            {shownId && <PolicyDocument key={`${shownId}:${revision}`} detail={data} versionId={shownId} onChanged={(id) => void changed(id)} onDirtyChange={setDirty} />}
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="versions">
          <VersionsPanel key={revision} detail={data} selectedVersionId={shownId} onOpenVersion={openVersion} />
        </Tabs.Panel>
        <Tabs.Panel value="acknowledgements">
          <AcknowledgementsPanel key={revision} detail={data} onRecorded={() => void detail.reload()} />
        </Tabs.Panel>
        <Tabs.Panel value="details">
          <PolicyDetailsPanel
            key={`${revision}:${policy.updatedAt}`}
            detail={data}
            onSaved={(saved) => {
              detail.setData({ ...data, policy: saved });
            }}
          />
        </Tabs.Panel>
      </Tabs>

      <ActionDialog
        opened={dialog === 'retire'}
        title={t('detail.retire.title')}
        confirmLabel={t('detail.retire.confirm')}
        color="red"
        canConfirm={retireReason.trim() !== ''}
        onClose={() => setDialog(null)}
        onConfirm={async () => {
          await call('policies.retire', { policyId, reason: retireReason.trim() });
          setRetireReason('');
          await changed(null);
        }}
      >
        <Text size="sm">{t('detail.retire.body')}</Text>
        <Textarea label={t('detail.retire.reason')} value={retireReason} onChange={(event) => setRetireReason(event.currentTarget.value)} required autosize minRows={2} data-autofocus />
      </ActionDialog>
      <ActionDialog
        opened={pendingVersion !== null}
        title={t('detail.unsaved.title')}
        confirmLabel={t('detail.unsaved.confirm')}
        color="red"
        onClose={() => setPendingVersion(null)}
        onConfirm={async () => {
          if (pendingVersion) openVersion(pendingVersion, true);
        }}
      >
        <Text size="sm">{t('detail.unsaved.body')}</Text>
      </ActionDialog>
      <ActionDialog
        opened={dialog === 'delete'}
        title={t('detail.delete.title')}
        confirmLabel={t('detail.delete.confirm')}
        color="red"
        onClose={() => setDialog(null)}
        onConfirm={async () => {
          await call('policies.delete', { id: policyId });
          navigate({ page: 'policies', params: {} });
        }}
      >
        <Text size="sm">{t('detail.delete.body', { title: policy.title })}</Text>
      </ActionDialog>
    </>
  );
}

function NextReview({ day, overdue }: { day: string; overdue: boolean }) {
  const { t } = useTranslation('policies');
  const format = useFormat();
  return (
    <Text span size="sm" c={overdue ? 'red' : undefined} fw={overdue ? 600 : undefined}>
      {overdue ? t('detail.reviewOverdue', { date: format.day(day) }) : t('detail.nextReview', { date: format.day(day) })}
    </Text>
  );
}

function DriftSection({ policyId, hasOpenDraft, onRegenerated }: { policyId: string; hasOpenDraft: boolean; onRegenerated(versionId: string): void }) {
  const drift = useProcedure('policies.notice.drift', { policyId });
  if (drift.error) return <ErrorAlert error={drift.error} />;
  if (!drift.data) return null;
  return <DriftBanner policyId={policyId} drift={drift.data} hasOpenDraft={hasOpenDraft} onRegenerated={(version) => onRegenerated(version.id)} />;
}
