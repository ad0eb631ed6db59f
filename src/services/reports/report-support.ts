// Lookups and checks the reporting use cases share.
import { conflict, DomainError, notFound } from '../../core/errors.ts';
import { assertCan } from '../../core/policy/policy.ts';
import { formatPeriod, parsePeriod, type IsoDate, type PeriodKey } from '../../core/period/period.ts';
import type { Action, Actor } from '../../core/policy/policy.types.ts';
import type { ReportContent } from '../../core/report/report.types.ts';
import { auditEvent } from '../audit/audit.ts';
import type { AuditEventInput } from '../audit/audit.types.ts';
import type { Reference } from '../reference/reference-cache.ts';
import type { Repositories } from '../store.ts';
import type { ReportRecord, RevisionRecord, TaskWithIndicators } from './reports.types.ts';
import type { PeriodRecord } from '../plans/plans.types.ts';

export async function getPeriod(repos: Repositories, key: string): Promise<PeriodRecord> {
  const parsed = parsePeriod(key);
  const period = await repos.reports.findPeriod(formatPeriod(parsed));
  if (!period) throw notFound('period.not_found', `no reporting period ${key}`, { period: key });
  return period;
}

/** The same, from the cached reference data. */
export async function getPeriodOf(reference: Reference, key: string): Promise<PeriodRecord> {
  const period = await reference.period(formatPeriod(parsePeriod(key)));
  if (!period) throw notFound('period.not_found', `no reporting period ${key}`, { period: key });
  return period;
}

/** The unit's name on the date, else its latest (a unit named only after that date). */
export async function unitNameOf(reference: Reference, unitId: number, onDate: IsoDate): Promise<string> {
  const { versions } = await reference.history();
  const own = versions.filter((version) => version.unitId === unitId);
  const covering = own.find((v) => v.validFrom <= onDate && (v.validTo === null || v.validTo > onDate));
  return (covering ?? own.at(-1))?.name ?? `#${unitId}`;
}

export async function getTaskOf(
  reference: Reference,
  taskId: number,
  period: PeriodRecord,
): Promise<TaskWithIndicators> {
  const task = (await reference.plan(period.planId)).taskById.get(taskId);
  if (!task) throw notFound('task.not_found', `no task ${taskId} in the plan of ${period.key}`, { taskId });
  return task;
}

export async function getTaskOfPeriod(
  repos: Repositories,
  taskId: number,
  period: PeriodRecord,
): Promise<TaskWithIndicators> {
  const task = await repos.reports.findTask(taskId);
  if (!task || task.planId !== period.planId) {
    throw notFound('task.not_found', `no task ${taskId} in the plan of ${period.key}`, { taskId });
  }
  return task;
}

/** A closed quarter is frozen: its numbers feed the assessment. */
export function assertPeriodOpen(period: PeriodRecord): void {
  if (period.state === 'closed') {
    throw conflict('period.closed', `${period.key} is closed; its filings can no longer change`, {
      period: period.key,
    });
  }
}

/** Missing and not-yours answer alike, so an id says nothing about another unit's work. */
export function reportNotFound(reportId: number) {
  return notFound('report.not_found', `no report ${reportId}`, { reportId });
}

const PREVIOUS_QUARTER = { 2: 1, 3: 2, 4: 3 } as const;

/** The quarter before, within the same plan year (a year's first quarter starts afresh). */
export function previousPeriodKey(key: PeriodKey): PeriodKey | null {
  const { year, quarter } = parsePeriod(key);
  if (quarter === 1) return null;
  return formatPeriod({ year, quarter: PREVIOUS_QUARTER[quarter] });
}

export function contentOf(revision: RevisionRecord): ReportContent {
  const { progress, selfStatus, percentComplete, indicatorActuals, problems, nextSteps, attachmentIds } =
    revision;
  return { progress, selfStatus, percentComplete, indicatorActuals, problems, nextSteps, attachmentIds };
}

export async function getCurrentRevision(repos: Repositories, report: ReportRecord): Promise<RevisionRecord> {
  const revision = await repos.reports.findRevision(report.id, report.currentRev);
  if (!revision) throw new Error(`report ${report.id} has no revision ${report.currentRev}`);
  return revision;
}

export function actorUnitId(actor: Actor): number | null {
  return actor.kind === 'account' ? actor.unitId : null;
}

/** The acting unit, after the policy allowed the action for it (only unit accounts have one). */
export function assertUnitAction(actor: Actor, action: Action): number {
  const unitId = actorUnitId(actor);
  assertCan(actor, action, { unitId });
  if (unitId === null) {
    throw new DomainError('auth.forbidden', 'forbidden', "only a unit's accounts do this", { action });
  }
  return unitId;
}

export function authorOf(actor: Actor): number | null {
  return actor.kind === 'account' ? actor.accountId : null;
}

/** What the audit trail keeps of a filing's change; the content itself is in the revision. */
export async function auditReport(
  repos: Repositories,
  input: { actor: Actor; at: Date; action: string; before: ReportRecord | null; after: ReportRecord },
): Promise<void> {
  await repos.audit.append(reportAuditEvent(input));
}

/** A filing's audit event: its state, revision and late flag before and after. */
export function reportAuditEvent(input: {
  actor: Actor;
  at: Date;
  action: string;
  before: ReportRecord | null;
  after: ReportRecord;
}): AuditEventInput {
  const snapshot = (report: ReportRecord | null) =>
    report && { state: report.state, rev: report.currentRev, late: report.late };
  return auditEvent({
    actor: input.actor,
    at: input.at,
    action: input.action,
    entityType: 'report',
    entityId: input.after.id,
    before: snapshot(input.before),
    after: snapshot(input.after),
  });
}
