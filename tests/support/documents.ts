// Inputs for the office documents: a small hand-made unit and period, and the seed's 220 tasks with
// filings made up deterministically from each task's number (no randomness, no clock).
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { TemplateIndicator } from '../../src/core/feedback/feedback-layout.ts';
import type { ImportResult } from '../../src/core/plan/plan.types.ts';
import type { ProgressCode } from '../../src/core/report/progress.ts';
import type { SelfStatus } from '../../src/core/report/report.types.ts';
import type { Light } from '../../src/core/supervision/light-rules.ts';
import type { FeedbackTemplateInput, Filing, PeriodTask } from '../../src/exporter/documents.types.ts';
import type { ExpectedTask } from '../../src/importer/feedback-template/parse.types.ts';
import { importNotice } from '../../src/importer/import-notice.ts';
import { seedBytes } from './seed.ts';

export const GDP: TemplateIndicator = { indicatorId: 11, raw: '增长7.5%左右', unit: '%', value: 7.5 };
export const LOANS: TemplateIndicator = { indicatorId: 21, raw: '1500亿元以上', unit: '元', value: 1.5e11 };
export const MANUFACTURING: TemplateIndicator = {
  indicatorId: 22,
  raw: '260亿元以上',
  unit: '元',
  value: 2.6e10,
};

/** 市发改委's three tasks in 2024-Q2: a lead task with one indicator, a co task with two, one without. */
export const templateInput: FeedbackTemplateInput = {
  planYear: 2024,
  period: '2024-Q2',
  unit: { unitId: 7, name: '市发改委' },
  dueOn: '2024-07-05',
  tasks: [
    {
      taskId: 101,
      seq: 1,
      text: '地区生产总值增长7.5%左右。',
      role: 'lead',
      indicators: [GDP],
      previous: {
        progress: '一季度地区生产总值增长6.1%。',
        selfStatus: 'on_track',
        percentComplete: 25,
        problems: '外需偏弱。',
        nextSteps: '抓好重点项目。',
        indicatorActuals: [{ indicatorId: 11, value: 6.1 }],
      },
    },
    {
      taskId: 102,
      seq: 15,
      text: '新增人民币存贷款1500亿元以上,其中制造业贷款260亿元以上。',
      role: 'co',
      indicators: [LOANS, MANUFACTURING],
      previous: null,
    },
    {
      taskId: 103,
      seq: 208,
      text: '把抓落实放在更加突出的位置。\n健全闭环落实机制。',
      role: 'lead',
      indicators: [],
      previous: {
        progress: '制定督查工作方案。',
        selfStatus: 'not_started',
        percentComplete: 0,
        problems: '',
        nextSteps: '',
        indicatorActuals: [],
      },
    },
  ],
};

export const expectedTasks: ExpectedTask[] = templateInput.tasks.map(({ taskId, seq, text, indicators }) => ({
  taskId,
  seq,
  text,
  indicators,
}));

export const expected = { period: '2024-Q2' as const, unitId: 7, tasks: expectedTasks };

let seedImport: Promise<ImportResult> | undefined;
export const seedPlan = (): Promise<ImportResult> => (seedImport ??= importNotice({ bytes: seedBytes() }));

const STAGES: readonly ProgressCode[] = [
  'accepted',
  'accepted',
  'submitted',
  'returned',
  'overdue',
  'accepted',
  'draft',
];
const STATUSES: readonly SelfStatus[] = ['on_track', 'on_track', 'behind', 'completed', 'not_started'];
const LIGHTS: readonly Light[] = ['green', 'green', 'yellow', 'green', 'red', 'green'];

/** Unit ids by name in first-seen order, so ids are stable for the seed. */
export function unitIdsOf(plan: ImportResult): Map<string, number> {
  const ids = new Map<string, number>();
  for (const task of plan.tasks) {
    for (const name of [...task.leadUnits, ...task.responsibleUnits])
      if (!ids.has(name)) ids.set(name, ids.size + 1);
  }
  return ids;
}

/** The seed's tasks with a lead report per lead unit and an input per co-unit, varied by seq. */
export function seedPeriodTasks(plan: ImportResult): PeriodTask[] {
  const ids = unitIdsOf(plan);
  return plan.tasks.map((task) => {
    const units = [
      ...task.leadUnits.map((name) => ({ name, role: 'lead' as const })),
      ...task.responsibleUnits.map((name) => ({ name, role: 'co' as const })),
    ];
    const filings = units.map(({ name, role }, index) =>
      madeUpFiling(task.seq + index, ids.get(name) ?? 0, name, role),
    );
    return {
      taskId: 1000 + task.seq,
      seq: task.seq,
      path: task.path,
      text: task.text,
      leadUnits: task.leadUnits,
      filings,
    };
  });
}

function madeUpFiling(n: number, unitId: number, unitName: string, role: 'lead' | 'co'): Filing {
  const stage = STAGES[n % STAGES.length] ?? 'todo';
  const filed = stage === 'accepted' || stage === 'submitted' || stage === 'returned';
  const light = LIGHTS[n % LIGHTS.length] ?? 'green';
  return {
    unitId,
    unitName,
    role,
    stage,
    late: filed && n % 5 === 0,
    returnCount: stage === 'returned' ? 1 : 0,
    submittedAt: filed ? `2024-07-0${(n % 5) + 1}T0${n % 9}:30:00Z` : null,
    selfStatus: filed ? (STATUSES[n % STATUSES.length] ?? null) : null,
    percentComplete: filed ? (n * 7) % 101 : null,
    progress: filed ? `第${n}项工作:完成年度计划的阶段任务,开工项目${n % 13}个。` : '',
    problems: filed && n % 3 === 0 ? '要素保障不足。' : '',
    nextSteps: filed ? '加快推进。' : '',
    light: filed ? light : stage === 'overdue' ? 'yellow' : null,
    lightReasons: light === 'green' ? ['未触发预警规则'] : [`第${n}项进度落后`],
  };
}

/** Opens an .xlsx the way a clerk's spreadsheet program would, for reading or filling in. */
export async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  return workbook;
}

export async function saveWorkbook(workbook: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

export function sheetOf(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet {
  const sheet = workbook.getWorksheet(name);
  if (!sheet) throw new Error(`no sheet ${name}`);
  return sheet;
}

/** One part of an Office file (a ZIP package) as text. */
export async function packagePart(bytes: Uint8Array, part: string): Promise<string> {
  const file = (await JSZip.loadAsync(bytes)).file(part);
  if (!file) throw new Error(`no part ${part}`);
  return file.async('string');
}

export const count = (text: string, needle: string): number => text.split(needle).length - 1;
