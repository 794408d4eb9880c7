// Exceptions: controls in scope that the pack cannot evidence — no evidence at all, or only
// evidence that had expired by the end of the period. Shared by report.pdf and index.html so both
// list the same controls.
import { evidenceCount, type PackContents, type PackControl } from '../pack-types';

export interface PackException {
  control: PackControl;
  kind: 'missing' | 'expired';
  /** For `expired`: how many pieces of evidence (each record counts), and the latest expiry date among them. */
  expiredCount: number;
  latestExpiry: string | null;
}

export function packExceptions(contents: PackContents): PackException[] {
  const exceptions: PackException[] = [];
  for (const control of contents.controls) {
    if (!control.applicable) continue;
    if (control.evidence.length === 0) {
      exceptions.push({ control, kind: 'missing', expiredCount: 0, latestExpiry: null });
      continue;
    }
    if (control.evidence.every((item) => item.expired)) {
      const latest = control.evidence.reduce<string | null>((max, item) => (item.expiryDate !== null && (max === null || item.expiryDate > max) ? item.expiryDate : max), null);
      exceptions.push({ control, kind: 'expired', expiredCount: evidenceCount(control.evidence), latestExpiry: latest });
    }
  }
  return exceptions;
}
