import type { Command } from 'commander';
import { call, type CliContext } from '../backend-client';
import { addUnlockOptions, openWorkspace, type UnlockOptions } from '../open-workspace';
import { CliError } from '../output';

export function registerVerify(program: Command, context: CliContext): void {
  const { output } = context;
  const { t } = output;
  const command = program
    .command('verify')
    .description(output.t('commands.verify'))
    .argument('<path>', output.t('arguments.path'))
    .option('--json', output.t('options.json'));
  addUnlockOptions(command, context).action(async (path: string, options: UnlockOptions & { json?: boolean }) => {
    await openWorkspace(context, path, options);
    const result = await call(context.backend(), 'workspace.verify', {});
    const { integrity, auditChain: chain } = result;

    if (options.json) {
      output.json(result);
    } else {
      output.line(t(integrity.ok ? 'verify.integrityOk' : 'verify.integrityFailed'));
      if (!integrity.ok) for (const message of integrity.messages) output.line(`  ${message}`);
      output.line(
        chain.ok
          ? t('verify.chainOk', { checked: chain.checked, headSeq: chain.headSeq })
          : t('verify.chainFailed', { count: chain.problemCount, checked: chain.checked }),
      );
      for (const problem of chain.problems) output.line(`  ${t('verify.problem', { seq: problem.seq, kind: t(`problemKind.${problem.kind}`) })}`);
      if (chain.problemCount > chain.problems.length) output.line(`  ${t('verify.more', { count: chain.problemCount - chain.problems.length })}`);
    }
    if (!result.ok) throw new CliError(t('verify.failed'));
    if (!options.json) output.line(t('verify.ok'));
  });
}
