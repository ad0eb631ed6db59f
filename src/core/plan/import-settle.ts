// The admin's decisions replayed over the importer's tasks: merges and splits reshape the list,
// the rest is remembered by task key. Each decision is checked against the state before it, so
// a stored list always replays; a bad one is refused with a stable code.
import { invalid } from '../errors.ts';
import type { ImportDecision, MatchKeeping, TaskKey } from './import-decision.types.ts';
import type { Task } from './plan.types.ts';
import { checkTaskUnits } from './import-settle.units.ts';
import { joinedMilestones } from './task-milestones.ts';

export interface KeyedTask extends Task {
  key: TaskKey;
  /** Split off another task: the importer's issues of its line are not its own. */
  splitPart: boolean;
  /** Keys of the tasks merged into this one. */
  merged: TaskKey[];
}

export interface TaskUnits {
  leadUnits: string[];
  responsibleUnits: string[];
}

export interface Settlement {
  tasks: KeyedTask[];
  notTasks: ReadonlySet<TaskKey>;
  units: ReadonlyMap<TaskKey, TaskUnits>;
  numbers: ReadonlyMap<TaskKey, number>;
  acceptInferred: boolean;
  /** Notice unit name -> the directory unit it is (null: rejected, a unit of its own). */
  unitMatches: ReadonlyMap<string, { unitId: number | null; keep: MatchKeeping }>;
  carried: ReadonlySet<number>;
}

/** What a decision is checked against besides the tasks. */
export interface SettleContext {
  /** A written name -> the known name (import or directory), else null. */
  resolveUnit: (written: string) => string | null;
  /** Names of the notice's units a directory unit may stand for (not matched by name or alias). */
  matchable: ReadonlySet<string>;
  /** Directory units by id, with whether the notice itself names them. */
  directoryUnits: ReadonlyMap<number, { namedInNotice: boolean }>;
  /** Previous year's tasks that may be carried over. */
  carryable: ReadonlySet<number>;
}

export const MAX_SEQ = 99_999;

export function initialSettlement(tasks: readonly Task[]): Settlement {
  return {
    tasks: tasks.map((task, i) => ({ ...task, key: `t${i}`, splitPart: false, merged: [] })),
    notTasks: new Set(),
    units: new Map(),
    numbers: new Map(),
    acceptInferred: false,
    unitMatches: new Map(),
    carried: new Set(),
  };
}

/** Replays stored decisions; they were checked when taken. */
export function settle(tasks: readonly Task[], decisions: readonly ImportDecision[], ctx: SettleContext) {
  return decisions.reduce(
    (state, decision, index) => applyDecision(state, decision, index, ctx),
    initialSettlement(tasks),
  );
}

export function applyDecision(
  state: Settlement,
  decision: ImportDecision,
  index: number,
  ctx: SettleContext,
): Settlement {
  switch (decision.kind) {
    case 'columns':
      return state;
    case 'accept_inferred':
      return { ...state, acceptInferred: true };
    case 'units':
      taskAt(state, decision.key);
      return { ...state, units: withEntry(state.units, decision.key, checkTaskUnits(decision, ctx)) };
    case 'not_task':
      if (state.notTasks.has(taskAt(state, decision.key).key))
        throw invalid('import_decision.already_not_task', `已标记为非任务`, { key: decision.key });
      return { ...state, notTasks: new Set([...state.notTasks, decision.key]) };
    case 'restore':
      if (!state.notTasks.has(taskAt(state, decision.key).key))
        throw invalid('import_decision.not_excluded', `该行没有标记为非任务`, { key: decision.key });
      return { ...state, notTasks: new Set([...state.notTasks].filter((k) => k !== decision.key)) };
    case 'number':
      taskAt(state, decision.key);
      return { ...state, numbers: withEntry(state.numbers, decision.key, checkSeq(decision.seq)) };
    case 'merge':
      return mergeIntoPrevious(state, decision.key);
    case 'split':
      return splitTask(state, decision, `${decision.key}/${index}`);
    case 'unit_match':
      return matchUnit(state, decision, ctx);
    case 'carry':
      if (!ctx.carryable.has(decision.taskId))
        throw invalid('import_decision.not_carryable', `该任务不能延续到新年度`, { taskId: decision.taskId });
      return {
        ...state,
        carried: new Set(
          decision.carry
            ? [...state.carried, decision.taskId]
            : [...state.carried].filter((id) => id !== decision.taskId),
        ),
      };
  }
}

function taskAt(state: Settlement, key: TaskKey): KeyedTask {
  const task = state.tasks.find((t) => t.key === key);
  if (!task) throw invalid('import_decision.unknown_task', `没有这项任务`, { key });
  return task;
}

function withEntry<V>(map: ReadonlyMap<TaskKey, V>, key: TaskKey, value: V): Map<TaskKey, V> {
  return new Map([...map, [key, value]]);
}

function checkSeq(seq: number): number {
  if (!Number.isInteger(seq) || seq < 1 || seq > MAX_SEQ)
    throw invalid('import_decision.bad_number', `序号应为1至${MAX_SEQ}之间的整数`, { seq });
  return seq;
}

/** Forgets what was decided about tasks that no longer exist. */
function without(state: Settlement, key: TaskKey): Settlement {
  const drop = <V>(map: ReadonlyMap<TaskKey, V>) => new Map([...map].filter(([k]) => k !== key));
  return { ...state, units: drop(state.units), numbers: drop(state.numbers) };
}

function mergeIntoPrevious(state: Settlement, key: TaskKey): Settlement {
  const task = taskAt(state, key);
  const index = state.tasks.indexOf(task);
  const previous = state.tasks[index - 1];
  if (!previous) throw invalid('import_decision.nothing_before', `第一项任务前面没有可合并的任务`, { key });
  if (state.notTasks.has(key) || state.notTasks.has(previous.key))
    throw invalid('import_decision.merge_not_task', `标记为非任务的行不能合并,请先恢复`, { key });
  const union = (a: string[], b: string[]) => [...new Set([...a, ...b])];
  const leadUnits = union(previous.leadUnits, task.leadUnits);
  const merged: KeyedTask = {
    ...previous,
    text: previous.text + task.text,
    leadUnits,
    responsibleUnits: union(previous.responsibleUnits, task.responsibleUnits).filter(
      (unit) => !leadUnits.includes(unit),
    ),
    assignment: previous.assignment === 'inferred' || task.assignment === 'inferred' ? 'inferred' : 'certain',
    complete: previous.complete && task.complete,
    indicators: [...previous.indicators, ...task.indicators],
    merged: [...previous.merged, key, ...task.merged],
    milestones: joinedMilestones(previous.milestones, task.milestones),
    ...((previous.leaderName ?? task.leaderName)
      ? { leaderName: previous.leaderName ?? task.leaderName }
      : {}),
  };
  const tasks = state.tasks.flatMap((t) => (t === previous ? [merged] : t === task ? [] : [t]));
  return without({ ...state, tasks }, key);
}

/** A number written where the second task starts ("4." "(4)" "④" aside) goes into its 序号. */
const LEADING_NUMBER = /^\s*(?:[(（]\s*\d{1,4}\s*[)）]|\d{1,4}\s*[.、．])\s*/u;

function splitTask(
  state: Settlement,
  decision: Extract<ImportDecision, { kind: 'split' }>,
  newKey: TaskKey,
): Settlement {
  const task = taskAt(state, decision.key);
  const head = task.text.slice(0, decision.at).trim();
  const tail = task.text.slice(decision.at).replace(LEADING_NUMBER, '').trim();
  if (!Number.isInteger(decision.at) || head === '' || tail === '')
    throw invalid('import_decision.split_outside', `拆分位置应在任务文字中间`, { key: decision.key });
  const seq = checkSeq(decision.seq);
  const inText = (text: string) => task.indicators.filter((indicator) => text.includes(indicator.raw));
  const first: KeyedTask = { ...task, text: head, complete: true, indicators: inText(head) };
  const second: KeyedTask = {
    ...task,
    key: newKey,
    seq,
    text: tail,
    indicators: inText(tail),
    splitPart: true,
    merged: [],
  };
  const tasks = state.tasks.flatMap((t) => (t === task ? [first, second] : [t]));
  return { ...state, tasks };
}

function matchUnit(
  state: Settlement,
  decision: Extract<ImportDecision, { kind: 'unit_match' }>,
  ctx: SettleContext,
): Settlement {
  const { name, unitId, keep } = decision;
  if (!ctx.matchable.has(name))
    throw invalid('import_decision.unit_not_matchable', `"${name}"不是通知中待对应的单位`, { name });
  if (unitId !== null) {
    const unit = ctx.directoryUnits.get(unitId);
    if (!unit) throw invalid('import_decision.unknown_directory_unit', `单位名录中没有该单位`, { unitId });
    if (keep === 'rename' && unit.namedInNotice)
      throw invalid('import_decision.rename_named_unit', `通知中仍使用该单位的现名,只能记为别名`, { name });
    const renamedBy = [...state.unitMatches].find(
      ([other, match]) => other !== name && match.unitId === unitId && match.keep === 'rename',
    );
    if (keep === 'rename' && renamedBy)
      throw invalid('import_decision.unit_already_renamed', `该单位已对应为"${renamedBy[0]}"的改名`, {
        name,
      });
  }
  return { ...state, unitMatches: new Map([...state.unitMatches, [name, { unitId, keep }]]) };
}
