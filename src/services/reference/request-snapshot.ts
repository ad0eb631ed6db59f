// The reference version and the generation of the actor's unit's filings as a request found them,
// read together with its session in one round trip, so the request's reads outside transactions
// need not ask the database again. A write during the request forgets both (it may have moved
// them); outside a request nothing is known and every read asks.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Store } from '../store.ts';

export interface RequestSnapshot {
  referenceVersion: string | null;
  /** The account's unit's filing generation, or for an account without a unit the city's. */
  filingGeneration: { unitId: number | null; generation: string } | null;
}

const snapshots = new AsyncLocalStorage<RequestSnapshot>();

export function newRequestSnapshot(): RequestSnapshot {
  return { referenceVersion: null, filingGeneration: null };
}

/** Runs `work` (and everything it starts) inside the request's snapshot. */
export function runInSnapshot<T>(snapshot: RequestSnapshot, work: () => T): T {
  return snapshots.run(snapshot, work);
}

export function noteReferenceVersion(version: string): void {
  const snapshot = snapshots.getStore();
  if (snapshot) snapshot.referenceVersion = version;
}

export function knownReferenceVersion(): string | null {
  return snapshots.getStore()?.referenceVersion ?? null;
}

/** `unitId` null: the city's generation, which moves with every write to anyone's filings. */
export function noteFilingGeneration(unitId: number | null, generation: string): void {
  const snapshot = snapshots.getStore();
  if (snapshot) snapshot.filingGeneration = { unitId, generation };
}

/**
 * A value that moves with every write to this unit's filings, when the request read one: the
 * unit's own generation, or the city's. Each is marked so the two never stand for each other.
 */
export function knownFilingGeneration(unitId: number): string | null {
  const known = snapshots.getStore()?.filingGeneration;
  if (known?.unitId === unitId) return `unit:${known.generation}`;
  return known?.unitId === null ? `city:${known.generation}` : null;
}

/** A value that moves with every write to anyone's filings, when the request read it. */
export function knownCityFilingGeneration(): string | null {
  const known = snapshots.getStore()?.filingGeneration;
  return known?.unitId === null ? `city:${known.generation}` : null;
}

/** After a write: what the request read before may have moved. */
export function forgetRequestSnapshot(): void {
  const snapshot = snapshots.getStore();
  if (!snapshot) return;
  snapshot.referenceVersion = null;
  snapshot.filingGeneration = null;
}

/**
 * The store as requests use it (buildApp wraps the store it is given): after each transaction,
 * whatever it wrote may have moved the reference or the filings on, so the next read asks again.
 */
export function forgettingAfterWrites(store: Store): Store {
  return {
    ...store,
    transaction: async (work) => {
      try {
        return await store.transaction(work);
      } finally {
        forgetRequestSnapshot();
      }
    },
  };
}
