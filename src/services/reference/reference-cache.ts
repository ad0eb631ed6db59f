// The directory, a plan's tasks, assignments, completions and rules, its extension requests and
// the periods, kept by each app (process-caches.ts) under the version the database stamps on every write to them. Each
// use reads the version (one small query, or none when the request read it with its session) and
// reloads only when it changed, so every app process over the same database sees a rename, a moved
// assignment or a granted extension on its next request.
import { directoryOn } from '../../core/unit/directory.ts';
import type { DirectoryHistory, UnitOnDate } from '../../core/unit/unit.types.ts';
import type { AssignmentRecord, PeriodRecord, TaskWithIndicators } from '../plans/plans.types.ts';
import type { Repositories } from '../store.ts';
import type { RequestSnapshots } from './request-snapshot.ts';
import { rulesOrDefault, type PlanRules } from '../../core/supervision/plan-rules.ts';
import type { CompletionRecord, ExtensionRecord } from '../supervision/supervision.types.ts';

export interface PlanReference {
  /** In task number order. */
  tasks: TaskWithIndicators[];
  taskById: Map<number, TaskWithIndicators>;
  /** Every assignment row of the plan's tasks, past and current. */
  assignments: AssignmentRecord[];
  completions: CompletionRecord[];
}

export interface Reference {
  version: string;
  history(): Promise<DirectoryHistory>;
  directoryOn(asOf: string): Promise<UnitOnDate[]>;
  period(key: string): Promise<PeriodRecord | null>;
  plan(planId: number): Promise<PlanReference>;
  /** The plan's rules (the defaults when it has none of its own). */
  rules(planId: number): Promise<PlanRules>;
  /** Every extension request of a period, in the order they were made. */
  extensions(periodId: number): Promise<ExtensionRecord[]>;
  /** A value worked out from the above once per version (who owes what on a date). */
  memo<T>(key: string, compute: () => Promise<T>): Promise<T>;
}

export interface ReferenceCache {
  /**
   * The reference data at the database's current version. Inside a transaction that wrote to it,
   * the version is the transaction's own, which no other request can read until it commits.
   */
  load(repos: Repositories): Promise<Reference>;
}

interface Entry {
  values: Map<string, Promise<unknown>>;
}

/** A few versions at most: requests that read the previous version finish with it. */
export const VERSIONS_KEPT = 4;

/**
 * The reference data for one computation, kept by nobody: for callers without the app's caches
 * (the scheduler's tick, a document, a command). It reads each part once however often asked.
 */
export async function readReference(repos: Repositories): Promise<Reference> {
  const version = await repos.reference.findDirectoryVersion();
  return referenceAt(repos, version, { values: new Map() });
}

/** `snapshots`: the app's requests' snapshots, which may know the version already. */
export function createReferenceCache(snapshots: RequestSnapshots): ReferenceCache {
  const entries = new Map<string, Entry>();
  const entryFor = (version: string): Entry => {
    const found = entries.get(version);
    if (found) return found;
    const entry: Entry = { values: new Map() };
    entries.set(version, entry);
    for (const old of entries.keys()) {
      if (entries.size <= VERSIONS_KEPT) break;
      entries.delete(old);
    }
    return entry;
  };
  return {
    async load(repos) {
      const known = repos.reference.sharesRequestSnapshot ? snapshots.knownReferenceVersion() : null;
      const version = known ?? (await repos.reference.findDirectoryVersion());
      return referenceAt(repos, version, entryFor(version));
    },
  };
}

function remember<T>(entry: Entry, key: string, load: () => Promise<T>): Promise<T> {
  const known = entry.values.get(key);
  if (known) return known as Promise<T>;
  const loading = load();
  entry.values.set(key, loading);
  // A failed load (a rolled-back transaction, a lost connection) is tried again next time.
  loading.catch(() => entry.values.delete(key));
  return loading;
}

function referenceAt(repos: Repositories, version: string, entry: Entry): Reference {
  const history = () => remember(entry, 'history', () => repos.units.loadHistory());
  const periods = () => remember(entry, 'periods', () => repos.reference.findPeriods());
  return {
    version,
    history,
    directoryOn: (asOf) =>
      remember(entry, `directory:${asOf}`, async () => directoryOn(await history(), asOf)),
    period: async (key) => (await periods()).find((period) => period.key === key) ?? null,
    plan: (planId) => remember(entry, `plan:${planId}`, () => loadPlan(repos, planId)),
    rules: (planId) =>
      remember(entry, `rules:${planId}`, async () => rulesOrDefault(await repos.planRules.find(planId))),
    extensions: (periodId) =>
      remember(entry, `extensions:${periodId}`, () => repos.extensions.findMany({ periodIds: [periodId] })),
    memo: (key, compute) => remember(entry, `memo:${key}`, compute),
  };
}

// One query at a time: inside a transaction the repositories share one connection.
async function loadPlan(repos: Repositories, planId: number): Promise<PlanReference> {
  const tasks = await repos.reports.findTasks(planId);
  const assignments = await repos.tasks.findAssignments(tasks.map((task) => task.id));
  const completions = await repos.completions.findInPlan(planId);
  return { tasks, taskById: new Map(tasks.map((task) => [task.id, task])), assignments, completions };
}
