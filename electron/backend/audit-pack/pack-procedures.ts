// Procedures of the audit-pack area. An export runs as a job (job.progress events, jobs.cancel);
// locking the workspace stops it. A finished pack is recorded in the pack history, audited.
import { rmSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { AppError, type ProcedureParsedInput } from '../../../shared/contract';
import type { AreaHandlers, HandlerDeps } from '../rpc/handlers';
import { previewPackContents } from './contents/collect-contents';
import { buildPack } from './pack-builder';
import { resolvePackContext } from './pack-context';
import { listPackExports, recordPackExport } from './pack-history';
import type { PackOptions } from './pack-types';
import { verifyPack } from './pack-verify';
import { readPublicSigningKey, signWithWorkspaceKey } from './signing-key';

type PacksProcedure = 'packs.preview' | 'packs.export' | 'packs.history' | 'packs.verify' | 'packs.signingKey';

const running = new Map<string, AbortController>();

/** jobs.cancel for audit-pack jobs. */
export function cancelPackJob(jobId: string): boolean {
  const controller = running.get(jobId);
  if (!controller) return false;
  controller.abort(new AppError('CANCELLED', 'the audit pack was cancelled; nothing was written'));
  return true;
}

function packOptions(input: ProcedureParsedInput<'packs.preview'>, recipient?: string): PackOptions {
  return { framework: input.framework, from: input.from ?? null, to: input.to ?? null, locale: input.locale, redact: input.redact, recipient };
}

export function packsHandlers(deps: HandlerDeps): AreaHandlers<PacksProcedure> {
  const { session, options, emit } = deps;
  const now = options.now ?? (() => new Date());

  const context = (packInput: PackOptions, extra: { signal?: AbortSignal; progress?: (done: number, total: number, step: string) => void } = {}) => {
    const state = session.unlocked();
    return resolvePackContext({
      db: state.workspace.db,
      options: packInput,
      now: now(),
      appVersion: options.appVersion,
      workspaceId: state.workspaceId,
      workspaceName: state.paths.name,
      ...extra,
    });
  };

  return {
    'packs.preview': async (input) => {
      const ctx = context(packOptions(input));
      const preview = await previewPackContents(ctx);
      return { ...preview, period: ctx.period, keyFingerprint: ctx.keyFingerprint };
    },

    'packs.export': async (input, { actor }) => {
      const state = session.unlocked();
      if (session.isBusy()) throw new AppError('BUSY', 'the workspace is busy with a key rotation');
      // The pack must not read an import's uncommitted rows, and it ends with an audited history row.
      state.workspace.assertNoLongChange('packs.export');
      if (running.has(input.jobId)) throw new AppError('CONFLICT', 'a job with this id is already running');
      const file = resolve(input.file);
      const controller = new AbortController();
      running.set(input.jobId, controller);
      let lastEmitted = '';
      const progress = (done: number, total: number, step: string) => {
        const key = `${step}:${total === 0 ? 0 : Math.floor((done / total) * 100)}`;
        if (key === lastEmitted) return;
        lastEmitted = key;
        emit?.({ type: 'job.progress', jobId: input.jobId, kind: 'audit_pack', phase: step, done, total });
      };
      // Locking the workspace stops the pack: its key must leave memory.
      const watch = setInterval(() => {
        if (!session.isUnlocked()) controller.abort(new AppError('CANCELLED', 'the workspace was locked while the pack was written; nothing was written'));
      }, 250);
      try {
        const ctx = context(packOptions(input, input.recipient), { signal: controller.signal, progress });
        const db = state.workspace.db;
        const built = await buildPack(ctx, file, { publicKeyPem: readPublicSigningKey(db).publicKeyPem, sign: (data) => signWithWorkspaceKey(db, data) }).catch((error: unknown) => {
          // Locked under the pack: whatever the reads ran into, the pack was stopped.
          if (!session.isUnlocked()) throw new AppError('CANCELLED', 'the workspace was locked while the pack was written; nothing was written');
          throw error;
        });
        try {
          if (!session.isUnlocked()) throw new AppError('CANCELLED', 'the workspace was locked while the pack was written; nothing was kept');
          progress(0, 1, 'record');
          recordPackExport(
            session.workspace(),
            {
              framework: ctx.options.framework,
              from: ctx.period.from,
              to: ctx.period.to,
              locale: ctx.options.locale,
              redacted: ctx.options.redact,
              recipient: input.recipient ?? '',
              fileName: basename(file),
              manifestSha256: built.manifestSha256,
              fileCount: built.fileCount,
              bytes: built.bytes,
              generatedAt: built.generatedAt,
            },
            actor,
            'packs.export',
          );
        } catch (error) {
          // A pack that is not in the history is not left behind either.
          rmSync(file, { force: true });
          throw error;
        }
        progress(1, 1, 'record');
        return { path: built.path, bytes: built.bytes, manifestSha256: built.manifestSha256, fileCount: built.fileCount, generatedAt: built.generatedAt };
      } finally {
        clearInterval(watch);
        running.delete(input.jobId);
      }
    },

    'packs.history': () => listPackExports(session.workspace()),

    'packs.verify': ({ file, publicKeyPem, fingerprint }) => verifyPack(resolve(file), { publicKeyPem, fingerprint }),

    'packs.signingKey': () => {
      const key = session.workspace().read((db) => readPublicSigningKey(db));
      return { fingerprint: key.fingerprint, publicKeyPem: key.publicKeyPem, createdAt: key.createdAt };
    },
  };
}
