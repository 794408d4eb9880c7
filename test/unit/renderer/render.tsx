// Renders a component the way the app does: Mantine theme, i18next (English unless told), and a
// fake bridge standing in for the backend.
import { MantineProvider } from '@mantine/core';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { vi } from 'vitest';
import type { BackendEvent, BackendEventListener, CustosBridge, Envelope } from '../../../shared/contract';
import { createI18n } from '../../../shared/i18n';
import { setBridge } from '../../../renderer/src/client/bridge';
import { theme } from '../../../renderer/src/app/theme';

export type Answer = (procedure: string, input: unknown) => Envelope<unknown> | Promise<Envelope<unknown>>;

export function installBridge(answer: Answer) {
  return installEventBridge(answer).invoke;
}

/** A bridge whose answers the test controls, and which delivers the backend events the test emits. */
export function installEventBridge(answer: Answer) {
  const listeners = new Set<BackendEventListener>();
  const invoke = vi.fn(async (procedure: string, input: unknown) => answer(procedure, input));
  const bridge: CustosBridge = {
    invoke,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    platform: {
      kind: 'browser',
      chooseDirectory: async () => null,
      chooseWorkspace: async () => null,
      chooseSavePath: async () => null,
      openExternal: async () => false,
    },
  };
  setBridge(bridge);
  return { invoke, emit: (event: BackendEvent) => listeners.forEach((listener) => listener(event)) };
}

/** A promise the test resolves when it chooses (a call still running). */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => (resolve = done));
  return { promise, resolve };
}

export function renderWithApp(ui: ReactElement, language = 'en'): RenderResult {
  const i18n = createI18n({ language, modules: [initReactI18next] });
  return render(
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme}>{ui}</MantineProvider>
    </I18nextProvider>,
  );
}
