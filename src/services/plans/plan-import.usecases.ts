// Importing a notice as a plan in two steps: a preview the admin reviews (nothing is written but
// the preview itself), then a commit that writes the whole plan in one transaction.
import { conflict, invalid, notFound, type DomainError } from '../../core/errors.ts';
import { importUnitResolver, matchImportUnits, type ImportUnitMatch } from '../../core/plan/import-units.ts';
import {
  NO_DECISIONS,
  reviewImport,
  type ImportDecisions,
  type ReviewProblem,
} from '../../core/plan/import-review.ts';
import type { ImportResult } from '../../core/plan/plan.types.ts';
import { assertCan } from '../../core/policy/policy.ts';
import type { Actor } from '../../core/policy/policy.types.ts';
import { latestDirectory } from '../../core/unit/directory.ts';
import type { Clock } from '../support/clock.ts';
import type { Repositories, Store } from '../store.ts';
import { writePlan } from './plan-import.write.ts';
import type { NoticeReader, PlanRecord, PreviewRecord } from './plans.types.ts';

/** How long an admin has to commit a preview. */
export const PREVIEW_TTL_MS = 24 * 60 * 60 * 1000;

export interface PlanImportPreview {
  id: number;
  fileName: string | null;
  expiresAt: Date;
  result: ImportResult;
  units: ImportUnitMatch[];
  /** What must be settled before the commit (with no decisions taken yet). */
  problems: ReviewProblem[];
  /** A plan for the notice's year exists already. */
  yearTaken: boolean;
}

const accountIdOf = (actor: Actor) => (actor.kind === 'account' ? actor.accountId : null);

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
      createdAt: now,
      createdBy: accountIdOf(input.actor),
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

async function describePreview(repos: Repositories, record: PreviewRecord): Promise<PlanImportPreview> {
  const { result } = record;
  const directory = latestDirectory(await repos.units.loadHistory());
  const units = matchImportUnits(result.units, directory);
  const review = reviewImport(result, NO_DECISIONS, importUnitResolver(units, directory));
  const year = result.plan.year;
  const yearTaken = year !== null && (await repos.plans.findByYear(year)) !== null;
  return {
    id: record.id,
    fileName: record.fileName,
    expiresAt: record.expiresAt,
    result,
    units,
    problems: review.problems,
    yearTaken,
  };
}

async function getLivePreview(repos: Repositories, previewId: number, now: Date): Promise<PreviewRecord> {
  const record = await repos.plans.findPreview(previewId);
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
    const preview = await getLivePreview(repos, input.previewId, now);
    const year = input.year ?? preview.result.plan.year;
    if (year === null) {
      throw invalid('plan_import.year_required', 'the notice names no year: give the plan year', {
        field: 'year',
      });
    }
    if (await repos.plans.findByYear(year)) {
      throw conflict('plan.year_exists', `a plan for ${year} exists already`, { year });
    }
    const directory = latestDirectory(await repos.units.loadHistory());
    const units = matchImportUnits(preview.result.units, directory);
    const review = reviewImport(preview.result, decisions, importUnitResolver(units, directory));
    if (review.problems.length > 0) throw unresolved(review.problems);
    const plan = await writePlan(repos, {
      actor: input.actor,
      now,
      year,
      preview,
      decisions,
      review,
      units,
      directory,
    });
    await repos.plans.deletePreview(preview.id);
    return { plan };
  });
}

function unresolved(problems: ReviewProblem[]): DomainError {
  const codes = [...new Set(problems.map((p) => p.code))].join(', ');
  return invalid('plan_import.unresolved', `the import cannot be committed yet (${codes})`, { problems });
}
