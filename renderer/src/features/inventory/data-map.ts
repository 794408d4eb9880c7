// The data map's diagram as nodes and edges: countries as groups holding the systems and vendors
// located there, transfers as edges between countries (one per route and state, labelled with the
// activities), and a vendor's link to the systems it provides. Pure, so it is tested on its own.
import type { Edge, Node } from '@xyflow/react';
import type { InventorySystem, Transfer, Vendor } from '../../../../shared/contract';

export const UNKNOWN_COUNTRY = '??';
const COLUMNS = 4;
const GROUP_WIDTH = 260;
const CHILD_HEIGHT = 46;
const HEADER = 48;
const GAP_X = 140;
const GAP_Y = 90;

export interface MapRecordData extends Record<string, unknown> {
  label: string;
  recordType: 'system' | 'vendor' | 'country';
  recordId: string;
}

export interface TransferEdgeData extends Record<string, unknown> {
  missing: boolean;
  transferIds: string[];
  activityIds: string[];
}

/** A transfer records a mechanism when either law's mechanism is something other than none. */
export function mechanismMissing(transfer: Pick<Transfer, 'gdprMechanism' | 'piplMechanism'>): boolean {
  return transfer.gdprMechanism === 'none' && transfer.piplMechanism === 'none';
}

export function buildDataMap(input: { systems: readonly InventorySystem[]; vendors: readonly Vendor[]; transfers: readonly Transfer[]; countryName(code: string): string }) {
  const members = new Map<string, { id: string; type: 'system' | 'vendor'; label: string }[]>();
  const add = (country: string, member: { id: string; type: 'system' | 'vendor'; label: string }) => {
    const list = members.get(country);
    if (list) list.push(member);
    else members.set(country, [member]);
  };
  for (const system of input.systems) add(system.country ?? UNKNOWN_COUNTRY, { id: system.id, type: 'system', label: system.name });
  // A vendor sits in the first country it processes in.
  for (const vendor of input.vendors) add(vendor.countries[0] ?? UNKNOWN_COUNTRY, { id: vendor.id, type: 'vendor', label: vendor.name });
  for (const transfer of input.transfers) {
    if (!members.has(transfer.fromCountry)) members.set(transfer.fromCountry, []);
    if (!members.has(transfer.toCountry)) members.set(transfer.toCountry, []);
  }
  const countries = [...members.keys()].sort((a, b) => (a === UNKNOWN_COUNTRY ? 1 : b === UNKNOWN_COUNTRY ? -1 : input.countryName(a).localeCompare(input.countryName(b))));

  // Masonry: each country goes into the column that is shortest so far, so one long list does not
  // leave gaps across a whole row.
  const nodes: Node<MapRecordData>[] = [];
  const columnHeights = new Array<number>(Math.min(COLUMNS, Math.max(1, countries.length))).fill(0);
  for (const country of countries) {
    const list = members.get(country)!;
    const height = HEADER + Math.max(1, list.length) * CHILD_HEIGHT + 12;
    const column = columnHeights.indexOf(Math.min(...columnHeights));
    const y = columnHeights[column]!;
    columnHeights[column] = y + height + GAP_Y;
    nodes.push({
      id: `country:${country}`,
      type: 'country',
      position: { x: column * (GROUP_WIDTH + GAP_X), y },
      data: { label: country === UNKNOWN_COUNTRY ? '' : input.countryName(country), recordType: 'country', recordId: country },
      style: { width: GROUP_WIDTH, height },
      selectable: false,
    });
    list.forEach((member, i) => {
      nodes.push({
        id: `${member.type}:${member.id}`,
        type: member.type,
        parentId: `country:${country}`,
        extent: 'parent',
        position: { x: 12, y: HEADER + i * CHILD_HEIGHT },
        data: { label: member.label, recordType: member.type, recordId: member.id },
        style: { width: GROUP_WIDTH - 24 },
      });
    });
  }

  const edges: Edge<TransferEdgeData>[] = [];
  const routes = new Map<string, Transfer[]>();
  for (const transfer of input.transfers) {
    const key = `${transfer.fromCountry}>${transfer.toCountry}>${mechanismMissing(transfer) ? 'missing' : 'ok'}`;
    const list = routes.get(key);
    if (list) list.push(transfer);
    else routes.set(key, [transfer]);
  }
  for (const [key, list] of routes) {
    const [from, to, state] = key.split('>') as [string, string, string];
    edges.push({
      id: `transfer:${key}`,
      source: `country:${from}`,
      target: `country:${to}`,
      type: 'transfer',
      data: { missing: state === 'missing', transferIds: list.map((t) => t.id), activityIds: [...new Set(list.map((t) => t.activityId))] },
    });
  }
  for (const system of input.systems) {
    if (system.vendorId && input.vendors.some((v) => v.id === system.vendorId)) {
      edges.push({ id: `provides:${system.vendorId}:${system.id}`, source: `vendor:${system.vendorId}`, target: `system:${system.id}`, type: 'smoothstep', animated: false, className: 'custos-map-vendor-edge' });
    }
  }
  return { nodes, edges };
}
