// The admin's decisions on an import preview, one at a time, stored with the preview in the order
// taken and replayed over the importer's result. Tasks are named by a key that survives merges and
// splits: "t<index>" for the importer's tasks, "<key>/<n>" for the n-th part split off a task.
import type { ColumnRole } from './plan.types.ts';

export type TaskKey = string;

/** How a confirmed unit match is kept in the directory: the new name from the plan's start, or an alias. */
export type MatchKeeping = 'rename' | 'alias';

export type ImportDecision =
  /** Read the table again with these column roles (by column index); task decisions start over. */
  | { kind: 'columns'; roles: ColumnRole[] }
  /** A task's lead and co-responsible units, picked by the admin (confirms the split). */
  | { kind: 'units'; key: TaskKey; leadUnits: string[]; responsibleUnits: string[] }
  /** Every inferred split as the importer guessed it. */
  | { kind: 'accept_inferred' }
  /** The task joins the task before it (its text and units follow that task's). */
  | { kind: 'merge'; key: TaskKey }
  /** The task ends before character `at`; the rest becomes a task numbered `seq`. */
  | { kind: 'split'; key: TaskKey; at: number; seq: number }
  /** The line is not a task (left out of the plan) or is one again. */
  | { kind: 'not_task'; key: TaskKey }
  | { kind: 'restore'; key: TaskKey }
  /** A new official number for a task (a duplicated number). */
  | { kind: 'number'; key: TaskKey; seq: number }
  /** A unit of the notice is (or is not) a unit the directory keeps under another name. */
  | { kind: 'unit_match'; name: string; unitId: number | null; keep: MatchKeeping }
  /** A task of the previous year's plan, still open at its end, carried into this plan (or not). */
  | { kind: 'carry'; taskId: number; carry: boolean };

export type ImportDecisionKind = ImportDecision['kind'];

/** A decision as stored: what, when and by whom. */
export interface RecordedDecision {
  decision: ImportDecision;
  at: string;
  by: number | null;
}
