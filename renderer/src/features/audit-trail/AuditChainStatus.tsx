import { Alert, Badge, Code, Group, List, Stack, Text } from '@mantine/core';
import { IconAlertOctagon, IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { AuditVerifyResult } from '../../../../shared/contract';
import { joinSentences, useFormat } from '../../lib/format';

export function shortHash(hash: string): string {
  return hash.length > 16 ? `${hash.slice(0, 12)}…` : hash;
}

export function AuditChainBadge({ ok }: { ok: boolean }) {
  const { t } = useTranslation();
  return (
    <Badge color={ok ? 'teal' : 'red'} variant="light" leftSection={ok ? <IconCircleCheck size={14} /> : <IconAlertOctagon size={14} />}>
      {ok ? t('audit.chain.intact') : t('audit.chain.broken')}
    </Badge>
  );
}

/** The result of recomputing the hash chain: intact, or what is wrong and where. */
export function AuditChainResult({ result, compact = false }: { result: AuditVerifyResult; compact?: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const summary = (
    <Text size="sm">
      {joinSentences([
        t('audit.chain.checked', { count: result.checked, formatted: format.number(result.checked) }),
        result.checked > 0 ? t('audit.chain.head', { seq: result.headSeq }) : '',
      ])}
      {result.checked > 0 && (
        <>
          {' '}
          <Code>{shortHash(result.headHash)}</Code>
        </>
      )}
    </Text>
  );
  if (result.ok) {
    return compact ? (
      <Stack gap={6}>
        <Group>
          <AuditChainBadge ok />
        </Group>
        {summary}
      </Stack>
    ) : (
      <Alert color="teal" variant="light" icon={<IconCircleCheck size={18} />} title={t('audit.chain.intactTitle')}>
        {summary}
      </Alert>
    );
  }
  return (
    <Alert color="red" variant="light" icon={<IconAlertOctagon size={18} />} title={t('audit.chain.brokenTitle')} role="alert">
      <Stack gap="xs">
        <Text size="sm">{t('audit.chain.brokenExplain', { count: result.problemCount })}</Text>
        <List size="sm" spacing={2}>
          {result.problems.map((problem, index) => (
            <List.Item key={`${problem.seq}-${index}`}>
              <Text span fw={600} size="sm">
                {t('audit.chain.problemAt', { seq: problem.seq })}
              </Text>{' '}
              {t(`audit.problem.${problem.kind}`)}
            </List.Item>
          ))}
        </List>
        {result.problemCount > result.problems.length && (
          <Text size="xs" c="dimmed">
            {t('audit.chain.moreProblems', { count: result.problemCount - result.problems.length })}
          </Text>
        )}
        {summary}
      </Stack>
    </Alert>
  );
}
