// Flags for the filings of one quarter: the scope read once (rules, periods, tasks, names from the
// cached reference), the versions the viewer may see read in bulk, then the core per filing.
// Who views decides what is read: the office reads the versions that left each unit; a unit reads
// its own current revisions, and as a task's lead its co-units' filed inputs, nothing else.
import { computeQualityFlags } from '../../core/quality/quality.ts';
import type { QualityFlag, QualityRules, QualitySkip } from '../../core/quality/quality.types.ts';
import type { Reference } from '../reference/reference-cache.ts';
import { getPeriodOf } from '../plans/plan-lookups.ts';
import type { PeriodRecord } from '../plans/plans.types.ts';
import type { Repositories } from '../store.ts';
import { poolOf, qualityInputOf, type InputContext } from './quality-inputs.ts';
import type { DismissalRecord, QualityVersion } from './quality.types.ts';

export type Viewer = { kind: 'office' } | { kind: 'unit'; unitId: number };

export interface RaisedFlag extends QualityFlag {
  /** Set when the office dismissed this kind of flag on this content. */
  dismissal: DismissalRecord | null;
}

export interface FilingFlags {
  version: QualityVersion;
  flags: RaisedFlag[];
  skipped: QualitySkip[];
}

export interface QualityScope extends InputContext {
  rules: QualityRules;
}

export async function loadQualityScope(reference: Reference, periodKey: string): Promise<QualityScope> {
  const period = await getPeriodOf(reference, periodKey);
  const { versions } = await reference.history();
  const plan = await reference.plan(period.planId);
  const rules = (await reference.rules(period.planId)).quality;
  const periods = await Promise.all(
    ['Q1', 'Q2', 'Q3', 'Q4'].map((quarter) => reference.period(`${period.key.slice(0, 4)}-${quarter}`)),
  );
  const earlierPeriods = periods.filter(
    (other): other is PeriodRecord =>
      other !== null && other.planId === period.planId && other.key < period.key,
  );
  const names = new Map<number, string>();
  // The name on the quarter's due date, else the latest.
  for (const version of versions) {
    const covers =
      version.validFrom <= period.dueOn && (version.validTo === null || version.validTo > period.dueOn);
    if (covers || !names.has(version.unitId)) names.set(version.unitId, version.name);
  }
  return {
    period,
    earlierPeriods,
    tasks: plan.taskById,
    unitName: (unitId) => names.get(unitId) ?? `#${unitId}`,
    rules,
  };
}

/** The versions the viewer may compare a filing with, for the quarter and the ones before it. */
export async function loadVersions(
  repos: Repositories,
  scope: QualityScope,
  viewer: Viewer,
  taskIds?: readonly number[],
): Promise<QualityVersion[]> {
  const periodIds = [...scope.earlierPeriods, scope.period].map((period) => period.id);
  if (viewer.kind === 'office') return repos.quality.findFiledVersions({ periodIds, taskIds });
  const own = await repos.quality.findCurrentVersions({ periodIds, taskIds, unitId: viewer.unitId });
  const led = own
    .filter((version) => version.periodId === scope.period.id && version.kind === 'task_report')
    .map((version) => version.taskId);
  if (led.length === 0) return own;
  const filed = await repos.quality.findFiledVersions({ periodIds: [scope.period.id], taskIds: led });
  return [...own, ...filed.filter((v) => v.kind === 'unit_input' && v.unitId !== viewer.unitId)];
}

/** Flags of every version in `targets`, compared within `versions`, with the office's dismissals. */
export async function flagFilings(
  repos: Repositories,
  scope: QualityScope,
  versions: readonly QualityVersion[],
  targets: readonly QualityVersion[],
): Promise<FilingFlags[]> {
  const pool = poolOf(versions);
  const dismissals = new Map(
    (await repos.quality.findDismissals(targets.map((version) => version.reportId))).map((d) => [
      `${d.reportId}:${d.contentRev}:${d.flag}`,
      d,
    ]),
  );
  const dismissalOf = (version: QualityVersion, kind: string) =>
    dismissals.get(`${version.reportId}:${version.contentRev}:${kind}`) ?? null;
  return targets.map((version) => {
    const result = computeQualityFlags(qualityInputOf(scope, pool, version), scope.rules);
    return {
      version,
      flags: result.flags.map((flag) => ({ ...flag, dismissal: dismissalOf(version, flag.kind) })),
      skipped: result.skipped,
    };
  });
}
