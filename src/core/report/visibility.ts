// How much of a filing an actor may see. The policy says who may read reports at all; this adds
// the rule that a unit's drafts are its own: others see a filing only once the unit's approver has
// signed it off, and then only the versions that left the unit.
import { can } from '../policy/policy.ts';
import type { Actor } from '../policy/policy.types.ts';
import type { ReportKind, ReportState, RevisionEvent } from './report.types.ts';

/**
 * full: the filing unit itself, every revision.
 * filed: the office, leaders, and a task's lead unit for its co-units: the versions that left the unit.
 * state: the office for a filing not yet signed off: its state, no content.
 * published: anyone for an accepted task report: the accepted content only.
 * none: as if it did not exist.
 */
export type ReportVisibility = 'full' | 'filed' | 'state' | 'published' | 'none';

export interface VisibilityFacts {
  unitId: number;
  kind: ReportKind;
  state: ReportState;
  /** Signed off at least once (a returned report stays filed). */
  filed: boolean;
  /** The task's lead units for the period. */
  leadUnitIds: readonly number[];
}

/** City-wide roles: they follow every unit's filings but not its unfinished drafts. */
const OFFICE_ROLES: readonly string[] = ['admin', 'supervisor', 'leader'];

/** Revisions that record the filing leaving the unit and the office's decisions on it. */
export const FILED_EVENTS: readonly RevisionEvent[] = ['sign_off', 'return', 'accept'];

export function isPublished(report: Pick<VisibilityFacts, 'kind' | 'state'>): boolean {
  return report.kind === 'task_report' && report.state === 'accepted';
}

export function reportVisibility(actor: Actor, report: VisibilityFacts): ReportVisibility {
  const published = isPublished(report);
  const resource = { unitId: report.unitId, leadUnitIds: report.leadUnitIds, published };
  if (!can(actor, 'report.read', resource)) return 'none';
  if (actor.kind === 'anonymous') return published ? 'published' : 'none';
  if (actor.kind === 'system' || OFFICE_ROLES.includes(actor.role)) return report.filed ? 'filed' : 'state';
  if (actor.unitId === null) return 'none';
  if (actor.unitId === report.unitId) return 'full';
  if (report.filed && report.leadUnitIds.includes(actor.unitId)) return 'filed';
  return published ? 'published' : 'none';
}

/** Whether a revision with this event is shown under the given visibility. */
export function revisionVisible(visibility: ReportVisibility, event: RevisionEvent): boolean {
  switch (visibility) {
    case 'full':
      return true;
    case 'filed':
      return FILED_EVENTS.includes(event);
    case 'published':
      return event === 'accept';
    case 'state':
    case 'none':
      return false;
  }
}
