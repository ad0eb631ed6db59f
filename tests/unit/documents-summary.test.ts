import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type ExcelJS from 'exceljs';
import type { StructureNode } from '../../src/core/plan/plan.types.ts';
import type { Filing, PeriodTask, SummaryInput } from '../../src/exporter/documents.types.ts';
import { sectionGroups, unitTallies } from '../../src/exporter/period-filings.ts';
import { SUMMARY_HEADER, exportSummaryXlsx } from '../../src/exporter/summary.xlsx.ts';
import { uniqueSheetNames } from '../../src/exporter/xlsx-style.ts';
import { loadWorkbook, seedPeriodTasks, seedPlan, sheetOf } from '../support/documents.ts';

const node = (
  kind: StructureNode['kind'],
  path: string,
  title: string,
  children: StructureNode[] = [],
): StructureNode => {
  const numbers = path.split('/');
  return { kind, number: numbers.at(-1) ?? '', title, path: numbers, children };
};

const structure: StructureNode[] = [
  node('part', '一', '主要预期目标'),
  node('part', '二', '主要做好十个方面工作', [
    node('section', '二/一', '优化政策机制,激发经济增长新动能。', [
      node('subsection', '二/一/1', '提高政策工具质效。'),
    ]),
    node('section', '二/二', '提升核心竞争力。'),
  ]),
];

const filing = (
  unitId: number,
  unitName: string,
  role: Filing['role'],
  extra: Partial<Filing> = {},
): Filing => ({
  unitId,
  unitName,
  role,
  stage: 'accepted',
  late: false,
  returnCount: 0,
  submittedAt: '2024-07-02T01:30:00Z',
  selfStatus: 'on_track',
  percentComplete: 50,
  progress: '推进中。',
  problems: '',
  nextSteps: '',
  light: 'green',
  lightReasons: [],
  ...extra,
});

const task = (seq: number, path: string, filings: Filing[]): PeriodTask => ({
  taskId: 100 + seq,
  seq,
  path: path.split('/'),
  text: `第${seq}项任务。`,
  leadUnits: filings.filter((f) => f.role === 'lead').map((f) => f.unitName),
  filings,
});

// Full-width parentheses as the notice prints section numbers, escaped so no editor folds them.
const S1 = '\uff08一\uff09';
const S2 = '\uff08二\uff09';
const FGW = '市发改委';
const JXJ = '市经信局';
const ZONE = '中国(安徽)自由贸易试验区芜湖片区管委会';

const small: SummaryInput = {
  period: '2024-Q2',
  structure,
  tasks: [
    task(1, '一', [
      filing(1, FGW, 'lead', { late: true, submittedAt: '2024-07-06T02:00:00Z', light: 'yellow' }),
      filing(2, JXJ, 'co', {
        stage: 'overdue',
        submittedAt: null,
        selfStatus: null,
        percentComplete: null,
        progress: '',
        light: 'red',
      }),
      filing(3, ZONE, 'co', { stage: 'returned', returnCount: 2 }),
    ]),
    task(11, '二/一/1', [
      filing(2, JXJ, 'lead', { stage: 'submitted', percentComplete: 80 }),
      filing(1, FGW, 'co', { stage: 'draft' }),
    ]),
    task(12, '二/二', [filing(3, ZONE, 'lead')]),
    task(99, '九', []),
  ],
};

let smallFile: Promise<ExcelJS.Workbook> | undefined;
const smallBook = (): Promise<ExcelJS.Workbook> =>
  (smallFile ??= exportSummaryXlsx(small).then(loadWorkbook));

const values = (sheet: ExcelJS.Worksheet, row: number, columns: number): ExcelJS.CellValue[] =>
  [...Array(columns).keys()].map((index) => sheet.getRow(row).getCell(index + 1).value);

void describe('sheet names Excel accepts', () => {
  void it('forbidden characters go, names stop at 31 characters, and clashes get (2) regardless of case', () => {
    const names = uniqueSheetNames([
      '汇总',
      'a/b[c]:d*e?f\\g',
      '一'.repeat(40),
      '一'.repeat(40),
      'Sheet',
      'sheet',
      "'quoted'",
      '',
    ]);
    assert.deepEqual(names, [
      '汇总',
      'abcdefg',
      '一'.repeat(31),
      `${'一'.repeat(28)}(2)`,
      'Sheet',
      'sheet(2)',
      'quoted',
      'Sheet(3)',
    ]);
    assert.ok(names.every((name) => name.length <= 31 && !/[[\]:*?/\\]/.test(name)));
  });
});

void describe('the quarterly summary workbook', () => {
  void it('a first sheet of counts, then one sheet per section in the notice order, and 其他 for stray tasks', async () => {
    const book = await smallBook();
    assert.deepEqual(
      book.worksheets.map((sheet) => sheet.name),
      ['汇总', '一、主要预期目标', `二${S1}优化政策机制,激发经济增长新动能`, `二${S2}提升核心竞争力`, '其他'],
    );
  });

  void it('counts per unit: owed, filed, late, missing, returned, accepted, and a total', async () => {
    const sheet = sheetOf(await smallBook(), '汇总');
    assert.deepEqual(values(sheet, 2, 7), ['单位', '应报', '已报', '逾期', '未报', '退回', '已采纳']);
    assert.deepEqual(values(sheet, 3, 7), [FGW, 2, 1, 1, 1, 0, 1]);
    assert.deepEqual(values(sheet, 4, 7), [JXJ, 2, 1, 0, 1, 0, 0]);
    assert.deepEqual(values(sheet, 5, 7), [ZONE, 2, 2, 0, 0, 1, 1]);
    assert.deepEqual(values(sheet, 6, 7), ['合计', 6, 4, 1, 2, 1, 2]);
  });

  void it('the lead report is on the task row, each unit input under it with the same 序号 and grouped', async () => {
    const sheet = sheetOf(await smallBook(), '一、主要预期目标');
    assert.deepEqual(values(sheet, 2, SUMMARY_HEADER.length), [...SUMMARY_HEADER]);
    assert.deepEqual(values(sheet, 3, 13), [
      1,
      '第1项任务。',
      FGW,
      '牵头',
      '已采纳',
      '正常推进',
      '黄',
      50,
      '推进中。',
      '',
      '',
      '是',
      '2024-07-06 10:00',
    ]);
    assert.deepEqual(values(sheet, 4, 13), [
      1,
      '',
      JXJ,
      '责任',
      '逾期',
      '',
      '红',
      null,
      '',
      '',
      '',
      '是',
      '',
    ]);
    assert.deepEqual(values(sheet, 5, 7), [1, '', ZONE, '责任', '已退回', '正常推进', '绿']);
    assert.deepEqual(
      [3, 4, 5].map((row) => sheet.getRow(row).outlineLevel ?? 0),
      [0, 1, 1],
    );
  });

  void it('a task without any filing still has its row', async () => {
    const sheet = sheetOf(await smallBook(), '其他');
    assert.deepEqual(values(sheet, 3, 4), [99, '第99项任务。', '', '牵头']);
  });

  void it('every sheet keeps its header frozen and filterable, texts wrapped, columns sized for Chinese', async () => {
    const book = await smallBook();
    const filters = book.worksheets.map((sheet) => {
      const view = sheet.views[0];
      assert.deepEqual(
        view && view.state === 'frozen' && [view.ySplit, view.topLeftCell],
        [2, 'A3'],
        sheet.name,
      );
      return sheet.autoFilter;
    });
    // exceljs reads the filter back as the range it covers: the header row down to the last row.
    assert.deepEqual(filters, ['A2:G5', 'A2:M5', 'A2:M4', 'A2:M3', 'A2:M3']);
    const sheet = sheetOf(book, '一、主要预期目标');
    assert.equal(sheet.getCell('I3').alignment.wrapText, true);
    assert.equal(sheet.getColumn(2).width, 40);
    // The unit column fits its longest name, within bounds: a long zone name hits the 30 cap.
    assert.equal(sheet.getColumn(3).width, 30);
    assert.equal(sheetOf(book, `二${S1}优化政策机制,激发经济增长新动能`).getColumn(3).width, 10);
  });

  void it('tallies and section groups agree with the rows written', () => {
    assert.deepEqual(
      unitTallies(small.tasks).map((t) => [t.unitId, t.owed, t.missing]),
      [
        [1, 2, 1],
        [2, 2, 1],
        [3, 2, 0],
      ],
    );
    assert.deepEqual(
      sectionGroups(structure, small.tasks).map((g) => [g.heading, g.items.map((t) => t.seq)]),
      [
        ['一、主要预期目标', [1]],
        [`二${S1}优化政策机制,激发经济增长新动能。`, [11]],
        [`二${S2}提升核心竞争力。`, [12]],
        ['其他', [99]],
      ],
    );
  });
});

void describe('the seed: 220 tasks', () => {
  void it('fifteen section sheets hold every task once, and the export takes well under a second', async (t) => {
    const plan = await seedPlan();
    const tasks = seedPeriodTasks(plan);
    await exportSummaryXlsx({ period: '2024-Q2', structure: plan.structure, tasks });
    const start = performance.now();
    const bytes = await exportSummaryXlsx({ period: '2024-Q2', structure: plan.structure, tasks });
    t.diagnostic(
      `summary of 220 tasks, ${tasks.flatMap((task) => task.filings).length} filings: ${bytes.length} bytes in ${(performance.now() - start).toFixed(0)} ms`,
    );
    const book = await loadWorkbook(bytes);
    assert.equal(book.worksheets.length, 16);
    const seqs = book.worksheets.slice(1).flatMap((sheet) => {
      const found: number[] = [];
      sheet.eachRow((row, number) => {
        const seq = row.getCell(1).value;
        if (number > 2 && row.getCell(2).value !== '' && typeof seq === 'number') found.push(seq);
      });
      return found;
    });
    assert.deepEqual(
      seqs,
      Array.from({ length: 220 }, (_, index) => index + 1),
    );
    assert.ok(book.worksheets.every((sheet) => sheet.name.length <= 31));
  });
});
