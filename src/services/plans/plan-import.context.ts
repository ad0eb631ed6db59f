// Everything a preview's decisions are read against, worked out the same way for showing the
// preview, taking a decision and committing: the directory, the notice's units with proposals,
// the decisions replayed, the review and the previous year's open tasks.
import type { CarryCandidate } from '../../core/plan/import-carry.ts';
import {
  NO_DECISIONS,
  reviewImport,
  type ImportDecisions,
  type ImportReview,
} from '../../core/plan/import-review.ts';
import { settle, type SettleContext, type Settlement } from '../../core/plan/import-settle.ts';
import {
  namedInTasks,
  proposeMatches,
  settleUnits,
  typedUnitNames,
  undecidedMatches,
  type SettledUnit,
} from '../../core/plan/import-unit-matches.ts';
import { importUnitResolver, matchImportUnits } from '../../core/plan/import-units.ts';
import { latestDirectory } from '../../core/unit/directory.ts';
import type { UnitOnDate } from '../../core/unit/unit.types.ts';
import type { Repositories } from '../store.ts';
import { findCarryCandidates } from './plan-import.carry.ts';
import type { PreviewRecord } from './plans.types.ts';

export interface ImportContext {
  directory: UnitOnDate[];
  settleContext: SettleContext;
  settlement: Settlement;
  units: SettledUnit[];
  review: ImportReview;
  carryCandidates: CarryCandidate[];
}

export async function importContext(
  repos: Repositories,
  preview: PreviewRecord,
  decisions: ImportDecisions = NO_DECISIONS,
): Promise<ImportContext> {
  const { result } = preview;
  const directory = latestDirectory(await repos.units.loadHistory());
  const matches = matchImportUnits(result.units, directory);
  const baseResolver = importUnitResolver(matches, directory);
  const carryCandidates = await findCarryCandidates(repos, result.plan.year);
  const named = namedInTasks(result.tasks);
  const settleContext: SettleContext = {
    resolveUnit: baseResolver,
    matchable: new Set(matches.filter((m) => m.status !== 'known').map((m) => m.record.name)),
    directoryUnits: new Map(
      directory.map((unit) => [
        unit.id,
        { namedInNotice: matches.some((m) => m.unitId === unit.id && named.has(m.record.name)) },
      ]),
    ),
    carryable: new Set(carryCandidates.map((c) => c.taskId)),
  };
  const settlement = settle(
    result.tasks,
    preview.decisions.map((d) => d.decision),
    settleContext,
  );
  const typed = typedUnitNames(settlement, (name) => baseResolver(name) !== null);
  const units = settleUnits(matches, proposeMatches(matches, directory, named), settlement, typed);
  const resolveUnit = (name: string) =>
    baseResolver(name) ?? (typed.includes(name.trim()) ? name.trim() : null);
  const review = reviewImport(result, decisions, resolveUnit, settlement);
  review.problems.push(...undecidedMatches(units));
  return { directory, settleContext, settlement, units, review, carryCandidates };
}

/** How many tasks (and unit proposals) still wait for the admin. */
export function pendingOf(review: ImportReview): { tasks: number; units: number; other: number } {
  const keys = new Set(review.problems.flatMap((p) => (p.key !== null ? [p.key] : [])));
  const units = review.problems.filter((p) => p.code === 'unit.match_undecided').length;
  const other = review.problems.filter((p) => p.key === null && p.code !== 'unit.match_undecided').length;
  return { tasks: keys.size, units, other };
}
