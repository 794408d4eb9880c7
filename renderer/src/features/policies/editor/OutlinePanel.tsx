// The document's headings; a click jumps the editor (or the preview) to the heading.
import { ScrollArea, Stack, Text, UnstyledButton } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { policyHeadings, type PolicyHeading } from '../../../../../shared/policies/markdown';

export function OutlinePanel({ markdown, onJump, height }: { markdown: string; onJump(heading: PolicyHeading): void; height?: number | string }) {
  const { t } = useTranslation('policies');
  const [debounced] = useDebouncedValue(markdown, 300);
  const headings = useMemo(() => policyHeadings(debounced), [debounced]);
  const top = headings.reduce((min, heading) => Math.min(min, heading.level), 6);
  return (
    <nav aria-label={t('outline.label')} style={{ height }}>
      <Text size="xs" fw={700} c="dimmed" tt="uppercase" mb={6}>
        {t('outline.label')}
      </Text>
      {headings.length === 0 ? (
        <Text size="xs" c="dimmed">
          {t('outline.empty')}
        </Text>
      ) : (
        <ScrollArea.Autosize mah={typeof height === 'number' ? height - 24 : 520} type="auto">
          <Stack gap={0}>
            {headings.map((heading) => (
              <UnstyledButton
                key={`${heading.line}-${heading.anchor}`}
                className="custos-row-button"
                onClick={() => onJump(heading)}
                px={6}
                py={3}
                pl={6 + (heading.level - top) * 12}
                style={{ borderRadius: 'var(--mantine-radius-sm)' }}
              >
                <Text size="xs" fw={heading.level === top ? 600 : 400} lineClamp={2}>
                  {heading.text}
                </Text>
              </UnstyledButton>
            ))}
          </Stack>
        </ScrollArea.Autosize>
      )}
    </nav>
  );
}
