// Picks the transport once: the preload's `window.custos` in Electron, HTTP to the local server in
// browser mode. Nothing else in the renderer knows which one it is on.
import type { CustosBridge } from '../../../shared/contract';
import { createBrowserBridge } from './browser-bridge';
import { takeToken } from './token';

declare global {
  interface Window {
    custos?: CustosBridge;
  }
}

export type BridgeProblem = 'missing-token';

let current: CustosBridge | null = null;
let problem: BridgeProblem | null = null;
const connectedListeners = new Set<() => void>();

function resolveBridge(): CustosBridge | null {
  if (typeof window !== 'undefined' && window.custos) return window.custos;
  const token = takeToken({ location: window.location, history: window.history, storage: window.sessionStorage });
  if (!token) {
    problem = 'missing-token';
    return null;
  }
  return createBrowserBridge({
    token,
    onEventsConnected: () => {
      for (const listener of connectedListeners) listener();
    },
  });
}

/** The bridge, or null when browser mode was opened without its token. */
export function getBridge(): CustosBridge | null {
  if (!current && !problem) current = resolveBridge();
  return current;
}

export function getBridgeProblem(): BridgeProblem | null {
  getBridge();
  return problem;
}

/** Replaces the bridge (tests, or a host that builds its own). */
export function setBridge(bridge: CustosBridge | null): void {
  current = bridge;
  problem = null;
}

/**
 * Browser mode only: called whenever the event stream (re)connects. Events sent while it was down are
 * lost, so listeners re-read whatever state they follow.
 */
export function onEventsConnected(listener: () => void): () => void {
  connectedListeners.add(listener);
  return () => connectedListeners.delete(listener);
}
