// What account management needs from the unit directory and the plans.

export interface UnitSummary {
  id: number;
  /** The name valid on the date asked for (or the latest one). */
  name: string;
  code: string | null;
}

export interface DirectoryRepository {
  findUnitById(unitId: number): Promise<UnitSummary | null>;
  findPlanIdByYear(year: number): Promise<number | null>;
  /**
   * Units that owe reports under a plan on a date: every unit assigned to one of its tasks, with
   * group units replaced by their members (a task assigned to a group is owed by each member).
   */
  findReportingUnits(planId: number, onDate: string): Promise<UnitSummary[]>;
}
