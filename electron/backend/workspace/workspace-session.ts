// The one workspace this backend has selected, and its lock state: creating, unlocking, locking,
// changing the passphrase, rotating the data key. Key material lives only here, in Buffers that are
// zeroed on lock.
import { randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { AppError, type Actor, type AuditVerifyResult, type BackendEvent, type Language, type Secret, type WorkspaceStatus } from '../../../shared/contract';
import { assessPassphrase, PASSPHRASE_MIN_LENGTH, PASSPHRASE_MIN_SCORE } from '../../../shared/domain/passphrase-policy';
import { formatRecoveryKey, parseRecoveryKey } from '../../../shared/domain/recovery-key';
import type { AppSettingsStore } from '../app-settings/app-settings-store';
import { emptyProfile, saveOrganisation } from '../organisation/organisation-queries';
import { verifyAuditChain, type VerifiedPoint } from '../audit-log/audit-chain';
import { assertBundleReadable, bundlePaths, newBundlePath, type BundlePaths } from './bundle';
import { keyId, sameKey } from './key-wrap';
import {
  createDeviceSlot,
  createPassphraseSlot,
  KEYRING_FORMAT,
  KEYRING_VERSION,
  readKeyring,
  slotInfo,
  unwrapWithDeviceKey,
  unwrapWithPassphrase,
  writeKeyring,
  type Keyring,
} from './keyring';
import { migrate, assertNotNewer, schemaVersion } from './migrations/migrate';
import { rekeyToCopy, removeRekeyLeftovers } from './rekey';
import { applyConnectionPragmas, checkKeyAgainstFile, openSqlCipher, type Db } from './sqlcipher';
import { UnlockThrottle } from './unlock-throttle';
import { WorkspaceDb } from './workspace-db';

export const DEFAULT_AUTO_LOCK_MINUTES = 15;

export const META = {
  workspaceId: 'workspace_id',
  createdAt: 'created_at',
  createdBy: 'created_by_app_version',
  recoveryKeyConfirmedAt: 'recovery_key_confirmed_at',
  autoLockMinutes: 'auto_lock_minutes',
  language: 'language',
} as const;

export interface SessionDeps {
  appVersion: string;
  nativeBinding?: string;
  now: () => Date;
  kdfLogN?: number;
  settings: AppSettingsStore;
  emit(event: BackendEvent): void;
}

interface Unlocked {
  kind: 'unlocked';
  paths: BundlePaths;
  dataKey: Buffer;
  workspace: WorkspaceDb;
  /** Null when opened with the recovery key while keyring.json was missing or damaged. */
  keyring: Keyring | null;
  workspaceId: string;
  unlockedWith: 'passphrase' | 'recovery' | 'device';
  /** How far the audit chain was last found intact in this session. */
  verifiedChain?: VerifiedPoint;
}

type State = { kind: 'closed' } | { kind: 'locked'; paths: BundlePaths; deviceSlot: boolean } | Unlocked;

export class WorkspaceSession {
  private state: State = { kind: 'closed' };
  private job: { id: string; controller: AbortController } | null = null;
  private readonly throttle: UnlockThrottle;

  constructor(private readonly deps: SessionDeps) {
    this.throttle = new UnlockThrottle(deps.now);
  }

  isUnlocked(): boolean {
    return this.state.kind === 'unlocked';
  }

  /** True while a long job (key rotation) owns the database. */
  isBusy(): boolean {
    return this.job !== null;
  }

  status(): WorkspaceStatus {
    const state = this.state;
    if (state.kind === 'closed') return { state: 'closed' };
    if (state.kind === 'locked') return { state: 'locked', path: state.paths.bundle, name: state.paths.name, deviceUnlockAvailable: state.deviceSlot };
    const ws = state.workspace;
    return {
      state: 'unlocked',
      path: state.paths.bundle,
      name: state.paths.name,
      workspaceId: state.workspaceId,
      unlockedWith: state.unlockedWith,
      recoveryKeyConfirmed: ws.getMeta(META.recoveryKeyConfirmedAt) !== null,
      autoLockMinutes: Number(ws.getMeta(META.autoLockMinutes) ?? DEFAULT_AUTO_LOCK_MINUTES),
      language: (ws.getMeta(META.language) ?? 'en') as Language,
    };
  }

  /** The open workspace; throws WORKSPACE_LOCKED otherwise. */
  unlocked(): Unlocked {
    if (this.state.kind !== 'unlocked') throw new AppError('WORKSPACE_LOCKED', 'the workspace is locked');
    return this.state;
  }

  workspace(): WorkspaceDb {
    return this.unlocked().workspace;
  }

  /**
   * The audit chain's state for the overview: verified in full once per unlock, then only the events
   * added since. `audit.verify` and `workspace.verify` always recompute everything.
   */
  auditChainStatus(): AuditVerifyResult {
    const state = this.unlocked();
    const result = verifyAuditChain(state.workspace.db, state.verifiedChain);
    state.verifiedChain = result.ok ? { seq: result.headSeq, hash: result.headHash, checked: result.checked } : undefined;
    return result;
  }

  keySlots() {
    return (this.unlocked().keyring?.slots ?? []).map(slotInfo);
  }

  select(path: string): WorkspaceStatus {
    const paths = bundlePaths(path);
    assertBundleReadable(paths);
    this.assertNotOpen(paths);
    this.closeQuietly();
    this.state = { kind: 'locked', paths, deviceSlot: this.hasDeviceSlot(paths) };
    return this.status();
  }

  async create(input: { directory: string; name: string; passphrase: string; language?: Language }, populate?: (ws: WorkspaceDb, actor: Actor) => void) {
    this.assertIdle();
    enforcePassphrasePolicy(input.passphrase, [input.name]);
    const bundle = newBundlePath(input.directory, input.name);
    if (existsSync(bundle)) throw new AppError('WORKSPACE_EXISTS', `${bundle} already exists`, { file: bundle });
    const paths = bundlePaths(bundle);
    const now = this.deps.now();
    const dataKey = randomBytes(32);
    const workspaceId = randomUUID();
    let db: Db | null = null;
    try {
      mkdirSync(paths.bundle, { recursive: true, mode: 0o700 });
      db = openSqlCipher(paths.database, dataKey.toString('hex'), { fileMustExist: false, nativeBinding: this.deps.nativeBinding });
      applyConnectionPragmas(db);
      migrate(db, paths.bundle, paths.database, now);
      const workspace = new WorkspaceDb(db, this.deps.now);
      const actor: Actor = { id: 'owner', role: 'owner' };
      workspace.change({ actor, procedure: 'workspace.create' }, (tx) => {
        const meta = {
          [META.workspaceId]: workspaceId,
          [META.createdAt]: now.toISOString(),
          [META.createdBy]: this.deps.appVersion,
          [META.autoLockMinutes]: String(DEFAULT_AUTO_LOCK_MINUTES),
          [META.language]: input.language ?? 'en',
        };
        for (const [key, value] of Object.entries(meta)) workspace.setMeta(tx.db, key, value);
        const profile = emptyProfile(input.name);
        saveOrganisation(tx.db, profile, tx.at);
        tx.audit('workspace', workspaceId, null, { name: input.name, createdAt: now.toISOString() });
        tx.audit('organisation_profile', '1', null, profile);
      });
      populate?.(workspace, actor);
      const slot = await createPassphraseSlot(workspaceId, dataKey, input.passphrase, now, this.deps.kdfLogN);
      const keyring: Keyring = { format: KEYRING_FORMAT, version: KEYRING_VERSION, workspaceId, slots: [slot] };
      writeKeyring(paths.keyring, keyring);
      this.closeQuietly();
      this.state = { kind: 'unlocked', paths, dataKey, workspace, keyring, workspaceId, unlockedWith: 'passphrase' };
      this.deps.settings.remember({ path: paths.bundle, name: paths.name }, now);
      this.emitStatus('created');
      return { path: paths.bundle, recoveryKey: formatRecoveryKey(dataKey.toString('hex')), status: this.status() };
    } catch (error) {
      db?.close();
      dataKey.fill(0);
      rmSync(paths.bundle, { recursive: true, force: true });
      throw error;
    }
  }

  async open(path: string, secret: Secret): Promise<WorkspaceStatus> {
    this.assertIdle();
    const paths = bundlePaths(path);
    this.assertNotOpen(paths);
    this.throttle.check(paths.bundle);
    assertBundleReadable(paths);

    let keyring: Keyring | null = null;
    let candidates: Buffer[];
    if (secret.kind === 'recovery') {
      const hex = parseRecoveryKey(secret.recoveryKey);
      if (!hex) throw new AppError('RECOVERY_KEY_FORMAT', 'a recovery key is 64 hexadecimal characters in 8 groups');
      candidates = [Buffer.from(hex, 'hex')];
      try {
        keyring = readKeyring(paths.keyring);
      } catch {
        // The recovery key works without the keyring: that is what it is for.
        keyring = null;
      }
    } else {
      keyring = readKeyring(paths.keyring);
      candidates = secret.kind === 'passphrase' ? await unwrapWithPassphrase(keyring, secret.passphrase) : unwrapWithDeviceKey(keyring, secret.deviceKey);
      if (candidates.length === 0) {
        if (secret.kind === 'device') throw new AppError('KEYCHAIN_UNAVAILABLE', "this device's key no longer opens the workspace");
        const retryAfterMs = this.throttle.fail(paths.bundle);
        throw new AppError('WRONG_PASSPHRASE', 'the passphrase does not open this workspace', retryAfterMs > 0 ? { retryAfterMs } : undefined);
      }
    }

    let dataKey: Buffer | null = null;
    for (const key of candidates) {
      const check = checkKeyAgainstFile(paths.database, key.toString('hex'));
      if (check === 'truncated') throw new AppError('DATABASE_CORRUPT', 'workspace.db is truncated', { file: 'workspace.db', reason: 'truncated' });
      if (check === 'unreadable') throw new AppError('DATABASE_MISSING', 'workspace.db cannot be read', { file: 'workspace.db' });
      if (check === 'match' && !dataKey) dataKey = key;
      else key.fill(0);
    }
    if (!dataKey) {
      if (secret.kind === 'recovery') {
        const retryAfterMs = this.throttle.fail(paths.bundle);
        throw new AppError('WRONG_RECOVERY_KEY', 'the recovery key does not open this workspace', retryAfterMs > 0 ? { retryAfterMs } : undefined);
      }
      throw new AppError('KEY_MISMATCH', "keyring.json's key does not open workspace.db: the database's first page is damaged or the keyring belongs to another workspace", {
        file: 'workspace.db',
      });
    }

    const db = this.openDatabase(paths, dataKey);
    const workspace = new WorkspaceDb(db, this.deps.now);
    const workspaceId = workspace.getMeta(META.workspaceId);
    if (!workspaceId) {
      db.close();
      dataKey.fill(0);
      throw new AppError('DATABASE_CORRUPT', 'workspace.db has no workspace identity', { file: 'workspace.db', reason: 'meta' });
    }
    if (keyring) keyring = this.finishInterruptedRotation(paths, keyring, dataKey);
    this.throttle.succeed(paths.bundle);
    this.closeQuietly();
    this.state = { kind: 'unlocked', paths, dataKey, workspace, keyring, workspaceId, unlockedWith: secret.kind };
    this.deps.settings.remember({ path: paths.bundle, name: paths.name }, this.deps.now());
    this.emitStatus('opened');
    return this.status();
  }

  lock(reason: 'manual' | 'idle'): WorkspaceStatus {
    this.assertIdle();
    if (this.state.kind === 'unlocked') {
      const paths = this.state.paths;
      this.closeQuietly();
      this.state = { kind: 'locked', paths, deviceSlot: this.hasDeviceSlot(paths) };
      this.emitStatus(reason);
    }
    return this.status();
  }

  close(): WorkspaceStatus {
    this.assertIdle();
    this.closeQuietly();
    this.state = { kind: 'closed' };
    this.emitStatus('closed');
    return this.status();
  }

  confirmRecoveryKey(text: string, actor: Actor): WorkspaceStatus {
    const state = this.unlocked();
    const hex = parseRecoveryKey(text);
    if (!hex) throw new AppError('RECOVERY_KEY_FORMAT', 'a recovery key is 64 hexadecimal characters in 8 groups');
    const typed = Buffer.from(hex, 'hex');
    const matches = sameKey(typed, state.dataKey);
    typed.fill(0);
    if (!matches) throw new AppError('WRONG_RECOVERY_KEY', 'that is not the recovery key of this workspace');
    state.workspace.change({ actor, procedure: 'workspace.confirmRecoveryKey' }, (tx) => {
      state.workspace.setMeta(tx.db, META.recoveryKeyConfirmedAt, tx.at);
      tx.audit('recovery_key', keyId(state.dataKey), { confirmed: false }, { confirmed: true });
    });
    return this.status();
  }

  async changePassphrase(current: string | undefined, next: string, actor: Actor) {
    this.assertIdle();
    const state = this.unlocked();
    if (current !== undefined && current !== '') {
      await this.assertPassphraseOpens(state, current);
    } else if (state.unlockedWith !== 'recovery') {
      throw new AppError('PASSPHRASE_REQUIRED', 'enter the current passphrase');
    }
    enforcePassphrasePolicy(next, [state.paths.name]);
    const slot = await createPassphraseSlot(state.workspaceId, state.dataKey, next, this.deps.now(), this.deps.kdfLogN);
    const previous = state.keyring?.slots ?? [];
    const keyring: Keyring = {
      format: KEYRING_FORMAT,
      version: KEYRING_VERSION,
      workspaceId: state.workspaceId,
      slots: [slot, ...previous.filter((s) => s.kind === 'device')],
    };
    state.workspace.change({ actor, procedure: 'workspace.changePassphrase' }, (tx) => {
      tx.audit('key_slot', slot.id, { slots: previous.map((s) => `${s.kind}:${s.id}`) }, { slots: keyring.slots.map((s) => `${s.kind}:${s.id}`) });
      // Inside the transaction: if the keyring cannot be written, the audit event rolls back too.
      writeKeyring(state.paths.keyring, keyring);
    });
    state.keyring = keyring;
    if (state.unlockedWith === 'recovery') state.unlockedWith = 'passphrase';
    return { keySlots: this.keySlots() };
  }

  async rotateKey(passphrase: string, jobId: string, actor: Actor) {
    this.assertIdle();
    const state = this.unlocked();
    if (!state.keyring) throw new AppError('KEYRING_MISSING', 'set a passphrase before rotating the key', { file: 'keyring.json' });
    state.workspace.assertNoLongChange('workspace.rotateKey');
    await this.assertPassphraseOpens(state, passphrase);
    state.workspace.assertNoLongChange('workspace.rotateKey');
    const controller = new AbortController();
    this.job = { id: jobId, controller };
    const progress = (phase: string, done: number, total: number) => this.deps.emit({ type: 'job.progress', jobId, kind: 'rekey', phase, done, total });
    const newKey = randomBytes(32);
    const oldKeyring = state.keyring;
    const oldKeyId = keyId(state.dataKey);
    try {
      state.workspace.db.pragma('wal_checkpoint(TRUNCATE)');
      const copy = await rekeyToCopy({
        dbPath: state.paths.database,
        oldKeyHex: state.dataKey.toString('hex'),
        newKeyHex: newKey.toString('hex'),
        nativeBinding: this.deps.nativeBinding,
        signal: controller.signal,
        onProgress: (p) => progress(p.phase, p.done, p.total),
      });
      // From here on the swap is short and is not cancelled halfway.
      progress('swap', 0, 3);
      const slot = await createPassphraseSlot(state.workspaceId, newKey, passphrase, this.deps.now(), this.deps.kdfLogN);
      // Both keys' slots while the files change: an interruption leaves a keyring that opens
      // whichever database is in place, and the next open tidies it (finishInterruptedRotation).
      writeKeyring(state.paths.keyring, { ...oldKeyring, slots: [...oldKeyring.slots, slot] });
      progress('swap', 1, 3);
      state.workspace.db.close();
      try {
        renameSync(copy, state.paths.database);
      } catch (error) {
        removeRekeyLeftovers(state.paths.database);
        state.workspace = new WorkspaceDb(this.openDatabase(state.paths, state.dataKey), this.deps.now);
        writeKeyring(state.paths.keyring, oldKeyring);
        throw error;
      }
      const keyring: Keyring = { ...oldKeyring, slots: [slot] };
      writeKeyring(state.paths.keyring, keyring);
      progress('swap', 2, 3);
      state.dataKey.fill(0);
      state.dataKey = newKey;
      state.keyring = keyring;
      state.workspace = new WorkspaceDb(this.openDatabase(state.paths, newKey), this.deps.now);
      state.workspace.change({ actor, procedure: 'workspace.rotateKey' }, (tx) => {
        tx.db.prepare('DELETE FROM workspace_meta WHERE key = ?').run(META.recoveryKeyConfirmedAt);
        tx.audit('data_key', keyId(newKey), { keyId: oldKeyId, slots: oldKeyring.slots.length }, { keyId: keyId(newKey), slots: 1 });
      });
      progress('swap', 3, 3);
      this.emitStatus('rekeyed');
      return { recoveryKey: formatRecoveryKey(newKey.toString('hex')), status: this.status() };
    } catch (error) {
      if (state.dataKey !== newKey) newKey.fill(0);
      throw error;
    } finally {
      this.job = null;
    }
  }

  cancelJob(jobId: string): boolean {
    if (this.job?.id !== jobId) return false;
    this.job.controller.abort();
    return true;
  }

  enableDevice(deviceKey: string, actor: Actor) {
    const state = this.unlocked();
    if (!state.keyring) throw new AppError('KEYRING_MISSING', 'set a passphrase first', { file: 'keyring.json' });
    const slot = createDeviceSlot(state.workspaceId, state.dataKey, deviceKey, this.deps.now());
    const keyring: Keyring = { ...state.keyring, slots: [...state.keyring.slots.filter((s) => s.kind !== 'device'), slot] };
    state.workspace.change({ actor, procedure: 'workspace.device.enable' }, (tx) => {
      tx.audit('key_slot', slot.id, null, { kind: 'device', createdAt: slot.createdAt });
      writeKeyring(state.paths.keyring, keyring);
    });
    state.keyring = keyring;
    return { keySlots: this.keySlots() };
  }

  disableDevice(actor: Actor) {
    const state = this.unlocked();
    if (!state.keyring) return { keySlots: [] };
    const removed = state.keyring.slots.filter((s) => s.kind === 'device');
    if (removed.length === 0) return { keySlots: this.keySlots() };
    const keyring: Keyring = { ...state.keyring, slots: state.keyring.slots.filter((s) => s.kind !== 'device') };
    state.workspace.change({ actor, procedure: 'workspace.device.disable' }, (tx) => {
      for (const slot of removed) tx.audit('key_slot', slot.id, { kind: 'device', createdAt: slot.createdAt }, null);
      writeKeyring(state.paths.keyring, keyring);
    });
    state.keyring = keyring;
    return { keySlots: this.keySlots() };
  }

  async dispose(): Promise<void> {
    this.job?.controller.abort();
    this.closeQuietly();
    this.state = { kind: 'closed' };
  }

  private openDatabase(paths: BundlePaths, dataKey: Buffer): Db {
    let db: Db | null = null;
    try {
      db = openSqlCipher(paths.database, dataKey.toString('hex'), { nativeBinding: this.deps.nativeBinding });
      // Read before anything is written: a newer schema is refused without touching it.
      assertNotNewer(schemaVersion(db));
      db.prepare('SELECT count(*) FROM sqlite_master').get();
      applyConnectionPragmas(db);
      migrate(db, paths.bundle, paths.database, this.deps.now());
      return db;
    } catch (error) {
      db?.close();
      if (error instanceof AppError) throw error;
      const code = (error as { code?: string }).code ?? '';
      if (/NOTADB|CORRUPT/.test(code)) {
        throw new AppError('DATABASE_CORRUPT', `workspace.db is damaged (${code})`, { file: 'workspace.db', reason: code });
      }
      throw error;
    }
  }

  /** Drops slots of another key left by a rotation that was interrupted between its steps. */
  private finishInterruptedRotation(paths: BundlePaths, keyring: Keyring, dataKey: Buffer): Keyring {
    const id = keyId(dataKey);
    if (keyring.slots.every((s) => s.keyId === id)) return keyring;
    const slots = keyring.slots.filter((s) => s.keyId === id);
    if (slots.length === 0) return keyring;
    const tidy = { ...keyring, slots };
    writeKeyring(paths.keyring, tidy);
    removeRekeyLeftovers(paths.database);
    return tidy;
  }

  private async assertPassphraseOpens(state: Unlocked, passphrase: string): Promise<void> {
    this.throttle.check(state.paths.bundle);
    const keys = state.keyring ? await unwrapWithPassphrase(state.keyring, passphrase) : [];
    const ok = keys.some((key) => sameKey(key, state.dataKey));
    for (const key of keys) key.fill(0);
    if (!ok) {
      const retryAfterMs = this.throttle.fail(state.paths.bundle);
      throw new AppError('WRONG_PASSPHRASE', 'the current passphrase is not correct', retryAfterMs > 0 ? { retryAfterMs } : undefined);
    }
    this.throttle.succeed(state.paths.bundle);
  }

  private hasDeviceSlot(paths: BundlePaths): boolean {
    try {
      return readKeyring(paths.keyring).slots.some((s) => s.kind === 'device');
    } catch {
      return false;
    }
  }

  private assertIdle(): void {
    if (this.job) throw new AppError('BUSY', 'the workspace is busy with a key rotation');
  }

  private assertNotOpen(paths: BundlePaths): void {
    if (this.state.kind === 'unlocked' && this.state.paths.bundle === paths.bundle) {
      throw new AppError('WORKSPACE_ALREADY_OPEN', 'this workspace is already open');
    }
  }

  private closeQuietly(): void {
    if (this.state.kind !== 'unlocked') return;
    try {
      // Rolls back a long change (an import) still being written before the connection closes.
      this.state.workspace.close();
    } catch {
      // Closing a connection that already failed is not worth an error.
    }
    this.state.dataKey.fill(0);
  }

  private emitStatus(reason: NonNullable<Extract<BackendEvent, { type: 'workspace.status' }>['reason']>): void {
    this.deps.emit({ type: 'workspace.status', status: this.status(), reason });
  }
}

export function enforcePassphrasePolicy(passphrase: string, userInputs: string[]): void {
  const assessment = assessPassphrase(passphrase, userInputs);
  if (assessment.problem === 'too_short') {
    throw new AppError('PASSPHRASE_TOO_SHORT', `a passphrase needs at least ${PASSPHRASE_MIN_LENGTH} characters`, { minLength: PASSPHRASE_MIN_LENGTH });
  }
  if (assessment.problem === 'too_weak') {
    throw new AppError('PASSPHRASE_TOO_WEAK', 'this passphrase is too easy to guess', { minScore: PASSPHRASE_MIN_SCORE, score: assessment.score });
  }
}
