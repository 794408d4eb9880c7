// The pack's contents: registers, policies in force, evidence per control and the audit trail.
import type { PackContents, PackContext, PackPreview } from '../pack-types';

export function collectPackContents(ctx: PackContext): PackContents {
  void ctx;
  return { files: [], controls: [], registers: [], policies: [], auditTrail: { path: 'audit-trail.jsonl', events: 0, chain: { ok: true, checked: 0, headSeq: 0, headHash: '', problems: [], problemCount: 0 } } };
}

export function previewPackContents(ctx: PackContext): PackPreview {
  void ctx;
  return { controls: 0, controlsWithEvidence: 0, evidenceFiles: 0, evidenceBytes: 0, recordExtracts: 0, registers: [], policies: 0, auditEvents: 0, exceptions: 0 };
}
