// A privacy notice's checklist against its law: each required item, covered or missing, with the
// article it comes from and, when covered, where (a click jumps there). It checks the saved text of
// the version shown; conditional items (asked for only in some cases) never block approval.
import { Anchor, Badge, Group, List, Progress, Stack, Text, ThemeIcon, Tooltip } from '@mantine/core';
import { IconCheck, IconMinus, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Completeness } from '../../../../shared/contract/areas/policies';
import { SectionCard } from '../../components/SectionCard';

interface CompletenessPanelProps {
  completeness: Completeness;
  /** The editor holds changes the check has not seen yet. */
  unsaved?: boolean;
  onJump?(line: number): void;
}

export function CompletenessPanel({ completeness, unsaved, onJump }: CompletenessPanelProps) {
  const { t } = useTranslation('policies');
  const { covered, total } = completeness;
  const missing = completeness.missing.length;
  return (
    <SectionCard
      title={t('completeness.title', { standard: t(`policyTemplates:standard.${completeness.standard}`) })}
      action={
        <Badge color={completeness.complete ? 'teal' : 'orange'} variant="light" radius="sm" style={{ textTransform: 'none' }}>
          {completeness.complete ? t('completeness.complete') : t('completeness.missingCount', { count: missing })}
        </Badge>
      }
    >
      <Stack gap="sm">
        <Progress value={total === 0 ? 100 : (covered / total) * 100} color={completeness.complete ? 'teal' : 'orange'} aria-label={t('completeness.progress', { covered, total })} />
        <Text size="xs" c="dimmed">
          {t('completeness.summary', { covered, total })}
          {unsaved ? ` ${t('completeness.savedTextOnly')}` : ''}
        </Text>
        <List spacing={6} size="sm" center={false} aria-label={t('completeness.listLabel')}>
          {completeness.items.map((item) => {
            const state = item.covered ? 'covered' : item.conditional ? 'conditional' : 'missing';
            return (
              <List.Item
                key={item.id}
                data-state={state}
                icon={
                  <ThemeIcon size={20} radius="xl" variant="light" color={state === 'covered' ? 'teal' : state === 'missing' ? 'red' : 'gray'}>
                    {state === 'covered' ? <IconCheck size={13} /> : state === 'missing' ? <IconX size={13} /> : <IconMinus size={13} />}
                  </ThemeIcon>
                }
              >
                <Stack gap={0}>
                  <Group gap={6} wrap="wrap">
                    <Text size="sm" span>
                      {t(item.labelKey)}
                    </Text>
                    <Text size="xs" c="dimmed" span>
                      {t(item.referenceKey)}
                    </Text>
                    <Text size="xs" c={state === 'covered' ? 'teal' : state === 'missing' ? 'red' : 'dimmed'} fw={600} span>
                      {t(`completeness.${state}`)}
                    </Text>
                    {item.match && onJump && (
                      <Tooltip label={item.match.excerpt} multiline w={320}>
                        <Anchor component="button" type="button" size="xs" onClick={() => onJump(item.match!.line)}>
                          {t('completeness.line', { line: item.match.line })}
                        </Anchor>
                      </Tooltip>
                    )}
                  </Group>
                  {!item.covered && (
                    <Text size="xs" c="dimmed">
                      {t(item.hintKey)}
                    </Text>
                  )}
                </Stack>
              </List.Item>
            );
          })}
        </List>
      </Stack>
    </SectionCard>
  );
}
