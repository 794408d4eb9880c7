// The policy register: title, kind, status, owner, version in force, next review and whether a
// notice has drifted from the inventory; filtered by text, kind and status.
import { Anchor, Badge, Card, Group, Select, Table, Text, TextInput, Tooltip } from '@mantine/core';
import { IconSearch } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { POLICY_KINDS, VERSION_STATUSES, type PolicySummary } from '../../../../shared/contract/areas/policies';
import { EmptyState } from '../../components/EmptyState';
import { useFormat } from '../../lib/format';
import { KindBadge, StatusBadge } from './PolicyBadges';
import { filterPolicies } from './policy-view';

export function PolicyList({ policies, onOpen }: { policies: readonly PolicySummary[]; onOpen(policy: PolicySummary): void }) {
  const { t, i18n } = useTranslation('policies');
  const format = useFormat();
  const [text, setText] = useState('');
  const [kind, setKind] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const visible = useMemo(
    () => filterPolicies(policies, { text, kind, status }, new Intl.Collator(i18n.language, { numeric: true, sensitivity: 'base' })),
    [policies, text, kind, status, i18n.language],
  );

  return (
    <Card withBorder radius="md" padding={0} component="section" aria-label={t('list.label')}>
      <Group p="md" gap="sm" align="flex-end" style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
        <TextInput label={t('list.filterText')} leftSection={<IconSearch size={16} />} value={text} onChange={(event) => setText(event.currentTarget.value)} w={240} />
        <Select label={t('list.filterKind')} placeholder={t('list.any')} clearable value={kind} onChange={setKind} data={POLICY_KINDS.map((value) => ({ value, label: t(`kind.${value}`) }))} w={180} />
        <Select label={t('list.filterStatus')} placeholder={t('list.any')} clearable value={status} onChange={setStatus} data={VERSION_STATUSES.map((value) => ({ value, label: t(`status.${value}`) }))} w={160} />
      </Group>
      {visible.length === 0 ? (
        <EmptyState title={policies.length === 0 ? t('list.empty') : t('list.noMatch')}>{policies.length === 0 ? t('list.emptyHint') : undefined}</EmptyState>
      ) : (
        <Table.ScrollContainer minWidth={900}>
          <Table highlightOnHover verticalSpacing={8} aria-label={t('list.label')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('list.columns.title')}</Table.Th>
                <Table.Th w={170}>{t('list.columns.kind')}</Table.Th>
                <Table.Th w={110}>{t('list.columns.status')}</Table.Th>
                <Table.Th w={160}>{t('list.columns.owner')}</Table.Th>
                <Table.Th w={110}>{t('list.columns.current')}</Table.Th>
                <Table.Th w={130}>{t('list.columns.nextReview')}</Table.Th>
                <Table.Th w={140}>{t('list.columns.drift')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {visible.map((policy) => (
                <Table.Tr key={policy.id} className="custos-clickable-row" onClick={() => onOpen(policy)}>
                  <Table.Td>
                    <Anchor
                      component="button"
                      type="button"
                      size="sm"
                      fw={600}
                      ta="left"
                      onClick={(event) => {
                        event.stopPropagation();
                        onOpen(policy);
                      }}
                    >
                      {policy.title}
                    </Anchor>
                    <Text size="xs" c="dimmed" ff="monospace">
                      {policy.slug}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <KindBadge kind={policy.kind} law={policy.law} />
                  </Table.Td>
                  <Table.Td>
                    <StatusBadge status={policy.status} />
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" c={policy.owner ? undefined : 'dimmed'}>
                      {policy.owner || t('list.noOwner')}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {policy.currentVersion ? (
                      <Text size="sm">v{policy.currentVersion.number}</Text>
                    ) : (
                      <Text size="sm" c="dimmed">
                        {t('list.noCurrent')}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {policy.nextReviewDate ? (
                      policy.reviewOverdue ? (
                        <Tooltip label={t('list.reviewOverdue')}>
                          <Text size="sm" c="red" fw={600}>
                            {format.day(policy.nextReviewDate)}
                          </Text>
                        </Tooltip>
                      ) : (
                        <Text size="sm">{format.day(policy.nextReviewDate)}</Text>
                      )
                    ) : (
                      <Text size="sm" c="dimmed">
                        —
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {policy.drifted ? (
                      <Badge color="orange" variant="light" radius="sm" style={{ textTransform: 'none' }}>
                        {t('list.drifted')}
                      </Badge>
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
  );
}
