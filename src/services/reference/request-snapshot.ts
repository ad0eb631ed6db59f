// The reference version and the generation of the actor's unit's filings as a request found them,
// read together with its session in one round trip (and, for a worklist, where the unit's filings
// stand), so the request's reads outside transactions need not ask the database again. A write during the request forgets both (it may have moved
// them); outside a request nothing is known and every read asks. Each app has its own snapshots
// (process-caches.ts): what one app's request learnt is never read by another's.
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Store } from '../store.ts';
import type { PeriodStanding } from '../accounts/accounts.types.ts';
import type { ReportStanding } from '../reports/reports.types.ts';

export interface RequestSnapshot {
  referenceVersion: string | null;
  /** The account's unit's filing generation, or for an account without a unit the city's. */
  filingGeneration: { unitId: number | null; generation: string } | null;
  /** The generation of the filings and cards of the task the request names, when it names one. */
  taskGeneration: { taskId: number; generation: string } | null;
  /** Where one unit's filings stand in the periods of one key, when the request named them. */
  standings: { unitId: number; periodKey: string; rows: PeriodStanding[] } | null;
}

export interface RequestSnapshots {
  /** Runs `work` (and everything it starts) inside the request's snapshot. */
  run<T>(snapshot: RequestSnapshot, work: () => T): T;
  noteReferenceVersion(version: string): void;
  knownReferenceVersion(): string | null;
  /** `unitId` null: the city's generation, which moves with every write to anyone's filings. */
  noteFilingGeneration(unitId: number | null, generation: string): void;
  /**
   * A value that moves with every write to this unit's filings, when the request read one: the
   * unit's own generation, or the city's. Each is marked so the two never stand for each other.
   */
  knownFilingGeneration(unitId: number): string | null;
  /** A value that moves with every write to anyone's filings, when the request read it. */
  knownCityFilingGeneration(): string | null;
  noteTaskGeneration(taskId: number, generation: string): void;
  /** A value that moves with every write to this task's filings and cards, when the request read it. */
  knownTaskGeneration(taskId: number): string | null;
  noteStandings(unitId: number, periodKey: string, rows: PeriodStanding[]): void;
  /** Where the unit's filings stand in the period, when the request read them with its session. */
  knownStandings(period: { id: number; key: string }, unitId: number): ReportStanding[] | null;
  /** After a write: what the request read before may have moved. */
  forget(): void;
}

export function newRequestSnapshot(): RequestSnapshot {
  return { referenceVersion: null, filingGeneration: null, taskGeneration: null, standings: null };
}

export function createRequestSnapshots(): RequestSnapshots {
  const snapshots = new AsyncLocalStorage<RequestSnapshot>();
  const filing = () => snapshots.getStore()?.filingGeneration;
  return {
    run: (snapshot, work) => snapshots.run(snapshot, work),
    noteReferenceVersion(version) {
      const snapshot = snapshots.getStore();
      if (snapshot) snapshot.referenceVersion = version;
    },
    knownReferenceVersion: () => snapshots.getStore()?.referenceVersion ?? null,
    noteFilingGeneration(unitId, generation) {
      const snapshot = snapshots.getStore();
      if (snapshot) snapshot.filingGeneration = { unitId, generation };
    },
    knownFilingGeneration(unitId) {
      const known = filing();
      if (known?.unitId === unitId) return `unit:${known.generation}`;
      return known?.unitId === null ? `city:${known.generation}` : null;
    },
    knownCityFilingGeneration() {
      const known = filing();
      return known?.unitId === null ? `city:${known.generation}` : null;
    },
    noteTaskGeneration(taskId, generation) {
      const snapshot = snapshots.getStore();
      if (snapshot) snapshot.taskGeneration = { taskId, generation };
    },
    knownTaskGeneration(taskId) {
      const known = snapshots.getStore()?.taskGeneration;
      return known?.taskId === taskId ? `task:${known.generation}` : null;
    },
    noteStandings(unitId, periodKey, rows) {
      const snapshot = snapshots.getStore();
      if (snapshot) snapshot.standings = { unitId, periodKey, rows };
    },
    knownStandings(period, unitId) {
      const known = snapshots.getStore()?.standings;
      if (known?.unitId !== unitId || known.periodKey !== period.key) return null;
      return known.rows.filter((row) => row.periodId === period.id).map(({ periodId: _, ...row }) => row);
    },
    forget() {
      const snapshot = snapshots.getStore();
      if (!snapshot) return;
      snapshot.referenceVersion = null;
      snapshot.filingGeneration = null;
      snapshot.taskGeneration = null;
      snapshot.standings = null;
    },
  };
}

/**
 * The store as requests use it (buildApp wraps the store it is given): after each transaction,
 * whatever it wrote may have moved the reference or the filings on, so the next read asks again.
 */
export function forgettingAfterWrites(store: Store, snapshots: RequestSnapshots): Store {
  return {
    ...store,
    transaction: async (work) => {
      try {
        return await store.transaction(work);
      } finally {
        snapshots.forget();
      }
    },
  };
}
