// Lookups and checks only the filing use cases (and those that write filings, like template
// apply) share. Periods and tasks are found through plans/plan-lookups.ts, the acting unit and
// account through core/policy/actor.ts.
import { notFound } from '../../core/errors.ts';
import type { Actor } from '../../core/policy/policy.types.ts';
import { auditEvent } from '../audit/audit.ts';
import type { AuditEventInput } from '../audit/audit.types.ts';
import type { Repositories } from '../store.ts';
import type { ReportRecord, RevisionRecord } from './reports.types.ts';

/** Missing and not-yours answer alike, so an id says nothing about another unit's work. */
export function reportNotFound(reportId: number) {
  return notFound('report.not_found', `no report ${reportId}`, { reportId });
}

export async function getCurrentRevision(repos: Repositories, report: ReportRecord): Promise<RevisionRecord> {
  const revision = await repos.reports.findRevision(report.id, report.currentRev);
  if (!revision) throw new Error(`report ${report.id} has no revision ${report.currentRev}`);
  return revision;
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
