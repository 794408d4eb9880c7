// An approved (or superseded) version, read-only: scope, roles, the steps with their targets and
// decision points, and the contacts.
import { Badge, Card, Group, List, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RunbookContent } from '../../../../shared/contract/areas/runbooks';
import { formatMinutes } from './runbook-format';

export function RunbookView({ content }: { content: RunbookContent }) {
  const { t } = useTranslation('runbooks');
  const stepNumber = (id: string | null) => (id === null ? t('editor.end') : `${content.steps.findIndex((step) => step.id === id) + 1}. ${content.steps.find((step) => step.id === id)?.title ?? ''}`);
  return (
    <Stack gap="md" component="section" aria-label={t('view.title')}>
      {content.scope && <Text size="sm">{content.scope}</Text>}
      <Card withBorder radius="md" padding="sm">
        <Text fw={600} mb="xs">
          {t('editor.roles')}
        </Text>
        <Table verticalSpacing={4}>
          <Table.Tbody>
            {content.roles.map((role) => (
              <Table.Tr key={role.role}>
                <Table.Td w={220}>{t(`roles.${role.role}`)}</Table.Td>
                <Table.Td>{role.assignee || '—'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Card>
      <Stack gap="xs">
        <Text fw={600}>{t('editor.steps')}</Text>
        {content.steps.map((step, index) => (
          <Card key={step.id} withBorder radius="md" padding="sm" component="article" aria-label={t('editor.stepN', { number: index + 1 })}>
            <Group justify="space-between" wrap="nowrap">
              <Text fw={600}>
                {index + 1}. {step.title}
              </Text>
              <Group gap="xs" wrap="nowrap">
                <Badge variant="light" radius="sm" style={{ textTransform: 'none' }}>
                  {t(`roles.${step.role}`)}
                </Badge>
                <Badge variant="outline" color="gray" radius="sm" style={{ textTransform: 'none' }}>
                  {step.targetMinutes === null ? t('editor.noTarget') : t('view.within', { duration: formatMinutes(t, step.targetMinutes) })}
                </Badge>
              </Group>
            </Group>
            {step.instructions && (
              <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
                {step.instructions}
              </Text>
            )}
            {step.decision && (
              <Card withBorder radius="sm" padding="xs" mt="xs" bg="var(--mantine-color-default-hover)">
                <Text size="sm" fw={600}>
                  {step.decision.question}
                </Text>
                <List size="sm" spacing={2}>
                  {step.decision.options.map((option, i) => (
                    <List.Item key={i}>{t('view.answer', { answer: option.answer, step: stepNumber(option.goTo) })}</List.Item>
                  ))}
                </List>
              </Card>
            )}
          </Card>
        ))}
      </Stack>
      {content.contacts.length > 0 && (
        <Card withBorder radius="md" padding="sm">
          <Text fw={600} mb="xs">
            {t('editor.contacts')}
          </Text>
          <Table verticalSpacing={4}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('contacts.name')}</Table.Th>
                <Table.Th>{t('contacts.role')}</Table.Th>
                <Table.Th>{t('contacts.phone')}</Table.Th>
                <Table.Th>{t('contacts.email')}</Table.Th>
                <Table.Th />
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {content.contacts.map((contact, index) => (
                <Table.Tr key={index}>
                  <Table.Td>{contact.name}</Table.Td>
                  <Table.Td>{contact.role}</Table.Td>
                  <Table.Td>{contact.phone || '—'}</Table.Td>
                  <Table.Td>{contact.email || '—'}</Table.Td>
                  <Table.Td>{contact.external && <Badge variant="light" color="grape" radius="sm" style={{ textTransform: 'none' }}>{t('contacts.externalBadge')}</Badge>}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Card>
      )}
    </Stack>
  );
}
