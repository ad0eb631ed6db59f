// The burden meter (减负): per unit and quarter, how many filings the product asks for and how
// many fields they hold, with the statement that no screenshot is ever required.
import type { Burden } from '../../core/supervision/burden.ts';
import { burdenOf, INPUT_FORM_FIELDS, NO_SCREENSHOTS_STATEMENT } from '../../core/supervision/burden.ts';
import type { PeriodKey } from '../../core/period/period.ts';
import { formatPeriod, parsePeriod } from '../../core/period/period.ts';
import type { Actor } from '../../core/policy/policy.types.ts';
import { notFound } from '../../core/errors.ts';
import { getPlanByYear } from '../plans/plans.queries.ts';
import { findUnitsOwing } from '../reports/owing-units.ts';
import type { Store } from '../store.ts';
import { readScope } from '../../core/policy/read-scope.ts';
import { loadSupervisionContext } from './supervision-context.ts';
import type { ProcessCaches } from '../process-caches.ts';

export interface BurdenRow extends Burden {
  unitId: number;
  unitName: string;
  period: PeriodKey;
}

export interface BurdenView {
  year: number;
  formFields: readonly string[];
  statement: string;
  rows: BurdenRow[];
}

export async function findBurden(input: {
  actor: Actor;
  year: number;
  period?: string;
  unitId?: number;
  store: Store;
  caches?: ProcessCaches;
}): Promise<BurdenView> {
  const unitId = readScope(input.actor, input.unitId);
  const { repos } = input.store;
  const context = await loadSupervisionContext(repos, await getPlanByYear(repos, input.year));
  const wanted = input.period === undefined ? null : formatPeriod(parsePeriod(input.period));
  const periods = context.periods.filter((period) => wanted === null || period.key === wanted);
  if (wanted !== null && periods.length === 0) {
    throw notFound('period.not_found', `plan ${input.year} has no period ${wanted}`, { period: wanted });
  }
  const reference = await input.caches?.reference.load(repos);
  const rows: BurdenRow[] = [];
  for (const period of periods) {
    const owing = (await findUnitsOwing(repos, { period, reference })).filter(
      (unit) => unitId === null || unit.unitId === unitId,
    );
    const byUnit = new Map<number, { name: string; owed: { indicatorCount: number }[] }>();
    for (const unit of owing) {
      const entry = byUnit.get(unit.unitId) ?? { name: unit.name, owed: [] };
      entry.owed.push({ indicatorCount: context.tasks.get(unit.taskId)?.indicators.length ?? 0 });
      byUnit.set(unit.unitId, entry);
    }
    for (const [id, entry] of [...byUnit].sort((a, b) => a[0] - b[0])) {
      rows.push({ unitId: id, unitName: entry.name, period: period.key, ...burdenOf(entry.owed) });
    }
  }
  return { year: input.year, formFields: INPUT_FORM_FIELDS, statement: NO_SCREENSHOTS_STATEMENT, rows };
}
