// The quarter plans (进度安排) in the office's documents: the plan's Excel and Word files give each
// quarter a task plans its own column (一季度…四季度) that an import reads back as the schedule, and
// the quarterly summary a 本季度计划 column; a plan without quarter plans keeps its layout.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type ExcelJS from 'exceljs';
import JSZip from 'jszip';
import type { PlanFacts, StructureNode, Task, TaskMilestone } from '../../src/core/plan/plan.types.ts';
import type { Filing, PeriodTask, SummaryInput } from '../../src/exporter/documents.types.ts';
import type { PlanExportInput } from '../../src/exporter/plan-table.ts';
import { exportPlanDocx } from '../../src/exporter/plan.docx.ts';
import { exportPlanXlsx } from '../../src/exporter/plan.xlsx.ts';
import { SUMMARY_HEADER, exportSummaryXlsx } from '../../src/exporter/summary.xlsx.ts';
import { importNotice } from '../../src/importer/import-notice.ts';
import { loadWorkbook, sheetOf } from '../support/documents.ts';

const facts: PlanFacts = {
  title: null,
  issuer: '芜湖市人民政府',
  level: 'city',
  year: 2025,
  publishedAt: '2025-03-15',
  deadline: '2025-12-31',
  cadence: 'quarterly',
  hotline: null,
  announcedTaskCount: 3,
};

const structure: StructureNode[] = [
  { kind: 'part', number: '一', title: '重点工作', path: ['一'], children: [] },
];

const task = (seq: number, text: string, milestones?: TaskMilestone[]): Task => ({
  seq,
  path: ['一'],
  text,
  leadUnits: ['市发改委'],
  responsibleUnits: ['市财政局'],
  assignment: 'certain',
  complete: true,
  indicators: [],
  line: 0,
  ...(milestones ? { milestones } : {}),
});

// Only the second and fourth quarters are planned (上半年 / 下半年 in a notice); task 2 plans none.
const planned: PlanExportInput = {
  plan: facts,
  structure,
  tasks: [
    task(1, '新建智能制造产业园1个。', [
      { quarter: 2, text: '完成规划设计招标。' },
      { quarter: 4, text: '竣工投用。' },
    ]),
    task(2, '完善小区配套设施。'),
    task(3, '培育专精特新企业20家。', [{ quarter: 4, text: '认定20家。' }]),
  ],
};
const unplanned: PlanExportInput = { ...planned, tasks: planned.tasks.map((t) => task(t.seq, t.text)) };

const cells = (sheet: ExcelJS.Worksheet, row: number, columns: number): ExcelJS.CellValue[] =>
  [...Array(columns).keys()].map((index) => sheet.getRow(row).getCell(index + 1).value);

const docxTexts = async (bytes: Uint8Array): Promise<string[]> => {
  const xml = (await (await JSZip.loadAsync(bytes)).file('word/document.xml')?.async('string')) ?? '';
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1] ?? '');
};
const docxXml = async (bytes: Uint8Array): Promise<string> =>
  (await (await JSZip.loadAsync(bytes)).file('word/document.xml')?.async('string')) ?? '';

const HEADER = ['序号', '目标与任务', '牵头责任单位', '责任单位'];
// The title, three fact lines, then the header on row 5.
const HEADER_ROW = 5;

void describe("the plan's Excel file with quarter plans", () => {
  void it('a column for each quarter planned, each task’s plan in it, blank where it plans none', async () => {
    const sheet = (await loadWorkbook(await exportPlanXlsx(planned))).worksheets[0];
    assert.ok(sheet);
    assert.deepEqual(cells(sheet, HEADER_ROW, 7), [...HEADER, '二季度', '四季度', null]);
    assert.deepEqual(cells(sheet, HEADER_ROW + 2, 6), [
      1,
      '新建智能制造产业园1个。',
      '市发改委',
      '市财政局',
      '完成规划设计招标。',
      '竣工投用。',
    ]);
    assert.deepEqual(cells(sheet, HEADER_ROW + 3, 6).slice(4), ['', '']);
    assert.deepEqual(cells(sheet, HEADER_ROW + 4, 6).slice(4), ['', '认定20家。']);
    // The part heading and the title span the wider table.
    assert.equal(sheet.getCell(HEADER_ROW + 1, 6).master.address, `A${HEADER_ROW + 1}`);
    assert.equal(sheet.getCell(1, 6).master.address, 'A1');
    assert.deepEqual(
      [1, 2, 3, 4, 5, 6].map((c) => sheet.getColumn(c).width),
      [6, 36, 14, 14, 18, 18],
    );
  });

  void it('without quarter plans the sheet keeps the notice’s four columns', async () => {
    const sheet = (await loadWorkbook(await exportPlanXlsx(unplanned))).worksheets[0];
    assert.ok(sheet);
    assert.deepEqual(cells(sheet, HEADER_ROW, 5), [...HEADER, null]);
    assert.deepEqual(cells(sheet, HEADER_ROW + 2, 5), [
      1,
      '新建智能制造产业园1个。',
      '市发改委',
      '市财政局',
      null,
    ]);
    assert.deepEqual(
      [1, 2, 3, 4].map((c) => sheet.getColumn(c).width),
      [6, 60, 22, 22],
    );
  });
});

void describe("the plan's Word file with quarter plans", () => {
  void it('the header names the quarters planned and each task’s plan is in its row', async () => {
    const bytes = await exportPlanDocx(planned);
    const texts = await docxTexts(bytes);
    const header = texts.slice(texts.indexOf('序号'), texts.indexOf('序号') + 6);
    assert.deepEqual(header, [...HEADER, '二季度', '四季度']);
    const first = texts.indexOf('新建智能制造产业园1个。');
    assert.deepEqual(texts.slice(first + 3, first + 5), ['完成规划设计招标。', '竣工投用。']);
    assert.ok(texts.includes('认定20家。'));
    assert.match(await docxXml(bytes), /<w:gridSpan w:val="6"\/>/);
  });

  void it('without quarter plans the table keeps the notice’s four columns', async () => {
    const bytes = await exportPlanDocx(unplanned);
    const texts = await docxTexts(bytes);
    assert.deepEqual(texts.slice(texts.indexOf('序号'), texts.indexOf('序号') + 5), [
      ...HEADER,
      '一、重点工作',
    ]);
    assert.ok(!texts.some((text) => text.endsWith('季度')));
    const xml = await docxXml(bytes);
    assert.match(xml, /<w:gridSpan w:val="4"\/>/);
    assert.doesNotMatch(xml, /<w:gridSpan w:val="6"\/>/);
  });
});

for (const [format, exportPlan] of [
  ['xlsx', exportPlanXlsx],
  ['docx', exportPlanDocx],
] as const) {
  void it(`${format}: the exported plan imports back with each task's quarter plans`, async () => {
    const back = await importNotice({ bytes: await exportPlan(planned), fileName: `plan.${format}` });
    assert.deepEqual(
      back.tasks.map((t) => [t.seq, t.text, t.milestones ?? []]),
      planned.tasks.map((t) => [t.seq, t.text, t.milestones ?? []]),
    );
  });
}

const filing = (unitId: number, unitName: string, role: Filing['role']): Filing => ({
  unitId,
  unitName,
  role,
  stage: 'accepted',
  late: false,
  returnCount: 0,
  submittedAt: '2025-07-02T01:30:00Z',
  selfStatus: 'on_track',
  percentComplete: 50,
  progress: '推进中。',
  problems: '',
  nextSteps: '',
  light: 'green',
  lightReasons: [],
});

const periodTask = (seq: number, quarterPlan?: string): PeriodTask => ({
  taskId: 100 + seq,
  seq,
  path: ['一'],
  text: `第${seq}项任务。`,
  leadUnits: ['市发改委'],
  ...(quarterPlan === undefined ? {} : { quarterPlan }),
  filings: [filing(1, '市发改委', 'lead'), filing(2, '市财政局', 'co')],
});

const summary = (tasks: PeriodTask[]): SummaryInput => ({ period: '2025-Q2', structure, tasks });
const SECTION = '一、重点工作';

void describe('the quarterly summary with quarter plans', () => {
  void it('本季度计划 after 目标与任务, on the task’s row only; the light keeps its fill', async () => {
    const book = await loadWorkbook(
      await exportSummaryXlsx(summary([periodTask(1, '完成规划设计招标。'), periodTask(2)])),
    );
    const sheet = sheetOf(book, SECTION);
    const header = [...SUMMARY_HEADER.slice(0, 2), '本季度计划', ...SUMMARY_HEADER.slice(2)];
    assert.deepEqual(cells(sheet, 2, 15), [...header, null]);
    assert.deepEqual(cells(sheet, 3, 5), [1, '第1项任务。', '完成规划设计招标。', '市发改委', '牵头']);
    assert.deepEqual(cells(sheet, 4, 5), [1, '', '', '市财政局', '责任']);
    assert.deepEqual(cells(sheet, 5, 5), [2, '第2项任务。', '', '市发改委', '牵头']);
    assert.equal(sheet.getCell(3, 8).value, '绿');
    const fill = sheet.getCell(3, 8).fill;
    assert.equal(fill.type === 'pattern' ? fill.fgColor?.argb : null, 'FFC6EFCE');
  });

  void it('a quarter no task plans keeps the summary’s columns as they are', async () => {
    const book = await loadWorkbook(await exportSummaryXlsx(summary([periodTask(1), periodTask(2)])));
    const sheet = sheetOf(book, SECTION);
    assert.deepEqual(cells(sheet, 2, 14), [...SUMMARY_HEADER, null]);
    assert.deepEqual(cells(sheet, 3, 3), [1, '第1项任务。', '市发改委']);
  });
});
