// Messages between main and the backend host over process.parentPort. The messages on each
// connection's MessagePort are in electron/preload/port-protocol.ts.

/** Who is on the other end of a backend connection; main decides, the connection cannot claim it. */
export type ConnectionRole = 'main' | 'renderer';

/** Main → host. `connect` carries one MessagePort. */
export type HostCommand = { type: 'connect'; role: ConnectionRole } | { type: 'shutdown' };

/** Host → main. */
export type HostNotice =
  | { type: 'ready' }
  | { type: 'stopped' }
  /** A connection changed the app settings; main re-reads them (menu language). */
  | { type: 'settings-changed'; settings: unknown };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isHostCommand(value: unknown): value is HostCommand {
  if (!isRecord(value)) return false;
  if (value.type === 'shutdown') return true;
  return value.type === 'connect' && (value.role === 'main' || value.role === 'renderer');
}

export function isHostNotice(value: unknown): value is HostNotice {
  if (!isRecord(value)) return false;
  return value.type === 'ready' || value.type === 'stopped' || value.type === 'settings-changed';
}
