// Verify a pack file (packs.verify): the manifest's Ed25519 signature and every file's size and
// SHA-256, with each problem named — missing, extra, wrong size or hash, bad signature or manifest.
import { Alert, Button, Card, Code, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconAlertTriangle, IconShieldCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PackVerifyResult } from '../../../../shared/contract/areas/packs';
import { call } from '../../client/client';
import { fieldErrors } from '../../client/error-message';
import { ErrorAlert } from '../../components/ErrorAlert';
import { useFormat } from '../../lib/format';

interface PackVerifyCardProps {
  file: string;
  onFileChange(file: string): void;
}

export function PackVerifyCard({ file, onFileChange }: PackVerifyCardProps) {
  const { t } = useTranslation('packs');
  const format = useFormat();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<PackVerifyResult | null>(null);
  const [error, setError] = useState<unknown>(null);

  async function verify() {
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      setResult(await call('packs.verify', { file: file.trim() }));
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  const errors = fieldErrors(t, error);
  return (
    <Card withBorder radius="md" padding="md" component="section" aria-label={t('verify.title')}>
      <Stack gap="md">
        <Stack gap={2}>
          <Text fw={600}>{t('verify.title')}</Text>
          <Text size="sm" c="dimmed">
            {t('verify.intro')}
          </Text>
        </Stack>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            void verify();
          }}
        >
          <Group align="flex-end" gap="xs" wrap="nowrap">
            <TextInput
              style={{ flex: 1 }}
              label={t('verify.file')}
              value={file}
              onChange={(event) => onFileChange(event.currentTarget.value)}
              error={errors.file}
              spellCheck={false}
              styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 'var(--mantine-font-size-sm)' } }}
            />
            <Button type="submit" variant="light" leftSection={<IconShieldCheck size={16} />} loading={busy} disabled={file.trim() === ''}>
              {t('verify.run')}
            </Button>
          </Group>
        </form>
        {!errors.file && <ErrorAlert error={error} />}
        {result && (
          <Stack gap="sm" data-testid="pack-verify-result">
            {result.ok ? (
              <Alert color="teal" variant="light" icon={<IconShieldCheck size={18} />} title={t('verify.ok')}>
                {t('verify.okDetail', { files: format.number(result.fileCount) })}
              </Alert>
            ) : (
              <Alert color="red" variant="light" icon={<IconAlertTriangle size={18} />} title={t('verify.failed')}>
                {t('verify.failedDetail', { problems: format.number(result.problems.length), files: format.number(result.fileCount) })}
              </Alert>
            )}
            {result.keyFingerprint !== '' && (
              <Text size="sm">
                {t('verify.keyFingerprint')} <Code style={{ wordBreak: 'break-all' }}>{result.keyFingerprint}</Code>
              </Text>
            )}
            {result.problems.length > 0 && (
              <Table.ScrollContainer minWidth={700}>
                <Table verticalSpacing={4} data-testid="pack-verify-problems">
                  <Table.Thead>
                    <Table.Tr>
                      <Table.Th>{t('verify.columns.kind')}</Table.Th>
                      <Table.Th>{t('verify.columns.path')}</Table.Th>
                      <Table.Th>{t('verify.columns.expected')}</Table.Th>
                      <Table.Th>{t('verify.columns.actual')}</Table.Th>
                    </Table.Tr>
                  </Table.Thead>
                  <Table.Tbody>
                    {result.problems.map((problem, index) => (
                      <Table.Tr key={`${problem.kind}-${problem.path ?? ''}-${index}`}>
                        <Table.Td>
                          <Text size="sm" fw={500}>
                            {t(`problem.${problem.kind}`)}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <Text size="sm" ff="monospace" style={{ wordBreak: 'break-all' }}>
                            {problem.path ?? '—'}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <Text size="xs" ff="monospace" style={{ wordBreak: 'break-all' }}>
                            {problem.expected ?? '—'}
                          </Text>
                        </Table.Td>
                        <Table.Td>
                          <Text size="xs" ff="monospace" style={{ wordBreak: 'break-all' }}>
                            {problem.actual ?? '—'}
                          </Text>
                        </Table.Td>
                      </Table.Tr>
                    ))}
                  </Table.Tbody>
                </Table>
              </Table.ScrollContainer>
            )}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}
