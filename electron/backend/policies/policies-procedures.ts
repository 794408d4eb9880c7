// The policies area's procedures: thin adapters from the contract onto policy-changes.ts, the
// queries and the exports. Inputs arrive validated by the dispatcher.
import type { Actor, policiesProcedures, Redline } from '../../../shared/contract';
import { redline } from '../../../shared/policies/redline';
import { POLICY_TEMPLATES } from '../../../shared/policies/template-catalog';
import { deliverExport } from '../exports/export-file';
import { todayFrom } from '../frameworks/calendar-dates';
import { getOrganisation } from '../organisation/organisation-queries';
import type { AreaHandlers, HandlerDeps } from '../rpc/handlers';
import type { Db } from '../workspace/sqlcipher';
import type { ChangeTx } from '../workspace/workspace-db';
import { listAcknowledgements, listPeople, listPolicyRows, listVersionRows, toVersion, type PolicyRow, type VersionRow } from './policies-queries';
import {
  acknowledge,
  approveVersion,
  createPolicy,
  currentVersionRow,
  deletePolicy,
  discardDraft,
  mustGetPolicy,
  mustGetVersion,
  nextReviewDateOf,
  policyDetail,
  publishVersion,
  regenerateNotice,
  retirePolicy,
  returnToDraft,
  saveDraft,
  startDraft,
  submitForReview,
  toSummary,
  updatePolicy,
} from './policy-changes';
import { docsT, renderAcknowledgements, renderRedline, renderVersion } from './policy-export';
import { completenessOf, driftOf } from './policy-generation';

type PoliciesProcedure = keyof typeof policiesProcedures;

function versionLabel(policy: PolicyRow, version: VersionRow): string {
  const t = docsT(policy.language);
  return t('versionLabelStatus', { number: version.number, status: t(`status.${version.status}`) });
}

export function redlineBetween(db: Db, policyId: string, fromVersionId: string, toVersionId: string): { policy: PolicyRow; diff: Redline } {
  const policy = mustGetPolicy(db, policyId);
  const from = mustGetVersion(db, policy.id, fromVersionId, ['fromVersionId']);
  const to = mustGetVersion(db, policy.id, toVersionId, ['toVersionId']);
  const result = redline(from.markdown, to.markdown);
  return {
    policy,
    diff: {
      from: { id: from.id, number: from.number, label: versionLabel(policy, from) },
      to: { id: to.id, number: to.number, label: versionLabel(policy, to) },
      ...result,
    },
  };
}

/** The version an export or acknowledgement list defaults to: the one in force, else the newest. */
export function defaultVersion(db: Db, policyId: string): VersionRow {
  const versions = listVersionRows(db, policyId);
  return currentVersionRow(versions) ?? versions[0]!;
}

export function policiesHandlers({ session, options }: HandlerDeps): AreaHandlers<PoliciesProcedure> {
  const today = () => todayFrom(options.now);
  const now = () => options.now?.() ?? new Date();
  const change = <T>(procedure: PoliciesProcedure, actor: Actor, fn: (tx: ChangeTx) => T): T => session.workspace().change({ actor, procedure }, fn);

  return {
    'policies.templates': () =>
      POLICY_TEMPLATES.map((template) => ({
        id: template.id,
        kind: template.kind,
        law: template.law,
        standard: template.standard,
        titleKey: template.titleKey,
        descriptionKey: template.descriptionKey,
        reviewCycleMonths: template.reviewCycleMonths,
        controls: template.controls.map((control) => ({ framework: control.framework, controlId: control.controlId })),
      })),
    'policies.list': ({ includeRetired }) =>
      session.workspace().read((db) =>
        listPolicyRows(db)
          .filter((row) => includeRetired || !row.retired_at)
          .map((row) => toSummary(db, row, today())),
      ),
    'policies.get': ({ id }) => session.workspace().read((db) => policyDetail(db, mustGetPolicy(db, id), today())),
    'policies.create': (input, { actor }) => change('policies.create', actor, (tx) => createPolicy(tx, input)),
    'policies.update': ({ id, policy }, { actor }) => change('policies.update', actor, (tx) => updatePolicy(tx, id, policy)),
    'policies.delete': ({ id }, { actor }) =>
      change('policies.delete', actor, (tx) => {
        deletePolicy(tx, id);
        return { deleted: true as const };
      }),

    'policies.versions.get': ({ policyId, versionId }) =>
      session.workspace().read((db) => {
        const policy = mustGetPolicy(db, policyId);
        return toVersion(db, mustGetVersion(db, policy.id, versionId));
      }),
    'policies.draft.start': ({ policyId }, { actor }) => change('policies.draft.start', actor, (tx) => startDraft(tx, policyId)),
    'policies.draft.save': (input, { actor }) => change('policies.draft.save', actor, (tx) => saveDraft(tx, input)),
    'policies.draft.discard': ({ policyId, versionId }, { actor }) =>
      change('policies.draft.discard', actor, (tx) => {
        discardDraft(tx, policyId, versionId);
        return { deleted: true as const };
      }),
    'policies.submit': ({ policyId, versionId }, { actor }) => change('policies.submit', actor, (tx) => submitForReview(tx, policyId, versionId)),
    'policies.returnToDraft': ({ policyId, versionId, note }, { actor }) => change('policies.returnToDraft', actor, (tx) => returnToDraft(tx, policyId, versionId, note)),
    'policies.approve': (input, { actor }) => change('policies.approve', actor, (tx) => approveVersion(tx, input)),
    'policies.publish': ({ policyId, versionId }, { actor }) => change('policies.publish', actor, (tx) => publishVersion(tx, policyId, versionId)),
    'policies.retire': ({ policyId, reason }, { actor }) => change('policies.retire', actor, (tx) => retirePolicy(tx, policyId, reason)),

    'policies.redline': ({ policyId, fromVersionId, toVersionId }) => session.workspace().read((db) => redlineBetween(db, policyId, fromVersionId, toVersionId).diff),
    'policies.completeness': ({ policyId, versionId }) =>
      session.workspace().read((db) => {
        const policy = mustGetPolicy(db, policyId);
        return completenessOf(policy, mustGetVersion(db, policy.id, versionId).markdown);
      }),
    'policies.notice.drift': ({ policyId }) =>
      session.workspace().read((db) => {
        const policy = mustGetPolicy(db, policyId);
        const versions = listVersionRows(db, policy.id);
        const compared = currentVersionRow(versions) ?? versions.find((v) => v.approved_at !== null) ?? null;
        const { regenerated: _text, ...drift } = driftOf(db, policy, policy.retired_at ? null : compared, true);
        return drift;
      }),
    'policies.notice.regenerate': ({ policyId }, { actor }) => change('policies.notice.regenerate', actor, (tx) => regenerateNotice(tx, policyId)),

    'policies.export': async ({ policyId, versionId, format, destination }) => {
      const source = session.workspace().read((db) => {
        const policy = mustGetPolicy(db, policyId);
        const version = versionId ? mustGetVersion(db, policy.id, versionId) : defaultVersion(db, policy.id);
        return { policy, version, organisation: getOrganisation(db)?.legalName ?? '', nextReviewDate: nextReviewDateOf(policy, listVersionRows(db, policy.id)), generatedAt: now() };
      });
      return deliverExport(await renderVersion(source, format), destination);
    },
    'policies.redline.export': async ({ policyId, fromVersionId, toVersionId, destination }) => {
      const { policy, diff, organisation } = session.workspace().read((db) => ({ ...redlineBetween(db, policyId, fromVersionId, toVersionId), organisation: getOrganisation(db)?.legalName ?? '' }));
      return deliverExport(await renderRedline(policy, diff, organisation, now()), destination);
    },

    'policies.acknowledgements.list': ({ policyId, versionId }) =>
      session.workspace().read((db) => {
        const policy = mustGetPolicy(db, policyId);
        const target = versionId ? mustGetVersion(db, policy.id, versionId) : currentVersionRow(listVersionRows(db, policy.id));
        const acknowledgements = listAcknowledgements(db, policy.id, versionId ?? null);
        const done = new Set(target ? listAcknowledgements(db, policy.id, target.id).map((row) => row.personId) : []);
        return { acknowledgements, pending: target ? listPeople(db).filter((person) => !done.has(person.id)) : [] };
      }),
    'policies.acknowledge': (input, { actor }) => change('policies.acknowledge', actor, (tx) => acknowledge(tx, input)),
    'policies.acknowledgements.export': async ({ policyId, format, destination }) => {
      const data = session.workspace().read((db) => {
        const policy = mustGetPolicy(db, policyId);
        const current = currentVersionRow(listVersionRows(db, policy.id));
        const rows = listAcknowledgements(db, policy.id, null);
        const done = new Set(current ? listAcknowledgements(db, policy.id, current.id).map((row) => row.personId) : []);
        const pending = current ? listPeople(db).filter((person) => !done.has(person.id)) : [];
        return { policy, rows, pending, current: current?.number ?? null, organisation: getOrganisation(db)?.legalName ?? '' };
      });
      const file = await renderAcknowledgements(data.policy, data.rows, data.pending, data.current, data.organisation, format, now(), today());
      return deliverExport(file, destination);
    },

    'people.list': () => session.workspace().read(listPeople),
  };
}
