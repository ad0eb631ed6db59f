// A table flattened one cell per paragraph whose header wraps titles over two paragraphs (事項 / 類別)
// and prints a schedule title over its sub-columns (進度安排 over 第一季度…第四季度): a row's cells are
// counted against the columns, so the lines numbered 1. 2. inside a quarter's cell stay in that cell
// (the task's milestone for that quarter) and a category cell numbered like a part (二、) stays in its row.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { columnRole } from '../../src/importer/assemble/columns.ts';
import { readTableHeader } from '../../src/importer/assemble/table-header.ts';
import { importNotice } from '../../src/importer/import-notice.ts';

const HEADER = [
  '序號',
  '事項',
  '類別',
  '事項名稱',
  '事項內容',
  '進度安排',
  '牽頭單位',
  '實施',
  '單位',
  '落實情況',
];
const QUARTERS = ['第一季度', '第二季度', '第三季度', '第四季度'];

const quarter = (n: number): string[] => [
  `1.完成選址,進度至${n * 20}%。`,
  `2.完成設計招標,進度至${n * 25}%。`,
];

const ROWS = [
  [
    '1',
    '一、辦好人民滿意教育',
    '新建公辦學校。',
    '新建公辦中小學3所。',
    ...[1, 2, 3, 4].flatMap(quarter),
    '區教育局',
    '區建筑工務署、各街道',
    '正在推進。',
  ],
  [
    '2',
    '二、完善醫療衛生服務',
    '推進醫院建設。',
    '推進2所公立醫院建設。',
    ...[1, 2, 3, 4].flatMap(quarter),
    '區衛生健康局',
    '區建筑工務署',
    '已開工。',
  ],
];

const read = async (lines: string[]) => {
  const text = ['2023年區政府民生實事落實情況一覽表', ...lines].join('\n');
  return importNotice({ bytes: new TextEncoder().encode(text), fileName: 'schedule.txt' });
};

describe('importer: a table with wrapped titles and a schedule over quarter sub-columns', () => {
  it('joins a title wrapped over two paragraphs when together they make a known title', () => {
    assert.equal(columnRole('事項類別'), 'other');
    assert.equal(columnRole('事項名稱'), 'text');
    assert.equal(columnRole('落實情況'), 'progress');
    const lines = [...HEADER, ...QUARTERS].map((text, i) => ({ text, line: i + 1 }));
    const header = readTableHeader(lines, 0);
    assert.deepEqual(header?.roles, [
      'seq',
      'other',
      'text',
      'text',
      'milestone-q1',
      'milestone-q2',
      'milestone-q3',
      'milestone-q4',
      'lead',
      'responsible',
      'progress',
    ]);
    assert.equal(header?.length, HEADER.length + QUARTERS.length);
  });

  it('keeps two titles apart when joined they name no column, and a header without a task column unread', () => {
    const plain = ['序号', '重点工作任务', '牵头单位', '责任单位'].map((text, i) => ({ text, line: i + 1 }));
    assert.equal(readTableHeader(plain, 0), null);
    const noTask = ['序号', '事项', '类别', '牵头单位'].map((text, i) => ({ text, line: i + 1 }));
    assert.equal(readTableHeader(noTask, 0), null);
  });

  it("reads numbered lines inside quarter cells as the row's cells, not as tasks", async () => {
    const { tasks } = await read([...HEADER, ...QUARTERS, ...ROWS.flat()]);
    assert.deepEqual(
      tasks.map((t) => [t.seq, t.text, t.leadUnits, t.responsibleUnits]),
      [
        [1, '新建公辦學校。新建公辦中小學3所。', ['區教育局'], ['區建筑工務署', '各街道']],
        [2, '推進醫院建設。推進2所公立醫院建設。', ['區衛生健康局'], ['區建筑工務署']],
      ],
    );
    assert.equal(tasks[0]?.progress, '正在推進。');
    assert.deepEqual(tasks[0]?.milestones, [
      { quarter: 1, text: '1.完成選址,進度至20%。 2.完成設計招標,進度至25%。' },
      { quarter: 2, text: '1.完成選址,進度至40%。 2.完成設計招標,進度至50%。' },
      { quarter: 3, text: '1.完成選址,進度至60%。 2.完成設計招標,進度至75%。' },
      { quarter: 4, text: '1.完成選址,進度至80%。 2.完成設計招標,進度至100%。' },
    ]);
  });

  it('still reads a part heading that follows a row whose cells are all there', async () => {
    const header = ['序号', '重点工作任务', '牵头单位', '责任单位'];
    const rows = [
      '1',
      '新建公办学校3所。',
      '区教育局',
      '各街道',
      '二、加强政府自身建设',
      '2',
      '深化政务公开。',
      '区政府办',
      '区直各部门',
    ];
    const { tasks, structure } = await read([...header, ...rows]);
    assert.deepEqual(
      tasks.map((t) => [t.seq, t.text]),
      [
        [1, '新建公办学校3所。'],
        [2, '深化政务公开。'],
      ],
    );
    assert.ok(JSON.stringify(structure).includes('加强政府自身建设'));
  });

  it('reads the level from a title whose place carries a pinyin gloss (龍崗區(qū)政府)', async () => {
    const text = ['2023年龍崗區(qū)政府民生實事落實情況一覽表', ...HEADER, ...QUARTERS, ...ROWS[0]!].join(
      '\n',
    );
    const { plan } = await importNotice({ bytes: new TextEncoder().encode(text), fileName: 'gloss.txt' });
    assert.equal(plan.title, '2023年龍崗區政府民生實事落實情況一覽表');
    assert.equal(plan.level, 'district');
  });
});
