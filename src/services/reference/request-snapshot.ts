// The reference version and the generation of the actor's unit's filings as a request found them,
// read together with its session in one round trip, so the request's reads outside transactions
// need not ask the database again. A write during the request forgets both (it may have moved
// them); outside a request nothing is known and every read asks.
import { AsyncLocalStorage } from 'node:async_hooks';

export interface RequestSnapshot {
  referenceVersion: string | null;
  filingGeneration: { unitId: number; generation: string } | null;
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

export function noteFilingGeneration(unitId: number, generation: string): void {
  const snapshot = snapshots.getStore();
  if (snapshot) snapshot.filingGeneration = { unitId, generation };
}

/** The generation of one unit's filings, when the request read it for that unit. */
export function knownFilingGeneration(unitId: number): string | null {
  const known = snapshots.getStore()?.filingGeneration;
  return known?.unitId === unitId ? known.generation : null;
}

/** After a write: what the request read before may have moved. */
export function forgetRequestSnapshot(): void {
  const snapshot = snapshots.getStore();
  if (!snapshot) return;
  snapshot.referenceVersion = null;
  snapshot.filingGeneration = null;
}
