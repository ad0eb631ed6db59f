// The task's units as the notice names them: groups (各县市区政府) stay one name, with their members.
import type { TaskPeriodView } from '../../../api/reports.types.ts';

export interface NamedUnits {
  lead: string[];
  responsible: string[];
}

export function namedUnits(units: TaskPeriodView['units']): NamedUnits {
  const named = (role: 'lead' | 'responsible') => {
    const names: string[] = [];
    const groups = new Map<string, string[]>();
    for (const unit of units.filter((u) => u.role === role)) {
      if (!unit.viaGroup) names.push(unit.name);
      else groups.set(unit.viaGroup.name, [...(groups.get(unit.viaGroup.name) ?? []), unit.name]);
    }
    for (const [group, members] of groups) names.push(`${group}(${members.join('、')})`);
    return names;
  };
  return { lead: named('lead'), responsible: named('responsible') };
}

/** '二、(一) 1' style headings for a task's path, with titles where the plan has them. */
export function sectionTitles(
  path: readonly string[],
  structure: readonly { path: string[]; kind: string; number: string; title: string }[],
): string[] {
  return path.map((_, depth) => {
    const prefix = path.slice(0, depth + 1);
    const node = structure.find((n) => n.path.join('.') === prefix.join('.'));
    if (!node) return prefix.at(-1) ?? '';
    if (node.kind === 'part') return `${node.number}、${node.title}`;
    if (node.kind === 'section') return `(${node.number})${node.title}`;
    return `${node.number}. ${node.title}`;
  });
}
