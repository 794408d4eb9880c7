import { create } from 'zustand';

interface PaletteState {
  opened: boolean;
  open(): void;
  close(): void;
}

export const usePalette = create<PaletteState>()((set) => ({
  opened: false,
  open: () => set({ opened: true }),
  close: () => set({ opened: false }),
}));
