// A Word table as a document-sharing site dumps it: every cell run together with no separator at all
// ("序号项目名称…配合单位1增加教育资源供给…。何海平教育局经开区各街道2促进就业…"), page markers
// ("2、") at the start of each page's line, the header repeated on every page. The cells are recovered
// from two signals the text still has: the task numbers, which run 1, 2, 3… and each start right
// after a unit name (or a deadline), and the units themselves, read by the unit grammar after the end of
// a sentence. The header's order says where each row keeps its units: after the task (序号 | 任务 |
// 牵头单位 | 配合单位), before it (序号 | 牵头单位 | 任务 | 责任单位), and whether a deadline follows them
// (序号 | 任务 | 牵头单位 | 完成时限).
import type { SourceLine, SourceRow, TableSource } from '../source.types.ts';
import type { ColumnRole } from '../assemble/columns.ts';
import { findHeader, UNIT_ROLES } from './run-together-header.ts';
import { departmentStemAt } from '../units/department-stems.ts';
import { unitsFrom, WORK_VERB } from './run-together-units.ts';
import { leaderAt, rememberLeaders } from './run-together-leaders.ts';

/** A page marker a sharing site puts at a page's first line: 1、 2、 3、… */
const PAGE_MARKER = /^(\d{1,3})、/u;
/** Stands in for a repeated header inside the stream, so offsets keep their lines. */
const FILLER = '\ue000';
/** What ends a sentence of task text; a unit group may begin right after it. */
const SENTENCE_END = /[。;；!！?？]/u;
/** Characters that make a number a quantity (12个, 5000人), not a task number. */
const MEASURE = /[个人家项年月日万亿千百元米%％名所座条台辆次户套间处期批余多天届场吨亩号.．、]/u;
/** Bounded work: a row longer than this, or a number written this often inside one row, ends the table. */
const MAX_ROW = 8_000;
const MAX_TRIES = 64;

/** A deadline cell as offices write it: 6月底前, 2025年12月底, 全年, 长期坚持, 三季度末, 12月底前完成. */
const DEADLINE =
  /^(?:(?:20\d{2}年)?(?:\d{1,2}(?:月(?:\d{1,2}日)?)(?:份)?(?:底|末|中旬|上旬|下旬|初)?|第?[一二三四1-4]季度(?:末|底)?|[上下]半年|年底|年末|年内|全年|长期坚持|长期|持续推进|持续|常态化|20\d{2}年(?:底|末)?)(?:前)?(?:完成|前完成|开工|动工|建成|投入使用|见效|取得成效)?[、,，至—-]?)+$/u;
const MAX_DEADLINE = 24;

/** Where a row keeps its cells, from the header's order. */
interface Layout {
  /** A leader column between the task's text and the units after it (任务 | 分管领导 | 牵头单位). */
  hasLeader: boolean;
  /** The cells a row opens with before its text, in the header's order (序号 | 责任领导 | 牵头单位 | 任务). */
  opening: ('leader' | 'units')[];
  /** Unit columns written before the task's text (序号 | 牵头单位 | 任务 | …). */
  before: number[];
  /** Unit columns written after it. */
  after: number[];
  /** A deadline column after the last unit column: the row ends with a deadline, not a unit. */
  deadlineAt: number;
}

interface Group {
  start: number;
  end: number;
  leader: string;
  units: string[];
}

/** A table dumped without separators, read back into rows; null when the text is not one. */
export function asRunTogetherTable(lines: SourceLine[], encoding: string | null): TableSource | null {
  const header = findHeader(lines);
  if (!header) return null;
  const markers = pageMarkers(lines);
  const first = lines[header.lineIndex];
  if (!first) return null;
  const headerText = first.text.slice(header.at, header.at + header.length);
  let stream = '';
  const starts: { offset: number; line: number }[] = [];
  for (const [index, line] of lines.entries()) {
    if (index < header.lineIndex) continue;
    const text = index === header.lineIndex ? line.text.slice(header.at + header.length) : line.text;
    starts.push({ offset: stream.length, line: line.line });
    stream += markers.has(index) ? text.replace(PAGE_MARKER, '') : text;
  }
  stream = stream.split(headerText).join(FILLER.repeat(headerText.length));
  if (!/^\d/u.test(stream) || parseTaskNumber(stream, 0, 1) === null) return null;
  let seen = 0;
  const lineAt = (offset: number): number => {
    while ((starts[seen + 1]?.offset ?? Number.POSITIVE_INFINITY) <= offset) seen += 1;
    return starts[seen]?.line ?? first.line;
  };
  const layout = layoutOf(header.roles);
  const leaders = new Set<string>();
  const rows = splitRows(stream, layout).flatMap((row) =>
    toRows(row.number, row.body, header.roles, layout, lineAt(row.offset), leaders),
  );
  if (rows.length === 0) return null;
  const before = first.text.slice(0, header.at);
  const preamble = [
    ...lines.slice(0, header.lineIndex),
    ...(before.trim()
      ? [{ text: markers.has(header.lineIndex) ? before.replace(PAGE_MARKER, '') : before, line: first.line }]
      : []),
  ];
  const headerRow: SourceRow = { cells: header.titles, line: first.line };
  return { kind: 'table', format: 'text', encoding, preamble, rows: [headerRow, ...rows] };
}

function layoutOf(roles: ColumnRole[]): Layout {
  const textAt = roles.indexOf('text');
  const units = roles.map((r, i) => (UNIT_ROLES.has(r) ? i : -1)).filter((i) => i >= 0);
  const lastUnit = units.at(-1) ?? -1;
  const deadlineAt = roles.findIndex((r, i) => r === 'deadline' && i > lastUnit && i > textAt);
  const opening: ('leader' | 'units')[] = [];
  for (const role of roles.slice(0, Math.max(0, textAt))) {
    const cell = role === 'leader' ? 'leader' : UNIT_ROLES.has(role) ? 'units' : null;
    if (cell !== null && opening.at(-1) !== cell) opening.push(cell);
  }
  return {
    hasLeader: roles.some((r, i) => r === 'leader' && i > textAt),
    opening,
    before: units.filter((i) => i < textAt),
    after: units.filter((i) => i > textAt),
    deadlineAt,
  };
}

/** The deadline a row ends with (after its units), or '' when it ends otherwise. */
function trailingDeadline(body: string, from: number): string {
  const rest = body.slice(from);
  return rest.length > 0 && rest.length <= MAX_DEADLINE && DEADLINE.test(rest) ? rest : '';
}

/** Lines opening with 1、 2、 3、… in order: a sharing site's page numbers, not task numbers. */
function pageMarkers(lines: SourceLine[]): Set<number> {
  const found: number[] = [];
  let next = 1;
  for (const [index, line] of lines.entries()) {
    const match = PAGE_MARKER.exec(line.text);
    if (match && Number(match[1]) === next) {
      found.push(index);
      next += 1;
    }
  }
  return new Set(found.length >= 2 ? found : []);
}

/** The task number `expected` written at `at`, as the start of a row; its length, or null. */
function parseTaskNumber(stream: string, at: number, expected: number): number | null {
  const digits = String(expected);
  if (!stream.startsWith(digits, at)) return null;
  if (at > 0 && /\d/u.test(stream.charAt(at - 1))) return null;
  const after = stream.charAt(at + digits.length);
  if (after === '' || /\d/u.test(after) || MEASURE.test(after)) return null;
  return digits.length;
}

/**
 * Rows by their numbers: row n+1 starts where n+1 is written right after a unit group that ends the
 * row before (or right after a repeated header).
 */
function splitRows(stream: string, layout: Layout): { number: number; body: string; offset: number }[] {
  const rows: { number: number; body: string; offset: number }[] = [];
  let number = 1;
  let start = 0;
  let bodyStart = String(number).length;
  for (;;) {
    const nextAt = findNextRow(stream, bodyStart, number + 1, layout);
    // The last row runs to the end, but no task is longer than MAX_ROW: past it is not this table.
    const body = stream
      .slice(bodyStart, nextAt ?? Math.min(stream.length, bodyStart + MAX_ROW))
      .split(FILLER)
      .join('');
    rows.push({ number, body, offset: start });
    if (nextAt === null) return rows;
    number += 1;
    start = nextAt;
    bodyStart = nextAt + String(number).length;
  }
}

function findNextRow(stream: string, from: number, expected: number, layout: Layout): number | null {
  const digits = String(expected);
  let tries = 0;
  for (let at = stream.indexOf(digits, from); at >= 0; at = stream.indexOf(digits, at + 1)) {
    if (at - from > MAX_ROW || tries > MAX_TRIES) return null;
    if (parseTaskNumber(stream, at, expected) === null) continue;
    tries += 1;
    if (stream.charAt(at - 1) === FILLER) return at;
    const body = stream.slice(from, at).split(FILLER).join('');
    if (layout.after.length === 0) {
      if (opensNextRow(stream, at + digits.length, body, layout)) return at;
      continue;
    }
    const groups = findGroups(body, layout);
    const last = groups.at(-1);
    if (last?.end === body.length) return at;
    if (last && layout.deadlineAt >= 0 && trailingDeadline(body, last.end) !== '') return at;
    // A sub-row of text whose units were merged with the row above: the number follows its sentence.
    if (
      last &&
      SENTENCE_END.test(body.charAt(body.length - 1)) &&
      /[\u4e00-\u9fff“"]/u.test(stream.charAt(at + digits.length))
    )
      return at;
  }
  return null;
}

/**
 * With no unit column after the task (序号 | 牵头单位 | 任务 | 完成时限): a row starts where its number is
 * followed by a unit and the row before ends a sentence or with its deadline.
 */
function opensNextRow(stream: string, after: number, body: string, layout: Layout): boolean {
  if (layout.before.length === 0) return false;
  const unitsAt = layout.opening[0] === 'leader' ? leaderAt(stream, after, 'units', new Set()).end : after;
  if (unitsFrom(stream, unitsAt).names.length === 0) return false;
  if (SENTENCE_END.test(body.charAt(body.length - 1))) return true;
  if (layout.deadlineAt < 0) return false;
  for (let cut = Math.max(0, body.length - MAX_DEADLINE); cut < body.length; cut += 1) {
    if (trailingDeadline(body, cut) !== '' && SENTENCE_END.test(body.charAt(cut - 1))) return true;
  }
  return false;
}

/** The unit groups of a row's body, each right after a sentence's end (or at the body's start). */
function findGroups(body: string, layout: Layout): Group[] {
  const groups: Group[] = [];
  let from = 0;
  for (let at = 1; at < body.length; at += 1) {
    if (at < from || !SENTENCE_END.test(body.charAt(at - 1))) continue;
    const group = groupAt(body, at, layout);
    if (!group) continue;
    groups.push(group);
    from = group.end;
  }
  return groups;
}

/**
 * A leader's name (when the table has that column) and the units after it, starting at `at`. Units
 * with no department's stem (各街道, 高新园) count only where the row ends: with them, or with its deadline.
 */
function groupAt(body: string, at: number, layout: Layout): Group | null {
  const tries = layout.hasLeader ? [0, 3, 2] : [0];
  let fallback: Group | null = null;
  for (const skip of tries) {
    const leader = body.slice(at, at + skip);
    if (skip > 0 && (!/^[\u4e00-\u9fff]+$/u.test(leader) || WORK_VERB.test(leader))) continue;
    const units = unitsFrom(body, at + skip);
    if (units.names.length === 0) continue;
    const group = { start: at, end: units.end, leader, units: units.names };
    if (departmentStemAt(units.names[0] ?? '') !== null) return group;
    const closes =
      units.end === body.length || (layout.deadlineAt >= 0 && trailingDeadline(body, units.end) !== '');
    if (skip === 0 && closes) fallback ??= group;
  }
  return fallback;
}

/** One numbered row as table rows: its first part with the number, each further part as a sub-row. */
function toRows(
  number: number,
  whole: string,
  roles: ColumnRole[],
  layout: Layout,
  line: number,
  leaders: Set<string>,
): SourceRow[] {
  const textAt = roles.indexOf('text');
  const leaderColumn = roles.indexOf('leader');
  const rows: SourceRow[] = [];
  // Cells written before the task's text open the row: 1市发改委推进…。 1张伟推进…。
  const opening = openingCells(whole, layout, leaders);
  let body = whole.slice(opening.end);
  let deadline = '';
  if (layout.deadlineAt >= 0) {
    deadline = closingDeadline(body, layout);
    body = body.slice(0, body.length - deadline.length);
  }
  const groups = layout.after.length > 0 ? findGroups(body, layout) : [];
  let from = 0;
  const push = (text: string, group: Group | null): void => {
    const cells = roles.map(() => '');
    cells[0] = rows.length === 0 ? String(number) : '';
    cells[textAt] = text;
    if (rows.length === 0) placeUnits(cells, layout.before, opening.units);
    if (rows.length === 0 && leaderColumn >= 0 && opening.leader !== '') cells[leaderColumn] = opening.leader;
    if (group && layout.hasLeader) cells[leaderColumn] = group.leader;
    if (group) placeUnits(cells, layout.after, group.units);
    if (text !== '' || group || rows.length === 0) rows.push({ cells, line });
  };
  for (const group of groups) {
    push(body.slice(from, group.start), group);
    from = group.end;
  }
  if (from < body.length || rows.length === 0) push(body.slice(from), null);
  const last = rows.at(-1);
  if (last && deadline !== '') last.cells[layout.deadlineAt] = deadline;
  return rows;
}

/** The leader and the units a row writes before its text, read in the header's order. */
function openingCells(
  whole: string,
  layout: Layout,
  leaders: Set<string>,
): { leader: string; units: string[]; end: number } {
  let end = 0;
  let leader = '';
  let units: string[] = [];
  for (const [index, cell] of layout.opening.entries()) {
    if (cell === 'units') {
      const read = unitsFrom(whole, end);
      units = read.names;
      end = read.end;
      continue;
    }
    const next = layout.opening[index + 1] === 'units' ? 'units' : 'text';
    const read = leaderAt(whole, end, next, leaders);
    leader = read.leader;
    end = read.end;
    rememberLeaders(leaders, leader);
  }
  return { leader, units, end };
}

/** The deadline a row's body ends with: after its last unit group, or after its last sentence. */
function closingDeadline(body: string, layout: Layout): string {
  if (layout.after.length > 0) {
    const last = findGroups(body, layout).at(-1);
    return last ? trailingDeadline(body, last.end) : '';
  }
  for (let cut = Math.max(1, body.length - MAX_DEADLINE); cut < body.length; cut += 1) {
    if (!SENTENCE_END.test(body.charAt(cut - 1))) continue;
    const deadline = trailingDeadline(body, cut);
    if (deadline !== '') return deadline;
  }
  return '';
}

/** With two unit columns (牵头 | 配合) the first unit is the lead, the rest the co units. */
function placeUnits(cells: string[], columns: number[], units: string[]): void {
  const [first, second] = columns;
  if (first === undefined) return;
  if (second === undefined || units.length < 2) {
    cells[first] = units.join('、');
    return;
  }
  cells[first] = units[0] ?? '';
  cells[second] = units.slice(1).join('、');
}
