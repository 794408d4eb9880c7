// Scheduled backups: while a workspace is unlocked, a backup is due when the newest one of the
// workspace in the chosen folder is older than the interval. The clock and the actions are
// injected, so the schedule is tested without waiting.
import type { BackupSchedule } from '../../../shared/contract/areas/workspace-backup';

export interface SchedulerDeps {
  now(): Date;
  /** The schedule of the unlocked workspace, or null while none is unlocked or it is busy. */
  schedule(): { schedule: BackupSchedule; workspaceId: string } | null;
  /** When the newest backup of the workspace in the folder was made. */
  newestBackupAt(folder: string, workspaceId: string): Date | null;
  run(folder: string, keep: number): Promise<void>;
  onError(error: unknown): void;
}

/** How often the scheduler looks; a backup is never more than this late. */
export const SCHEDULER_TICK_MS = 60_000;

export function nextBackupDue(schedule: BackupSchedule, newest: Date | null, now: Date): Date | null {
  if (!schedule.enabled || schedule.folder === '') return null;
  if (!newest) return now;
  return new Date(newest.getTime() + schedule.intervalHours * 3_600_000);
}

export class BackupScheduler {
  private running: Promise<void> | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly deps: SchedulerDeps) {}

  start(intervalMs = SCHEDULER_TICK_MS): void {
    if (this.timer) return;
    this.timer = setInterval(() => void this.tick(), intervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  /** Runs a backup if one is due; resolves when it has finished (at most one at a time). */
  async tick(): Promise<boolean> {
    if (this.running) return false;
    const current = this.deps.schedule();
    if (!current) return false;
    const { schedule, workspaceId } = current;
    const now = this.deps.now();
    const due = nextBackupDue(schedule, this.deps.newestBackupAt(schedule.folder, workspaceId), now);
    if (!due || due.getTime() > now.getTime()) return false;
    this.running = this.deps.run(schedule.folder, schedule.keep).catch((error: unknown) => this.deps.onError(error));
    try {
      await this.running;
    } finally {
      this.running = null;
    }
    return true;
  }
}
