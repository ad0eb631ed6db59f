// A year of quarterly filings for every unit owing a task of a plan, generated deterministically:
// about one filing in ten missing, one in ten late (1–8 days), one in twenty returned once and one
// in twenty both late and returned. Tasks completed early owe nothing after the quarter of their
// verification. The scenario keeps its events as an explicit list so a test can count them by hand.
import { quarterStart } from '../../src/core/period/period.ts';
import type { Db } from '../../src/db/client.ts';
import { reportRevisions, reports } from '../../src/db/schema/index.ts';
import { findUnitsOwingInPlan, type OwingUnit } from '../../src/services/plans/units-owing.ts';
import type { Store } from '../../src/services/store.ts';

export type Outcome = 'missing' | 'late' | 'returned' | 'late_returned' | 'on_time';

export interface ScenarioPeriod {
  id: number;
  key: string;
  quarter: number;
  dueOn: string;
}

export interface ScenarioFiling {
  period: ScenarioPeriod;
  unit: OwingUnit;
  seq: number;
  outcome: Outcome;
  /** Whole days after the due date of the first sign-off (0 when on time). */
  daysLate: number;
}

export interface YearScenario {
  periods: ScenarioPeriod[];
  /** Every owed filing of the year with what happened to it. */
  filings: ScenarioFiling[];
  /** Owing as of the last day of the year: who leads and who shares each task. */
  assignments: OwingUnit[];
}

const DAY_MS = 86_400_000;

export function outcomeOf(
  seq: number,
  unitId: number,
  quarter: number,
): { outcome: Outcome; daysLate: number } {
  const h = (seq * 31 + unitId * 17 + quarter * 7) % 20;
  const daysLate = 1 + ((seq + unitId + quarter) % 8);
  if (h <= 1) return { outcome: 'missing', daysLate: 0 };
  if (h <= 3) return { outcome: 'late', daysLate };
  if (h === 4) return { outcome: 'returned', daysLate: 0 };
  if (h === 5) return { outcome: 'late_returned', daysLate };
  return { outcome: 'on_time', daysLate: 0 };
}

/**
 * `completed`: task ids verified complete on `completedOn`; they leave the quarters starting after it.
 * `behaviour`: per unit, the outcome of its filings by quarter (1..4), in place of the hash.
 */
export async function planYear(input: {
  store: Store;
  planId: number;
  year: number;
  completed?: ReadonlyMap<number, string>;
  behaviour?: ReadonlyMap<number, readonly Outcome[]>;
}): Promise<YearScenario> {
  const { repos } = input.store;
  const periods = (await repos.plans.findPeriods(input.planId))
    .map((period) => ({
      id: period.id,
      key: period.key,
      quarter: Number(period.key.slice(-1)),
      dueOn: period.dueOn,
    }))
    .sort((a, b) => a.quarter - b.quarter);
  const seqOf = new Map(
    (await repos.tasks.findByPlan(input.planId, { asOf: `${input.year}-12-31` })).map((t) => [t.id, t.seq]),
  );
  const filings: ScenarioFiling[] = [];
  for (const period of periods) {
    const { units } = await findUnitsOwingInPlan({ repos, planId: input.planId, asOf: period.dueOn });
    for (const unit of units) {
      const completedOn = input.completed?.get(unit.taskId);
      if (completedOn !== undefined && quarterStart(period.key) >= completedOn) continue;
      const seq = seqOf.get(unit.taskId) ?? 0;
      const forced = input.behaviour?.get(unit.unitId)?.[period.quarter - 1];
      const outcome =
        forced === undefined ? outcomeOf(seq, unit.unitId, period.quarter) : forcedOutcome(forced);
      filings.push({ period, unit, seq, ...outcome });
    }
  }
  const asOf = `${input.year}-12-31`;
  const { units: assignments } = await findUnitsOwingInPlan({ repos, planId: input.planId, asOf });
  return { periods, filings, assignments };
}

/** Writes every filing that happened as reports with their revisions, in bulk, in one transaction. */
export async function writeFilings(
  db: Db,
  scenario: YearScenario,
): Promise<{ reports: number; revisions: number }> {
  const filed = scenario.filings.filter((filing) => filing.outcome !== 'missing');
  let revisionCount = 0;
  await db.transaction(async (tx) => {
    for (let start = 0; start < filed.length; start += 400) {
      const chunk = filed.slice(start, start + 400);
      const rows = await tx.insert(reports).values(chunk.map(reportRow)).returning({ id: reports.id });
      const revisions = chunk.flatMap((filing, index) => revisionRows(filing, rows[index]?.id ?? 0));
      revisionCount += revisions.length;
      for (let at = 0; at < revisions.length; at += 1000) {
        await tx.insert(reportRevisions).values(revisions.slice(at, at + 1000));
      }
    }
  });
  return { reports: filed.length, revisions: revisionCount };
}

/** The first sign-off: two days before the due date, or the days late after it, at 10:00 in the city. */
export function firstSignOff(filing: ScenarioFiling): Date {
  const offsetDays = filing.daysLate > 0 ? filing.daysLate : -2;
  return new Date(Date.parse(`${filing.period.dueOn}T02:00:00Z`) + offsetDays * DAY_MS);
}

const returnedOf = (filing: ScenarioFiling) =>
  filing.outcome === 'returned' || filing.outcome === 'late_returned';

function reportRow(filing: ScenarioFiling) {
  const signed = firstSignOff(filing);
  const last = returnedOf(filing) ? new Date(signed.getTime() + DAY_MS) : signed;
  return {
    kind: filing.unit.role === 'lead' ? 'task_report' : 'unit_input',
    periodId: filing.period.id,
    taskId: filing.unit.taskId,
    unitId: filing.unit.unitId,
    state: 'signed_off',
    currentRev: returnedOf(filing) ? 6 : 3,
    late: filing.daysLate > 0,
    createdAt: new Date(signed.getTime() - DAY_MS),
    updatedAt: last,
    firstSubmittedAt: new Date(signed.getTime() - 3_600_000),
    submittedAt: new Date(last.getTime() - 3_600_000),
    signedOffAt: last,
    returnedAt: returnedOf(filing) ? new Date(signed.getTime() + 3_600_000) : null,
  };
}

function revisionRows(filing: ScenarioFiling, reportId: number) {
  const signed = firstSignOff(filing);
  const percent = Math.min(100, filing.period.quarter * 25 - (filing.unit.unitId % 3) * 5);
  const content = {
    progress: `第${filing.seq}项${filing.period.key}进展`,
    selfStatus: percent >= filing.period.quarter * 25 ? 'on_track' : 'behind',
    percentComplete: percent,
  };
  const steps: [string, string, number][] = [
    ['save', 'draft', -DAY_MS],
    ['submit', 'submitted', -3_600_000],
    ['sign_off', 'signed_off', 0],
  ];
  if (returnedOf(filing)) {
    steps.push(
      ['return', 'returned', 3_600_000],
      ['submit', 'submitted', DAY_MS - 3_600_000],
      ['sign_off', 'signed_off', DAY_MS],
    );
  }
  return steps.map(([event, state, offset], index) => ({
    reportId,
    rev: index + 1,
    event,
    state,
    ...content,
    reason: event === 'return' ? '请补充数据' : null,
    late: event === 'sign_off' && index === 2 && filing.daysLate > 0,
    createdAt: new Date(signed.getTime() + offset),
  }));
}

function forcedOutcome(outcome: Outcome): { outcome: Outcome; daysLate: number } {
  return { outcome, daysLate: outcome === 'late' || outcome === 'late_returned' ? 3 : 0 };
}
