import { Box, Container, Group } from '@mantine/core';
import type { ReactNode } from 'react';
import { BrandMark } from './BrandMark';
import { LanguageSwitcher } from './LanguageSwitcher';

/** The frame of the screens shown before the main layout: start, unlock, recovery key. */
export function CenteredLayout({ children, width = 560 }: { children: ReactNode; width?: number }) {
  return (
    <Box mih="100vh" bg="var(--mantine-color-body)" style={{ display: 'flex', flexDirection: 'column' }}>
      <Group justify="space-between" px="lg" py="sm" component="header">
        <BrandMark />
        <LanguageSwitcher />
      </Group>
      <Box component="main" style={{ flex: 1, display: 'flex', alignItems: 'flex-start', justifyContent: 'center' }} py="xl" px="md">
        <Container size={width} w="100%" p={0}>
          {children}
        </Container>
      </Box>
    </Box>
  );
}
