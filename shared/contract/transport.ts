// What every transport (Electron, browser mode, in-process) offers the UI or CLI.
import type { Envelope } from './errors';
import type { BackendEventListener } from './events';

export interface Transport {
  invoke(procedure: string, input: unknown): Promise<Envelope<unknown>>;
  subscribe(listener: BackendEventListener): () => void;
}
