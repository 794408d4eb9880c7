// The typed client: `call('workspace.open', {...})` with input and output types taken from the
// contract. Error envelopes become a thrown ClientError carrying the contract's code and details.
import type { BackendEventListener, ErrorCode, ErrorDetails, ProcedureInput, ProcedureName, ProcedureOutput } from '../../../shared/contract';
import { getBridge } from './bridge';

/** Contract error codes, plus one for a request that never produced an envelope. */
export type ClientErrorCode = ErrorCode | 'UNREACHABLE';

export class ClientError extends Error {
  readonly code: ClientErrorCode;
  readonly details: ErrorDetails;
  readonly procedure: string;
  constructor(code: ClientErrorCode, message: string, details: ErrorDetails = {}, procedure = '') {
    super(message);
    this.name = 'ClientError';
    this.code = code;
    this.details = details;
    this.procedure = procedure;
  }
}

export function isClientError(value: unknown, code?: ClientErrorCode): value is ClientError {
  return value instanceof ClientError && (code === undefined || value.code === code);
}

const errorListeners = new Set<(error: ClientError) => void>();

/** Observes every error a call returns (e.g. to notice that the workspace was locked meanwhile). */
export function onClientError(listener: (error: ClientError) => void): () => void {
  errorListeners.add(listener);
  return () => errorListeners.delete(listener);
}

function failed(error: ClientError): ClientError {
  for (const listener of errorListeners) {
    try {
      listener(error);
    } catch {
      // An observer must not change what the caller sees.
    }
  }
  return error;
}

type CallArgs<P extends ProcedureName> = Record<never, never> extends ProcedureInput<P> ? [input?: ProcedureInput<P>] : [input: ProcedureInput<P>];

export async function call<P extends ProcedureName>(name: P, ...args: CallArgs<P>): Promise<ProcedureOutput<P>> {
  const bridge = getBridge();
  if (!bridge) throw new ClientError('UNAUTHORIZED', 'No connection to the Custos backend', {}, name);
  let envelope;
  try {
    envelope = await bridge.invoke(name, args[0] ?? {});
  } catch (cause) {
    throw failed(new ClientError('UNREACHABLE', cause instanceof Error ? cause.message : String(cause), {}, name));
  }
  if (envelope.ok) return envelope.value as ProcedureOutput<P>;
  throw failed(new ClientError(envelope.error.code, envelope.error.message, envelope.error.details ?? {}, name));
}

/** Turns anything thrown at a caller into a ClientError, so the UI has one shape to render. */
export function toClientError(error: unknown): ClientError {
  if (error instanceof ClientError) return error;
  return new ClientError('INTERNAL', error instanceof Error ? error.message : String(error));
}

export function subscribe(listener: BackendEventListener): () => void {
  const bridge = getBridge();
  return bridge ? bridge.subscribe(listener) : () => undefined;
}

export function platform() {
  return getBridge()?.platform ?? null;
}
