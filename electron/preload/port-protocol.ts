// The messages of a backend connection (a MessagePort between a client, the preload or main, and
// the backend host): requests with ids, envelopes, events. Pure, so the sandboxed preload bundles it
// and main and the utility process import it from here.
import type { BackendEvent, Envelope, ErrorBody } from '../../shared/contract';

export interface RequestMessage {
  id: number;
  procedure: string;
  input: unknown;
}
export interface ResponseMessage {
  id: number;
  envelope: Envelope<unknown>;
}
export interface EventMessage {
  event: BackendEvent;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function isRequestId(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0;
}

export function isRequestMessage(value: unknown): value is RequestMessage {
  return (
    isRecord(value) &&
    isRequestId(value.id) &&
    typeof value.procedure === 'string' &&
    value.procedure.length > 0 &&
    value.procedure.length <= 128 &&
    'input' in value
  );
}

function isErrorBody(value: unknown): value is ErrorBody {
  return isRecord(value) && typeof value.code === 'string' && typeof value.message === 'string';
}

export function isEnvelope(value: unknown): value is Envelope<unknown> {
  if (!isRecord(value)) return false;
  if (value.ok === true) return 'value' in value;
  return value.ok === false && isErrorBody(value.error);
}

export function isResponseMessage(value: unknown): value is ResponseMessage {
  return isRecord(value) && isRequestId(value.id) && isEnvelope(value.envelope);
}

export function isEventMessage(value: unknown): value is EventMessage {
  return isRecord(value) && isRecord(value.event) && typeof value.event.type === 'string';
}

export function errorEnvelope(code: ErrorBody['code'], message: string, details?: ErrorBody['details']): Envelope<never> {
  return { ok: false, error: details ? { code, message, details } : { code, message } };
}
