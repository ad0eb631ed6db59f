// What an admin decides about an imported notice before it becomes a plan, and the check that
// the decisions leave every task usable: numbers unique, cut or unit-less rows dealt with,
// every inferred lead/co split confirmed, edited splits naming known units once each.
import type { ImportIssue, ImportResult } from './plan.types.ts';
import { indexConfirmations, type ResolvedConfirmation } from './import-confirmations.ts';
import { initialSettlement, type KeyedTask, type Settlement } from './import-settle.ts';
import { keptMilestones } from './task-milestones.ts';
import {
  problem,
  type ImportDecisions,
  type ImportReview,
  type ReviewedTask,
  type ReviewProblem,
  type UnitResolver,
} from './import-review.types.ts';

export * from './import-review.types.ts';

/**
 * `settlement` holds the decisions stored with the preview (merges, splits, units by task key…);
 * `decisions` those sent with the commit (by number and line), which apply on top of them.
 */
export function reviewImport(
  result: ImportResult,
  decisions: ImportDecisions,
  resolveUnit: UnitResolver,
  settlement: Settlement = initialSettlement(result.tasks),
): ImportReview {
  const problems: ReviewProblem[] = [];
  const selected = selectTasks(settlement, decisions, problems);
  problems.push(...duplicateNumbers(selected));
  const confirmations = indexConfirmations(decisions.confirmations, selected, resolveUnit, problems);
  const acceptInferred = decisions.acceptInferred || settlement.acceptInferred;
  const tasks = selected.map((task) => {
    const picked = settlement.units.get(task.key);
    const confirmation =
      confirmations.get(task.seq) ?? (picked ? keyedConfirmation(picked, resolveUnit) : undefined);
    const reviewed = reviewTask(task, confirmation ?? null, acceptInferred, resolveUnit);
    const issues = task.splitPart ? [] : result.issues;
    problems.push(...taskProblems(reviewed, issues, confirmation !== undefined));
    return reviewed;
  });
  if (tasks.length === 0) problems.push(problem('plan.no_tasks', '没有可导入的任务'));
  return { tasks, problems };
}

const keyedConfirmation = (picked: ResolvedConfirmation, resolveUnit: UnitResolver) =>
  distinctSplit(
    picked.leadUnits.map(asKnown(resolveUnit)),
    picked.responsibleUnits.map(asKnown(resolveUnit)),
  );

/** Leaves out excluded tasks and applies new numbers; unknown lines are problems. */
function selectTasks(
  settlement: Settlement,
  decisions: ImportDecisions,
  problems: ReviewProblem[],
): KeyedTask[] {
  const tasks = settlement.tasks;
  const lines = new Set(tasks.map((task) => task.line));
  decisions.exclude.forEach((line, i) => {
    if (!lines.has(line))
      problems.push(problem('exclude.unknown_line', `第${line}行没有任务`, { line, field: `exclude.${i}` }));
  });
  const newSeq = new Map<number, number>();
  decisions.renumber.forEach(({ line, seq }, i) => {
    if (!lines.has(line)) {
      problems.push(
        problem('renumber.unknown_line', `第${line}行没有任务`, { line, field: `renumber.${i}.line` }),
      );
    } else newSeq.set(line, seq);
  });
  const excluded = new Set(decisions.exclude);
  return tasks
    .filter((task) => !excluded.has(task.line) && !settlement.notTasks.has(task.key))
    .map((task) => ({
      ...task,
      seq: newSeq.get(task.line) ?? settlement.numbers.get(task.key) ?? task.seq,
    }))
    .sort((a, b) => a.seq - b.seq || a.line - b.line);
}

function duplicateNumbers(tasks: readonly KeyedTask[]): ReviewProblem[] {
  const bySeq = new Map<number, KeyedTask[]>();
  for (const task of tasks) bySeq.set(task.seq, [...(bySeq.get(task.seq) ?? []), task]);
  return [...bySeq]
    .filter(([, same]) => same.length > 1)
    .map(([seq, same]) =>
      problem(
        'task.duplicate_number',
        `序号${seq}出现在第${same.map((t) => t.line).join('、')}行:请排除或重新编号`,
        { seq, line: same[1]?.line ?? null, key: same[1]?.key ?? null },
      ),
    );
}

function reviewTask(
  task: KeyedTask,
  confirmation: ResolvedConfirmation | null,
  acceptInferred: boolean,
  resolveUnit: UnitResolver,
): ReviewedTask {
  const imported = distinctSplit(
    task.leadUnits.map(asKnown(resolveUnit)),
    task.responsibleUnits.map(asKnown(resolveUnit)),
  );
  const split = confirmation ?? imported;
  const edited =
    confirmation !== null &&
    (split.leadUnits.join('\n') !== imported.leadUnits.join('\n') ||
      split.responsibleUnits.join('\n') !== imported.responsibleUnits.join('\n'));
  return {
    key: task.key,
    seq: task.seq,
    line: task.line,
    path: task.path,
    text: task.text,
    complete: task.complete,
    indicators: task.indicators,
    leaderName: task.leaderName ?? null,
    milestones: keptMilestones(task.milestones),
    certainty: task.assignment,
    confirmed: confirmation !== null || (task.assignment === 'inferred' && acceptInferred),
    edited,
    leadUnits: split.leadUnits,
    responsibleUnits: split.responsibleUnits,
  };
}

const asKnown = (resolveUnit: UnitResolver) => (name: string) => resolveUnit(name) ?? name;

/** A unit named twice keeps its first place; a lead unit is not also co-responsible. */
function distinctSplit(lead: string[], responsible: string[]): ResolvedConfirmation {
  const leadUnits = [...new Set(lead)];
  return {
    leadUnits,
    responsibleUnits: [...new Set(responsible)].filter((name) => !leadUnits.includes(name)),
  };
}

/**
 * An importer error on a task (cut off, no units) is settled by excluding the task or by
 * confirming its split explicitly; a task without text can only be excluded.
 */
function taskProblems(
  task: ReviewedTask,
  issues: readonly ImportIssue[],
  confirmed: boolean,
): ReviewProblem[] {
  const at = { seq: task.seq, line: task.line, key: task.key };
  const errors = issues.filter(
    (issue) =>
      issue.severity === 'error' &&
      issue.code !== 'task.duplicate_number' &&
      (issue.line === task.line || (issue.line === null && issue.taskSeq === task.seq)),
  );
  const problems = errors
    .filter((issue) => issue.code === 'task.no_text' || !confirmed)
    .map((issue) =>
      problem(
        issue.code,
        `${issue.message}:请排除该项${issue.code === 'task.no_text' ? '' : '或确认其单位'}`,
        at,
      ),
    );
  if (task.leadUnits.length === 0 && errors.length === 0 && !confirmed) {
    problems.push(problem('task.no_lead', `第${task.seq}项没有牵头单位`, at));
  }
  if (task.certainty === 'inferred' && !task.confirmed) {
    problems.push(problem('task.unconfirmed', `第${task.seq}项的牵头/责任单位分界为推断,尚未确认`, at));
  }
  return problems;
}
