// The reference version as a request found it, read together with its session in one round trip,
// so the request's reads outside transactions need not ask the database again. A transaction that
// commits during the request forgets it (it may have changed the reference); outside a request
// nothing is known and every read asks.
import { AsyncLocalStorage } from 'node:async_hooks';

export interface RequestSnapshot {
  referenceVersion: string | null;
}

const snapshots = new AsyncLocalStorage<RequestSnapshot>();

export function newRequestSnapshot(): RequestSnapshot {
  return { referenceVersion: null };
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

export function forgetReferenceVersion(): void {
  const snapshot = snapshots.getStore();
  if (snapshot) snapshot.referenceVersion = null;
}
