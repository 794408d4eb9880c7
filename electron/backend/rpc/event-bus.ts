import type { BackendEvent, BackendEventListener } from '../../../shared/contract';

export interface EventBus {
  emit(event: BackendEvent): void;
  subscribe(listener: BackendEventListener): () => void;
}

export function createEventBus(): EventBus {
  const listeners = new Set<BackendEventListener>();
  return {
    emit(event) {
      for (const listener of listeners) {
        try {
          listener(event);
        } catch {
          // A failing listener (a closed HTTP stream, say) must not stop the others.
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
