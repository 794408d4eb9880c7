// The internal audit programme (ISO/IEC 27001 9.2): planned and performed audits. An audit opens
// with its findings and their corrective actions (AuditDetail).
import { Anchor, Badge, Select, SimpleGrid, Table, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AUDIT_STATUSES, type InternalAudit, type InternalAuditInput } from '../../../../shared/contract';
import { useSession } from '../../app/session-store';
import { call } from '../../client/client';
import { DateField } from '../../components/DateField';
import { EnumBadge } from '../../components/EnumBadge';
import { RecordFormModal } from '../../components/RecordFormModal';
import { today } from '../../lib/dates';
import { useFormat } from '../../lib/format';
import { notifySuccess } from '../../lib/notify';
import { useProcedure } from '../../lib/use-procedure';
import { AuditDetail } from './AuditDetail';
import { RecordListPanel } from './RecordListPanel';

const AUDIT_FIELDS = ['title', 'scope', 'auditor', 'plannedDate', 'performedDate', 'status', 'conclusion'] as const;

export function auditInputOf(audit: InternalAudit): InternalAuditInput {
  const { id: _id, ref: _ref, createdAt: _c, updatedAt: _u, ...input } = audit;
  return input;
}

export function AuditModal({ audit, onClose, onSaved }: { audit: InternalAudit | null; onClose(): void; onSaved(audit: InternalAudit): void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<InternalAuditInput>(
    audit ? auditInputOf(audit) : { title: '', scope: '', auditor: '', plannedDate: today(), performedDate: null, status: 'planned', conclusion: '' },
  );
  const update = (change: Partial<InternalAuditInput>) => setDraft((current) => ({ ...current, ...change }));
  return (
    <RecordFormModal
      opened
      size="xl"
      title={audit ? t('isms.audits.edit', { ref: audit.ref }) : t('isms.audits.new')}
      onClose={onClose}
      fields={AUDIT_FIELDS}
      onSubmit={async () => {
        const saved = audit ? await call('audits.update', { id: audit.id, audit: draft }) : await call('audits.create', draft);
        notifySuccess(t('isms.audits.saved', { ref: saved.ref }));
        onSaved(saved);
      }}
    >
      {(errors) => (
        <>
          <TextInput label={t('isms.audits.fields.title')} required value={draft.title} onChange={(event) => update({ title: event.currentTarget.value })} error={errors.title} data-autofocus />
          <Textarea label={t('isms.audits.fields.scope')} autosize minRows={2} maxRows={8} value={draft.scope} onChange={(event) => update({ scope: event.currentTarget.value })} error={errors.scope} />
          <SimpleGrid cols={2}>
            <TextInput label={t('isms.audits.fields.auditor')} value={draft.auditor} onChange={(event) => update({ auditor: event.currentTarget.value })} error={errors.auditor} />
            <Select
              label={t('isms.audits.fields.status')}
              value={draft.status}
              onChange={(value) => value && update({ status: value as InternalAuditInput['status'] })}
              data={AUDIT_STATUSES.map((value) => ({ value, label: t(`enums.auditStatus.${value}`) }))}
              allowDeselect={false}
              error={errors.status}
              comboboxProps={{ withinPortal: true }}
            />
            <DateField label={t('isms.audits.fields.plannedDate')} required clearable={false} value={draft.plannedDate} onChange={(plannedDate) => plannedDate && update({ plannedDate })} error={errors.plannedDate} />
            <DateField label={t('isms.audits.fields.performedDate')} value={draft.performedDate} onChange={(performedDate) => update({ performedDate })} error={errors.performedDate} />
          </SimpleGrid>
          <Textarea label={t('isms.audits.fields.conclusion')} autosize minRows={3} maxRows={10} value={draft.conclusion} onChange={(event) => update({ conclusion: event.currentTarget.value })} error={errors.conclusion} />
        </>
      )}
    </RecordFormModal>
  );
}

export function AuditsPanel({ auditId, actionId }: { auditId?: string; actionId?: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useSession((state) => state.navigate);
  const audits = useProcedure('audits.list');
  const [creating, setCreating] = useState(false);

  if (auditId) return <AuditDetail key={auditId} auditId={auditId} actionId={actionId} onChanged={() => void audits.reload()} />;

  return (
    <>
    <RecordListPanel
      label={t('isms.tabs.audits')}
      intro={t('isms.audits.intro')}
      newLabel={t('isms.audits.new')}
      onNew={() => setCreating(true)}
      list={audits}
      emptyTitle={t('isms.audits.empty')}
    >
      <Table.ScrollContainer minWidth={860}>
        <Table highlightOnHover verticalSpacing={8} aria-label={t('isms.audits.programme')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={120}>{t('isms.audits.fields.ref')}</Table.Th>
              <Table.Th>{t('isms.audits.fields.title')}</Table.Th>
              <Table.Th w={200}>{t('isms.audits.fields.auditor')}</Table.Th>
              <Table.Th w={130}>{t('isms.audits.fields.plannedDate')}</Table.Th>
              <Table.Th w={130}>{t('isms.audits.fields.performedDate')}</Table.Th>
              <Table.Th w={110}>{t('isms.audits.fields.status')}</Table.Th>
              <Table.Th w={110}>{t('isms.audits.fields.findings')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(audits.data ?? []).map((audit) => (
              <Table.Tr key={audit.id} className="custos-clickable-row" onClick={() => navigate({ page: 'audits', params: { id: audit.id } })}>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>
                  <Anchor
                    component="button"
                    type="button"
                    size="sm"
                    fw={600}
                    onClick={(event) => {
                      event.stopPropagation();
                      navigate({ page: 'audits', params: { id: audit.id } });
                    }}
                    aria-label={t('isms.audits.open', { ref: audit.ref, title: audit.title })}
                  >
                    {audit.ref}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" fw={500} lineClamp={2}>
                    {audit.title}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" lineClamp={1}>
                    {audit.auditor}
                  </Text>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.day(audit.plannedDate)}</Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap' }}>{audit.performedDate ? format.day(audit.performedDate) : '—'}</Table.Td>
                <Table.Td>
                  <EnumBadge kind="auditStatus" value={audit.status} />
                </Table.Td>
                <Table.Td>
                  {audit.findings === 0 ? (
                    <Text size="sm" c="dimmed">
                      0
                    </Text>
                  ) : (
                    <Badge variant="light" color={audit.openFindings > 0 ? 'orange' : 'gray'} radius="sm" style={{ textTransform: 'none' }}>
                      {t('isms.audits.findingsCount', { open: audit.openFindings, total: audit.findings })}
                    </Badge>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </RecordListPanel>
    {creating && (
      <AuditModal
        audit={null}
        onClose={() => setCreating(false)}
        onSaved={(saved) => {
          setCreating(false);
          void audits.reload();
          navigate({ page: 'audits', params: { id: saved.id } });
        }}
      />
    )}
    </>
  );
}
