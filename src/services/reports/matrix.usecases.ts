// The office's task × unit matrix for a period: where every owed filing stands, with tallies per
// unit and per section of the notice.
import { assertCan } from '../../core/policy/policy.ts';
import { countBy, emptyCounts, filingProgress } from '../../core/report/progress.ts';
import type { FilingProgress, ProgressCounts } from '../../core/report/progress.ts';
import type { ReportKind } from '../../core/report/report.types.ts';
import type { UnitKind } from '../../core/plan/plan.types.ts';
import type { UnitOnDate } from '../../core/unit/unit.types.ts';
import type { Repositories } from '../store.ts';
import { findUnitsOwing } from './owing-units.ts';
import type { Reference } from '../reference/reference-cache.ts';
import type { QuarterRead } from '../process-caches.ts';
import { answerKey } from './shared-answers.ts';
import { getPeriodOf } from '../plans/plan-lookups.ts';
import type { OwingUnit } from './reports.types.ts';
import type { TaskWithIndicators, PeriodRecord } from '../plans/plans.types.ts';
import { kindFor } from './worklist.usecases.ts';

export interface MatrixCell {
  unit: OwingUnit;
  kind: ReportKind;
  reportId: number | null;
  /** The filing's current revision (0 before the first save): a batch act names the one it saw. */
  rev: number;
  progress: FilingProgress;
}

export interface SectionRef {
  /** Part and section numbers ({二,一}); part 一 has no sections, so just {一}. */
  path: string[];
  title: string | null;
}

export interface MatrixView {
  period: PeriodRecord;
  rows: { task: TaskWithIndicators; section: SectionRef; cells: MatrixCell[] }[];
  /** Each owing unit with its kind (市直部门, 县市区政府…) and full name, for the office's columns. */
  units: { unitId: number; name: string; fullName: string | null; kind: UnitKind; counts: ProgressCounts }[];
  sections: { section: SectionRef; counts: ProgressCounts }[];
  totals: ProgressCounts;
}

const sectionPathOf = (task: TaskWithIndicators) => task.path.slice(0, 2);

/**
 * When the request read the city's filing generation with its session (an office account), the
 * matrix is worked out once per state (shared-answers.ts) and shared: read it, never change it.
 */
export async function getMatrix(input: QuarterRead): Promise<MatrixView> {
  assertCan(input.actor, 'dashboard.read');
  const { repos } = input.store;
  const { caches } = input;
  const reference = await caches.reference.load(repos);
  const period = await getPeriodOf(reference, input.period);
  const now = input.clock();
  const workOut = () => workOutMatrix(repos, { reference, period, now });
  const filingGeneration = caches.requestSnapshot.knownCityFilingGeneration();
  if (filingGeneration === null) return workOut();
  const key = answerKey({ referenceVersion: reference.version, filingGeneration, now });
  return caches.sharedAnswers.answer(`matrix|${period.id}`, key, workOut);
}

async function workOutMatrix(
  repos: Repositories,
  input: { reference: Reference; period: PeriodRecord; now: Date },
): Promise<MatrixView> {
  const { reference, period, now } = input;
  const [owing, { tasks }, reports, titles, directory] = await Promise.all([
    findUnitsOwing(repos, { period, reference }),
    reference.plan(period.planId),
    repos.reports.findStandings({ periodId: period.id }),
    repos.reports.findStructureTitles(period.planId),
    reference.directoryOn(period.dueOn),
  ]);
  const titleOf = (path: string[]) =>
    titles.find((node) => node.path.join('.') === path.join('.'))?.title ?? null;
  // Indexed once: a plan has a thousand owed filings, and every cell looks up its own.
  const reportBySlot = new Map(reports.map((r) => [`${r.taskId}:${r.unitId}:${r.kind}`, r]));
  const owingByTask = new Map<number, OwingUnit[]>();
  for (const unit of owing) owingByTask.set(unit.taskId, [...(owingByTask.get(unit.taskId) ?? []), unit]);
  const rows = tasks.map((task) => {
    const cells = (owingByTask.get(task.id) ?? []).map((unit): MatrixCell => {
      const kind = kindFor(unit.role);
      const report = reportBySlot.get(`${task.id}:${unit.unitId}:${kind}`);
      const progress = filingProgress({ report: report ?? null, dueOn: period.dueOn, now });
      return { unit, kind, reportId: report?.id ?? null, rev: report?.currentRev ?? 0, progress };
    });
    const path = sectionPathOf(task);
    return { task, section: { path, title: titleOf(path) }, cells };
  });
  return { period, rows, ...tallies(rows, new Map(directory.map((unit) => [unit.id, unit]))) };
}

function tallies(
  rows: MatrixView['rows'],
  directory: ReadonlyMap<number, UnitOnDate>,
): Pick<MatrixView, 'units' | 'sections' | 'totals'> {
  const cells = rows.flatMap((row) => row.cells.map((cell) => ({ cell, section: row.section })));
  const byUnit = countBy(
    cells,
    ({ cell }) => String(cell.unit.unitId),
    ({ cell }) => cell.progress,
  );
  const bySection = countBy(
    cells,
    ({ section }) => section.path.join('.'),
    ({ cell }) => cell.progress,
  );
  const names = new Map(cells.map(({ cell }) => [cell.unit.unitId, cell.unit.name]));
  const sections = new Map(rows.map((row) => [row.section.path.join('.'), row.section]));
  return {
    units: [...byUnit].map(([id, counts]) => ({
      unitId: Number(id),
      name: names.get(Number(id)) ?? `#${id}`,
      fullName: directory.get(Number(id))?.fullName ?? null,
      kind: directory.get(Number(id))?.kind ?? 'unknown',
      counts,
    })),
    sections: [...bySection].flatMap(([key, counts]) => {
      const section = sections.get(key);
      return section ? [{ section, counts }] : [];
    }),
    totals:
      countBy(
        cells,
        () => 'all',
        ({ cell }) => cell.progress,
      ).get('all') ?? emptyCounts(),
  };
}
