// Confirmed or edited lead/co splits: each name a known unit, named once, with at least one lead.
import type { Task } from './plan.types.ts';
import {
  problem,
  type AssignmentConfirmation,
  type ReviewProblem,
  type UnitResolver,
} from './import-review.types.ts';

export interface ResolvedConfirmation {
  leadUnits: string[];
  responsibleUnits: string[];
}

export function indexConfirmations(
  confirmations: readonly AssignmentConfirmation[],
  tasks: readonly Task[],
  resolveUnit: UnitResolver,
  problems: ReviewProblem[],
): Map<number, ResolvedConfirmation> {
  const seqs = new Set(tasks.map((task) => task.seq));
  const result = new Map<number, ResolvedConfirmation>();
  confirmations.forEach((confirmation, i) => {
    const { seq } = confirmation;
    const field = `confirmations.${i}`;
    if (!seqs.has(seq))
      problems.push(problem('confirmation.unknown_task', `没有第${seq}项任务`, { seq, field }));
    else if (result.has(seq))
      problems.push(problem('confirmation.duplicate', `第${seq}项确认了两次`, { seq, field }));
    else result.set(seq, resolveConfirmation(confirmation, field, resolveUnit, problems));
  });
  return result;
}

/** Each name must be a known unit, named once across lead and co-responsible; lead not empty. */
function resolveConfirmation(
  confirmation: AssignmentConfirmation,
  field: string,
  resolveUnit: UnitResolver,
  problems: ReviewProblem[],
): ResolvedConfirmation {
  const { seq } = confirmation;
  const seen = new Set<string>();
  const resolveAll = (names: readonly string[], key: 'leadUnits' | 'responsibleUnits'): string[] =>
    names.flatMap((written, j) => {
      const at = { seq, field: `${field}.${key}.${j}`, unit: written };
      const name = resolveUnit(written);
      if (name === null) {
        problems.push(problem('confirmation.unknown_unit', `第${seq}项:"${written}"不是已知单位`, at));
        return [];
      }
      if (seen.has(name)) {
        problems.push(problem('confirmation.repeated_unit', `第${seq}项:${name}出现了不止一次`, at));
        return [];
      }
      seen.add(name);
      return [name];
    });
  const leadUnits = resolveAll(confirmation.leadUnits, 'leadUnits');
  const responsibleUnits = resolveAll(confirmation.responsibleUnits, 'responsibleUnits');
  if (confirmation.leadUnits.length === 0) {
    problems.push(
      problem('confirmation.lead_required', `第${seq}项至少要有一个牵头单位`, {
        seq,
        field: `${field}.leadUnits`,
      }),
    );
  }
  return { leadUnits, responsibleUnits };
}
