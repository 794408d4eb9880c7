// Events the backend pushes to the UI: progress of long work and changes of lock state.
import type { WorkspaceStatus } from './procedures';

export type JobKind = 'rekey' | 'inventory_import' | 'workspace_backup' | 'audit_pack' | 'training_import' | 'demo';

export interface JobProgressEvent {
  type: 'job.progress';
  jobId: string;
  kind: JobKind;
  /** A stable phase name; the UI translates `jobs.phase.<phase>`. */
  phase: string;
  done: number;
  total: number;
}

export interface WorkspaceStatusEvent {
  type: 'workspace.status';
  status: WorkspaceStatus;
  /** Why the state changed, when it was not the user's own call (e.g. `idle`). */
  reason?: 'manual' | 'idle' | 'opened' | 'created' | 'closed' | 'rekeyed';
}

export type BackendEvent = JobProgressEvent | WorkspaceStatusEvent;
export type BackendEventListener = (event: BackendEvent) => void;
