// An import preview -> the API's preview: the notice's facts, flattened structure, the table's
// columns, tasks with what was decided about them, units with proposed directory matches, the
// previous year's open tasks, the importer's issues and what must be settled before the commit.
import type { z } from 'zod';
import type { StructureNode } from '../../core/plan/plan.types.ts';
import { keptMilestones } from '../../core/plan/task-milestones.ts';
import type { PlanImportPreview, PreviewTask } from '../../services/plans/plan-import.usecases.ts';
import type { PreviewSchema } from '../../contracts/plan-import.schema.ts';

type Preview = z.output<typeof PreviewSchema>;

function flatten(
  nodes: readonly StructureNode[],
): { kind: string; number: string; title: string; path: string[] }[] {
  return nodes.flatMap(({ kind, number, title, path, children }) => [
    { kind, number, title, path },
    ...flatten(children),
  ]);
}

function presentTask({ task, reviewed, excluded }: PreviewTask): Preview['tasks'][number] {
  return {
    key: task.key,
    seq: reviewed?.seq ?? task.seq,
    line: task.line,
    path: task.path,
    text: task.text,
    leadUnits: reviewed?.leadUnits ?? task.leadUnits,
    responsibleUnits: reviewed?.responsibleUnits ?? task.responsibleUnits,
    assignment: task.assignment,
    complete: task.complete,
    indicators: task.indicators.map(({ metric, value, unit, comparator, stretch, raw }) => ({
      metric,
      value,
      unit,
      comparator,
      stretch,
      raw,
    })),
    leaderName: task.leaderName ?? null,
    deadline: task.deadline?.text ?? null,
    // As the commit will store them (core/plan/task-milestones.ts).
    milestones: keptMilestones(task.milestones),
    importedLeadUnits: task.leadUnits,
    importedResponsibleUnits: task.responsibleUnits,
    confirmed: reviewed?.confirmed ?? false,
    edited: reviewed?.edited ?? false,
    excluded,
    splitPart: task.splitPart,
    merged: task.merged,
  };
}

export function presentPreview(preview: PlanImportPreview): Preview {
  const { result } = preview;
  const kept = preview.tasks.filter((t) => !t.excluded);
  const inferred = kept.filter((t) => t.task.assignment === 'inferred').length;
  const carried = new Set(preview.carried);
  return {
    id: preview.id,
    fileName: preview.fileName,
    expiresAt: preview.expiresAt.toISOString(),
    source: result.source,
    plan: { ...result.plan, level: result.plan.level ?? null },
    yearTaken: preview.yearTaken,
    counts: { tasks: kept.length, certain: kept.length - inferred, inferred },
    structure: flatten(result.structure),
    columns: result.columns ?? [],
    columnRoles: preview.columnRoles,
    pending: preview.pending,
    tasks: preview.tasks.map(presentTask),
    units: preview.units.map(({ record, unitId, status, proposal, decision, typed }) => ({
      name: record.name,
      kind: record.kind,
      aliases: record.aliases,
      members: record.members,
      status,
      unitId,
      proposal,
      decision: decision ?? null,
      typed,
    })),
    carryCandidates: preview.carryCandidates.map((c) => ({ ...c, carried: carried.has(c.taskId) })),
    decisions: preview.decisions.map(({ decision, at, by }) => ({ decision: { ...decision }, at, by })),
    issues: result.issues,
    problems: preview.problems,
  };
}
