// Loads data for a page: loading, the error as readable Chinese, and a reload. A newer request wins
// over a slower older one, so switching periods quickly never shows the wrong quarter.
import { useCallback, useEffect, useRef, useState } from 'react';
import { describeError } from './client.ts';

export interface RequestState<T> {
  data: T | undefined;
  loading: boolean;
  error: string | null;
  /** The raw failure, for pages that react to a particular code. */
  failure: unknown;
  reload: () => void;
  /** Replace the data after a write answered with the new state. */
  setData: (data: T) => void;
}

export function useRequest<T>(load: (() => Promise<T>) | null, deps: readonly unknown[]): RequestState<T> {
  const [data, setData] = useState<T | undefined>(undefined);
  const [loading, setLoading] = useState(load !== null);
  const [failure, setFailure] = useState<unknown>(null);
  const [attempt, setAttempt] = useState(0);
  const latest = useRef(0);
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    const run = loadRef.current;
    if (!run) {
      setLoading(false);
      return;
    }
    const id = ++latest.current;
    setLoading(true);
    setFailure(null);
    run().then(
      (value) => {
        if (id !== latest.current) return;
        setData(value);
        setLoading(false);
      },
      (error: unknown) => {
        if (id !== latest.current) return;
        setFailure(error);
        setLoading(false);
      },
    );
    // The caller lists what the request depends on, as with useEffect.
  }, [...deps, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return {
    data,
    loading,
    error: failure === null ? null : describeError(failure),
    failure,
    reload,
    setData,
  };
}
