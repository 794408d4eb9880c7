// The data map: where systems and vendors are, and which transfers cross which borders. Countries
// are groups holding their systems and vendors; transfers are labelled edges between countries, red
// and dashed where no mechanism is recorded; a dashed line joins a vendor to the systems it
// provides. Clicking a system, vendor or transfer opens its record.
import '@xyflow/react/dist/style.css';
import { Box, Card, Group, Text, useComputedColorScheme } from '@mantine/core';
import { IconBuildingStore, IconServer } from '@tabler/icons-react';
import {
  Background,
  BaseEdge,
  Controls,
  EdgeLabelRenderer,
  getBezierPath,
  Handle,
  MiniMap,
  Position,
  ReactFlow,
  type EdgeProps,
  type Edge,
  type Node,
  type NodeProps,
} from '@xyflow/react';
import { createContext, useContext, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { InventorySystem, Transfer, Vendor } from '../../../../shared/contract';
import { EmptyState } from '../../components/EmptyState';
import { buildDataMap, type MapRecordData, type TransferEdgeData } from './data-map';
import { useCountryName } from './inventory-labels';
import { useActivityNames } from './use-activity-names';

const OK_COLOR = 'var(--mantine-color-teal-6)';
const MISSING_COLOR = 'var(--mantine-color-red-6)';

const ActivityNames = createContext<ReadonlyMap<string, string>>(new Map());

function CountryNode({ data }: NodeProps<Node<MapRecordData>>) {
  const { t } = useTranslation('inventory');
  return (
    <Box
      h="100%"
      style={{
        borderRadius: 12,
        border: '1px solid var(--mantine-color-default-border)',
        background: 'light-dark(var(--mantine-color-gray-0), var(--mantine-color-dark-6))',
      }}
    >
      <Handle type="target" position={Position.Left} style={{ opacity: 0 }} />
      <Handle type="source" position={Position.Right} style={{ opacity: 0 }} />
      <Text fw={700} size="sm" px="sm" pt={10} c={data.label ? undefined : 'dimmed'}>
        {data.label || t('map.unknownCountry')}
      </Text>
    </Box>
  );
}

function RecordNode({ data }: NodeProps<Node<MapRecordData>>) {
  const Icon = data.recordType === 'vendor' ? IconBuildingStore : IconServer;
  const color = data.recordType === 'vendor' ? 'var(--mantine-color-violet-6)' : 'var(--mantine-color-blue-6)';
  return (
    <Group
      gap={6}
      wrap="nowrap"
      px="xs"
      py={6}
      style={{ borderRadius: 8, border: `1px solid ${color}`, background: 'var(--mantine-color-body)', cursor: 'pointer' }}
      title={data.label}
    >
      <Handle type="target" position={Position.Left} style={{ opacity: 0 }} />
      <Icon size={16} color={color} style={{ flexShrink: 0 }} />
      <Text size="xs" fw={500} truncate>
        {data.label}
      </Text>
      <Handle type="source" position={Position.Right} style={{ opacity: 0 }} />
    </Group>
  );
}

function TransferEdge({ id, sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition, data, markerEnd }: EdgeProps<Edge<TransferEdgeData>>) {
  const { t } = useTranslation('inventory');
  const names = useContext(ActivityNames);
  const [path, labelX, labelY] = getBezierPath({ sourceX, sourceY, targetX, targetY, sourcePosition, targetPosition });
  const missing = data?.missing ?? false;
  const color = missing ? MISSING_COLOR : OK_COLOR;
  const activities = data?.activityIds ?? [];
  const first = names.get(activities[0] ?? '') ?? '';
  const label = activities.length > 1 ? t('map.transferLabel', { activity: first, count: activities.length }) : first;
  return (
    <>
      <BaseEdge id={id} path={path} markerEnd={markerEnd} style={{ stroke: color, strokeWidth: 2, strokeDasharray: missing ? '6 4' : undefined }} />
      {label && (
        <EdgeLabelRenderer>
          <div
            className="nodrag nopan"
            style={{
              position: 'absolute',
              transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)`,
              background: 'var(--mantine-color-body)',
              border: `1px solid ${color}`,
              color,
              borderRadius: 6,
              padding: '2px 6px',
              fontSize: 11,
              fontWeight: 600,
              maxWidth: 200,
              whiteSpace: 'nowrap',
              overflow: 'hidden',
              textOverflow: 'ellipsis',
            }}
          >
            {label}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}

const NODE_TYPES = { country: CountryNode, system: RecordNode, vendor: RecordNode };
const EDGE_TYPES = { transfer: TransferEdge };

function LegendLine({ color, dashed, label }: { color: string; dashed?: boolean; label: string }) {
  return (
    <Group gap={6} wrap="nowrap">
      <svg width="28" height="8" aria-hidden>
        <line x1="0" y1="4" x2="28" y2="4" stroke={color} strokeWidth="2" strokeDasharray={dashed ? '6 4' : undefined} />
      </svg>
      <Text size="xs">{label}</Text>
    </Group>
  );
}

interface DataMapProps {
  systems: readonly InventorySystem[];
  vendors: readonly Vendor[];
  transfers: readonly Transfer[];
  onOpen(target: { type: 'system' | 'vendor' | 'transfer'; id: string }): void;
}

export function DataMap({ systems, vendors, transfers, onOpen }: DataMapProps) {
  const { t } = useTranslation('inventory');
  const scheme = useComputedColorScheme('light');
  const countryName = useCountryName();
  const names = useActivityNames(transfers.map((transfer) => transfer.activityId));
  const ariaLabels = useMemo(
    () => ({
      'controls.ariaLabel': t('map.aria.controls'),
      'controls.zoomIn.ariaLabel': t('map.aria.zoomIn'),
      'controls.zoomOut.ariaLabel': t('map.aria.zoomOut'),
      'controls.fitView.ariaLabel': t('map.aria.fitView'),
      'minimap.ariaLabel': t('map.aria.minimap'),
      'handle.ariaLabel': t('map.aria.handle'),
      'node.a11yDescription.default': t('map.aria.nodeDescription'),
      'node.a11yDescription.keyboardDisabled': t('map.aria.nodeDescription'),
      'node.a11yDescription.ariaLiveMessage': ({ x, y }: { x: number; y: number }) => t('map.aria.moved', { x: Math.round(x), y: Math.round(y) }),
      'edge.a11yDescription.default': t('map.aria.edgeDescription'),
    }),
    [t],
  );
  const { nodes, edges } = useMemo(() => {
    const map = buildDataMap({ systems, vendors, transfers, countryName });
    return {
      nodes: map.nodes,
      edges: map.edges.map((edge) =>
        edge.type === 'transfer'
          ? { ...edge, markerEnd: { type: 'arrowclosed' as const, color: (edge.data as TransferEdgeData).missing ? '#fa5252' : '#12b886' } }
          : { ...edge, style: { stroke: 'var(--mantine-color-violet-4)', strokeDasharray: '2 4' } },
      ),
    };
  }, [systems, vendors, transfers, countryName]);

  if (systems.length === 0 && vendors.length === 0 && transfers.length === 0) {
    return (
      <Card withBorder radius="md">
        <EmptyState title={t('map.empty')} />
      </Card>
    );
  }

  return (
    <Card withBorder radius="md" padding={0} style={{ height: 'calc(100vh - 320px)', minHeight: 460, display: 'flex', flexDirection: 'column' }} component="section" aria-label={t('map.canvas')}>
      <Group gap="lg" px="md" py={8} style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }} role="group" aria-label={t('map.legend')}>
        <Text size="xs" fw={700}>
          {t('map.legend')}
        </Text>
        <Group gap={6} wrap="nowrap">
          <IconServer size={14} color="var(--mantine-color-blue-6)" />
          <Text size="xs">{t('map.system')}</Text>
        </Group>
        <Group gap={6} wrap="nowrap">
          <IconBuildingStore size={14} color="var(--mantine-color-violet-6)" />
          <Text size="xs">{t('map.vendor')}</Text>
        </Group>
        <LegendLine color={OK_COLOR} label={t('map.transferOk')} />
        <LegendLine color={MISSING_COLOR} dashed label={t('map.transferMissing')} />
        <LegendLine color="var(--mantine-color-violet-4)" dashed label={t('map.vendorLink')} />
      </Group>
      <div style={{ flex: 1, minHeight: 0 }}>
        <ActivityNames.Provider value={names}>
          <ReactFlow
            nodes={nodes}
            edges={edges}
            nodeTypes={NODE_TYPES}
            edgeTypes={EDGE_TYPES}
            colorMode={scheme}
            ariaLabelConfig={ariaLabels}
            fitView
            fitViewOptions={{ padding: 0.08 }}
            minZoom={0.1}
            nodesConnectable={false}
            nodesDraggable
            proOptions={{ hideAttribution: true }}
            onNodeClick={(_, node) => {
              const data = node.data as MapRecordData;
              if (data.recordType === 'system' || data.recordType === 'vendor') onOpen({ type: data.recordType, id: data.recordId });
            }}
            onEdgeClick={(_, edge) => {
              const data = edge.data as TransferEdgeData | undefined;
              if (edge.type === 'transfer' && data?.transferIds[0]) onOpen({ type: 'transfer', id: data.transferIds[0] });
            }}
          >
            <Background gap={24} />
            <Controls showInteractive={false} />
            {/* SVG fill attributes take plain colours, not CSS variables. */}
            <MiniMap pannable zoomable nodeColor={(node) => (node.type === 'country' ? 'rgba(134, 142, 150, 0.35)' : node.type === 'vendor' ? '#7950f2' : '#228be6')} />
          </ReactFlow>
        </ActivityNames.Provider>
      </div>
    </Card>
  );
}
