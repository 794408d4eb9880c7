// The pack's contents: registers, policies in force, evidence per control and the audit trail, all
// as they stood at the end of the period (as-of.ts) and pseudonymised on request (redaction.ts).
// Every file is ordered and stamped by the workspace state and the period only, never by the clock,
// so two collections of the same state give byte-identical files.
import type { PackContents, PackContext, PackFile, PackPreview } from '../pack-types';
import { AsOf } from './as-of';
import { collectAuditTrail, countPeriodEvents } from './audit-trail';
import { evidenceFiles, planEvidence, type EvidencePlan } from './evidence';
import { packRegistersT } from './labels';
import { policiesInForce, collectPolicies } from './policies';
import { Redactor } from './redaction';
import { collectRegisters, countRegisters, REGISTER_KEYS, type RegisterSource } from './registers';

/** Progress is reported under the builder's `collect` step: the registers, then policies, evidence and the audit trail. */
export const COLLECT_STEPS = REGISTER_KEYS.length + 3;

function source(ctx: PackContext): RegisterSource {
  return { ctx, db: ctx.db, asOf: new AsOf(ctx.db, ctx.asOf), redactor: new Redactor(ctx, ctx.db), t: packRegistersT(ctx.options.locale) };
}

function checkAborted(ctx: PackContext): void {
  if (ctx.signal?.aborted) throw ctx.signal.reason ?? new Error('aborted');
}

/** Controls in scope whose evidence is missing, or all expired at the period end. */
export function exceptionCount(plan: Pick<EvidencePlan, 'controls'>): number {
  return plan.controls.filter((control) => control.applicable && (control.evidence.length === 0 || control.evidence.every((item) => item.expired))).length;
}

export async function collectPackContents(ctx: PackContext): Promise<PackContents> {
  const from = source(ctx);
  const { registers, files: registerFiles } = await collectRegisters(from);
  checkAborted(ctx);
  ctx.progress?.(REGISTER_KEYS.length, COLLECT_STEPS, 'collect');
  const { policies, files: policyFiles } = await collectPolicies(ctx, ctx.db);
  checkAborted(ctx);
  ctx.progress?.(REGISTER_KEYS.length + 1, COLLECT_STEPS, 'collect');
  const plan = planEvidence(ctx, ctx.db, from.asOf);
  const evidence = evidenceFiles(ctx, ctx.db, from.asOf, from.redactor, plan);
  checkAborted(ctx);
  ctx.progress?.(REGISTER_KEYS.length + 2, COLLECT_STEPS, 'collect');
  const trail = collectAuditTrail(ctx, ctx.db, from.redactor);
  const files: PackFile[] = [...registerFiles, ...policyFiles, ...evidence, trail.file];
  return { files, controls: plan.controls, registers, policies, auditTrail: trail.auditTrail };
}

/** Counts only: no spreadsheet, PDF, file content or record extract is produced. */
export function previewPackContents(ctx: PackContext): PackPreview {
  const from = source(ctx);
  const plan = planEvidence(ctx, ctx.db, from.asOf);
  return {
    controls: plan.controls.length,
    controlsWithEvidence: plan.controls.filter((control) => control.evidence.length > 0).length,
    evidenceFiles: plan.files.length,
    evidenceBytes: plan.files.reduce((sum, file) => sum + file.size, 0),
    recordExtracts: plan.records.reduce((sum, record) => sum + record.links.length, 0),
    registers: countRegisters(from),
    policies: policiesInForce(ctx, ctx.db).length,
    auditEvents: countPeriodEvents(ctx.db, ctx),
    exceptions: exceptionCount(plan),
  };
}
