// A filing as one actor may see it: the whole history for its own unit, the versions that left the
// unit for the office and the task's lead unit, the accepted text for everyone once accepted.
import type { PeriodKey } from '../../core/period/period.ts';
import type { Actor } from '../../core/policy/policy.types.ts';
import type { ReportContent } from '../../core/report/report.types.ts';
import { reportVisibility, revisionVisible, type ReportVisibility } from '../../core/report/visibility.ts';
import type { Repositories } from '../store.ts';
import { leadUnitIdsOf } from './owing-units.ts';
import { contentOf } from '../../core/report/report-content.ts';
import type { AttachmentRecord, OwingUnit, ReportRecord, RevisionRecord } from './reports.types.ts';
import type { PeriodRecord } from '../plans/plans.types.ts';

export interface ReportView {
  report: ReportRecord;
  periodKey: PeriodKey;
  unitName: string;
  visibility: Exclude<ReportVisibility, 'none'>;
  /** The content this actor may see and the revision it comes from; null when only the state shows. */
  content: ReportContent | null;
  contentRev: number | null;
  /** The revisions this actor may see, oldest first. */
  revisions: RevisionRecord[];
  /** The files the visible content lists. */
  attachments: AttachmentRecord[];
  /** The office's reasons while the report is returned. */
  returnReasons: string | null;
}

export interface ViewContext {
  actor: Actor;
  periodKey: PeriodKey;
  /** Lead units of each task in the period. */
  leadUnitIds: (taskId: number) => readonly number[];
  unitName: (unitId: number) => string;
}

/** Names come from the assignments; a unit that filed before an assignment moved is looked up. */
export async function viewContextFor(
  repos: Repositories,
  input: {
    actor: Actor;
    period: PeriodRecord;
    owing: readonly OwingUnit[];
    reports: readonly ReportRecord[];
  },
): Promise<ViewContext> {
  return contextFrom(input.actor, { ...input, names: await unitNamesFor(repos, input) });
}

/** Every filing unit's name: from the assignments, else as of the period's due date. */
export async function unitNamesFor(
  repos: Repositories,
  input: { period: PeriodRecord; owing: readonly OwingUnit[]; reports: readonly ReportRecord[] },
): Promise<ReadonlyMap<number, string>> {
  const names = new Map(input.owing.map((unit) => [unit.unitId, unit.name]));
  for (const report of input.reports) {
    if (names.has(report.unitId)) continue;
    const name = await repos.reports.findUnitName(report.unitId, input.period.dueOn);
    names.set(report.unitId, name ?? `#${report.unitId}`);
  }
  return names;
}

export function contextFrom(
  actor: Actor,
  input: { period: PeriodRecord; owing: readonly OwingUnit[]; names: ReadonlyMap<number, string> },
): ViewContext {
  const { owing, names } = input;
  return {
    actor,
    periodKey: input.period.key,
    leadUnitIds: (taskId) => leadUnitIdsOf(owing, taskId),
    unitName: (unitId) => names.get(unitId) ?? `#${unitId}`,
  };
}

export function visibilityOf(context: ViewContext, report: ReportRecord): ReportVisibility {
  return reportVisibility(context.actor, {
    unitId: report.unitId,
    kind: report.kind,
    state: report.state,
    filed: report.signedOffAt !== null,
    leadUnitIds: context.leadUnitIds(report.taskId),
  });
}

/**
 * The reports the actor may see, each cut down to what it may see; the others are left out.
 * `known` saves reading the revisions when the caller already holds every one of theirs.
 */
export async function viewReports(
  repos: Repositories,
  context: ViewContext,
  reports: readonly ReportRecord[],
  known?: readonly RevisionRecord[],
): Promise<ReportView[]> {
  const visible = reports.filter((report) => visibilityOf(context, report) !== 'none');
  const revisions = known ?? (await repos.reports.findRevisions(visible.map((report) => report.id)));
  const attachmentIds = revisions.flatMap((revision) => revision.attachmentIds);
  const attachments = await repos.reports.findAttachments([...new Set(attachmentIds)]);
  return viewsFrom(context, reports, revisions, attachments);
}

/**
 * The same, from revisions and files already read (they may hold more than the actor may see:
 * everything is cut here, by the actor's visibility of each report, before anything is shown).
 */
export function viewsFrom(
  context: ViewContext,
  reports: readonly ReportRecord[],
  revisions: readonly RevisionRecord[],
  attachments: readonly AttachmentRecord[],
): ReportView[] {
  const visible = reports
    .map((report) => ({ report, visibility: visibilityOf(context, report) }))
    .filter((entry): entry is { report: ReportRecord; visibility: ReportView['visibility'] } => {
      return entry.visibility !== 'none';
    });
  return visible.map(({ report, visibility }) => {
    const view = cutView(report, visibility, context, revisions);
    const listed = view.content?.attachmentIds ?? [];
    return { ...view, attachments: attachments.filter((file) => listed.includes(file.id)) };
  });
}

function cutView(
  report: ReportRecord,
  visibility: ReportView['visibility'],
  context: ViewContext,
  allRevisions: readonly RevisionRecord[],
): ReportView {
  const own = allRevisions.filter((revision) => revision.reportId === report.id);
  const shown = own.filter((revision) => revisionVisible(visibility, revision.event));
  const latest = visibility === 'published' ? own.filter((r) => r.event === 'accept').at(-1) : shown.at(-1);
  const lastReturn = own.filter((revision) => revision.event === 'return').at(-1);
  const reasonsShown = report.state === 'returned' && (visibility === 'full' || visibility === 'filed');
  const content = latest ? contentOf(latest) : null;
  return {
    report,
    periodKey: context.periodKey,
    unitName: context.unitName(report.unitId),
    visibility,
    // The public sees the accepted text, not the files behind it.
    content: content && visibility === 'published' ? { ...content, attachmentIds: [] } : content,
    contentRev: latest?.rev ?? null,
    revisions: visibility === 'published' ? [] : shown,
    attachments: [],
    returnReasons: reasonsShown ? (lastReturn?.reason ?? null) : null,
  };
}
