// Names for the task and unit ids the request lists carry, from the console's matrix.
import type { Matrix } from '../../../api/matrix.ts';

export interface Names {
  task: (taskId: number) => string;
  unit: (unitId: number) => string;
}

export function namesOf(matrix: Matrix): Names {
  const tasks = new Map(matrix.rows.map((row) => [row.task.id, row.task]));
  const units = new Map(matrix.units.map((unit) => [unit.unitId, unit.name]));
  return {
    task: (taskId) => {
      const task = tasks.get(taskId);
      return task ? `第${task.seq}项 ${task.text}` : `任务 ${taskId}`;
    },
    unit: (unitId) => units.get(unitId) ?? `单位 ${unitId}`,
  };
}
