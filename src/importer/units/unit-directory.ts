// The unit directory the notice importer resolves unit mentions against, and the two text rules
// that turn a notice's unit cells into mentions: splitting a cell, and rejoining a unit that the
// flattened notice wrapped over two paragraphs.
import type { UnitRecord } from '../../core/plan/plan.types.ts';
import { looksLikeUnit } from './unit-grammar.ts';

export interface UnitDirectory {
  /** Canonical name of a known unit for a mention (name, alias or normalised form), else null. */
  resolve(mention: string): string | null;
  /** A copy of the known unit a mention names, else null. */
  recordFor(mention: string): UnitRecord | null;
  /** True when the normalised fragment is the start, but not the whole, of a known name or alias. */
  isKnownPrefix(fragment: string): boolean;
  /** Keeps a mention the directory does not know, normalised, as kind 'unknown'; returns its name. */
  addUnknown(mention: string): string;
  /** Copies of the known units in their given order, then the unknowns in the order first met. */
  records(): UnitRecord[];
}

export interface RejoinedCell {
  text: string;
  /** How many paragraphs make up this text: they belong to one cell of the notice's table. */
  parts: number;
}

// Full-width forms are written as escapes so that no editor or formatter can fold them to ASCII.
const OPENING = new Set(['(', '\uff08']);
const CLOSING = new Set([')', '\uff09']);
const SEPARATORS = new Set(['\u3001', ',', '\uff0c', ';', '\uff1b', '/', '\uff0f']);
const WHITESPACE = /\s/u;
const TRAILING_PUNCTUATION = /[\u3001,\uff0c\u3002;\uff1b]+$/u;
const CONTINUES = /[\u3001,\uff0c;\uff1b]$/u;

/** The form keys are compared in: one kind of parenthesis, no spaces, no trailing punctuation. */
export function normaliseUnitName(text: string): string {
  return text
    .replace(/\uff08/gu, '(')
    .replace(/\uff09/gu, ')')
    .replace(/\s+/gu, '')
    .replace(TRAILING_PUNCTUATION, '');
}

/** Splits one cell into unit mentions on 、 , ; / (ASCII or full-width) and whitespace, never inside parentheses. */
export function splitUnitMentions(cell: string): string[] {
  // A notice names the same unit lists over and over (every task of a department): each is split
  // once. The cache is bounded (4,096 lists of at most 300 characters), and callers get their own copy.
  let split = SPLIT_MENTIONS.get(cell);
  if (!split) {
    const guarded = splitOutsideParentheses(cell, true);
    split = (guarded ?? splitOutsideParentheses(cell, false) ?? []).flatMap(splitAtAnd);
    if (SPLIT_MENTIONS.size >= SPLIT_MENTIONS_KEPT) SPLIT_MENTIONS.clear();
    if (cell.length <= SPLIT_MENTIONS_LONGEST) SPLIT_MENTIONS.set(cell, split);
  }
  return [...split];
}

const SPLIT_MENTIONS = new Map<string, readonly string[]>();
const SPLIT_MENTIONS_KEPT = 4096;
const SPLIT_MENTIONS_LONGEST = 300;

/**
 * 市级各有关部门及各县市区政府, 经济投资局和航空口岸局: two units joined by 及 (以及) or 和, when both sides
 * read as units (区发展和改革局 does not: 区发展 is no unit).
 */
function splitAtAnd(mention: string): string[] {
  const parts = mention.split(/(?:以|)及|和/u);
  if (parts.length < 2 || !parts.every((part) => part.length >= 2 && looksLikeUnit(part))) return [mention];
  return parts;
}

/** Null when guarding parentheses and they do not balance: the caller then splits unguarded. */
function splitOutsideParentheses(cell: string, guard: boolean): string[] | null {
  const mentions: string[] = [];
  let current = '';
  let depth = 0;
  const flush = (): void => {
    const mention = current.trim();
    if (mention !== '') mentions.push(mention);
    current = '';
  };
  for (const char of cell) {
    if (guard && OPENING.has(char)) depth += 1;
    if (guard && CLOSING.has(char)) depth -= 1;
    if (depth < 0) return null;
    if (depth === 0 && (SEPARATORS.has(char) || WHITESPACE.test(char))) flush();
    else current += char;
  }
  if (depth !== 0) return null;
  flush();
  return mentions;
}

function copyRecord(record: UnitRecord): UnitRecord {
  return { ...record, aliases: [...record.aliases], members: [...record.members] };
}

/** Each lookup key (exact and normalised) to the canonical name it stands for, plus clashes. */
function indexKeys(records: readonly UnitRecord[]): { keys: Map<string, string>; clashes: string[] } {
  const keys = new Map<string, string>();
  const clashes: string[] = [];
  for (const record of records) {
    for (const written of [record.name, ...record.aliases]) {
      for (const key of new Set([written, normaliseUnitName(written)])) {
        const owner = keys.get(key);
        if (owner !== undefined && owner !== record.name) {
          clashes.push(`"${key}" names both ${owner} and ${record.name}`);
        } else keys.set(key, record.name);
      }
    }
  }
  return { keys, clashes };
}

/** What makes a set of records unusable as a directory; empty when it is sound. */
export function findDirectoryProblems(records: readonly UnitRecord[]): string[] {
  const { keys, clashes } = indexKeys(records);
  const problems = [...clashes];
  for (const record of records) {
    if (normaliseUnitName(record.name) === '') problems.push('a unit has an empty name');
    if (record.kind !== 'group' && record.members.length > 0) {
      problems.push(`${record.name} has members but is not a group`);
    }
    for (const member of record.members) {
      if (keys.get(member) !== member) problems.push(`${record.name} lists ${member}, not a unit's name`);
    }
  }
  return problems;
}

/** Builds a directory over copies of the records: the records given are never changed. */
export function createUnitDirectory(records: readonly UnitRecord[]): UnitDirectory {
  const problems = findDirectoryProblems(records);
  if (problems.length > 0) throw new Error(`Unit directory is not sound: ${problems.join('; ')}`);
  const known = records.map(copyRecord);
  const byName = new Map(known.map((record) => [record.name, record]));
  const { keys } = indexKeys(known);
  const prefixes = new Set<string>();
  for (const key of keys.keys()) {
    const normal = normaliseUnitName(key);
    for (let end = 1; end < normal.length; end += 1) prefixes.add(normal.slice(0, end));
  }
  const unknowns = new Map<string, UnitRecord>();

  const resolve = (mention: string): string | null =>
    keys.get(mention) ?? keys.get(normaliseUnitName(mention)) ?? null;

  return {
    resolve,
    recordFor(mention) {
      const name = resolve(mention);
      const record = name === null ? undefined : byName.get(name);
      return record === undefined ? null : copyRecord(record);
    },
    isKnownPrefix: (fragment) => prefixes.has(normaliseUnitName(fragment)),
    addUnknown(mention) {
      const name = resolve(mention);
      if (name !== null) return name;
      const written = normaliseUnitName(mention);
      if (written === '') throw new Error('An empty mention cannot be kept as a unit');
      if (!unknowns.has(written)) {
        unknowns.set(written, { name: written, kind: 'unknown', aliases: [], members: [] });
      }
      return written;
    },
    records: () => [...known, ...unknowns.values()].map(copyRecord),
  };
}

/**
 * Rejoins the unit paragraphs of one task (in order, empty-cell paragraphs already removed) where
 * the flattened notice wrapped one cell over several paragraphs: the text ends with a separator
 * (各县市区政府、 + 开发区管委会), the next paragraph opens a parenthesis (市住建局 + (市人民城建办)),
 * or the two halves name a known unit together but not both alone (国家金融监管 + 总局芜湖分局).
 */
export function rejoinWrappedUnits(paragraphs: readonly string[], directory: UnitDirectory): RejoinedCell[] {
  const cells: RejoinedCell[] = [];
  let index = 0;
  while (index < paragraphs.length) {
    let text = (paragraphs[index] ?? '').trim();
    let parts = 1;
    let next = paragraphs[index + parts];
    while (next !== undefined && continuesInto(text, next.trim(), directory)) {
      text += next.trim();
      parts += 1;
      next = paragraphs[index + parts];
    }
    cells.push({ text, parts });
    index += parts;
  }
  return cells;
}

function continuesInto(text: string, next: string, directory: UnitDirectory): boolean {
  if (text === '' || next === '') return false;
  if (CONTINUES.test(text)) return true;
  if (OPENING.has(next.charAt(0))) return true;
  const last = splitUnitMentions(text).at(-1);
  if (last === undefined || !directory.isKnownPrefix(last)) return false;
  const bothKnown = directory.resolve(last) !== null && directory.resolve(next) !== null;
  return !bothKnown && directory.resolve(last + next) !== null;
}
