// The decisions an admin takes on an imported notice, and what reviewing them yields.
import type { Assignment, Indicator, TaskMilestone } from './plan.types.ts';

export interface AssignmentConfirmation {
  seq: number;
  leadUnits: string[];
  responsibleUnits: string[];
}

export interface ImportDecisions {
  /** Splits the admin confirmed or edited, by task number (after renumbering). */
  confirmations: readonly AssignmentConfirmation[];
  /** Accept every inferred split as the importer guessed it. */
  acceptInferred: boolean;
  /** Source lines of tasks to leave out (the line where the task starts). */
  exclude: readonly number[];
  /** New numbers for tasks, by source line (to settle a duplicated number). */
  renumber: readonly { line: number; seq: number }[];
}

export const NO_DECISIONS: ImportDecisions = {
  confirmations: [],
  acceptInferred: false,
  exclude: [],
  renumber: [],
};

export interface ReviewedTask {
  /** The task's key in the preview (see import-decision.types.ts). */
  key: string;
  seq: number;
  line: number;
  path: string[];
  text: string;
  complete: boolean;
  indicators: Indicator[];
  leaderName: string | null;
  /** The task's plan for each quarter, as the plan keeps it (task-milestones.ts). */
  milestones: TaskMilestone[];
  certainty: Assignment;
  /** A person confirmed the split (one by one, or all inferred guesses at once). */
  confirmed: boolean;
  /** The split differs from the importer's. */
  edited: boolean;
  leadUnits: string[];
  responsibleUnits: string[];
}

export interface ReviewProblem {
  code: string;
  message: string;
  seq: number | null;
  line: number | null;
  /** Where in the decisions the problem lies, e.g. 'confirmations.2.leadUnits.0'. */
  field: string | null;
  /** The preview task it concerns. */
  key: string | null;
  unit?: string;
}

/** A written unit name -> the name it is known by (import or directory), or null when unknown. */
export type UnitResolver = (written: string) => string | null;

export interface ImportReview {
  tasks: ReviewedTask[];
  problems: ReviewProblem[];
}

export const problem = (code: string, message: string, at: Partial<ReviewProblem> = {}): ReviewProblem => ({
  code,
  message,
  seq: null,
  line: null,
  field: null,
  key: null,
  ...at,
});
