// A redline: words inserted (underlined, green) and deleted (struck through, red), either inline in
// one text or side by side (the older text with its deletions, the newer with its insertions).
import { Grid, Paper, ScrollArea, SegmentedControl, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RedlineOp } from '../../../../../shared/contract/areas/policies';

export type RedlineLayout = 'inline' | 'sideBySide';

function Ops({ ops, show }: { ops: readonly RedlineOp[]; show: ReadonlySet<RedlineOp['type']> }) {
  return (
    <>
      {ops.map((op, index) => {
        if (!show.has(op.type)) return null;
        if (op.type === 'insert') return <ins key={index}>{op.text}</ins>;
        if (op.type === 'delete') return <del key={index}>{op.text}</del>;
        return <span key={index}>{op.text}</span>;
      })}
    </>
  );
}

const INLINE = new Set<RedlineOp['type']>(['equal', 'insert', 'delete']);
const OLDER = new Set<RedlineOp['type']>(['equal', 'delete']);
const NEWER = new Set<RedlineOp['type']>(['equal', 'insert']);

interface RedlineViewProps {
  ops: readonly RedlineOp[];
  layout: RedlineLayout;
  fromLabel: string;
  toLabel: string;
  maxHeight?: number;
}

export function RedlineView({ ops, layout, fromLabel, toLabel, maxHeight = 560 }: RedlineViewProps) {
  const { t } = useTranslation('policies');
  const changed = ops.some((op) => op.type !== 'equal');
  if (!changed) {
    return (
      <Text size="sm" c="dimmed" role="status">
        {t('redline.identical')}
      </Text>
    );
  }
  if (layout === 'inline') {
    return (
      <Paper withBorder radius="md" p="md" component="section" aria-label={t('redline.inlineLabel', { from: fromLabel, to: toLabel })}>
        <ScrollArea.Autosize mah={maxHeight} type="auto">
          <div className="custos-redline">
            <Ops ops={ops} show={INLINE} />
          </div>
        </ScrollArea.Autosize>
      </Paper>
    );
  }
  return (
    <Grid gap="sm">
      {[
        { label: fromLabel, show: OLDER },
        { label: toLabel, show: NEWER },
      ].map((side) => (
        <Grid.Col key={side.label} span={{ base: 12, md: 6 }}>
          <Paper withBorder radius="md" p="md" component="section" aria-label={side.label} h="100%">
            <Text size="xs" fw={600} c="dimmed" mb={6}>
              {side.label}
            </Text>
            <ScrollArea.Autosize mah={maxHeight} type="auto">
              <div className="custos-redline">
                <Ops ops={ops} show={side.show} />
              </div>
            </ScrollArea.Autosize>
          </Paper>
        </Grid.Col>
      ))}
    </Grid>
  );
}

export function RedlineLayoutToggle({ value, onChange }: { value: RedlineLayout; onChange(value: RedlineLayout): void }) {
  const { t } = useTranslation('policies');
  return (
    <Stack gap={4}>
      <SegmentedControl
        size="xs"
        value={value}
        onChange={(next) => onChange(next as RedlineLayout)}
        aria-label={t('redline.layout')}
        data={[
          { value: 'inline', label: t('redline.inline') },
          { value: 'sideBySide', label: t('redline.sideBySide') },
        ]}
      />
    </Stack>
  );
}
