// The structured plan: what a key-task decomposition notice says, as data.
import { namedCodes } from '../named-codes.ts';

/** Reporting cadence named in the notice (按季度 -> quarterly). */
export type Cadence = 'quarterly' | 'monthly' | 'half-yearly' | 'yearly';

export interface PlanFacts {
  title: string | null;
  issuer: string | null;
  year: number | null;
  /** ISO date (YYYY-MM-DD) from 发布时间. */
  publishedAt: string | null;
  /** ISO date (YYYY-MM-DD) from 完成时限 (2024年底 -> 2024-12-31). */
  deadline: string | null;
  cadence: Cadence | null;
  /** 监督电话 as printed. */
  hotline: string | null;
  /** The task count the notice's body announces (确定了220项重点工作任务). */
  announcedTaskCount: number | null;
  /** The issuing government's level, from the issuer or the title (蔡甸区人民政府 -> district). */
  level?: PlanLevel | null;
}

export type PlanLevel = 'province' | 'city' | 'county' | 'district' | 'zone';

/** A task's own deadline: as written, and as a date where it names one (全年 -> the plan's end). */
export interface TaskDeadline {
  text: string;
  /** ISO date (YYYY-MM-DD), or null when the text names no date (e.g. 按进度). */
  iso: string | null;
}

export type StructureKind = 'part' | 'section' | 'subsection';

export interface StructureNode {
  kind: StructureKind;
  /** The official number as printed: 二 for a part, 一 for a section, 1 for a subsection. */
  number: string;
  title: string;
  /** Numbers from the part down to this node, e.g. ["二","一","1"]. */
  path: string[];
  children: StructureNode[];
}

/** certain: the source's layout proves the lead/co split; inferred: a person must confirm it. */
export type Assignment = 'certain' | 'inferred';

export interface Task {
  /** The official task number (序号), global across the plan. */
  seq: number;
  /** Part, section and subsection numbers of the task's place in the structure. */
  path: string[];
  text: string;
  /** Canonical unit names of 牵头责任单位. */
  leadUnits: string[];
  /** Canonical unit names of 责任单位 (co-responsible units). */
  responsibleUnits: string[];
  assignment: Assignment;
  /** false when the input ended in the middle of this task. */
  complete: boolean;
  indicators: Indicator[];
  /** 1-based line (or row) in the source where the task starts. */
  line: number;
  /** A person named beside the task (分管市领导), kept as text: a person is never a unit. */
  leaderName?: string;
  /** The task number as printed ("1." "(一)" "①"); seq counts through when the notice restarts. */
  label?: string;
  /** 完成时限 / 时间节点 given for this task. */
  deadline?: TaskDeadline;
  /** 进展情况 as written in the notice. */
  progress?: string;
  /**
   * What the task should reach by the end of each quarter, as the notice's schedule writes it
   * (进度安排 / 时间节点 over 第一季度…第四季度, or columns titled 一季度…四季度); in quarter order, only
   * the quarters the notice fills.
   */
  milestones?: TaskMilestone[];
}

/** A quarter of the plan's year. */
export type Quarter = 1 | 2 | 3 | 4;

/** A task's planned milestone for one quarter (一季度: 完成选址), as written. */
export interface TaskMilestone {
  quarter: Quarter;
  text: string;
}

export type Comparator = 'ge' | 'gt' | 'approx' | 'le' | 'lt' | 'eq';

export interface Indicator {
  metric: string;
  /** Target value in base units: 100亿元 -> 1e10 with unit 元. */
  value: number;
  /** Unit of measure after scaling: %, 元, 家, 个, 人次, 标箱, 平方米… */
  unit: string;
  comparator: Comparator;
  /** 力争 / 争取: a stretch target. */
  stretch: boolean;
  /** The phrase as written. */
  raw: string;
}

export type UnitKind =
  | 'department'
  | 'county'
  | 'zone'
  | 'company'
  | 'central'
  | 'organisation'
  | 'taskforce'
  | 'group'
  | 'unknown';

export interface UnitRecord {
  name: string;
  kind: UnitKind;
  aliases: string[];
  /** For a group: canonical names of its members (empty when the office fills them in later). */
  members: string[];
}

export type IssueSeverity = 'error' | 'warning' | 'info';

export interface ImportIssue {
  severity: IssueSeverity;
  /** Stable code, e.g. 'task.inferred_assignment', 'unit.unknown', 'task.truncated'. */
  code: string;
  message: string;
  line: number | null;
  taskSeq: number | null;
}

export interface ImportResult {
  plan: PlanFacts;
  structure: StructureNode[];
  tasks: Task[];
  units: UnitRecord[];
  issues: ImportIssue[];
  /** What the importer read: text, html, docx or xlsx, and the text encoding where relevant. */
  source: { format: SourceFormat; encoding: string | null; fileName: string | null };
  /** A real table's columns and the role each was read as (absent for loose paragraphs). */
  columns?: TableColumn[];
}

/** A column holding the task's planned milestone for one quarter (一季度 … 四季度). */
export type MilestoneRole = `milestone-q${Quarter}`;

/**
 * What a table column means: 序号 / 任务 / 牵头 / 责任 / 配合 / 分工 (a sentence naming lead and co) /
 * 领导 / 时限 / 进展 / a quarter's milestone, or nothing to read.
 */
export type ColumnRole =
  | 'seq'
  | 'text'
  | 'lead'
  | 'responsible'
  | 'co'
  | 'roles'
  | 'leader'
  | 'deadline'
  | 'progress'
  | MilestoneRole
  | 'ignore';

/** The roles in the admin's picker's order, with the names the picker shows. */
export const { codes: COLUMN_ROLES, names: COLUMN_ROLE_LABELS } = namedCodes<ColumnRole>({
  seq: '序号',
  text: '任务',
  lead: '牵头单位',
  responsible: '责任单位',
  co: '配合单位',
  roles: '分工(含牵头与配合)',
  leader: '责任领导',
  deadline: '完成时限',
  progress: '进展情况',
  'milestone-q1': '一季度计划',
  'milestone-q2': '二季度计划',
  'milestone-q3': '三季度计划',
  'milestone-q4': '四季度计划',
  ignore: '不读取',
});

export interface TableColumn {
  index: number;
  /** The header cell as written ('' when the table has no header row). */
  header: string;
  /** The first task row's cell, to recognise the column by its content. */
  sample: string;
  role: ColumnRole;
}

export type SourceFormat = 'text' | 'html' | 'docx' | 'xlsx';
