// The plan as its documents print it: the notice's facts, the tree of parts and sections, and every
// task with the units assigned on a date (the plan export, the publication and the summaries).
import type { PlanFacts, StructureNode, Task } from '../../core/plan/plan.types.ts';
import { holdsOn, nameOn } from '../../core/unit/directory.ts';
import type { PlanRecord, StructureNodeRecord } from '../plans/plans.types.ts';
import type { Repositories } from '../store.ts';

export function planFacts(plan: PlanRecord): PlanFacts {
  const { title, issuer, year, publishedAt, deadline, cadence, hotline, announcedTaskCount } = plan;
  return { title, issuer, year, publishedAt, deadline, cadence, hotline, announcedTaskCount };
}

/** The stored nodes back into the notice's tree, each level in the notice's order. */
export function structureTree(records: readonly StructureNodeRecord[]): StructureNode[] {
  const ordered = [...records].sort((a, b) => a.position - b.position || a.id - b.id);
  const nodes = new Map<number, StructureNode>();
  for (const record of ordered) {
    const { kind, number, title, path } = record;
    nodes.set(record.id, { kind, number, title, path: [...path], children: [] });
  }
  const roots: StructureNode[] = [];
  for (const record of ordered) {
    const node = nodes.get(record.id);
    if (!node) continue;
    const parent = record.parentId === null ? undefined : nodes.get(record.parentId);
    (parent ? parent.children : roots).push(node);
  }
  return roots;
}

export async function loadStructure(repos: Repositories, planId: number): Promise<StructureNode[]> {
  return structureTree(await repos.plans.findStructure(planId));
}

/** A task as the documents print it, with the id the filings refer to. */
export type PlanTask = Task & { taskId: number };

/** Every task of the plan, with its indicators and the units assigned on `asOf`, in 序号 order. */
export async function planTasksOn(repos: Repositories, planId: number, asOf: string): Promise<PlanTask[]> {
  const records = await repos.tasks.findByPlan(planId, { asOf });
  const ids = records.map((task) => task.id);
  const [assignments, indicators, history] = await Promise.all([
    repos.tasks.findAssignments(ids),
    repos.tasks.findIndicators(ids),
    repos.units.loadHistory(),
  ]);
  const holding = assignments
    .filter((a) => holdsOn(a, asOf))
    .sort((a, b) => a.position - b.position || a.id - b.id);
  const unitsOf = (taskId: number, role: 'lead' | 'responsible') =>
    holding
      .filter((a) => a.taskId === taskId && a.role === role)
      .map((a) => nameOn(history.versions, a.unitId, asOf));
  return records
    .map((task): PlanTask => ({
      taskId: task.id,
      seq: task.seq,
      path: [...task.path],
      text: task.text,
      leadUnits: unitsOf(task.id, 'lead'),
      responsibleUnits: unitsOf(task.id, 'responsible'),
      assignment: task.assignmentCertainty,
      complete: task.complete,
      indicators: indicators
        .filter((indicator) => indicator.taskId === task.id)
        .sort((a, b) => a.position - b.position)
        .map(({ metric, targetValue, unit, comparator, stretch, raw }) => {
          return { metric, value: targetValue, unit, comparator, stretch, raw };
        }),
      line: task.sourceLine ?? 0,
      milestones: task.milestones,
      ...(task.leaderName === null ? {} : { leaderName: task.leaderName }),
    }))
    .sort((a, b) => a.seq - b.seq);
}
