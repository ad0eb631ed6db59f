// The importer's JSON document: the shape `duban import --json` prints and the server previews.
import type { ImportResult } from '../core/plan/plan.types.ts';

export function toPlanDocument(result: ImportResult) {
  return {
    plan: result.plan,
    structure: result.structure,
    tasks: result.tasks.map((task) => ({
      seq: task.seq,
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
      line: task.line,
      ...(task.leaderName ? { leaderName: task.leaderName } : {}),
      ...(task.label !== undefined ? { label: task.label } : {}),
      ...(task.deadline ? { deadline: task.deadline } : {}),
      ...(task.progress ? { progress: task.progress } : {}),
      ...(task.milestones?.length ? { milestones: task.milestones } : {}),
    })),
    units: result.units.map(({ name, kind, aliases, members }) => ({ name, kind, aliases, members })),
    issues: result.issues,
    source: result.source,
  };
}
