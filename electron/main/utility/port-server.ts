// Serves one backend connection over a MessagePort: requests in, envelopes and events out. Pure
// (no 'electron'), so it is tested with Node's own MessageChannel.
import type { Envelope, ErrorBody, Transport } from '../../../shared/contract';
import { errorEnvelope, isRequestId, isRequestMessage } from '../../preload/port-protocol';
import type { EventMessage, ResponseMessage } from '../../preload/port-protocol';
import type { ConnectionRole } from './host-protocol';

/** The part of a MessagePort (Electron's MessagePortMain or Node's) the server needs. */
export interface ServerPort {
  postMessage(message: unknown): void;
  onMessage(listener: (data: unknown) => void): void;
  onClose(listener: () => void): void;
  close(): void;
}

/**
 * Procedures only main may call: the device key is generated and kept by main, so a renderer that
 * could add or remove the device key slot itself, or present a device secret, would bypass the
 * keychain bookkeeping (and would never legitimately need to).
 */
const MAIN_ONLY_PROCEDURES: ReadonlySet<string> = new Set(['workspace.device.enable', 'workspace.device.disable']);

export function refusalFor(role: ConnectionRole, procedure: string, input: unknown): ErrorBody | null {
  if (role === 'main') return null;
  if (MAIN_ONLY_PROCEDURES.has(procedure)) {
    return { code: 'FORBIDDEN', message: `${procedure} is available through the platform keychain API only.`, details: { procedure } };
  }
  if (procedure === 'workspace.open' && typeof input === 'object' && input !== null) {
    const secret = (input as { secret?: unknown }).secret;
    if (typeof secret === 'object' && secret !== null && (secret as { kind?: unknown }).kind === 'device') {
      return { code: 'FORBIDDEN', message: 'Device unlock goes through the platform keychain API.', details: { procedure } };
    }
  }
  return null;
}

export interface ServeOptions {
  role: ConnectionRole;
  /** Called after every successful call, so the host can tell main about settings changes. */
  onSuccess?: (procedure: string, envelope: Envelope<unknown>) => void;
}

export interface Connection {
  /** Stops event delivery and closes the port. */
  dispose(): void;
  /** Resolves when every request received so far has been answered (used at shutdown). */
  idle(): Promise<void>;
}

export function serveConnection(port: ServerPort, backend: Transport, options: ServeOptions): Connection {
  let open = true;
  const inFlight = new Set<Promise<void>>();

  const post = (message: ResponseMessage | EventMessage): void => {
    if (!open) return;
    try {
      port.postMessage(message);
    } catch (error) {
      // A value that cannot be cloned must still produce an answer, never a hung request.
      if ('id' in message) {
        const detail = error instanceof Error ? error.name : 'unknown';
        port.postMessage({ id: message.id, envelope: errorEnvelope('INTERNAL', `The response could not be sent (${detail}).`) });
      }
    }
  };

  const unsubscribe = backend.subscribe((event) => post({ event }));

  const handle = async (data: unknown): Promise<void> => {
    if (!isRequestMessage(data)) {
      const id = typeof data === 'object' && data !== null ? (data as { id?: unknown }).id : undefined;
      if (isRequestId(id)) post({ id, envelope: errorEnvelope('INVALID_INPUT', 'Malformed request.') });
      return;
    }
    const refusal = refusalFor(options.role, data.procedure, data.input);
    if (refusal) {
      post({ id: data.id, envelope: { ok: false, error: refusal } });
      return;
    }
    let envelope: Envelope<unknown>;
    try {
      envelope = await backend.invoke(data.procedure, data.input);
    } catch (error) {
      // The backend answers with envelopes; a throw is a bug, reported without its message, which
      // could quote record content.
      const name = error instanceof Error ? error.name : 'unknown';
      envelope = errorEnvelope('INTERNAL', `The backend failed unexpectedly (${name}).`, { procedure: data.procedure });
    }
    post({ id: data.id, envelope });
    if (envelope.ok) options.onSuccess?.(data.procedure, envelope);
  };

  port.onMessage((data) => {
    if (!open) return;
    const task = handle(data).finally(() => inFlight.delete(task));
    inFlight.add(task);
  });

  const dispose = (): void => {
    if (!open) return;
    open = false;
    unsubscribe();
    try {
      port.close();
    } catch {
      // Already closed by the other side.
    }
  };
  port.onClose(dispose);

  return {
    dispose,
    idle: async () => {
      while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
    },
  };
}
