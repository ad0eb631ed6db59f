// The notice's units against the directory once the admin has spoken: proposals for the names the
// directory does not hold, the admin's confirmations and rejections, and the units typed in a
// task's picker that neither the notice nor the directory knew.
import { proposeUnitMatch, type UnitMatchProposal } from '../unit/unit-match.ts';
import type { UnitOnDate } from '../unit/unit.types.ts';
import type { MatchKeeping } from './import-decision.types.ts';
import type { ImportUnitMatch } from './import-units.ts';
import { problem, type ReviewProblem } from './import-review.types.ts';
import type { Settlement } from './import-settle.ts';
import type { Task, UnitKind, UnitRecord } from './plan.types.ts';

export interface SettledUnit extends ImportUnitMatch {
  /** The directory unit this name most likely is, when not found by name or alias. */
  proposal: UnitMatchProposal | null;
  /** The admin's answer to the proposal: a unit (confirmed) or null (rejected); undefined: none yet. */
  decision: { unitId: number | null; keep: MatchKeeping } | undefined;
  /** Typed in a task's unit picker. */
  typed: boolean;
}

/** The names the notice's tasks use (the importer's list also holds units no task names). */
export function namedInTasks(tasks: readonly Task[]): Set<string> {
  return new Set(tasks.flatMap((task) => [...task.leadUnits, ...task.responsibleUnits]));
}

/** Proposals for every name the directory does not hold, skipping units the notice names as themselves. */
export function proposeMatches(
  matches: readonly ImportUnitMatch[],
  directory: readonly UnitOnDate[],
  named: ReadonlySet<string>,
) {
  const namedIds = new Set(
    matches.flatMap((m) => (m.unitId === null || !named.has(m.record.name) ? [] : [m.unitId])),
  );
  return new Map(
    matches
      .filter((m) => m.status !== 'known' && named.has(m.record.name))
      .flatMap((m) => {
        const proposal = proposeUnitMatch(m.record.name, directory, namedIds);
        return proposal ? [[m.record.name, proposal] as const] : [];
      }),
  );
}

export function settleUnits(
  matches: readonly ImportUnitMatch[],
  proposals: ReadonlyMap<string, UnitMatchProposal>,
  settlement: Settlement,
  typedNames: readonly string[],
): SettledUnit[] {
  const typed = typedNames.map((name): ImportUnitMatch => ({
    record: typedRecord(name),
    unitId: null,
    status: 'new',
  }));
  return [...matches, ...typed].map((match, i) => {
    const decision = settlement.unitMatches.get(match.record.name);
    const confirmed = decision?.unitId ?? null;
    return {
      ...match,
      ...(confirmed !== null ? { unitId: confirmed, status: 'known' as const } : {}),
      proposal: proposals.get(match.record.name) ?? null,
      decision,
      typed: i >= matches.length,
    };
  });
}

/** Every proposal waits for a yes or a no before the commit. */
export function undecidedMatches(units: readonly SettledUnit[]): ReviewProblem[] {
  return units
    .filter((unit) => unit.proposal !== null && unit.decision === undefined)
    .map((unit) =>
      problem(
        'unit.match_undecided',
        `"${unit.record.name}"可能就是名录中的${unit.proposal?.name ?? ''},请确认或否定`,
        {
          unit: unit.record.name,
        },
      ),
    );
}

/** Names picked for tasks that neither the notice nor the directory knows. */
export function typedUnitNames(settlement: Settlement, known: (name: string) => boolean): string[] {
  const names = [...settlement.units.values()].flatMap((u) => [...u.leadUnits, ...u.responsibleUnits]);
  return [...new Set(names)].filter((name) => !known(name));
}

/** A typed unit's kind from how its name ends. */
export function kindFromName(name: string): UnitKind {
  if (/(管委会|开发区)$/u.test(name)) return 'zone';
  if (/(县|区|市)(人民)?政府$/u.test(name)) return 'county';
  if (/(公司|集团)$/u.test(name)) return 'company';
  if (/专班$/u.test(name)) return 'taskforce';
  return /(局|委|办|厅|院|中心|室)$/u.test(name) ? 'department' : 'unknown';
}

const typedRecord = (name: string): UnitRecord => ({
  name,
  kind: kindFromName(name),
  aliases: [],
  members: [],
});
