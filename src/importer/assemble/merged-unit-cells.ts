// A table flattened one cell per paragraph prints a cell merged down over several rows once, in its
// first row: the rows below it print no unit cell and share the units above them. A cell may also
// print two units run together (文化宣传股文化馆) that the table's other rows print apart.
import type { Labelled } from './columns.ts';
import type { OpenRow } from './paragraph-row.ts';

/** What the rows read so far under one header say about units: the last unit cells and every name. */
export interface UnitCellsAbove {
  labels: Labelled[];
  names: Set<string>;
}

const SEPARATOR = /[、,\uff0c;\uff1b]+/u;
const KEPT_SEPARATOR = /([、,\uff0c;\uff1b]+)/u;
/** Only a name this short is split into known names (a unit's name is never longer). */
const MAX_NAME = 40;

/**
 * The units of the row above, for a row that prints none of its own. Never for the row the input ends
 * in (its cut-off is decided, true or false): the cells it would print next are not known.
 */
export function carryUnitsDown(open: OpenRow, above: UnitCellsAbove | null): Labelled[] {
  if (above === null || open.row.cutOff !== undefined) return [];
  if (open.lead.length + open.responsible.length + open.co.length > 0) return [];
  return above.labels;
}

/** The row's own unit lists with run-together names split, and what the next row may inherit. */
export function rememberUnits(open: OpenRow, above: UnitCellsAbove | null): UnitCellsAbove | null {
  const names = above?.names ?? new Set<string>();
  for (const role of ['lead', 'responsible', 'co'] as const)
    open[role] = open[role].map((list) => splitRunTogether(list, names));
  const labels: Labelled[] = (['lead', 'responsible', 'co'] as const).flatMap((role) =>
    open[role].map((value) => ({ role, value })),
  );
  if (labels.length === 0) return above;
  for (const { value } of labels) for (const name of value.split(SEPARATOR)) if (name !== '') names.add(name);
  return { labels, names };
}

/** 文化宣传股文化馆 -> 文化宣传股、文化馆 when both are names the table printed apart before. */
function splitRunTogether(list: string, names: ReadonlySet<string>): string {
  if (names.size === 0) return list;
  // The separators are kept as written: a shared 各 or level reads differently across 、 and ,.
  return list
    .split(KEPT_SEPARATOR)
    .map((part) =>
      part === '' || SEPARATOR.test(part) || names.has(part)
        ? part
        : (segment(part, names)?.join('、') ?? part),
    )
    .join('');
}

/**
 * The name as known names one after another, the longest first at each point, or null: at least two
 * names, each of two characters or more. A name longer than any unit's is not tried.
 */
function segment(name: string, names: ReadonlySet<string>): string[] | null {
  if (name.length > MAX_NAME) return null;
  const from: (string[] | null)[] = Array.from({ length: name.length + 1 }, () => null);
  from[name.length] = [];
  for (let start = name.length - 2; start >= 0; start -= 1) {
    for (let end = name.length; end >= start + 2; end -= 1) {
      const rest = from[end];
      if (rest === null || rest === undefined || (start === 0 && end === name.length)) continue;
      const head = name.slice(start, end);
      if (names.has(head)) {
        from[start] = [head, ...rest];
        break;
      }
    }
  }
  return from[0] ?? null;
}
