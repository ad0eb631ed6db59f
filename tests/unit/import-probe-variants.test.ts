// Ways offices write a task's units, deadline and title that short written variants of a notice
// showed the importer misread: a lead marked in a unit list, X为牵头单位, a role sentence closing the
// task's paragraph, 【label】 units, numeric year-month deadlines, and more. Each has a case that
// must not change.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ImportResult } from '../../src/core/plan/plan.types.ts';
import { splitMarkedLead } from '../../src/importer/assemble/marked-lead.ts';
import { parseRoleSentence } from '../../src/importer/assemble/roles.ts';
import { importNotice } from '../../src/importer/import-notice.ts';
import { takePeopleInBrackets } from '../../src/importer/units/person-bracket.ts';

const TITLE = '某县人民政府办公室关于印发2025年重点工作任务分解方案的通知';
const read = (lines: string[], title = TITLE): Promise<ImportResult> =>
  importNotice({ bytes: new TextEncoder().encode([title, ...lines].join('\n')) });
const rows = (result: ImportResult) =>
  result.tasks.map((t) => [t.text, t.leadUnits, t.responsibleUnits, t.deadline?.iso ?? null]);

describe('a lead marked in a unit list', () => {
  it('reads X(牵头)、Y、Z in a unit column as X leading, Y and Z co-responsible', async () => {
    const result = await read([
      '| 序号 | 工作任务 | 责任单位 | 完成时限 |',
      '| 1 | 新建学校3所。 | 县教育局（牵头）、县财政局、县自然资源局 | 年底前 |',
      '| 2 | 改造道路10公里。 | 县交通局、县住建局 | 6月底前 |',
    ]);
    assert.deepEqual(rows(result), [
      ['新建学校3所。', ['县教育局'], ['县财政局', '县自然资源局'], '2025-12-31'],
      ['改造道路10公里。', ['县交通局', '县住建局'], [], '2025-06-30'],
    ]);
  });

  it('reads 责任单位:X(牵头)、Y in a bracket after the task', async () => {
    const result = await read(['1.新建农村公路100公里。（责任单位：县交通运输局（牵头）、县财政局）']);
    assert.deepEqual(rows(result), [['新建农村公路100公里。', ['县交通运输局'], ['县财政局'], null]]);
  });

  it('keeps a bracket that is part of a name, and a list with no mark, as they are', () => {
    assert.deepEqual(splitMarkedLead('县医保局（县医保中心）（牵头）、县财政局'), {
      lead: ['县医保局（县医保中心）'],
      co: ['县财政局'],
    });
    assert.equal(splitMarkedLead('县财政局、县医保局（县医保中心）'), null);
    assert.equal(splitMarkedLead('县教育局（牵头单位为县政府）'), null);
  });
});

describe('X为牵头单位, Y为配合单位', () => {
  it('reads the role written as 为…单位', () => {
    assert.deepEqual(parseRoleSentence('县交通运输局为牵头单位，县财政局、县公路中心为配合单位'), {
      lead: ['县交通运输局'],
      co: ['县财政局、县公路中心'],
    });
  });

  it('makes units 为责任单位 with no lead named the leads', () => {
    assert.deepEqual(parseRoleSentence('县教育局、县财政局为责任单位'), {
      lead: ['县教育局、县财政局'],
      co: [],
    });
  });
});

describe('a role sentence closing the task’s paragraph', () => {
  it('reads the units and the deadline clause after the task’s text', async () => {
    const result = await read([
      '1.新建农村公路100公里。县交通运输局为牵头单位，县财政局为配合单位。',
      '2.改造老旧小区20个。由县住建局牵头，各乡镇配合，年底前完成。',
    ]);
    assert.deepEqual(rows(result), [
      ['新建农村公路100公里。', ['县交通运输局'], ['县财政局'], null],
      ['改造老旧小区20个。', ['县住建局'], ['各乡镇'], '2025-12-31'],
    ]);
  });

  it('leaves a closing sentence that names no units in the text', async () => {
    const result = await read([
      '1.加强组织领导。各地要高度重视，主要负责同志亲自负责。',
      '牵头单位：县政府办',
    ]);
    assert.deepEqual(rows(result), [
      ['加强组织领导。各地要高度重视，主要负责同志亲自负责。', ['县政府办'], [], null],
    ]);
  });
});

describe('labels written in square brackets', () => {
  it('reads 【牵头单位】X【配合单位】Y【完成时限】… after the text or on lines of their own', async () => {
    const result = await read([
      '1.新建农村公路100公里【牵头单位】县交通运输局【配合单位】县财政局、县公路中心【完成时限】6月底前',
      '2.改造老旧小区20个。',
      '【牵头单位】县住建局',
      '【责任单位】各乡镇',
    ]);
    assert.deepEqual(rows(result), [
      ['新建农村公路100公里', ['县交通运输局'], ['县财政局', '县公路中心'], '2025-06-30'],
      ['改造老旧小区20个。', ['县住建局'], ['各乡镇'], null],
    ]);
  });

  it('keeps a bracket that holds no label in the text', async () => {
    const result = await read(['1.【重点】新建学校3所（县教育局负责）']);
    assert.deepEqual(rows(result), [['【重点】新建学校3所', ['县教育局'], [], null]]);
  });
});

describe('a deadline written in figures', () => {
  it('reads 2025.12, 2025-12 and 2025/9/30 as dates', async () => {
    const result = await read([
      '| 序号 | 工作任务 | 牵头单位 | 完成时限 |',
      '| 1 | 新建学校3所。 | 县教育局 | 2025.12 |',
      '| 2 | 改造道路10公里。 | 县交通局 | 2025-6 |',
      '| 3 | 新增养老床位200张。 | 县民政局 | 2025/9/30 |',
      '| 4 | 建成污水管网5公里。 | 县住建局 | 2025-2027年 |',
    ]);
    assert.deepEqual(
      result.tasks.map((t) => t.deadline?.iso),
      ['2025-12-31', '2025-06-30', '2025-09-30', '2027-12-31'],
    );
  });
});

describe('what a title says beyond its first line', () => {
  const task = ['1.新建农村公路100公里。（牵头单位：交通运输局）'];

  it('joins a title wrapped over two lines', async () => {
    const result = await read(
      ['平政办〔2025〕3号', ...task],
      '关于印发平安县2025年重点工作任务\n分解方案的通知',
    );
    assert.equal(result.plan.title, '关于印发平安县2025年重点工作任务分解方案的通知');
    assert.equal(result.plan.level, 'county');
  });

  it('does not join a title that is whole to the line after it', async () => {
    const result = await read(task, '平安县2025年重点工作任务分解方案\n各乡镇人民政府');
    assert.equal(result.plan.title, '平安县2025年重点工作任务分解方案');
  });

  it('takes the level from the place a title names before its year', async () => {
    const result = await read(
      ['| 序号 | 工作任务 | 牵头单位 |', '| 1 | 新建学校3所。 | 县教育局 |', '| 2 | 改造道路。 | 县交通局 |'],
      '福田区2025年民生实事项目责任分解表',
    );
    assert.equal(result.plan.level, 'district');
  });

  it('keeps the level the units speak of when the title names no place before its year', async () => {
    const result = await read(
      ['| 序号 | 工作任务 | 牵头单位 |', '| 1 | 新建学校3所。 | 县教育局 |'],
      '城市更新2025年重点任务清单',
    );
    assert.equal(result.plan.level, 'county');
  });

  it('takes the year of the date under the signature, spaces and all', async () => {
    const result = await read(['桃源县人民政府', '2025 年 3 月 1 日', ...task], '桃源县重点工作任务分解');
    assert.equal(result.plan.year, 2025);
    const dated = await read(['请于2025年3月1日前报送。', ...task], '桃源县重点工作任务分解');
    assert.equal(dated.plan.year, null);
  });
});

describe('a task whose text opens with a month or a year', () => {
  it('reads 1.6月底前… as task 1, not the figure 1.6', async () => {
    const result = await read([
      '1.6月底前完成农村公路建设。（县交通运输局）',
      '2.2025年底前改造老旧小区20个。（县住建局）',
    ]);
    assert.deepEqual(
      result.tasks.map((t) => [t.label, t.text, t.leadUnits]),
      [
        ['1.', '6月底前完成农村公路建设。', ['县交通运输局']],
        ['2.', '2025年底前改造老旧小区20个。', ['县住建局']],
      ],
    );
  });

  it('keeps a figure with decimals in the text it belongs to', async () => {
    const result = await read(['1.新建公路。（县交通运输局）', '1.5万人次参加培训。']);
    assert.deepEqual(
      result.tasks.map((t) => t.text),
      ['新建公路。1.5万人次参加培训。'],
    );
  });
});

describe('a unit line that ends with its time after a space', () => {
  it('reads 县住建局 年底前 as the unit and the deadline', async () => {
    const result = await read([
      '1.新建农村公路100公里。',
      '县交通运输局、县财政局 2025年6月底前',
      '2.改造老旧小区20个。',
      '县住建局 年底前',
    ]);
    assert.deepEqual(rows(result), [
      ['新建农村公路100公里。', ['县交通运输局', '县财政局'], [], '2025-06-30'],
      ['改造老旧小区20个。', ['县住建局'], [], '2025-12-31'],
    ]);
  });

  it('takes no deadline from a line whose words before the space are not units', async () => {
    const result = await read(['1.新建农村公路100公里。', '道路建设 年底前', '牵头单位：县交通运输局']);
    assert.deepEqual(rows(result), [['新建农村公路100公里。', ['县交通运输局'], [], null]]);
  });
});

describe('a unit bracket right after the task number', () => {
  it('reads 1.(牵头单位:X)text as the text with its units', async () => {
    const result = await read([
      '1.（牵头单位：县交通运输局；配合单位：县财政局）新建农村公路100公里。',
      '（二）【牵头单位：县住建局】改造老旧小区20个。',
    ]);
    assert.deepEqual(rows(result), [
      ['新建农村公路100公里。', ['县交通运输局'], ['县财政局'], null],
      ['改造老旧小区20个。', ['县住建局'], [], null],
    ]);
  });

  it('keeps a leading bracket that names no units in the text', async () => {
    const result = await read(['1.（2025年）改造老旧小区20个。（县住建局）']);
    assert.deepEqual(rows(result), [['（2025年）改造老旧小区20个。', ['县住建局'], [], null]]);
  });
});

describe('a person in a bracket after a unit', () => {
  it('reads 县交通运输局(张三) as the unit, and the person as a leader', async () => {
    const result = await read([
      '1.新建农村公路100公里。（牵头单位：县交通运输局（张三）；配合单位：县财政局（李四））',
    ]);
    assert.deepEqual(rows(result), [['新建农村公路100公里。', ['县交通运输局'], ['县财政局'], null]]);
    assert.equal(result.tasks[0]?.leaderName, '张三、李四');
  });

  it('keeps another name of the unit, a kind of body and a role in their brackets', () => {
    assert.deepEqual(takePeopleInBrackets('县医保局（医保中心）、各乡镇（街道）、县教育局（牵头）'), {
      value: '县医保局（医保中心）、各乡镇（街道）、县教育局（牵头）',
      people: [],
    });
  });
});

describe('a deadline column titled 时间要求', () => {
  it('reads the column as the deadline', async () => {
    const result = await read([
      '| 序号 | 重点任务 | 主要责任单位 | 协同单位 | 时间要求 |',
      '| 1 | 新建学校3所。 | 县教育局 | 县财政局 | 年底前 |',
    ]);
    assert.deepEqual(rows(result), [['新建学校3所。', ['县教育局'], ['县财政局'], '2025-12-31']]);
  });
});

describe('role clauses closing the task’s own sentence', () => {
  it('reads …,县交通运输局牵头,县财政局配合 and …,由X负责,9月底前完成 as units and deadline', async () => {
    const result = await read([
      '1.新建农村公路100公里，县交通运输局牵头，县财政局配合。',
      '2.新建学校3所，由县教育局负责，9月底前完成。',
    ]);
    assert.deepEqual(rows(result), [
      ['新建农村公路100公里', ['县交通运输局'], ['县财政局'], null],
      ['新建学校3所', ['县教育局'], [], '2025-09-30'],
    ]);
  });

  it('leaves clauses whose subject is no unit in the text', async () => {
    const result = await read(['1.加强组织领导，主要负责同志亲自负责。', '牵头单位：县政府办']);
    assert.deepEqual(rows(result), [['加强组织领导，主要负责同志亲自负责。', ['县政府办'], [], null]]);
  });
});
