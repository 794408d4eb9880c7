import { Box, Group, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { PassphraseAssessment } from '../../../shared/domain/passphrase-policy';

const SCORE_COLORS = ['red', 'red', 'yellow', 'teal', 'green'] as const;

interface PassphraseStrengthProps {
  assessment: PassphraseAssessment | null;
  minLength: number | null;
}

/** The live meter under a new passphrase: strength, the policy, and zxcvbn's advice, translated. */
export function PassphraseStrength({ assessment, minLength }: PassphraseStrengthProps) {
  const { t } = useTranslation();
  const score = assessment?.score ?? -1;
  const color = assessment ? SCORE_COLORS[assessment.score] : 'gray';
  const policyText = minLength ? t('passphrase.policy', { minLength }) : '';

  return (
    <Stack gap={6} aria-live="polite">
      <Group gap={4} grow role="meter" aria-label={t('passphrase.strengthLabel')} aria-valuemin={0} aria-valuemax={4} aria-valuenow={Math.max(score, 0)}>
        {[0, 1, 2, 3].map((segment) => (
          <Box
            key={segment}
            h={6}
            style={{
              borderRadius: 3,
              backgroundColor: score > segment || (score === 0 && segment === 0 && assessment) ? `var(--mantine-color-${color}-filled)` : 'var(--mantine-color-default-border)',
              transition: 'background-color 150ms ease',
            }}
          />
        ))}
      </Group>
      {assessment ? (
        <>
          <Group justify="space-between" gap="xs">
            <Text size="xs" c="dimmed">
              {t('passphrase.strength', { label: t(`passphrase.score.${assessment.score}`) })}
            </Text>
            <Text size="xs" c="dimmed">
              {t('passphrase.length', { count: assessment.length })}
            </Text>
          </Group>
          {assessment.problem === 'too_short' && (
            <Text size="sm" c="red">
              {t('passphrase.problem.too_short', { minLength: minLength ?? 12, length: assessment.length })}
            </Text>
          )}
          {assessment.problem === 'too_weak' && (
            <Text size="sm" c="red">
              {t('passphrase.problem.too_weak')}
            </Text>
          )}
          {assessment.acceptable && (
            <Text size="sm" c="teal">
              {t('passphrase.acceptable')}
            </Text>
          )}
          {assessment.warning && (
            <Text size="sm" c="orange">
              {t(`passphrase.feedback.warnings.${assessment.warning}`, { defaultValue: '' })}
            </Text>
          )}
          {assessment.suggestions.length > 0 && !assessment.acceptable && (
            <List size="sm" c="dimmed" spacing={2}>
              {assessment.suggestions.map((suggestion) => (
                <List.Item key={suggestion}>{t(`passphrase.feedback.suggestions.${suggestion}`, { defaultValue: '' })}</List.Item>
              ))}
            </List>
          )}
        </>
      ) : (
        <Text size="xs" c="dimmed">
          {policyText}
        </Text>
      )}
    </Stack>
  );
}
