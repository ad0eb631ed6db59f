// An import preview -> the API's preview: the notice's facts, flattened structure, tasks, units
// marked known/new/unknown, the importer's issues and what must be settled before the commit.
import type { z } from 'zod';
import type { StructureNode } from '../../core/plan/plan.types.ts';
import type { PlanImportPreview } from '../../services/plans/plan-import.usecases.ts';
import type { PreviewSchema } from '../schemas/plan-import.schema.ts';

function flatten(
  nodes: readonly StructureNode[],
): { kind: string; number: string; title: string; path: string[] }[] {
  return nodes.flatMap(({ kind, number, title, path, children }) => [
    { kind, number, title, path },
    ...flatten(children),
  ]);
}

export function presentPreview(preview: PlanImportPreview): z.output<typeof PreviewSchema> {
  const { result } = preview;
  const inferred = result.tasks.filter((task) => task.assignment === 'inferred').length;
  return {
    id: preview.id,
    fileName: preview.fileName,
    expiresAt: preview.expiresAt.toISOString(),
    source: result.source,
    plan: result.plan,
    yearTaken: preview.yearTaken,
    counts: { tasks: result.tasks.length, certain: result.tasks.length - inferred, inferred },
    structure: flatten(result.structure),
    tasks: result.tasks.map((task) => ({
      seq: task.seq,
      line: task.line,
      path: task.path,
      text: task.text,
      leadUnits: task.leadUnits,
      responsibleUnits: task.responsibleUnits,
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
    })),
    units: preview.units.map(({ record, unitId, status }) => ({
      name: record.name,
      kind: record.kind,
      aliases: record.aliases,
      members: record.members,
      status,
      unitId,
    })),
    issues: result.issues,
    problems: preview.problems,
  };
}
