// Nothing in clear on disk: after each kind of operation, known marker strings written as record
// text appear in no file of the bundle (database, WAL, shm, keyring, pre-migration copies), in the
// config folder, or in any file created in the temp folder; nor does the data key.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { PASSPHRASE, OTHER_PASSPHRASE, testBackend, type TestBackend } from '../support/backend';

const MARKERS = ['ZEBRA-MARKER-LEGAL-7731', 'Quokka-Marker-DPO-4410', '机密标记-地址-9925'];

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const file = join(dir, name);
    try {
      if (statSync(file).isFile()) out.push(file);
    } catch {
      // A file that vanished while listing (a checkpointed WAL, say) holds nothing any more.
    }
  }
  return out;
}

function needles(extra: string[]): Buffer[] {
  return [...MARKERS, ...extra].flatMap((m) => [Buffer.from(m, 'utf8'), Buffer.from(m, 'utf16le')]);
}

function leaks(files: string[], extra: string[] = []): string[] {
  const found: string[] = [];
  for (const file of files) {
    let content: Buffer;
    try {
      content = readFileSync(file);
    } catch {
      continue;
    }
    for (const needle of needles(extra)) if (content.includes(needle)) found.push(`${file}: ${needle.toString('utf8')}`);
  }
  return found;
}

let t: TestBackend;
afterEach(async () => {
  await t?.cleanup();
});

describe('no record text or key in clear on disk', () => {
  it('holds after create, edits, lock, passphrase change and key rotation', async () => {
    const tempBefore = new Set(readdirSync(tmpdir()));
    t = testBackend();
    const { path, recoveryKey } = await t.call('workspace.create', { directory: t.dir, name: 'Marker Org', passphrase: PASSPHRASE });
    const key = recoveryKey.replace(/-/g, '');
    const profile = await t.call('organisation.get', {});
    await t.call('organisation.update', { ...profile, legalName: MARKERS[0]!, dpoName: MARKERS[1]!, registeredAddress: MARKERS[2]! });
    for (let i = 0; i < 50; i += 1) await t.call('organisation.update', { ...profile, legalName: MARKERS[0]!, dpoName: `${MARKERS[1]} ${i}`, registeredAddress: MARKERS[2]! });

    const check = (stage: string) => {
      const newTemp = readdirSync(tmpdir())
        .filter((n) => !tempBefore.has(n) && !t.dir.endsWith(n))
        .map((n) => join(tmpdir(), n));
      const files = [...filesUnder(t.dir), ...newTemp.flatMap((d) => (statSync(d).isDirectory() ? filesUnder(d) : [d]))];
      expect(files.length, stage).toBeGreaterThan(2);
      expect(leaks(files, [key]), stage).toEqual([]);
    };

    // Unlocked, with a live WAL and shm holding the latest pages.
    expect(filesUnder(path).some((f) => f.endsWith('-wal'))).toBe(true);
    check('unlocked');
    await t.call('workspace.lock', {});
    check('locked');
    await t.call('workspace.open', { path, secret: { kind: 'passphrase', passphrase: PASSPHRASE } });
    await t.call('workspace.changePassphrase', { current: PASSPHRASE, next: OTHER_PASSPHRASE });
    check('passphrase changed');
    const rotated = await t.call('workspace.rotateKey', { passphrase: OTHER_PASSPHRASE, jobId: 'marker-rotate' });
    const newKey = rotated.recoveryKey.replace(/-/g, '');
    expect(leaks(filesUnder(t.dir), [key, newKey])).toEqual([]);
    await t.call('workspace.lock', {});
    check('locked after rotation');
    // The markers really were stored: they come back after unlocking.
    await t.call('workspace.open', { path, secret: { kind: 'passphrase', passphrase: OTHER_PASSPHRASE } });
    expect((await t.call('organisation.get', {})).legalName).toBe(MARKERS[0]);
  });
});
