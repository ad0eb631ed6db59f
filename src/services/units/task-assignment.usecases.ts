// Moving a task's lead (or a co-responsible share) to another unit from a date. The old row ends,
// a new one starts, the reason is kept; reports already filed stay with the unit that filed them.
import { invalid, notFound } from '../../core/errors.ts';
import { planAssignmentMove, type AssignmentMove, type MoveRole } from '../../core/plan/assignment-move.ts';
import { assertCan } from '../../core/policy/policy.ts';
import type { Actor } from '../../core/policy/policy.types.ts';
import { latestDirectory } from '../../core/unit/directory.ts';
import type { AssignmentRecord } from '../plans/plans.types.ts';
import type { Clock } from '../support/clock.ts';
import type { Repositories, Store } from '../store.ts';
import { actorAccountId, audit, effectiveDate } from './units.support.ts';

interface MoveInput {
  actor: Actor;
  store: Store;
  clock: Clock;
  taskId: number;
  fromUnitId: number;
  toUnitId: number;
  role?: MoveRole;
  effectiveOn?: string;
  reason: string;
}

export async function moveTaskAssignment(
  input: MoveInput,
): Promise<{ ended: AssignmentRecord[]; started: AssignmentRecord }> {
  assertCan(input.actor, 'unit.manage');
  const role = input.role ?? 'lead';
  const effectiveOn = effectiveDate(input.effectiveOn, input.clock);
  const reason = input.reason.trim();
  if (reason === '')
    throw invalid('assignment.reason_required', 'say why the task moves', { field: 'reason' });
  const now = input.clock();
  return input.store.transaction(async (repos) => {
    await assertTaskAndTarget(repos, input);
    const rows = await repos.tasks.findAssignments([input.taskId]);
    const { fromUnitId, toUnitId } = input;
    const move = planAssignmentMove(rows, { fromUnitId, toUnitId, role, effectiveOn });
    const ended = [];
    for (const row of [move.end, ...move.alsoEnd])
      ended.push(await repos.tasks.endAssignment(row.id, effectiveOn));
    const started = await startRow(repos, input, move, { reason, now });
    await audit(repos, input.actor, now, {
      action: 'task.move_assignment',
      entityType: 'task',
      entityId: input.taskId,
      before: { unitId: fromUnitId, role, ended: ended.map((row) => row.id) },
      after: { unitId: toUnitId, role, validFrom: effectiveOn, reason, assignmentId: started.id },
    });
    return { ended, started };
  });
}

async function assertTaskAndTarget(repos: Repositories, input: MoveInput): Promise<void> {
  if (!(await repos.tasks.findById(input.taskId))) {
    throw notFound('task.not_found', `no task ${input.taskId}`, { taskId: input.taskId });
  }
  if (!latestDirectory(await repos.units.loadHistory()).some((u) => u.id === input.toUnitId)) {
    throw notFound('unit.not_found', `no current unit ${input.toUnitId}`, {
      field: 'toUnitId',
      unitId: input.toUnitId,
    });
  }
}

async function startRow(
  repos: Repositories,
  input: MoveInput,
  move: AssignmentMove,
  at: { reason: string; now: Date },
): Promise<AssignmentRecord> {
  const [started] = await repos.tasks.insertAssignments([
    {
      taskId: input.taskId,
      ...move.start,
      source: 'manual',
      reason: at.reason,
      createdAt: at.now,
      createdBy: actorAccountId(input.actor),
    },
  ]);
  if (!started) throw new Error('no assignment row written');
  return started;
}
