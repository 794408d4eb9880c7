// The PDF viewer's arithmetic, kept free of pdf.js so it can be tested without it: page bounds,
// fit-to-width scale, zoom steps and how a failure to open is explained.

/** Zoom factors relative to fit-to-width (1). */
export const ZOOM_STEPS: readonly number[] = [0.5, 0.75, 1, 1.25, 1.5, 2, 3];

/** Space kept on each side of the page inside the viewer, in CSS pixels. */
export const PAGE_MARGIN = 12;

export function clampPage(page: number, total: number): number {
  if (!Number.isFinite(page) || total < 1) return 1;
  return Math.min(Math.max(1, Math.round(page)), total);
}

/** CSS pixels per PDF point that make a page `pageWidth` points wide fill `frameWidth` pixels. */
export function fitWidthScale(frameWidth: number, pageWidth: number): number {
  const available = frameWidth - 2 * PAGE_MARGIN;
  if (!(available > 0) || !(pageWidth > 0)) return 1;
  return available / pageWidth;
}

/** The next zoom step up (+1) or down (-1) from `zoom`, staying within ZOOM_STEPS. */
export function stepZoom(zoom: number, direction: 1 | -1): number {
  if (direction > 0) return ZOOM_STEPS.find((step) => step > zoom + 1e-9) ?? ZOOM_STEPS[ZOOM_STEPS.length - 1]!;
  return [...ZOOM_STEPS].reverse().find((step) => step < zoom - 1e-9) ?? ZOOM_STEPS[0]!;
}

export type PdfOpenFailure = 'password' | 'damaged';

/** pdf.js names its errors; only a password is worth telling apart from a damaged file. */
export function openFailure(error: unknown): PdfOpenFailure {
  return error instanceof Error && error.name === 'PasswordException' ? 'password' : 'damaged';
}
