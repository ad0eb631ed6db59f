// The commit's writes, inside the caller's transaction: units first (so tasks can name them),
// then the plan, its structure, tasks, indicators, assignments, periods, issues and the audit event.
import { planPeriods, planStart } from '../../core/plan/plan-calendar.ts';
import type { ImportDecisions, ReviewedTask } from '../../core/plan/import-review.ts';
import type { Actor } from '../../core/policy/policy.types.ts';
import { auditEvent } from '../audit/audit.ts';
import type { Repositories } from '../store.ts';
import { writeCarriedTasks } from './plan-import.carry.ts';
import type { ImportContext } from './plan-import.context.ts';
import { ensureImportUnits, keepMatchedNames, type CreatedUnit } from './plan-import.units.ts';
import type { AssignmentRole, NewAssignment, PlanRecord, PreviewRecord, TaskRecord } from './plans.types.ts';

/** The due-date rule a new plan starts with: five days after each quarter ends. */
export const DEFAULT_DUE_DAYS_AFTER_QUARTER_END = 5;

export interface WritePlanInput {
  actor: Actor;
  now: Date;
  year: number;
  preview: PreviewRecord;
  decisions: ImportDecisions;
  context: ImportContext;
}

export async function writePlan(repos: Repositories, input: WritePlanInput): Promise<PlanRecord> {
  const { now, year, preview } = input;
  const accountId = input.actor.kind === 'account' ? input.actor.accountId : null;
  const startsOn = planStart(year);
  const { units, directory, review } = input.context;
  const matched = await keepMatchedNames(repos, { actor: input.actor, now, units, startsOn });
  const { idByName, created } = await ensureImportUnits(repos, units, directory, startsOn, now);
  const { plan: facts, source } = preview.result;
  const plan = await repos.plans.insert({
    ...facts,
    year,
    state: 'active',
    dueDaysAfterQuarterEnd: DEFAULT_DUE_DAYS_AFTER_QUARTER_END,
    sourceFormat: source.format,
    sourceFileName: preview.fileName ?? source.fileName,
    sourceEncoding: source.encoding,
    importedAt: now,
    importedBy: accountId,
  });
  const nodeIds = await repos.plans.insertStructure(plan.id, preview.result.structure);
  const tasks = await insertTasks(repos, {
    planId: plan.id,
    reviewed: review.tasks,
    nodeIds,
    now,
    accountId,
  });
  await writeTaskDetails(repos, { tasks, reviewed: review.tasks, idByName, startsOn, now, accountId });
  const carried = await writeCarriedTasks(repos, {
    plan,
    taskIds: [...input.context.settlement.carried],
    firstSeq: Math.max(0, ...review.tasks.map((task) => task.seq)) + 1,
    startsOn,
    now,
    accountId,
  });
  const periods = planPeriods(year, { daysAfterQuarterEnd: DEFAULT_DUE_DAYS_AFTER_QUARTER_END });
  await repos.plans.insertPeriods(periods.map((period) => ({ planId: plan.id, ...period })));
  await writeIssues(repos, plan.id, input, accountId);
  await repos.audit.append(
    auditEvent({
      actor: input.actor,
      at: now,
      action: 'plan.import',
      entityType: 'plan',
      entityId: plan.id,
      after: { ...importSummary(input, plan, created), unitsMatched: matched, carried },
    }),
  );
  return plan;
}

function insertTasks(
  repos: Repositories,
  input: {
    planId: number;
    reviewed: readonly ReviewedTask[];
    nodeIds: ReadonlyMap<string, number>;
    now: Date;
    accountId: number | null;
  },
): Promise<TaskRecord[]> {
  const { now, accountId } = input;
  return repos.tasks.insertMany(
    input.reviewed.map((task) => ({
      planId: input.planId,
      seq: task.seq,
      structureNodeId: input.nodeIds.get(task.path.join('/')) ?? null,
      path: task.path,
      text: task.text,
      assignmentCertainty: task.certainty,
      assignmentConfirmedAt: task.confirmed ? now : null,
      assignmentConfirmedBy: task.confirmed ? accountId : null,
      complete: task.complete,
      sourceLine: task.line,
      leaderName: task.leaderName,
      milestones: task.milestones,
      carriedFromTaskId: null,
    })),
  );
}

interface TaskDetailsInput {
  tasks: TaskRecord[];
  reviewed: ReviewedTask[];
  idByName: Map<string, number>;
  startsOn: string;
  now: Date;
  accountId: number | null;
}

async function writeTaskDetails(repos: Repositories, input: TaskDetailsInput): Promise<void> {
  const taskIdOf = taskIdsBySeq(input.tasks);
  await repos.tasks.insertIndicators(
    input.reviewed.flatMap((task) =>
      task.indicators.map(({ metric, value, unit, comparator, stretch, raw }, position) => ({
        taskId: taskIdOf(task.seq),
        position,
        metric,
        targetValue: value,
        unit,
        comparator,
        stretch,
        raw,
      })),
    ),
  );
  await repos.tasks.insertAssignments(
    input.reviewed.flatMap((task) => {
      const taskId = taskIdOf(task.seq);
      return [
        ...task.leadUnits.map((name, position) =>
          importedAssignment(input, { taskId, name, position, role: 'lead' }),
        ),
        ...task.responsibleUnits.map((name, position) =>
          importedAssignment(input, { taskId, name, position, role: 'responsible' }),
        ),
      ];
    }),
  );
}

function taskIdsBySeq(tasks: readonly TaskRecord[]): (seq: number) => number {
  const bySeq = new Map(tasks.map((task) => [task.seq, task.id]));
  return (seq) => {
    const id = bySeq.get(seq);
    if (id === undefined) throw new Error(`task ${seq} was not written`);
    return id;
  };
}

function importedAssignment(
  input: TaskDetailsInput,
  at: { taskId: number; name: string; position: number; role: AssignmentRole },
): NewAssignment {
  const unitId = input.idByName.get(at.name);
  if (unitId === undefined) throw new Error(`the import names a unit it did not write: ${at.name}`);
  return {
    taskId: at.taskId,
    unitId,
    role: at.role,
    position: at.position,
    validFrom: input.startsOn,
    validTo: null,
    source: 'import',
    reason: null,
    createdAt: input.now,
    createdBy: input.accountId,
  };
}

/**
 * Every issue the importer raised is kept with the plan. Those the admin settled (the task was
 * confirmed or left out, a duplicated number was resolved) are stored as resolved.
 */
async function writeIssues(
  repos: Repositories,
  planId: number,
  input: WritePlanInput,
  accountId: number | null,
) {
  const excluded = new Set(input.decisions.exclude);
  const confirmedLines = new Set(
    input.context.review.tasks.filter((task) => task.confirmed).map((task) => task.line),
  );
  await repos.plans.insertIssues(
    input.preview.result.issues.map((issue) => {
      const settled =
        issue.code === 'task.duplicate_number' ||
        (issue.line !== null &&
          (excluded.has(issue.line) || confirmedLines.has(issue.line)) &&
          issue.taskSeq !== null);
      return {
        ...issue,
        planId,
        resolvedAt: settled ? input.now : null,
        resolvedBy: settled ? accountId : null,
      };
    }),
  );
}

function importSummary(input: WritePlanInput, plan: PlanRecord, created: CreatedUnit[]) {
  const { decisions } = input;
  const { review, settlement } = input.context;
  return {
    year: plan.year,
    title: plan.title,
    fileName: plan.sourceFileName,
    tasks: review.tasks.length,
    inferred: review.tasks.filter((task) => task.certainty === 'inferred').length,
    acceptedInferred: decisions.acceptInferred,
    confirmed: decisions.confirmations.map((c) => c.seq),
    edited: review.tasks.filter((task) => task.edited).map((task) => task.seq),
    excludedLines: decisions.exclude,
    renumbered: decisions.renumber,
    unitsCreated: created,
    notTasks: settlement.tasks.filter((t) => settlement.notTasks.has(t.key)).map((t) => t.line),
    previewDecisions: input.preview.decisions,
  };
}
