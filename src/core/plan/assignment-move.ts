// Moving a task's lead (or a co-responsible share) from one unit to another from a date: the
// current row ends the day before that date (valid_to is exclusive) and a new row starts on it.
// Reports already filed stay with the unit that filed them.
import { conflict, invalid, notFound } from '../errors.ts';
import { holdsOn } from '../unit/directory.ts';

export type MoveRole = 'lead' | 'responsible';

export interface AssignmentRow {
  id: number;
  unitId: number;
  role: MoveRole;
  position: number;
  validFrom: string;
  validTo: string | null;
}

export interface AssignmentMove {
  /** The row that ends on `effectiveOn`. */
  end: AssignmentRow;
  /** The new row: the target unit from `effectiveOn` until the old row's end. */
  start: { unitId: number; role: MoveRole; position: number; validFrom: string; validTo: string | null };
  /** The target's co-responsible row, ended too when it takes the lead (it cannot hold both). */
  alsoEnd: AssignmentRow[];
}

export function planAssignmentMove(
  rows: readonly AssignmentRow[],
  move: { fromUnitId: number; toUnitId: number; role: MoveRole; effectiveOn: string },
): AssignmentMove {
  const { fromUnitId, toUnitId, role, effectiveOn } = move;
  if (fromUnitId === toUnitId) {
    throw invalid('assignment.same_unit', 'the task already sits with that unit', { field: 'toUnitId' });
  }
  const current = currentRow(rows, move);
  assertTargetFree(rows, move);
  const alsoEnd =
    role === 'lead'
      ? rows.filter((r) => r.unitId === toUnitId && r.role === 'responsible' && holdsOn(r, effectiveOn))
      : [];
  return {
    end: current,
    start: {
      unitId: toUnitId,
      role,
      position: current.position,
      validFrom: effectiveOn,
      validTo: current.validTo,
    },
    alsoEnd,
  };
}

type Move = { fromUnitId: number; toUnitId: number; role: MoveRole; effectiveOn: string };

function currentRow(rows: readonly AssignmentRow[], move: Move): AssignmentRow {
  const { fromUnitId, role, effectiveOn } = move;
  const current = rows.find((r) => r.unitId === fromUnitId && r.role === role && holdsOn(r, effectiveOn));
  if (!current) {
    throw notFound(
      'assignment.not_found',
      `unit ${fromUnitId} is not ${role} of the task on ${effectiveOn}`,
      {
        field: 'fromUnitId',
        unitId: fromUnitId,
        role,
      },
    );
  }
  return current;
}

/** The target may not already hold the role on that date or from a later one. */
function assertTargetFree(rows: readonly AssignmentRow[], move: Move): void {
  const { toUnitId, role, effectiveOn } = move;
  const taken = rows.some(
    (r) => r.unitId === toUnitId && r.role === role && (holdsOn(r, effectiveOn) || r.validFrom > effectiveOn),
  );
  if (taken) {
    throw conflict('assignment.exists', `unit ${toUnitId} is already ${role} of the task`, {
      field: 'toUnitId',
      unitId: toUnitId,
      role,
    });
  }
}
