// Reading quality flags: a quarter's filings (the review queue), and one filing with its evidence
// (the report drawer, the unit's form). Flags are computed on every read, never stored: they
// follow the latest texts, rules and dismissals, and they never change a score.
import { assertCan, can } from '../../core/policy/policy.ts';
import type { Actor } from '../../core/policy/policy.types.ts';
import { reportNotFound } from '../reports/report-support.ts';
import { actorUnitId } from '../../core/policy/actor.ts';
import type { ProcessCaches } from '../process-caches.ts';
import type { Reference } from '../reference/reference-cache.ts';
import type { Repositories, Store } from '../store.ts';
import {
  flagFilings,
  loadQualityScope,
  loadVersions,
  type FilingFlags,
  type QualityScope,
  type Viewer,
} from './quality-engine.ts';

export interface PeriodFlagsView {
  scope: QualityScope;
  filings: FilingFlags[];
}

/** The office and leaders: every filing with a version that left its unit; a unit: its own. */
export async function findPeriodFlags(input: {
  actor: Actor;
  period: string;
  unitId?: number;
  taskId?: number;
  store: Store;
  caches: ProcessCaches;
}): Promise<PeriodFlagsView> {
  const own = actorUnitId(input.actor);
  const unitId = input.unitId ?? (can(input.actor, 'dashboard.read') ? undefined : (own ?? undefined));
  assertCan(input.actor, 'supervision.read', { unitId: unitId ?? null });
  const { repos } = input.store;
  const scope = await loadQualityScope(await input.caches.reference.load(repos), input.period);
  const viewer = viewerOf(input.actor, unitId);
  const taskIds = input.taskId === undefined ? undefined : [input.taskId];
  const versions = await loadVersions(repos, scope, viewer, taskIds);
  const targets = versions.filter(
    (version) => version.periodId === scope.period.id && (unitId === undefined || version.unitId === unitId),
  );
  return { scope, filings: await flagFilings(repos, scope, versions, targets) };
}

export interface ReportFlagsView {
  scope: QualityScope;
  reportId: number;
  /** Null while the office has no version of it (not yet signed off). */
  filing: FilingFlags | null;
}

/**
 * One filing: the office and leaders read the version that left the unit, the unit itself its
 * current revision (a draft too, so the clerk can fix it before submitting). Anyone else gets
 * the answer of a missing report.
 */
export async function getReportFlags(input: {
  actor: Actor;
  reportId: number;
  store: Store;
  caches: ProcessCaches;
}): Promise<ReportFlagsView> {
  const { repos } = input.store;
  return reportFlags(repos, await input.caches.reference.load(repos), input);
}

/** `reference` loaded with `repos`, so inside a transaction it is the transaction's own. */
export async function reportFlags(
  repos: Repositories,
  reference: Reference,
  query: { actor: Actor; reportId: number },
): Promise<ReportFlagsView> {
  const { actor, reportId } = query;
  // Not signed in: 401 before anything is looked up.
  assertCan(actor, 'session.read');
  const report = await repos.reports.findReport(reportId);
  const period = report ? await repos.reports.findPeriodById(report.periodId) : null;
  const office = can(actor, 'dashboard.read');
  const ownUnit = report !== null && actorUnitId(actor) === report.unitId;
  if (
    !report ||
    !period ||
    !(office || ownUnit) ||
    !can(actor, 'supervision.read', { unitId: report.unitId })
  ) {
    throw reportNotFound(reportId);
  }
  const scope = await loadQualityScope(reference, period.key);
  const viewer: Viewer = ownUnit ? { kind: 'unit', unitId: report.unitId } : { kind: 'office' };
  const versions = await loadVersions(repos, scope, viewer, [report.taskId]);
  const target = versions.find((version) => version.reportId === reportId);
  const [filing] = target ? await flagFilings(repos, scope, versions, [target]) : [];
  return { scope, reportId, filing: filing ?? null };
}

function viewerOf(actor: Actor, unitId: number | undefined): Viewer {
  const own = actorUnitId(actor);
  return own !== null && own === unitId ? { kind: 'unit', unitId: own } : { kind: 'office' };
}
