// Above each record table: the text filter, the tab's own filters, the column chooser and the saved
// views (a name for the current filters, sort and columns), and how many rows match.
import { ActionIcon, Button, Checkbox, Divider, Group, Popover, Stack, Text, TextInput, Tooltip } from '@mantine/core';
import { IconBookmark, IconColumns3, IconFilterOff, IconSearch, IconTrash } from '@tabler/icons-react';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { notifySuccess } from '../../lib/notify';
import type { TableView } from './saved-views';

interface TableToolbarProps {
  text: string;
  onText(text: string): void;
  filters?: ReactNode;
  onClear(): void;
  columns: readonly { key: string; label: string }[];
  visible: readonly string[];
  onColumns(keys: string[]): void;
  defaultColumns: readonly string[];
  views: readonly TableView[];
  current(): Omit<TableView, 'name'>;
  onApply(view: TableView): void;
  onSaveView(view: TableView): void;
  onDeleteView(name: string): void;
  count: ReactNode;
}

export function TableToolbar(props: TableToolbarProps) {
  const { t } = useTranslation('inventory');
  return (
    <Group p="md" gap="sm" align="flex-end" justify="space-between" style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
      <Group gap="sm" align="flex-end">
        <TextInput label={t('filters.text')} leftSection={<IconSearch size={16} />} value={props.text} onChange={(event) => props.onText(event.currentTarget.value)} w={220} />
        {props.filters}
        <Tooltip label={t('filters.clear')}>
          <ActionIcon variant="subtle" color="gray" size="lg" aria-label={t('filters.clear')} onClick={props.onClear}>
            <IconFilterOff size={18} />
          </ActionIcon>
        </Tooltip>
      </Group>
      <Group gap="xs" align="center">
        <Text size="sm" c="dimmed" aria-live="polite">
          {props.count}
        </Text>
        <ColumnChooser columns={props.columns} visible={props.visible} onChange={props.onColumns} defaults={props.defaultColumns} />
        <ViewsMenu views={props.views} current={props.current} onApply={props.onApply} onSave={props.onSaveView} onDelete={props.onDeleteView} />
      </Group>
    </Group>
  );
}

function ColumnChooser({ columns, visible, onChange, defaults }: { columns: readonly { key: string; label: string }[]; visible: readonly string[]; onChange(keys: string[]): void; defaults: readonly string[] }) {
  const { t } = useTranslation('inventory');
  return (
    <Popover position="bottom-end" shadow="md" withinPortal>
      <Popover.Target>
        <Button variant="default" size="sm" leftSection={<IconColumns3 size={16} />}>
          {t('columns.button')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs" role="group" aria-label={t('columns.title')}>
          <Text fw={600} size="sm">
            {t('columns.title')}
          </Text>
          {columns.map((column) => (
            <Checkbox
              key={column.key}
              label={column.label}
              checked={visible.includes(column.key)}
              // The name column always stays, so a row can be recognised and opened.
              disabled={column.key === 'name' || column.key === 'route'}
              onChange={(event) => {
                const on = event.currentTarget.checked;
                onChange(columns.map((c) => c.key).filter((key) => (key === column.key ? on : visible.includes(key))));
              }}
            />
          ))}
          <Button variant="subtle" size="xs" onClick={() => onChange([...defaults])}>
            {t('columns.reset')}
          </Button>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}

function ViewsMenu({ views, current, onApply, onSave, onDelete }: { views: readonly TableView[]; current(): Omit<TableView, 'name'>; onApply(view: TableView): void; onSave(view: TableView): void; onDelete(name: string): void }) {
  const { t } = useTranslation('inventory');
  const [name, setName] = useState('');
  const [opened, setOpened] = useState(false);
  function save() {
    const trimmed = name.trim();
    if (!trimmed) return;
    onSave({ ...current(), name: trimmed });
    notifySuccess(t('views.saved', { name: trimmed }));
    setName('');
  }
  return (
    <Popover opened={opened} onChange={setOpened} position="bottom-end" shadow="md" withinPortal width={280} trapFocus>
      <Popover.Target>
        <Button variant="default" size="sm" leftSection={<IconBookmark size={16} />} onClick={() => setOpened((o) => !o)}>
          {t('views.button')}
        </Button>
      </Popover.Target>
      <Popover.Dropdown>
        <Stack gap="xs" role="group" aria-label={t('views.title')}>
          <Text fw={600} size="sm">
            {t('views.title')}
          </Text>
          {views.length === 0 && (
            <Text size="sm" c="dimmed">
              {t('views.none')}
            </Text>
          )}
          {views.map((view) => (
            <Group key={view.name} gap={4} wrap="nowrap">
              <Button
                variant="subtle"
                size="compact-sm"
                justify="flex-start"
                style={{ flex: 1 }}
                aria-label={t('views.apply', { name: view.name })}
                onClick={() => {
                  onApply(view);
                  setOpened(false);
                }}
              >
                {view.name}
              </Button>
              <ActionIcon variant="subtle" color="red" aria-label={t('views.delete', { name: view.name })} onClick={() => onDelete(view.name)}>
                <IconTrash size={14} />
              </ActionIcon>
            </Group>
          ))}
          <Divider />
          <TextInput
            size="xs"
            label={t('views.name')}
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') {
                event.preventDefault();
                save();
              }
            }}
            maxLength={80}
          />
          <Button size="xs" onClick={save} disabled={!name.trim()}>
            {t('views.save')}
          </Button>
          <Text size="xs" c="dimmed">
            {t('views.storedLocally')}
          </Text>
        </Stack>
      </Popover.Dropdown>
    </Popover>
  );
}
