// The importer's one entry point: bytes of a notice in any supported format -> the structured plan.
import type { ImportIssue, ImportResult, PlanFacts, Task, TaskDeadline } from '../core/plan/plan.types.ts';
import type { Source, SourceLine } from './source.types.ts';
import { readTaskDeadline } from './task-deadline.ts';
import type { Item } from './assemble/items.types.ts';
import type { RawTask } from './assemble/structure.ts';
import type { UnitDirectory } from './units/unit-directory.ts';
import type { AssignmentContext } from './assemble/assignment.ts';
import { resolveAssignment } from './assemble/assignment.ts';
import { paragraphsToItems } from './assemble/paragraph-items.ts';
import { buildStructure, issue } from './assemble/structure.ts';
import { tableToItems } from './assemble/table-items.ts';
import { extractIndicators } from './indicators.ts';
import { foldRuleWords } from './traditional-forms.ts';
import { readPlanFacts } from './plan-facts.ts';
import { readOwnPlaces } from './units/own-places.ts';
import { readSource } from './readers/read-source.ts';
import { TOO_LARGE_INFLATED } from './zip/inflate-limits.ts';
import { createUnitDirectory } from './units/unit-directory.ts';
import { wuhuDirectory } from './units/wuhu-directory.ts';
import type { ColumnRole, TableColumn, UnitRecord } from '../core/plan/plan.types.ts';
import { cutMessage, IMPORT_LIMITS, INPUT_CUT, type ImportLimits, WorkBudget } from './work-budget.ts';

export interface ImportInput {
  bytes: Uint8Array;
  fileName?: string;
  mediaType?: string;
  /** The directory to resolve units against; the shipped Wuhu directory by default. */
  directory?: readonly UnitRecord[];
  /** A person's reading of a table's columns, by index; replaces the header's reading. */
  columnRoles?: readonly ColumnRole[];
  /** Milliseconds on a monotonic clock for the work budget's deadline; performance.now by default. */
  clock?: () => number;
  /** The work budget's bounds; IMPORT_LIMITS by default. */
  limits?: ImportLimits;
}

/**
 * Never throws: every problem, down to unreadable bytes, comes back as an issue. Gives up on an input
 * past the work budget (work-budget.ts): it returns what it read with an `input.cut` error.
 */
export async function importNotice(input: ImportInput): Promise<ImportResult> {
  const budget = new WorkBudget(input.limits ?? IMPORT_LIMITS, input.clock ?? (() => performance.now()));
  try {
    const read = await readSource(input, budget);
    const readIssues = read.problems.map((p) => issue(severityOf(p.code), p.code, p.message, p.line, null));
    if (!read.source) return emptyResult(input, readIssues);
    const result = assemble(read.source, input, budget);
    if (read.problems.some((p) => p.code === 'text.cut_character')) markLastCut(result);
    if (budget.cut) reportCut(result, budget, read.source);
    return { ...result, issues: [...readIssues, ...result.issues] };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return emptyResult(input, [issue('error', 'input.unreadable', `无法读取文件:${message}`, null, null)]);
  }
}

/** The bytes end inside a character: whatever the last task holds, it was cut. */
function markLastCut(
  result: ImportResult,
  message = (seq: number) => `文件在第${seq}项中间结束(最后一个字符不完整),该项内容可能不全`,
): void {
  const last = result.tasks.at(-1);
  if (!last || !last.complete) return;
  last.complete = false;
  result.issues.push(issue('error', 'task.truncated', message(last.seq), last.line, last.seq));
}

/** The budget ran out: the input was read up to a line, and the task read last may miss its end. */
function reportCut(result: ImportResult, budget: WorkBudget, source: Source): void {
  const cut = budget.cut;
  if (!cut) return;
  const line = cut.line ?? lastLine(source) + 1;
  const message = cutMessage({ ...cut, line }, budget.limits);
  result.issues.unshift(issue('error', INPUT_CUT, message, line, null));
  markLastCut(result, (seq) => `文件在第${seq}项之后被截断(文件过大或过于复杂),该项内容可能不全`);
}

function lastLine(source: Source): number {
  const last = source.kind === 'table' ? source.rows.at(-1) : source.lines.at(-1);
  return last?.line ?? 0;
}

function severityOf(code: string): ImportIssue['severity'] {
  return code.startsWith('input.') || code === TOO_LARGE_INFLATED ? 'error' : 'warning';
}

/** Source -> result; pure and synchronous once the bytes are read; stops where the budget runs out. */
export function assemble(source: Source, input: ImportInput, budget?: WorkBudget): ImportResult {
  const { preamble, items, described } = readItems(source, input.columnRoles, budget);
  const text = allText(source);
  const facts = readPlanFacts(preamble, text);
  const built = buildStructure(items);
  const directory = createUnitDirectory(input.directory ?? defaultDirectory(facts.plan, preamble));
  const issues: ImportIssue[] = [...facts.issues, ...built.issues];
  const last = built.tasks.at(-1);
  const notice: NoticeRules = {
    plan: facts.plan,
    firstIsLead: FIRST_IS_LEAD.test(foldRuleWords(text.join('\n'))),
    ownPlaces: readOwnPlaces([facts.plan.title ?? '', facts.plan.issuer ?? '', ...text]),
  };
  const read: Task[] = [];
  for (const raw of built.tasks) {
    if (budget && !budget.finish(raw.line)) break;
    read.push(toTask(raw, { directory, issues, notice }, raw === last));
  }
  const explains = explainsAPlan(facts.plan, read);
  const tasks = explains ? [] : read;
  if (explains) issues.push(issue('error', 'plan.interpretation', INTERPRETATION, null, null));
  else issues.push(...checkWhole(tasks, items, facts.plan));
  return {
    plan: facts.plan,
    structure: explains ? [] : built.structure,
    tasks,
    units: directory.records(),
    issues: issues.sort((a, b) => (a.line ?? 0) - (b.line ?? 0)),
    source: { format: source.format, encoding: source.encoding, fileName: input.fileName ?? null },
    ...(described ? { columns: described } : {}),
  };
}

function readItems(source: Source, roles: readonly ColumnRole[] | undefined, budget?: WorkBudget) {
  if (source.kind === 'table') return tableToItems(source.rows, source.preamble, roles, budget);
  return { ...paragraphsToItems(source.lines, budget), described: null as TableColumn[] | null };
}

const INTERPRETATION = '这是对任务分解方案的解读,不是方案本身:其中的编号条目不是任务,请导入方案原文';

/** A 政策解读 that names no unit anywhere explains a plan; its numbered points are not tasks. */
function explainsAPlan(plan: PlanFacts, tasks: Task[]): boolean {
  if (!/解读/u.test(plan.title ?? '')) return false;
  return tasks.every((t) => t.leadUnits.length + t.responsibleUnits.length === 0);
}

/** What the notice says about all its tasks. */
interface NoticeRules {
  plan: PlanFacts;
  /** 列第一位者为牵头单位 (首位单位为牵头单位): in a list with no lead named, the first unit is the lead. */
  firstIsLead: boolean;
  /** The places the notice's governments are named after (宁波, 海曙): units opening with one carry their own place. */
  ownPlaces: readonly string[];
}

const FIRST_IS_LEAD =
  /(?:列|排|位)(?:在)?(?:第一|首)位?的?(?:单位|部门)?(?:者|的)?(?:为|是)(?:工作)?牵头|第一(?:个|家)?(?:单位|部门)为牵头|排名第一的?(?:单位)?为牵头|首位(?:的)?(?:单位|部门)?(?:为|是)(?:工作)?牵头/u;

/** The shipped Wuhu directory serves Wuhu's notices; another government's units stay as written. */
function defaultDirectory(plan: PlanFacts, preamble: SourceLine[]): readonly UnitRecord[] {
  const named = [plan.title, plan.issuer, ...preamble.slice(0, 8).map((l) => l.text)].join('\n');
  return /芜湖/u.test(named) ? wuhuDirectory : [];
}

function allText(source: Source): string[] {
  if (source.kind === 'paragraphs') return source.lines.map((l) => l.text);
  return [...source.preamble.map((l) => l.text), ...source.rows.map((r) => r.cells.join(' '))];
}

interface TaskContext {
  directory: UnitDirectory;
  issues: ImportIssue[];
  notice: NoticeRules;
}

function toTask(raw: RawTask, { directory, issues, notice }: TaskContext, lastOfInput: boolean): Task {
  const context: AssignmentContext = {
    directory,
    issues,
    seq: raw.seq,
    line: raw.line,
    lastOfInput,
    firstIsLead: notice.firstIsLead,
    ownPlaces: notice.ownPlaces,
  };
  const resolved = resolveAssignment(raw.units, context);
  const cutUnit = context.cutUnit ?? null;
  if (cutUnit !== null) {
    const message = `第${raw.seq}项在文件末尾被截断:最后的"${cutUnit}"是半个单位名称,未作为单位`;
    issues.push(issue('error', 'task.truncated', message, raw.line, raw.seq));
  }
  if (resolved.assignment === 'inferred') {
    const message = `第${raw.seq}项的牵头/责任单位分界为推断,需人工确认(${resolved.reason ?? ''})`;
    issues.push(issue('info', 'task.inferred_assignment', message, raw.line, raw.seq));
  }
  return {
    seq: raw.seq,
    path: raw.path,
    text: raw.text,
    leadUnits: resolved.leadUnits,
    responsibleUnits: resolved.responsibleUnits,
    assignment: resolved.assignment,
    complete: raw.complete && cutUnit === null,
    indicators: extractIndicators(raw.text),
    line: raw.line,
    ...(raw.leaderName ? { leaderName: raw.leaderName } : {}),
    ...(raw.label !== undefined ? { label: raw.label } : {}),
    ...optionalDeadline(raw, notice.plan),
    ...(raw.progress ? { progress: raw.progress } : {}),
    ...(raw.milestones?.length ? { milestones: raw.milestones } : {}),
  };
}

function optionalDeadline(raw: RawTask, plan: PlanFacts): { deadline?: TaskDeadline } {
  const deadline = readTaskDeadline(raw.deadline, plan.year, plan.deadline);
  return deadline ? { deadline } : {};
}

function checkWhole(tasks: Task[], items: Item[], plan: PlanFacts): ImportIssue[] {
  const issues: ImportIssue[] = [];
  if (tasks.length === 0) {
    const what = items.length === 0 ? '没有找到任务表' : '找到了表格内容但没有可识别的任务';
    issues.push(issue('error', 'plan.no_tasks', `${what}:这不像一份重点工作任务分解通知`, null, null));
  }
  if (plan.announcedTaskCount !== null && tasks.length > 0 && plan.announcedTaskCount !== tasks.length) {
    const message = `正文说明共${plan.announcedTaskCount}项任务,表中读到${tasks.length}项`;
    issues.push(issue('warning', 'plan.count_mismatch', message, null, null));
  }
  return issues;
}

function emptyResult(input: ImportInput, issues: ImportIssue[]): ImportResult {
  return {
    plan: {
      title: null,
      issuer: null,
      year: null,
      publishedAt: null,
      deadline: null,
      cadence: null,
      hotline: null,
      announcedTaskCount: null,
    },
    structure: [],
    tasks: [],
    units: [],
    issues,
    source: { format: 'text', encoding: null, fileName: input.fileName ?? null },
  };
}
