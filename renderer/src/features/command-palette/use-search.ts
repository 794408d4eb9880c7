// Live search for the palette: debounced, and only the answer to the latest query is kept.
import { useEffect, useRef, useState } from 'react';
import type { SearchHit } from '../../../../shared/contract';
import { call } from '../../client/client';

export interface SearchState {
  hits: SearchHit[];
  loading: boolean;
  error: unknown;
  /** The query the hits answer. */
  query: string;
}

export function useSearch(query: string, delayMs = 200): SearchState {
  const [state, setState] = useState<SearchState>({ hits: [], loading: false, error: null, query: '' });
  const generation = useRef(0);
  const q = query.trim();

  useEffect(() => {
    const mine = ++generation.current;
    if (q === '') {
      setState({ hits: [], loading: false, error: null, query: '' });
      return;
    }
    setState((previous) => ({ ...previous, loading: true }));
    const timer = setTimeout(() => {
      call('search.query', { q, limit: 20 })
        .then((hits) => {
          if (mine === generation.current) setState({ hits, loading: false, error: null, query: q });
        })
        .catch((error: unknown) => {
          if (mine === generation.current) setState({ hits: [], loading: false, error, query: q });
        });
    }, delayMs);
    return () => clearTimeout(timer);
  }, [q, delayMs]);

  return state;
}
