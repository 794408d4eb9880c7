// The likelihood and impact scales (labels in English and Chinese) and the risk appetite. Dropping a
// level that existing risks use is refused by the backend (CONFLICT, naming the risks).
import { ActionIcon, Button, Group, Modal, NumberInput, SimpleGrid, Stack, Table, Text, TextInput, Title, Tooltip } from '@mantine/core';
import { IconMinus, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RiskScales } from '../../../../shared/contract';
import { call } from '../../client/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { issuesByField } from '../../lib/field-errors';
import { notifySuccess } from '../../lib/notify';

type Axis = 'likelihood' | 'impact';

function LevelsTable({ axis, scales, onChange }: { axis: Axis; scales: RiskScales; onChange(scales: RiskScales): void }) {
  const { t } = useTranslation();
  const levels = scales[axis];
  const title = t(`risks.scales.${axis}`);

  function setLabel(index: number, language: 'en' | 'zh-CN', value: string) {
    onChange({ ...scales, [axis]: levels.map((level, i) => (i === index ? { ...level, label: { ...level.label, [language]: value } } : level)) });
  }

  return (
    <Stack gap="xs">
      <Group justify="space-between">
        <Title order={3} size="h6">
          {title}
        </Title>
        <Group gap={4}>
          <Tooltip label={t('risks.scales.removeLevel')}>
            <ActionIcon variant="default" aria-label={t('risks.scales.removeLevelOf', { axis: title })} disabled={levels.length <= 2} onClick={() => onChange({ ...scales, [axis]: levels.slice(0, -1) })}>
              <IconMinus size={16} />
            </ActionIcon>
          </Tooltip>
          <Tooltip label={t('risks.scales.addLevel')}>
            <ActionIcon
              variant="default"
              aria-label={t('risks.scales.addLevelOf', { axis: title })}
              disabled={levels.length >= 10}
              onClick={() => onChange({ ...scales, [axis]: [...levels, { value: levels.length + 1, label: { en: '', 'zh-CN': '' } }] })}
            >
              <IconPlus size={16} />
            </ActionIcon>
          </Tooltip>
        </Group>
      </Group>
      <Table withRowBorders={false} verticalSpacing={4} horizontalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={36}>#</Table.Th>
            <Table.Th>{t('risks.scales.labelEn')}</Table.Th>
            <Table.Th>{t('risks.scales.labelZh')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {levels.map((level, index) => (
            <Table.Tr key={level.value}>
              <Table.Td>
                <Text size="sm" fw={600}>
                  {level.value}
                </Text>
              </Table.Td>
              <Table.Td>
                <TextInput size="xs" aria-label={`${title} ${level.value} ${t('risks.scales.labelEn')}`} value={level.label.en} onChange={(event) => setLabel(index, 'en', event.currentTarget.value)} />
              </Table.Td>
              <Table.Td>
                <TextInput size="xs" lang="zh-CN" aria-label={`${title} ${level.value} ${t('risks.scales.labelZh')}`} value={level.label['zh-CN']} onChange={(event) => setLabel(index, 'zh-CN', event.currentTarget.value)} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}

export function ScalesEditor({ opened, scales, onClose, onSaved }: { opened: boolean; scales: RiskScales; onClose(): void; onSaved(scales: RiskScales): void }) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<RiskScales>(scales);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const fields = issuesByField(t, error);
  const maxScore = draft.likelihood.length * draft.impact.length;

  async function save() {
    setBusy(true);
    setError(null);
    try {
      const saved = await call('risks.scales.update', draft);
      notifySuccess(t('risks.scales.saved'));
      onSaved(saved);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal
      opened={opened}
      onClose={() => {
        if (busy) return;
        setDraft(scales);
        setError(null);
        onClose();
      }}
      title={t('risks.scales.title')}
      size="xl"
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="lg">
        <Text size="sm" c="dimmed">
          {t('risks.scales.intro')}
        </Text>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <LevelsTable axis="likelihood" scales={draft} onChange={setDraft} />
          <LevelsTable axis="impact" scales={draft} onChange={setDraft} />
        </SimpleGrid>
        <NumberInput
          label={t('risks.scales.appetite')}
          description={t('risks.scales.appetiteHint', { max: maxScore })}
          min={1}
          max={100}
          allowDecimal={false}
          value={draft.appetite}
          onChange={(value) => setDraft({ ...draft, appetite: typeof value === 'number' ? value : Number(value) || 1 })}
          error={fields.appetite}
          w={260}
        />
        {error && !fields.appetite ? <ErrorAlert error={error} /> : null}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={() => { setDraft(scales); setError(null); onClose(); }} disabled={busy}>
            {t('common.cancel')}
          </Button>
          <Button onClick={() => void save()} loading={busy}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
