// Procedures of the controls area: listing and changing controls, framework scope settings, the
// Statement of Applicability and coverage. (soa.export belongs to the exporters.)
import { AppError, type ControlRow, type InputIssue, type ProcedureParsedInput } from '../../../shared/contract';
import { CATALOG_VERSION } from '../../../shared/frameworks';
import type { HandlerContext } from '../rpc/dispatcher';
import type { AreaHandlers, HandlerDeps } from '../rpc/handlers';
import { indexRecord, removeRecord } from '../search/search-index';
import { controlEntityId } from '../search/search-links';
import type { Db } from '../workspace/sqlcipher';
import type { WorkspaceDb } from '../workspace/workspace-db';
import { todayFrom } from './calendar-dates';
import {
  findCatalogControl,
  getControlRow,
  isInSoc2Scope,
  listControlRows,
  readStoredControl,
  saveControlDecision,
  treatedRisks,
  treatingRiskCounts,
  type CatalogEntry,
  type ControlDecision,
  type FrameworkKey,
} from './controls-queries';
import { computeCoverage } from './coverage';
import { readFrameworkSettings, updateFrameworkSettings } from './framework-settings';

type ControlsProcedure =
  | 'controls.list'
  | 'controls.get'
  | 'controls.update'
  | 'frameworks.settings.get'
  | 'frameworks.settings.update'
  | 'soa.get'
  | 'coverage.get';

function invalid(message: string, issue: InputIssue): AppError {
  return new AppError('INVALID_INPUT', message, { issues: [issue] });
}

/** The catalog entry for a control id; the id must belong to the framework named with it. */
export function requireControl(framework: FrameworkKey, controlId: string, path: (string | number)[] = ['controlId']): CatalogEntry {
  const entry = findCatalogControl(framework, controlId);
  if (!entry) throw invalid(`${controlId} is not a ${framework} control`, { path, code: 'unknown_control', message: `${controlId} is not in the ${framework} catalog` });
  return entry;
}

function sameDecision(a: ControlDecision, b: ControlDecision): boolean {
  return (
    a.applicable === b.applicable &&
    a.justification === b.justification &&
    a.inclusionReasons.join() === b.inclusionReasons.join() &&
    a.status === b.status &&
    a.owner === b.owner &&
    a.notes === b.notes &&
    a.reviewDate === b.reviewDate
  );
}

function auditSummary(decision: ControlDecision): Record<string, unknown> {
  return { ...decision, inclusionReasons: [...decision.inclusionReasons] };
}

/** Notes, owner and justification are searchable; a control without them is found by the catalog alone. */
export function indexControl(db: Db, entry: CatalogEntry, decision: ControlDecision): void {
  const entityId = controlEntityId(entry.control.framework, entry.controlId);
  const body = [decision.owner, decision.notes, decision.justification].filter((text) => text.trim() !== '').join('\n');
  if (body === '') removeRecord(db, 'control', entityId);
  else indexRecord(db, { entityType: 'control', entityId, title: `${entry.controlId} ${entry.control.title.en} ${entry.control.title['zh-CN']}`, body });
}

export function updateControl(workspace: WorkspaceDb, input: ProcedureParsedInput<'controls.update'>, context: HandlerContext, today: string): ControlRow {
  const { framework, controlId, patch } = input;
  const entry = requireControl(framework, controlId);
  const { updatedAt: _updatedAt, ...previous } = workspace.read((db) => readStoredControl(db, framework, controlId));

  if (framework === 'soc2' && patch.applicable !== undefined) {
    // A SOC 2 report covers whole categories; a criterion is in scope exactly when its category is.
    const inScope = workspace.read((db) => isInSoc2Scope(entry, readFrameworkSettings(db)));
    if (patch.applicable !== inScope) {
      throw invalid('SOC 2 scope is chosen by category', {
        path: ['patch', 'applicable'],
        code: 'soc2_scope_by_category',
        message: 'choose the SOC 2 categories in scope in the framework settings',
      });
    }
  }

  const next: ControlDecision = {
    applicable: framework === 'iso27001' ? (patch.applicable ?? previous.applicable) : null,
    justification: patch.justification ?? previous.justification,
    inclusionReasons: patch.inclusionReasons ? [...new Set(patch.inclusionReasons)] : previous.inclusionReasons,
    status: patch.status ?? previous.status,
    owner: patch.owner ?? previous.owner,
    notes: patch.notes ?? previous.notes,
    reviewDate: patch.reviewDate !== undefined ? patch.reviewDate : previous.reviewDate,
  };

  if (framework === 'iso27001') {
    // ISO 27001 6.1.3 d): the SoA justifies every exclusion …
    if (next.applicable === false && next.justification === '') {
      throw invalid('an excluded control needs a justification', {
        path: ['patch', 'justification'],
        code: 'justification_required',
        message: 'give the reason this control is not applicable',
      });
    }
    // … and every inclusion. Enforced when someone decides on inclusion (turns a control on, or
    // changes its reasons), so that editing the owner of an untouched control is never blocked.
    const decidingInclusion = (patch.applicable === true && previous.applicable === false) || (patch.inclusionReasons !== undefined && next.inclusionReasons.join() !== previous.inclusionReasons.join());
    if (next.applicable !== false && decidingInclusion && next.inclusionReasons.length === 0) {
      const treating = workspace.read((db) => treatingRiskCounts(db, framework).get(controlId) ?? 0);
      if (treating === 0) {
        throw invalid('an applicable control needs a reason for inclusion', {
          path: ['patch', 'inclusionReasons'],
          code: 'inclusion_reason_required',
          message: 'choose why this control is included (risk treatment, legal, contractual or business)',
        });
      }
    }
  }

  if (!sameDecision(previous, next)) {
    workspace.change({ actor: context.actor, procedure: 'controls.update' }, (tx) => {
      saveControlDecision(tx.db, { framework, controlId }, next, tx.at);
      // A control without a row had the defaults: they are its "before".
      tx.audit('control', controlEntityId(framework, controlId), auditSummary(previous), auditSummary(next));
      indexControl(tx.db, entry, next);
    });
  }
  return workspace.read((db) => getControlRow(db, entry, today));
}

export function controlsHandlers({ session, options }: HandlerDeps): AreaHandlers<ControlsProcedure> {
  const today = () => todayFrom(options.now);
  return {
    'controls.list': ({ framework }) => session.workspace().read((db) => listControlRows(db, framework, today())),
    'controls.get': ({ framework, controlId }) => {
      const entry = requireControl(framework, controlId);
      return session.workspace().read((db) => ({ control: getControlRow(db, entry, today()), risks: treatedRisks(db, { framework, controlId }) }));
    },
    'controls.update': (input, context) => updateControl(session.workspace(), input, context, today()),
    'frameworks.settings.get': () => session.workspace().read(readFrameworkSettings),
    'frameworks.settings.update': (input, context) => updateFrameworkSettings(session.workspace(), input, context),
    'soa.get': () => session.workspace().read((db) => ({ catalogVersion: CATALOG_VERSION, rows: listControlRows(db, 'iso27001', today()) })),
    'coverage.get': ({ framework, from, to }) => session.workspace().read((db) => computeCoverage(db, framework, { from, to }, today())),
  };
}
