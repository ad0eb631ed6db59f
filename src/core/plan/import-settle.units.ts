// A task's units as the admin picked them: each a known unit (of the notice or the directory) or a
// new one typed as a unit's name, named once, with at least one lead.
import { invalid } from '../errors.ts';
import type { ImportDecision } from './import-decision.types.ts';
import type { SettleContext, TaskUnits } from './import-settle.ts';

export const MAX_UNIT_NAME = 40;

/** A typed name reads as one unit: no list separators, not only digits or punctuation. */
export function isUnitName(name: string): boolean {
  return (
    name.length >= 2 &&
    name.length <= MAX_UNIT_NAME &&
    !/[、,，;；/\n\t]/u.test(name) &&
    /\p{Script=Han}|[A-Za-z]/u.test(name)
  );
}

export function checkTaskUnits(
  decision: Extract<ImportDecision, { kind: 'units' }>,
  ctx: Pick<SettleContext, 'resolveUnit'>,
): TaskUnits {
  const seen = new Set<string>();
  const resolve = (written: string): string => {
    const typed = written.trim();
    const name = ctx.resolveUnit(typed) ?? typed;
    if (!isUnitName(name))
      throw invalid('import_decision.bad_unit_name', `"${typed}"不像一个单位名称`, { unit: typed });
    if (seen.has(name))
      throw invalid('import_decision.repeated_unit', `${name}出现了不止一次`, { unit: name });
    seen.add(name);
    return name;
  };
  if (decision.leadUnits.length === 0)
    throw invalid('import_decision.lead_required', `至少要有一个牵头单位`, { key: decision.key });
  return {
    leadUnits: decision.leadUnits.map(resolve),
    responsibleUnits: decision.responsibleUnits.map(resolve),
  };
}
