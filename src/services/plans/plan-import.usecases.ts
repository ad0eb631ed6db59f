// Importing a notice as a plan in two steps: a preview the admin reviews (nothing is written but
// the preview itself), then a commit that writes the whole plan in one transaction.
import { conflict, invalid, notFound, type DomainError } from '../../core/errors.ts';
import type { CarryCandidate } from '../../core/plan/import-carry.ts';
import type { RecordedDecision } from '../../core/plan/import-decision.types.ts';
import type { ImportDecisions, ReviewedTask, ReviewProblem } from '../../core/plan/import-review.ts';
import type { KeyedTask } from '../../core/plan/import-settle.ts';
import type { SettledUnit } from '../../core/plan/import-unit-matches.ts';
import type { ColumnRole, ImportResult } from '../../core/plan/plan.types.ts';
import { assertCan } from '../../core/policy/policy.ts';
import type { Actor } from '../../core/policy/policy.types.ts';
import type { Clock } from '../support/clock.ts';
import type { Repositories, Store } from '../store.ts';
import { importContext, pendingOf } from './plan-import.context.ts';
import { writePlan } from './plan-import.write.ts';
import type { NoticeReader, PlanRecord, PreviewRecord } from './plans.types.ts';

/** How long an admin has to commit a preview. */
export const PREVIEW_TTL_MS = 24 * 60 * 60 * 1000;

/** A task of the preview with what was decided about it (excluded ones as the importer read them). */
export interface PreviewTask {
  task: KeyedTask;
  reviewed: ReviewedTask | null;
  excluded: boolean;
}

export interface PlanImportPreview {
  id: number;
  fileName: string | null;
  expiresAt: Date;
  result: ImportResult;
  columnRoles: ColumnRole[] | null;
  tasks: PreviewTask[];
  units: SettledUnit[];
  /** What must be settled before the commit, with the decisions taken so far. */
  problems: ReviewProblem[];
  pending: { tasks: number; units: number; other: number };
  /** A plan for the notice's year exists already. */
  yearTaken: boolean;
  carryCandidates: CarryCandidate[];
  carried: number[];
  decisions: RecordedDecision[];
}

const actorAccountId = (actor: Actor) => (actor.kind === 'account' ? actor.accountId : null);

export async function previewPlanImport(input: {
  actor: Actor;
  bytes: Uint8Array;
  fileName: string | null;
  readNotice: NoticeReader;
  store: Store;
  clock: Clock;
}): Promise<{ preview: PlanImportPreview }> {
  assertCan(input.actor, 'plan.manage');
  const result = await input.readNotice({
    bytes: input.bytes,
    ...(input.fileName ? { fileName: input.fileName } : {}),
  });
  // A zip bomb is refused outright rather than kept as a preview with one issue.
  const bomb = result.issues.find((issue) => issue.code === 'upload.too_large_inflated');
  if (bomb) throw invalid(bomb.code, bomb.message);
  const now = input.clock();
  const record = await input.store.transaction(async (repos) => {
    await repos.plans.deleteExpiredPreviews(now);
    return repos.plans.insertPreview({
      fileName: input.fileName,
      result,
      source: input.bytes,
      columnRoles: null,
      decisions: [],
      createdAt: now,
      createdBy: actorAccountId(input.actor),
      expiresAt: new Date(now.getTime() + PREVIEW_TTL_MS),
    });
  });
  return { preview: await describePreview(input.store.repos, record) };
}

export async function getPlanImportPreview(input: {
  actor: Actor;
  previewId: number;
  store: Store;
  clock: Clock;
}): Promise<{ preview: PlanImportPreview }> {
  assertCan(input.actor, 'plan.manage');
  const record = await getLivePreview(input.store.repos, input.previewId, input.clock());
  return { preview: await describePreview(input.store.repos, record) };
}

export async function describePreview(
  repos: Repositories,
  record: PreviewRecord,
): Promise<PlanImportPreview> {
  const { result } = record;
  const context = await importContext(repos, record);
  const { settlement, review } = context;
  const reviewedByKey = new Map(review.tasks.map((task) => [task.key, task]));
  const year = result.plan.year;
  const yearTaken = year !== null && (await repos.plans.findByYear(year)) !== null;
  return {
    id: record.id,
    fileName: record.fileName,
    expiresAt: record.expiresAt,
    result,
    columnRoles: record.columnRoles,
    tasks: settlement.tasks.map((task) => ({
      task,
      reviewed: reviewedByKey.get(task.key) ?? null,
      excluded: settlement.notTasks.has(task.key),
    })),
    units: context.units,
    problems: review.problems,
    pending: pendingOf(review),
    yearTaken,
    carryCandidates: context.carryCandidates,
    carried: [...settlement.carried],
    decisions: record.decisions,
  };
}

export async function getLivePreview(
  repos: Repositories,
  previewId: number,
  now: Date,
  forUpdate = false,
): Promise<PreviewRecord> {
  const record = await repos.plans.findPreview(previewId, forUpdate);
  if (!record || record.expiresAt <= now) {
    throw notFound('plan_import.preview_not_found', `no import preview ${previewId} (it may have expired)`, {
      previewId,
    });
  }
  return record;
}

export interface CommitPlanImportInput extends Partial<ImportDecisions> {
  actor: Actor;
  previewId: number;
  /** The plan's year; the notice's own year when absent. */
  year?: number;
  store: Store;
  clock: Clock;
}

/** Writes plan, structure, tasks, indicators, units, assignments, periods and issues together. */
export async function commitPlanImport(input: CommitPlanImportInput): Promise<{ plan: PlanRecord }> {
  assertCan(input.actor, 'plan.manage');
  const decisions: ImportDecisions = {
    confirmations: input.confirmations ?? [],
    acceptInferred: input.acceptInferred ?? false,
    exclude: input.exclude ?? [],
    renumber: input.renumber ?? [],
  };
  const now = input.clock();
  return input.store.transaction(async (repos) => {
    const preview = await getLivePreview(repos, input.previewId, now, true);
    const year = input.year ?? preview.result.plan.year;
    if (year === null) {
      throw invalid('plan_import.year_required', 'the notice names no year: give the plan year', {
        field: 'year',
      });
    }
    if (await repos.plans.findByYear(year)) {
      throw conflict('plan.year_exists', `a plan for ${year} exists already`, { year });
    }
    const context = await importContext(repos, preview, decisions);
    if (context.review.problems.length > 0) throw unresolved(context.review.problems);
    const plan = await writePlan(repos, { actor: input.actor, now, year, preview, decisions, context });
    await repos.plans.deletePreview(preview.id);
    return { plan };
  });
}

function unresolved(problems: ReviewProblem[]): DomainError {
  const codes = [...new Set(problems.map((p) => p.code))].join(', ');
  return invalid('plan_import.unresolved', `the import cannot be committed yet (${codes})`, { problems });
}
