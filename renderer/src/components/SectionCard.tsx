import { Card, Group, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A titled card that is also a labelled region, so tests and screen readers can find it by name. */
export function SectionCard({ title, children, action, h }: { title: string; children: ReactNode; action?: ReactNode; h?: string | number }) {
  return (
    <Card withBorder radius="md" padding="lg" component="section" aria-label={title} h={h}>
      <Group justify="space-between" mb="sm" wrap="nowrap" gap="sm">
        <Title order={2} size="h5">
          {title}
        </Title>
        {action}
      </Group>
      {children}
    </Card>
  );
}
