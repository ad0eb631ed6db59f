// What rarely changes and every reporting request needs: the unit directory, a plan's tasks with
// their assignments and verified completions, and the periods. Kept in process per version.
import type { PeriodRecord } from '../plans/plans.types.ts';

export interface ReferenceRepository {
  /**
   * Replaced in the writing transaction by every write to units, their versions, aliases, group
   * memberships and successions, tasks, indicators, assignments, periods and completions.
   */
  findDirectoryVersion(): Promise<string>;
  /** True outside any transaction, where the version the request found at its start holds. */
  readonly sharesRequestSnapshot: boolean;
  findPeriods(): Promise<PeriodRecord[]>;
}
