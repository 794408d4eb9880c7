// `CUSTOS_SELF_TEST=1`: start the backend in its utility process, create, re-key (which runs in a
// worker thread), verify and lock a throwaway workspace, print one line and exit. The workflow runs
// this against the packaged app, where the fuses keep Playwright out, to prove the asar, the utility
// process and the Electron-ABI SQLCipher build work together.
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Envelope } from '../../shared/contract';

export interface SelfTestDeps {
  invoke(procedure: string, input: unknown): Promise<Envelope<unknown>>;
  rendererRoot: string;
  nativeBinding: string | undefined;
}

export async function runSelfTest(deps: SelfTestDeps): Promise<{ ok: boolean; line: string }> {
  const steps: string[] = [];
  const fail = (step: string, detail: string) => ({ ok: false, line: `custos self-test: failed at ${step}: ${detail}` });
  const expectOk = async (step: string, procedure: string, input: unknown): Promise<Envelope<unknown>> => {
    const envelope = await deps.invoke(procedure, input);
    steps.push(step);
    return envelope;
  };

  try {
    await fs.access(path.join(deps.rendererRoot, 'index.html'));
  } catch {
    return fail('renderer', `${deps.rendererRoot}/index.html is missing`);
  }
  if (!deps.nativeBinding) return fail('native', 'no Electron build of better_sqlite3.node was found');

  const ping = await expectOk('ping', 'app.ping', {});
  if (!ping.ok) return fail('ping', ping.error.code);

  const directory = await fs.mkdtemp(path.join(os.tmpdir(), 'custos-self-test-'));
  try {
    const passphrase = `Self test ${randomBytes(18).toString('base64')} stays offline`;
    const created = await expectOk('create', 'workspace.create', { directory, name: 'Self test', passphrase });
    if (!created.ok) return fail('create', `${created.error.code} ${created.error.message}`);
    const rotated = await expectOk('rekey', 'workspace.rotateKey', { passphrase, jobId: `self-test-${randomBytes(6).toString('hex')}` });
    if (!rotated.ok) return fail('rekey', `${rotated.error.code} ${rotated.error.message}`);
    const verified = await expectOk('verify', 'workspace.verify', {});
    if (!verified.ok || (verified.value as { ok?: unknown }).ok !== true) return fail('verify', verified.ok ? 'integrity or audit chain check failed' : verified.error.code);
    const locked = await expectOk('lock', 'workspace.lock', { reason: 'manual' });
    if (!locked.ok) return fail('lock', locked.error.code);
    const closed = await expectOk('close', 'workspace.close', {});
    if (!closed.ok) return fail('close', closed.error.code);
    const createdPath = (created.value as { path?: unknown }).path;
    if (typeof createdPath === 'string') await deps.invoke('workspace.forget', { path: createdPath });
  } finally {
    await fs.rm(directory, { recursive: true, force: true });
  }
  return { ok: true, line: `custos self-test: ok (${steps.join(', ')})` };
}
