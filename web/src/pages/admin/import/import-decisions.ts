// What the admin decides about a previewed notice, kept per task line (a number may repeat in a
// bad notice, a line never does), and the commit body those decisions make.
import type { CommitDecisions, ImportPreview, ImportProblem, PreviewTask } from '../../../api/plan-import.ts';

export interface RowDecision {
  /** The units the admin has as lead; every other unit of the row is co-responsible. */
  lead: string[];
  confirmed: boolean;
}

export interface Decisions {
  rows: Record<number, RowDecision>;
  excluded: number[];
  year: number | null;
}

/** The row's units in the notice's order: the boundary between lead and co is somewhere in it. */
export const unitsOf = (task: PreviewTask): string[] => [
  ...new Set([...task.leadUnits, ...task.responsibleUnits]),
];

export function initialDecisions(preview: ImportPreview): Decisions {
  const rows: Record<number, RowDecision> = {};
  for (const task of preview.tasks) rows[task.line] = { lead: task.leadUnits, confirmed: task.confirmed };
  return { rows, excluded: [], year: preview.plan.year };
}

export function splitOf(task: PreviewTask, decision: RowDecision | undefined) {
  const lead = decision?.lead ?? task.leadUnits;
  const units = unitsOf(task);
  return {
    leadUnits: units.filter((unit) => lead.includes(unit)),
    responsibleUnits: units.filter((unit) => !lead.includes(unit)),
  };
}

export function isEdited(task: PreviewTask, decision: RowDecision | undefined): boolean {
  return splitOf(task, decision).leadUnits.join('\n') !== task.leadUnits.join('\n');
}

/** Lead = the first `count` units of the row (moving the boundary). */
export function withBoundary(task: PreviewTask, count: number): RowDecision {
  return { lead: unitsOf(task).slice(0, count), confirmed: true };
}

/** Switches one unit between lead and co; a row keeps at least one lead unit. */
export function toggleLead(task: PreviewTask, decision: RowDecision | undefined, unit: string): RowDecision {
  const lead = decision?.lead ?? task.leadUnits;
  const next = lead.includes(unit) ? lead.filter((u) => u !== unit) : [...lead, unit];
  return { lead: next.length > 0 ? next : lead, confirmed: true };
}

/** Every inferred row taken as guessed, keeping the rows the admin already settled. */
export function acceptAllGuesses(preview: ImportPreview, decisions: Decisions): Decisions {
  const rows = { ...decisions.rows };
  for (const task of preview.tasks) {
    if (task.assignment !== 'inferred') continue;
    const row = rows[task.line];
    rows[task.line] = { lead: row?.lead ?? task.leadUnits, confirmed: true };
  }
  return { ...decisions, rows };
}

export function commitBody(preview: ImportPreview, decisions: Decisions): CommitDecisions {
  const excluded = new Set(decisions.excluded);
  const confirmations = preview.tasks
    .filter((task) => !excluded.has(task.line))
    .filter((task) => {
      const row = decisions.rows[task.line];
      return row?.confirmed === true || isEdited(task, row);
    })
    .map((task) => ({ seq: task.seq, ...splitOf(task, decisions.rows[task.line]) }));
  return {
    ...(decisions.year !== null && decisions.year !== preview.plan.year ? { year: decisions.year } : {}),
    acceptInferred: false,
    confirmations,
    exclude: decisions.excluded,
    renumber: [],
  };
}

/**
 * What still stands in the way, as far as the page can tell; the server checks again on commit.
 * A confirmed row settles its guess and its importer errors; an excluded row settles everything.
 */
export function openProblems(preview: ImportPreview, decisions: Decisions): ImportProblem[] {
  const excluded = new Set(decisions.excluded);
  const confirmedSeqs = new Set(
    preview.tasks.filter((t) => !excluded.has(t.line) && decisions.rows[t.line]?.confirmed).map((t) => t.seq),
  );
  return preview.problems.filter((problem) => {
    if (problem.line !== null && excluded.has(problem.line)) return false;
    const settledByConfirmation = problem.code !== 'task.no_text' && problem.code !== 'task.duplicate_number';
    return !(problem.seq !== null && settledByConfirmation && confirmedSeqs.has(problem.seq));
  });
}

export const needsAttention = (preview: ImportPreview, task: PreviewTask): boolean =>
  (task.assignment === 'inferred' && !task.confirmed) || preview.problems.some((p) => p.key === task.key);

/** What still waits: tasks (by key) and unit matches, from the problems still open. */
export function pendingCounts(open: readonly ImportProblem[]): { tasks: number; units: number } {
  return {
    tasks: new Set(open.flatMap((p) => (p.key !== null ? [p.key] : []))).size,
    units: open.filter((p) => p.code === 'unit.match_undecided').length,
  };
}
