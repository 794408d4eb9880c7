import { describe, expect, it } from 'vitest';
import { clampPage, fitWidthScale, openFailure, PAGE_MARGIN, stepZoom, ZOOM_STEPS } from '../../../renderer/src/features/evidence/pdf-viewer-logic';

describe('PDF viewer logic', () => {
  it('keeps the page within the document', () => {
    expect(clampPage(0, 3)).toBe(1);
    expect(clampPage(2, 3)).toBe(2);
    expect(clampPage(4, 3)).toBe(3);
    expect(clampPage(Number.NaN, 3)).toBe(1);
    expect(clampPage(2, 0)).toBe(1);
  });

  it('scales a page to the frame width, less the margins', () => {
    expect(fitWidthScale(595 + 2 * PAGE_MARGIN, 595)).toBeCloseTo(1);
    expect(fitWidthScale(1190 + 2 * PAGE_MARGIN, 595)).toBeCloseTo(2);
    expect(fitWidthScale(0, 595)).toBe(1);
    expect(fitWidthScale(800, 0)).toBe(1);
  });

  it('steps the zoom within its range', () => {
    expect(stepZoom(1, 1)).toBe(1.25);
    expect(stepZoom(1, -1)).toBe(0.75);
    expect(stepZoom(ZOOM_STEPS[0]!, -1)).toBe(ZOOM_STEPS[0]);
    expect(stepZoom(ZOOM_STEPS[ZOOM_STEPS.length - 1]!, 1)).toBe(ZOOM_STEPS[ZOOM_STEPS.length - 1]);
    expect(stepZoom(1.1, 1)).toBe(1.25);
  });

  it('tells a password-protected PDF from a damaged one', () => {
    const password = new Error('No password given');
    password.name = 'PasswordException';
    expect(openFailure(password)).toBe('password');
    const invalid = new Error('Invalid PDF structure.');
    invalid.name = 'InvalidPDFException';
    expect(openFailure(invalid)).toBe('damaged');
    expect(openFailure('boom')).toBe('damaged');
  });
});
