// Which rows of a batch list are ticked, by report id; cleared when the list's scope changes.
import { useCallback, useEffect, useState } from 'react';

export interface Ticks {
  has: (id: number) => boolean;
  size: number;
  set: (id: number, on: boolean) => void;
  setAll: (ids: readonly number[], on: boolean) => void;
  ids: ReadonlySet<number>;
}

export function useTicks(scope: string): Ticks {
  const [ids, setIds] = useState<ReadonlySet<number>>(new Set());
  useEffect(() => setIds(new Set()), [scope]);
  const set = useCallback((id: number, on: boolean) => {
    setIds((current) => {
      const next = new Set(current);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }, []);
  const setAll = useCallback((all: readonly number[], on: boolean) => {
    setIds(on ? new Set(all) : new Set());
  }, []);
  return { has: (id) => ids.has(id), size: ids.size, set, setAll, ids };
}
