// A heading without a number that names who leads every item under it, in a bracket after its title:
// 能源提升工程(分管領導:黃楚平;牽頭部門:省發改委、省能源局)。 followed by the items 1. 2. (1)….
import type { SourceLine } from '../source.types.ts';
import type { Labelled } from './columns.ts';
import { splitTrailingBracket } from './cell-kinds.ts';
import { parseNumbered } from './numbering.ts';
import { isBlankCell } from './text-normalise.ts';

/** A title, not a sentence: a few words without a comma, a colon or a full stop inside. */
const TITLE = /^[^,\uff0c;\uff1b:\uff1a。!?\uff01\uff1f]{2,24}[。.]?$/u;

const GOVERNING_ROLES = new Set<Labelled['role']>(['lead', 'responsible', 'co', 'leader']);

/**
 * The labels of the unnumbered heading at `at` (its units and its leader), when a list numbered from 1
 * follows it; null for any other line. A short line ending in a bracket before the next item of a list
 * running on (…(牵头单位:X) then 2.) gives its units to the item it ends.
 */
export function readGoverningHeading(lines: readonly SourceLine[], at: number): Labelled[] | null {
  const text = (lines[at]?.text ?? '').trim();
  if (text === '' || parseNumbered(text) !== null) return null;
  const bracket = splitTrailingBracket(text);
  if (!bracket || !TITLE.test(bracket.text)) return null;
  const labels = bracket.labels.filter((l) => GOVERNING_ROLES.has(l.role) && l.value !== '');
  if (labels.length === 0) return null;
  return numberedNext(lines, at)?.number === 1 ? labels : null;
}

/**
 * An unnumbered title on its own line (交通提升工程。) right before an item numbered 1: the next part
 * of a notice whose parts carry no number; it ends what the heading before it governed.
 */
export function isUnnumberedPartTitle(lines: readonly SourceLine[], at: number): boolean {
  const text = (lines[at]?.text ?? '').trim();
  if (!TITLE.test(text) || parseNumbered(text) !== null || /[()\uff08\uff09]/u.test(text)) return false;
  return numberedNext(lines, at)?.number === 1;
}

function numberedNext(lines: readonly SourceLine[], at: number) {
  for (let next = at + 1; next < lines.length && next <= at + 3; next += 1) {
    const text = lines[next]?.text ?? '';
    if (!isBlankCell(text)) return parseNumbered(text);
  }
  return null;
}

/** Where reading starts: at a governing heading right before the first item, so that it governs it. */
export function includeGoverningHeading(lines: readonly SourceLine[], start: number): number {
  for (let at = start - 1; at >= 0 && at >= start - 3; at -= 1) {
    if (isBlankCell(lines[at]?.text ?? '')) continue;
    return readGoverningHeading(lines, at) ? at : start;
  }
  return start;
}
