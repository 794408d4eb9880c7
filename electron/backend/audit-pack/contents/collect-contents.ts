// The pack's contents: registers, policies in force, evidence per control and the audit trail, all
// as they stood at the end of the period (as-of.ts) and pseudonymised on request (redaction.ts).
// The trail is read once first: the chain check, and where the events after the period begin.
// Every file is ordered and stamped by the workspace state and the period only, never by the clock,
// so two collections of the same state give byte-identical files.
import type { PackContents, PackContext, PackFile, PackPreview } from '../pack-types';
import { AsOf } from './as-of';
import { collectAuditTrail, countPeriodEvents, scanAuditTrail } from './audit-trail';
import { evidenceFiles, planEvidence, type EvidencePlan } from './evidence';
import { packRegistersT } from './labels';
import { policiesInForce, collectPolicies } from './policies';
import { Redactor } from './redaction';
import { collectRegisters, countRegisters, REGISTER_KEYS, type RegisterSource } from './registers';

/** Progress is reported under the builder's `collect` step: the trail, each register, then policies and evidence. */
const COLLECT_STEPS = 1 + REGISTER_KEYS.length + 2;

function source(ctx: PackContext, asOf: AsOf): RegisterSource {
  return { ctx, db: ctx.db, asOf, redactor: new Redactor(ctx, ctx.db), t: packRegistersT(ctx.options.locale) };
}

function checkAborted(ctx: PackContext): void {
  if (ctx.signal?.aborted) throw ctx.signal.reason ?? new Error('aborted');
}

/** Controls in scope whose evidence is missing, or all expired at the period end. */
export function exceptionCount(plan: Pick<EvidencePlan, 'controls'>): number {
  return plan.controls.filter((control) => control.applicable && (control.evidence.length === 0 || control.evidence.every((item) => item.expired))).length;
}

export async function collectPackContents(ctx: PackContext): Promise<PackContents> {
  const scan = scanAuditTrail(ctx);
  checkAborted(ctx);
  ctx.progress?.(1, COLLECT_STEPS, 'collect');
  const from = source(ctx, new AsOf(ctx.db, ctx.asOf, scan.firstLaterSeq));
  const { registers, files: registerFiles } = await collectRegisters(from, (done) => ctx.progress?.(1 + done, COLLECT_STEPS, 'collect'));
  checkAborted(ctx);
  const { policies, files: policyFiles } = await collectPolicies(ctx, ctx.db);
  checkAborted(ctx);
  ctx.progress?.(COLLECT_STEPS - 1, COLLECT_STEPS, 'collect');
  const plan = planEvidence(ctx, ctx.db, from.asOf);
  const evidence = evidenceFiles(ctx, ctx.db, from.asOf, from.redactor, plan);
  checkAborted(ctx);
  ctx.progress?.(COLLECT_STEPS, COLLECT_STEPS, 'collect');
  const trail = collectAuditTrail(ctx, from.redactor, scan);
  const files: PackFile[] = [...registerFiles, ...policyFiles, ...evidence, trail.file];
  return { files, controls: plan.controls, registers, policies, auditTrail: trail.auditTrail, history: from.asOf };
}

/** Counts only: no spreadsheet, PDF, file content or record extract is produced. */
export function previewPackContents(ctx: PackContext): PackPreview {
  const from = source(ctx, AsOf.query(ctx.db, ctx.asOf));
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
