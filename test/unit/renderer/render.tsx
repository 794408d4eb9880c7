// Renders a component the way the app does: Mantine theme, i18next (English unless told), and a
// fake bridge standing in for the backend.
import { MantineProvider } from '@mantine/core';
import { render, type RenderResult } from '@testing-library/react';
import type { ReactElement } from 'react';
import { I18nextProvider, initReactI18next } from 'react-i18next';
import { vi } from 'vitest';
import type { CustosBridge, Envelope } from '../../../shared/contract';
import { createI18n } from '../../../shared/i18n';
import { setBridge } from '../../../renderer/src/client/bridge';
import { theme } from '../../../renderer/src/app/theme';

export type Answer = (procedure: string, input: unknown) => Envelope<unknown> | Promise<Envelope<unknown>>;

export function installBridge(answer: Answer) {
  const invoke = vi.fn(async (procedure: string, input: unknown) => answer(procedure, input));
  const bridge: CustosBridge = {
    invoke,
    subscribe: () => () => undefined,
    platform: {
      kind: 'browser',
      chooseDirectory: async () => null,
      chooseWorkspace: async () => null,
      chooseSavePath: async () => null,
      openExternal: async () => false,
    },
  };
  setBridge(bridge);
  return invoke;
}

export function renderWithApp(ui: ReactElement, language = 'en'): RenderResult {
  const i18n = createI18n({ language, modules: [initReactI18next] });
  return render(
    <I18nextProvider i18n={i18n}>
      <MantineProvider theme={theme}>{ui}</MantineProvider>
    </I18nextProvider>,
  );
}
