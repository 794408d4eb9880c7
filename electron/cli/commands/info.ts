import type { Command } from 'commander';
import type { Overview } from '../../../shared/contract';
import { call, type CliContext } from '../backend-client';
import { addUnlockOptions, openWorkspace, type UnlockOptions } from '../open-workspace';
import type { Output } from '../output';

export function registerInfo(program: Command, context: CliContext): void {
  const { output } = context;
  const command = program
    .command('info')
    .description(output.t('commands.info'))
    .argument('<path>', output.t('arguments.path'))
    .option('--json', output.t('options.json'));
  addUnlockOptions(command, context).action(async (path: string, options: UnlockOptions & { json?: boolean }) => {
    await openWorkspace(context, path, options);
    const backend = context.backend();
    const overview = await call(backend, 'workspace.overview', {});
    const profile = await call(backend, 'organisation.get', {});
    if (options.json) output.json(infoJson(overview, profile.legalName));
    else printInfo(output, overview, profile.legalName);
  });
}

/** Facts only: no key material, no record content, no audit-event summaries. */
function infoJson(overview: Overview, legalName: string) {
  return {
    name: overview.name,
    organisation: legalName,
    path: overview.path,
    workspaceId: overview.workspaceId,
    createdAt: overview.createdAt,
    schemaVersion: overview.schemaVersion,
    appVersion: overview.appVersion,
    recordCounts: Object.fromEntries(overview.recordCounts.map(({ entity, count }) => [entity, count])),
    keySlots: overview.keySlots.map(({ kind, createdAt, kdf }) => ({ kind, createdAt, kdf })),
    recoveryKeyConfirmed: overview.recoveryKeyConfirmed,
    auditChain: { ok: overview.auditChain.ok, events: overview.auditChain.checked, problemCount: overview.auditChain.problemCount },
  };
}

function printInfo(output: Output, overview: Overview, legalName: string): void {
  const { t } = output;
  const row = (label: string, value: string | number) => output.line(t('info.row', { label: t(label), value }).trimEnd());
  row('info.workspace', overview.name);
  row('info.organisation', legalName);
  row('info.path', overview.path);
  row('info.workspaceId', overview.workspaceId);
  row('info.created', output.formatDate(overview.createdAt));
  row('info.schemaVersion', overview.schemaVersion);
  row('info.appVersion', overview.appVersion);

  const counts = overview.recordCounts;
  row('info.records', counts.length === 0 ? t('info.noRecords') : '');
  for (const { entity, count } of counts) {
    output.line(`  ${t('info.row', { label: t(`entities.${entity}`, { defaultValue: entity }), value: count })}`);
  }
  row('info.keySlots', overview.keySlots.length);
  for (const slot of overview.keySlots) {
    output.line(`  ${t('info.slot', { kind: t(`slotKind.${slot.kind}`), created: output.formatDate(slot.createdAt), kdf: slot.kdf })}`);
  }
  row('info.recoveryKey', t(overview.recoveryKeyConfirmed ? 'info.recoveryConfirmed' : 'info.recoveryNotConfirmed'));
  const chain = overview.auditChain;
  row('info.auditTrail', chain.ok ? t('info.chainOk', { count: chain.checked }) : t('info.chainBroken', { count: chain.problemCount }));
}
