// What an app keeps in memory between requests, made once per app (buildApp, or the caller that
// shares it with the scheduler) and handed to the use cases that read it. Two apps in one process
// keep nothing in common; docs/ARCHITECTURE.md ("Cached reference data") says what keys and what
// clears each.
import type { Actor } from '../core/policy/policy.types.ts';
import type { Clock } from './support/clock.ts';
import type { Store } from './store.ts';
import { createReferenceCache, type ReferenceCache } from './reference/reference-cache.ts';
import { createRequestSnapshots, type RequestSnapshots } from './reference/request-snapshot.ts';
import { createSharedAnswers, type SharedAnswers } from './reports/shared-answers.ts';
import { TASK_PERIODS_KEPT } from './reports/task-period-state.ts';
import { createSlotMemory, type SlotMemory } from './reports/slot-memory.ts';

export interface ProcessCaches {
  /** The reference data by its version. */
  reference: ReferenceCache;
  /** Worklists and matrices by the versions they were worked out at. */
  sharedAnswers: SharedAnswers;
  /** Each task's quarter with its filings' history, by the task's filing generation. */
  taskPeriods: SharedAnswers;
  /** The filings this app saved last. */
  slotMemory: SlotMemory;
  /** What each request learnt with its session. */
  requestSnapshot: RequestSnapshots;
}

/** What a cached read of one quarter takes: who asks, the quarter, the store, the clock, the caches. */
export interface QuarterRead {
  actor: Actor;
  period: string;
  store: Store;
  clock: Clock;
  caches: ProcessCaches;
}

export function createProcessCaches(): ProcessCaches {
  const requestSnapshot = createRequestSnapshots();
  return {
    reference: createReferenceCache(requestSnapshot),
    sharedAnswers: createSharedAnswers(),
    taskPeriods: createSharedAnswers(TASK_PERIODS_KEPT),
    slotMemory: createSlotMemory(),
    requestSnapshot,
  };
}
