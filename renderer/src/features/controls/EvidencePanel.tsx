// A control's evidence: links made here, links made by default by other modules, and links on the
// other framework that reach this control through the crosswalk (shown with the control they are on).
import { ActionIcon, Anchor, Badge, Button, Group, Paper, Stack, Text, Tooltip } from '@mantine/core';
import { IconArrowsExchange, IconEye, IconFile, IconLink, IconListDetails, IconUnlink } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EvidenceLink, Framework } from '../../../../shared/contract';
import type { Route } from '../../app/router';
import { useSession } from '../../app/session-store';
import { call } from '../../client/client';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { EmptyState } from '../../components/EmptyState';
import { EnumBadge } from '../../components/EnumBadge';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { controlLabel, FRAMEWORK_SHORT_NAMES } from '../../lib/catalog';
import { useFormat } from '../../lib/format';
import { notifySuccess } from '../../lib/notify';
import { useProcedure } from '../../lib/use-procedure';
import { FilePreviewModal } from '../evidence/FilePreviewModal';
import { LinkEvidenceModal } from './LinkEvidenceModal';

/** Where a linked record lives, when the app has a screen for it. */
function recordRoute(recordType: string, recordId: string): Route | null {
  switch (recordType) {
    case 'risk':
      return { page: 'risks', params: { id: recordId } };
    case 'internal_audit':
      return { page: 'audits', params: { id: recordId } };
    case 'isms_objective':
      return { page: 'objectives', params: { id: recordId } };
    case 'management_review':
      return { page: 'reviews', params: { id: recordId } };
    default:
      return null;
  }
}

function LinkRow({ link, onPreview, onUnlink }: { link: EvidenceLink; onPreview(fileId: string, name: string): void; onUnlink(link: EvidenceLink): void }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const navigate = useSession((state) => state.navigate);
  const source = link.source;
  const target = source.kind === 'record' ? recordRoute(source.recordType, source.recordId) : null;
  const name = source.kind === 'file' ? source.name : source.label;

  return (
    <Paper withBorder radius="md" p="sm" role="listitem" aria-label={name}>
      <Group justify="space-between" wrap="nowrap" align="flex-start" gap="sm">
        <Group gap="sm" wrap="nowrap" align="flex-start" style={{ minWidth: 0, flex: 1 }}>
          {source.kind === 'file' ? <IconFile size={20} stroke={1.5} style={{ flexShrink: 0, marginTop: 2 }} /> : <IconListDetails size={20} stroke={1.5} style={{ flexShrink: 0, marginTop: 2 }} />}
          <Stack gap={4} style={{ minWidth: 0 }}>
            {source.kind === 'file' ? (
              <Anchor component="button" type="button" size="sm" fw={500} ta="left" onClick={() => onPreview(source.fileId, source.name)} style={{ wordBreak: 'break-word' }}>
                {source.name}
              </Anchor>
            ) : target ? (
              <Anchor component="button" type="button" size="sm" fw={500} ta="left" onClick={() => navigate(target)}>
                {source.label}
              </Anchor>
            ) : (
              <Text size="sm" fw={500}>
                {source.label}
              </Text>
            )}
            <Group gap={6}>
              <EnumBadge kind="freshness" value={link.freshness} size="sm" />
              {source.kind === 'record' && (
                <Badge size="sm" variant="outline" color="gray" radius="sm" style={{ textTransform: 'none' }}>
                  {t(`palette.entity.${source.recordType}`, { defaultValue: source.recordType })}
                </Badge>
              )}
              {link.origin === 'default' && (
                <Tooltip label={t('evidence.links.defaultHint')} multiline w={260}>
                  <Badge size="sm" variant="outline" color="indigo" radius="sm" style={{ textTransform: 'none' }}>
                    {t('evidence.links.default')}
                  </Badge>
                </Tooltip>
              )}
              {link.via && (
                <Badge size="sm" variant="light" color="cyan" radius="sm" leftSection={<IconArrowsExchange size={12} />} style={{ textTransform: 'none' }}>
                  {t('evidence.links.via', { control: `${FRAMEWORK_SHORT_NAMES[link.via.framework]} ${controlLabel(link.via.framework, link.via.controlId, i18n.language)}` })}
                </Badge>
              )}
            </Group>
            <Text size="xs" c="dimmed">
              {link.expiryDate
                ? t('evidence.links.effectiveUntil', { from: format.day(link.effectiveDate), to: format.day(link.expiryDate) })
                : t('evidence.links.effectiveFrom', { from: format.day(link.effectiveDate) })}
            </Text>
            {link.note && (
              <Text size="xs" style={{ whiteSpace: 'pre-wrap' }}>
                {link.note}
              </Text>
            )}
          </Stack>
        </Group>
        <Group gap={4} wrap="nowrap">
          {source.kind === 'file' && (
            <Tooltip label={t('files.preview')}>
              <ActionIcon variant="subtle" color="gray" onClick={() => onPreview(source.fileId, source.name)} aria-label={t('evidence.links.previewNamed', { name })}>
                <IconEye size={18} />
              </ActionIcon>
            </Tooltip>
          )}
          {link.via ? (
            <Tooltip label={t('evidence.links.openVia')}>
              <ActionIcon
                variant="subtle"
                color="gray"
                onClick={() => navigate({ page: 'controls', params: { framework: link.via!.framework, controlId: link.via!.controlId } })}
                aria-label={t('evidence.links.openViaNamed', { control: link.via.controlId })}
              >
                <IconArrowsExchange size={18} />
              </ActionIcon>
            </Tooltip>
          ) : (
            <Tooltip label={t('evidence.links.unlink')}>
              <ActionIcon variant="subtle" color="red" onClick={() => onUnlink(link)} aria-label={t('evidence.links.unlinkNamed', { name })}>
                <IconUnlink size={18} />
              </ActionIcon>
            </Tooltip>
          )}
        </Group>
      </Group>
    </Paper>
  );
}

export function EvidencePanel({ framework, controlId, onChanged }: { framework: Framework; controlId: string; onChanged(): void }) {
  const { t } = useTranslation();
  const links = useProcedure('evidence.forControl', { framework, controlId, includeCrosswalk: true });
  const [linking, setLinking] = useState(false);
  const [preview, setPreview] = useState<{ fileId: string; name: string } | null>(null);
  const [unlinking, setUnlinking] = useState<EvidenceLink | null>(null);

  const direct = (links.data ?? []).filter((link) => !link.via);
  const crosswalked = (links.data ?? []).filter((link) => link.via);

  return (
    <Stack gap="sm">
      <Group justify="space-between">
        <Text fw={600}>{t('evidence.links.title')}</Text>
        <Button size="xs" leftSection={<IconLink size={14} />} onClick={() => setLinking(true)}>
          {t('evidence.links.add')}
        </Button>
      </Group>
      <ErrorAlert error={links.error} />
      {!links.data && links.loading && <LoadingState />}
      {links.data && links.data.length === 0 && <EmptyState title={t('evidence.links.none')}>{t('evidence.links.noneHint')}</EmptyState>}
      {direct.length > 0 && (
        <Stack gap="xs" role="list" aria-label={t('evidence.links.direct')}>
          {direct.map((link) => (
            <LinkRow key={link.id} link={link} onPreview={(fileId, name) => setPreview({ fileId, name })} onUnlink={setUnlinking} />
          ))}
        </Stack>
      )}
      {crosswalked.length > 0 && (
        <Stack gap="xs">
          <Text size="sm" fw={600} c="dimmed" mt="xs">
            {t('evidence.links.crosswalk')}
          </Text>
          <Stack gap="xs" role="list" aria-label={t('evidence.links.crosswalk')}>
            {crosswalked.map((link) => (
              <LinkRow key={`${link.id}:${link.controlId}`} link={link} onPreview={(fileId, name) => setPreview({ fileId, name })} onUnlink={setUnlinking} />
            ))}
          </Stack>
        </Stack>
      )}
      <LinkEvidenceModal
        opened={linking}
        framework={framework}
        controlId={controlId}
        onClose={() => setLinking(false)}
        onLinked={() => {
          setLinking(false);
          notifySuccess(t('evidence.link.done'));
          void links.reload();
          onChanged();
        }}
      />
      <FilePreviewModal fileId={preview?.fileId ?? null} name={preview?.name} onClose={() => setPreview(null)} />
      <ConfirmDialog
        opened={unlinking !== null}
        title={t('evidence.links.unlinkTitle')}
        confirmLabel={t('evidence.links.unlink')}
        onClose={() => setUnlinking(null)}
        onConfirm={async () => {
          if (!unlinking) return;
          await call('evidence.unlink', { id: unlinking.id });
          notifySuccess(t('evidence.links.unlinked'));
          void links.reload();
          onChanged();
        }}
      >
        {t('evidence.links.unlinkBody', { name: unlinking ? (unlinking.source.kind === 'file' ? unlinking.source.name : unlinking.source.label) : '' })}
      </ConfirmDialog>
    </Stack>
  );
}
