// Names of the processing activities some records point at, fetched one by one (activities are too
// many to load in full; the records that point at them are few).
import { useEffect, useState } from 'react';
import { call } from '../../client/client';

export function useActivityNames(ids: readonly string[]): ReadonlyMap<string, string> {
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map());
  const key = [...new Set(ids)].sort().join(',');
  useEffect(() => {
    let live = true;
    const wanted = key ? key.split(',') : [];
    void Promise.all(
      wanted.slice(0, 500).map((id) =>
        call('inventory.activities.get', { id })
          .then((activity) => [id, activity.name] as const)
          .catch(() => null),
      ),
    ).then((pairs) => {
      if (live) setNames(new Map(pairs.filter((pair) => pair !== null)));
    });
    return () => {
      live = false;
    };
  }, [key]);
  return names;
}
