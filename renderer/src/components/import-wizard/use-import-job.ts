// What the import wizards share around their calls: a busy flag and the last error for each step's
// call, and the commit run as a job, with its progress events, a cancel and how it ended.
import { useEffect, useRef, useState } from 'react';
import type { JobProgressEvent } from '../../../../shared/contract';
import { call, isClientError, subscribe } from '../../client/client';
import { newJobId } from '../../lib/job-id';

export interface ImportJob<R> {
  busy: boolean;
  error: unknown;
  progress: JobProgressEvent | null;
  result: R | null;
  cancelled: boolean;
  cancelling: boolean;
  /** The commit ended: written, cancelled or failed. */
  finished: boolean;
  /** A step's call with the busy flag and the error shown; null when it failed. */
  run<T>(work: () => Promise<T>): Promise<T | null>;
  /** The commit as a job: `commit` gets the job id to pass to its procedure. */
  start(commit: (jobId: string) => Promise<R>): Promise<void>;
  cancel(): Promise<void>;
}

export function useImportJob<R>(): ImportJob<R> {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [progress, setProgress] = useState<JobProgressEvent | null>(null);
  const [result, setResult] = useState<R | null>(null);
  const [cancelled, setCancelled] = useState(false);
  const [cancelling, setCancelling] = useState(false);
  const jobRef = useRef<string | null>(null);
  const unsubscribeRef = useRef<(() => void) | null>(null);

  useEffect(() => () => unsubscribeRef.current?.(), []);

  async function run<T>(work: () => Promise<T>): Promise<T | null> {
    setBusy(true);
    setError(null);
    try {
      return await work();
    } catch (caught) {
      setError(caught);
      return null;
    } finally {
      setBusy(false);
    }
  }

  async function start(commit: (jobId: string) => Promise<R>) {
    const jobId = newJobId();
    jobRef.current = jobId;
    setProgress(null);
    setResult(null);
    setCancelled(false);
    setCancelling(false);
    setError(null);
    unsubscribeRef.current?.();
    unsubscribeRef.current = subscribe((event) => {
      if (event.type === 'job.progress' && event.jobId === jobId) setProgress(event);
    });
    try {
      setResult(await commit(jobId));
    } catch (caught) {
      if (isClientError(caught, 'CANCELLED')) setCancelled(true);
      else setError(caught);
    } finally {
      unsubscribeRef.current?.();
      unsubscribeRef.current = null;
      jobRef.current = null;
      setCancelling(false);
    }
  }

  async function cancel() {
    const jobId = jobRef.current;
    if (!jobId) return;
    setCancelling(true);
    try {
      await call('jobs.cancel', { jobId });
    } catch (caught) {
      setCancelling(false);
      setError(caught);
    }
  }

  return { busy, error, progress, result, cancelled, cancelling, finished: result !== null || cancelled || error !== null, run, start, cancel };
}
