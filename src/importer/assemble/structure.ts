// Items -> the structure tree and the tasks in it. Task numbers are global; subsection numbers restart.
import type { ImportIssue, StructureNode, TaskMilestone } from '../../core/plan/plan.types.ts';
import type { Item, UnitCells } from './items.types.ts';
import { isBlankCell } from './text-normalise.ts';
import { looksLikeOfficial, looksLikePerson, looksLikeUnit } from '../units/unit-grammar.ts';
import { foldRuleWords } from '../traditional-forms.ts';

type Numbered = Extract<Item, { kind: 'numbered' }>;

/** A task as the layout gives it, before its units are resolved. */
export interface RawTask {
  seq: number;
  path: string[];
  text: string;
  units: UnitCells;
  line: number;
  complete: boolean;
  leaderName?: string;
  /** The number as printed; absent when it is the bare number. */
  label?: string;
  deadline?: string;
  progress?: string;
  milestones?: TaskMilestone[];
}

interface Cursor {
  part: StructureNode | null;
  section: StructureNode | null;
  subsection: StructureNode | null;
  expectedSeq: number;
  seen: Set<number>;
  /** Numbering restarts in every part or section: tasks are then counted through the notice. */
  restarts: boolean;
  /** A part, section or subsection opened since the last task. */
  opened: boolean;
}

export function buildStructure(items: Item[]): {
  structure: StructureNode[];
  tasks: RawTask[];
  issues: ImportIssue[];
} {
  const structure: StructureNode[] = [];
  const tasks: RawTask[] = [];
  const issues: ImportIssue[] = [];
  const at: Cursor = {
    part: null,
    section: null,
    subsection: null,
    expectedSeq: 1,
    seen: new Set(),
    restarts: false,
    opened: false,
  };
  for (const [index, item] of items.entries()) {
    switch (item.kind) {
      case 'part':
        at.part = node('part', item.number, item.title, [item.number]);
        structure.push(at.part);
        at.section = at.subsection = null;
        at.opened = true;
        break;
      case 'section':
        at.section = node('section', item.number, item.title, [...pathOf(at.part), item.number]);
        (at.part?.children ?? structure).push(at.section);
        at.subsection = null;
        at.opened = true;
        break;
      case 'numbered':
        if (isSubsection(item, at, nextNumbered(items, index))) openSubsection(item, at, structure);
        else tasks.push(toTask(item, at, issues, tasks.length + 1));
        break;
      case 'stray':
        issues.push(
          issue('warning', 'text.unrecognised', `无法识别的内容:${clip(item.text)}`, item.line, null),
        );
        break;
    }
  }
  return { structure: prune(structure, tasks), tasks, issues };
}

function nextNumbered(items: Item[], index: number): Numbered | undefined {
  const next = items[index + 1];
  return next?.kind === 'numbered' ? next : undefined;
}

/** Parts and sections that hold no task (the notice's own numbered requirements) are not the plan's. */
function prune(nodes: StructureNode[], tasks: RawTask[], used = usedPaths(tasks)): StructureNode[] {
  return nodes
    .filter((n) => used.has(n.path.join('/')))
    .map((n) => ({ ...n, children: prune(n.children, tasks, used) }));
}

/** Every path prefix a task sits under, computed once per notice rather than once per node. */
function usedPaths(tasks: RawTask[]): Set<string> {
  return new Set(tasks.flatMap((t) => t.path.map((_, i) => t.path.slice(0, i + 1).join('/'))));
}

function node(kind: StructureNode['kind'], number: string, title: string, path: string[]): StructureNode {
  return { kind, number, title, path, children: [] };
}

function pathOf(n: StructureNode | null): string[] {
  return n ? n.path : [];
}

export function hasUnits(units: UnitCells): boolean {
  if (units.mode === 'cells') return units.lead.length + units.responsible.length > 0;
  return units.paragraphs.some((p) => !isBlankCell(p));
}

/**
 * A numbered row without units is a subsection title when the task sequence carries on right after
 * it, or when its number breaks the sequence and the next row does not continue from it.
 */
function isSubsection(item: Numbered, at: Cursor, next: Numbered | undefined): boolean {
  if (hasUnits(item.units) || item.cutOff) return false;
  if (next && next.form !== item.form && hasUnits(next.units)) return true;
  if (at.part === null) return false;
  const nextNumber = next ? next.number : null;
  if (nextNumber === at.expectedSeq) return true;
  if (nextNumber === item.number + 1) return false;
  return item.number !== at.expectedSeq;
}

function openSubsection(item: Numbered, at: Cursor, structure: StructureNode[]): void {
  const parent = at.section ?? at.part;
  const path = [...pathOf(parent), String(item.number)];
  at.subsection = node('subsection', String(item.number), item.text, path);
  (parent?.children ?? structure).push(at.subsection);
  at.opened = true;
}

function toTask(item: Numbered, at: Cursor, issues: ImportIssue[], ordinal: number): RawTask {
  if (item.number === 1 && at.seen.has(1) && at.opened) at.restarts = true;
  if (at.restarts) {
    at.opened = false;
    return { ...readTask(item, at, issues), seq: ordinal };
  }
  checkNumbering(item, at, issues);
  at.opened = false;
  return readTask(item, at, issues);
}

/** A heading that names who leads the tasks under it: 一、县示范区管委会牵头工作(8项). */
const LEAD_HEADING =
  /^(.{2,40}?)(?:牵头|负责|主抓|承办)(?:的)?(?:重点)?(?:工作|任务|事项)(?:任务|清单)?\s*(?:[(（]\s*\d{1,4}\s*项\s*[)）])?$/u;

/** Who the nearest heading above the task names as leading it, split into names; null when none does. */
function headingNames(at: Cursor, fits: (name: string) => boolean): string[] | null {
  for (const heading of [at.subsection, at.section, at.part]) {
    const title = heading?.title.trim() ?? '';
    // Matched on the words folded to simplified (王浩省長牽頭重點工作), the names kept as printed.
    const named = title.slice(0, LEAD_HEADING.exec(foldRuleWords(title))?.[1]?.length ?? 0);
    if (!named) continue;
    const names = named.split(/[、,，]/u).map((name) => name.trim());
    if (names.every(fits)) return names;
  }
  return null;
}

/** The units a heading names as the lead (一、县发改局牵头工作). */
const headingLead = (at: Cursor) => headingNames(at, (name) => looksLikeUnit(name) && !looksLikePerson(name));

/** The people a heading names as leading (一、朱伟县长牵头重点工作): the tasks' leader text. */
const headingLeader = (at: Cursor) =>
  headingNames(at, (name) => looksLikeOfficial(name) || looksLikePerson(name))?.join('、') ?? null;

function readTask(item: Numbered, at: Cursor, issues: ImportIssue[]): RawTask {
  const path = pathOf(at.subsection ?? at.section ?? at.part);
  const complete = !item.cutOff;
  const lead = complete && !hasUnits(item.units) ? headingLead(at) : null;
  if (lead) item = { ...item, units: { mode: 'cells', lead, responsible: [] } };
  const leader = item.leaderName ? null : headingLeader(at);
  if (leader) item = { ...item, leaderName: leader };
  if (!complete) {
    issues.push(
      issue(
        'error',
        'task.truncated',
        `第${item.number}项在文件末尾被截断,未补全其责任单位`,
        item.line,
        item.number,
      ),
    );
  } else if (!hasUnits(item.units)) {
    issues.push(issue('error', 'task.no_units', `第${item.number}项没有责任单位`, item.line, item.number));
  }
  if (item.text === '')
    issues.push(issue('error', 'task.no_text', `第${item.number}项没有任务内容`, item.line, item.number));
  return {
    seq: item.number,
    path,
    text: item.text,
    units: item.units,
    line: item.line,
    complete,
    ...(item.leaderName ? { leaderName: item.leaderName } : {}),
    ...(item.label !== undefined ? { label: item.label } : {}),
    ...(item.deadline ? { deadline: item.deadline } : {}),
    ...(item.progress ? { progress: item.progress } : {}),
    ...(item.milestones?.length ? { milestones: item.milestones } : {}),
  };
}

function checkNumbering(item: Numbered, at: Cursor, issues: ImportIssue[]): void {
  const seq = item.number;
  if (at.seen.has(seq)) {
    issues.push(issue('error', 'task.duplicate_number', `序号${seq}重复出现`, item.line, seq));
  } else if (seq < at.expectedSeq) {
    issues.push(
      issue(
        'warning',
        'task.out_of_order',
        `序号${seq}出现在第${at.expectedSeq - 1}项之后,顺序不对`,
        item.line,
        seq,
      ),
    );
  } else if (seq > at.expectedSeq) {
    const missing = seq - at.expectedSeq === 1 ? `${at.expectedSeq}` : `${at.expectedSeq}–${seq - 1}`;
    issues.push(issue('warning', 'task.number_gap', `缺少序号${missing}`, item.line, seq));
  }
  at.seen.add(seq);
  at.expectedSeq = Math.max(at.expectedSeq, seq + 1);
}

export function issue(
  severity: ImportIssue['severity'],
  code: string,
  message: string,
  line: number | null,
  taskSeq: number | null,
): ImportIssue {
  return { severity, code, message, line, taskSeq };
}

export function clip(text: string, length = 40): string {
  return text.length > length ? `${text.slice(0, length)}…` : text;
}
