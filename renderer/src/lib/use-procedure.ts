// Loads a procedure's result for a screen, with loading and error state and a way to reload.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ProcedureInput, ProcedureName, ProcedureOutput } from '../../../shared/contract';
import { call } from '../client/client';

export interface ProcedureState<P extends ProcedureName> {
  data: ProcedureOutput<P> | null;
  error: unknown;
  loading: boolean;
  reload(): Promise<void>;
  setData(data: ProcedureOutput<P>): void;
}

export function useProcedure<P extends ProcedureName>(name: P, input?: ProcedureInput<P>): ProcedureState<P> {
  const [data, setData] = useState<ProcedureOutput<P> | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [loading, setLoading] = useState(true);
  const inputKey = JSON.stringify(input ?? {});
  const generation = useRef(0);

  const reload = useCallback(async () => {
    const mine = ++generation.current;
    setLoading(true);
    setError(null);
    try {
      const parsed = JSON.parse(inputKey) as ProcedureInput<P>;
      const value = await (call as (n: P, i: ProcedureInput<P>) => Promise<ProcedureOutput<P>>)(name, parsed);
      if (mine === generation.current) setData(value);
    } catch (caught) {
      if (mine === generation.current) setError(caught);
    } finally {
      if (mine === generation.current) setLoading(false);
    }
  }, [name, inputKey]);

  useEffect(() => {
    void reload();
    const counter = generation;
    // A result that arrives after unmount (or after the input changed) is dropped.
    return () => {
      counter.current++;
    };
  }, [reload]);

  return { data, error, loading, reload, setData };
}
