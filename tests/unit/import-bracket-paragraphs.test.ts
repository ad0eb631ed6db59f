// Tasks without numbers, one paragraph each ending in its own unit bracket, grouped under subheadings
// that name no unit ((一)… / 一、…): each paragraph is a task numbered in order, the subheading a heading.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ImportResult } from '../../src/core/plan/plan.types.ts';
import { endsInUnitBracket } from '../../src/importer/assemble/bracket-paragraphs.ts';
import { parseRoleSentence } from '../../src/importer/assemble/roles.ts';
import { importNotice } from '../../src/importer/import-notice.ts';

const TITLE = '某省人民政府办公厅关于落实《政府工作报告》重点工作部门分工的意见';

async function read(lines: string[]): Promise<ImportResult> {
  return importNotice({ bytes: new TextEncoder().encode([TITLE, '', ...lines].join('\n')) });
}

function rows(result: ImportResult): [number, string | undefined, string, string[], string[]][] {
  return result.tasks.map((t) => [t.seq, t.label, t.text, t.leadUnits, t.responsibleUnits]);
}

describe('paragraphs that end in their own unit bracket under a subheading', () => {
  it('reads each paragraph as a task numbered in order and the subheadings as headings', async () => {
    const result = await read([
      '一、保持经济持续健康发展',
      '(一)推动经济稳定健康发展,必须充分发挥消费、投资、出口均衡拉动作用。',
      '',
      '认真贯彻落实积极的财政政策。发挥消费的基础作用。(省发展改革委、省财政厅等负责)',
      '',
      '发挥投资的关键作用,引导资金重点投向社会民生等领域。(省发展改革委牵头,省财政厅、省水利厅配合)',
      '(二)必须进一步拓展区域发展空间。',
      '扎实推进区域发展战略,支持协作区加快建设。(省发展改革委)',
      '加快海洋经济发展。(省海洋局、省财政厅负责)',
    ]);
    assert.deepEqual(rows(result), [
      [1, undefined, '认真贯彻落实积极的财政政策。发挥消费的基础作用。', ['省发展改革委', '省财政厅'], []],
      [
        2,
        undefined,
        '发挥投资的关键作用,引导资金重点投向社会民生等领域。',
        ['省发展改革委'],
        ['省财政厅', '省水利厅'],
      ],
      [3, undefined, '扎实推进区域发展战略,支持协作区加快建设。', ['省发展改革委'], []],
      [4, undefined, '加快海洋经济发展。', ['省海洋局', '省财政厅'], []],
    ]);
    assert.deepEqual(
      result.tasks.map((t) => t.path),
      [
        ['一', '一'],
        ['一', '一'],
        ['一', '二'],
        ['一', '二'],
      ],
    );
    const sections = result.structure[0]?.children.map((s) => s.title);
    assert.deepEqual(sections, [
      '推动经济稳定健康发展,必须充分发挥消费、投资、出口均衡拉动作用。',
      '必须进一步拓展区域发展空间。',
    ]);
    assert.ok(result.tasks.every((t) => t.complete));
  });

  it('reads the paragraphs under a part heading 一、 the same way', async () => {
    const result = await read([
      '一、稳增长',
      '落实积极的财政政策。(省财政厅负责)',
      '扩大有效投资。(省发展改革委负责)',
      '二、促改革',
      '深化国有企业改革。(省国资委负责)',
      '推进财税体制改革。(省财政厅负责)',
    ]);
    assert.deepEqual(
      result.tasks.map((t) => [t.seq, t.text, t.path]),
      [
        [1, '落实积极的财政政策。', ['一']],
        [2, '扩大有效投资。', ['一']],
        [3, '深化国有企业改革。', ['二']],
        [4, '推进财税体制改革。', ['二']],
      ],
    );
  });

  it('reads a single paragraph under a subheading as a task once the notice shows the layout', async () => {
    const result = await read([
      '(一)稳增长。',
      '落实积极的财政政策,扩大有效投资。(省财政厅负责)',
      '(二)促改革。',
      '深化国有企业改革。(省国资委负责)',
      '推进财税体制改革。(省财政厅负责)',
    ]);
    assert.deepEqual(
      result.tasks.map((t) => [t.seq, t.label, t.text]),
      [
        [1, undefined, '落实积极的财政政策,扩大有效投资。'],
        [2, undefined, '深化国有企业改革。'],
        [3, undefined, '推进财税体制改革。'],
      ],
    );
  });

  it('reads the paragraph the copy ends in as a cut task, without the bracket it ends inside', async () => {
    const bare = await read([
      '(一)稳增长。',
      '落实积极的财政政策。(省财政厅负责)',
      '扩大有效投资。(省发展改革委负责)',
      '(二)拓展区域发展空间。',
      '扎实推进区域发展战略,支持协作区',
    ]);
    const last = bare.tasks.at(-1);
    assert.deepEqual(
      [bare.tasks.length, last?.seq, last?.text, last?.leadUnits, last?.complete],
      [3, 3, '扎实推进区域发展战略,支持协作区', [], false],
    );
    const inBracket = await read([
      '(一)稳增长。',
      '落实积极的财政政策。(省财政厅负责)',
      '扩大有效投资。(省发展改革委负责)',
      '发挥出口的支撑作用。(省商务厅、省',
    ]);
    const cut = inBracket.tasks.at(-1);
    assert.deepEqual(
      [inBracket.tasks.length, cut?.text, cut?.leadUnits, cut?.complete],
      [3, '发挥出口的支撑作用。', [], false],
    );
  });
});

describe('what keeps its reading', () => {
  it('keeps a heading whose paragraphs carry no bracket as one task with its details', async () => {
    const result = await read([
      '(一)推进重点项目建设。',
      '加快推进一批交通、水利重大项目,确保按期开工。',
      '加强项目调度,及时协调解决建设中的问题。',
      '责任单位:省发展改革委、省交通运输厅',
      '(二)扩大消费。',
      '落实促进消费的各项政策措施,培育新的消费热点。',
      '责任单位:省商务厅',
    ]);
    assert.deepEqual(
      result.tasks.map((t) => [t.label, t.text, t.leadUnits]),
      [
        [
          '(一)',
          '推进重点项目建设。加快推进一批交通、水利重大项目,确保按期开工。加强项目调度,及时协调解决建设中的问题。',
          ['省发展改革委', '省交通运输厅'],
        ],
        ['(二)', '扩大消费。落实促进消费的各项政策措施,培育新的消费热点。', ['省商务厅']],
      ],
    );
  });

  it('does not split paragraphs whose bracket stands in the middle of a sentence', async () => {
    const result = await read([
      '(一)推进重点项目建设。',
      '由省发展改革委(省能源局)统筹推进一批重大项目,确保按期开工。',
      '省交通运输厅(省铁路办)加强项目调度,及时协调解决问题。',
      '责任单位:省发展改革委',
    ]);
    assert.deepEqual(
      result.tasks.map((t) => [t.label, t.leadUnits]),
      [['(一)', ['省发展改革委']]],
    );
    assert.match(result.tasks[0]?.text ?? '', /^推进重点项目建设。由省发展改革委/u);
  });

  it('keeps numbered tasks with their brackets under a subheading as today', async () => {
    const result = await read([
      '(一)稳增长。',
      '1.落实积极的财政政策。(省财政厅负责)',
      '2.扩大有效投资。(省发展改革委负责)',
      '(二)促改革。',
      '3.深化国有企业改革。(省国资委负责)',
    ]);
    assert.deepEqual(
      result.tasks.map((t) => [t.seq, t.label, t.text, t.leadUnits]),
      [
        [1, '1.', '落实积极的财政政策。', ['省财政厅']],
        [2, '2.', '扩大有效投资。', ['省发展改革委']],
        [3, '3.', '深化国有企业改革。', ['省国资委']],
      ],
    );
  });

  it('keeps a subheading that carries its own bracket, and one followed by a single paragraph', async () => {
    const own = await read([
      '(一)落实积极的财政政策。(省财政厅负责)',
      '(二)扩大有效投资。(省发展改革委负责)',
    ]);
    assert.deepEqual(
      own.tasks.map((t) => [t.label, t.text, t.leadUnits]),
      [
        ['(一)', '落实积极的财政政策。', ['省财政厅']],
        ['(二)', '扩大有效投资。', ['省发展改革委']],
      ],
    );
    const single = await read([
      '(一)稳增长。',
      '落实积极的财政政策,扩大有效投资。(省财政厅负责)',
      '(二)促改革。',
      '深化国有企业改革,推进财税体制改革。(省国资委负责)',
    ]);
    assert.deepEqual(
      single.tasks.map((t) => [t.label, t.leadUnits]),
      [
        ['(一)', ['省财政厅']],
        ['(二)', ['省国资委']],
      ],
    );
  });
});

describe('a long list of units before 负责', () => {
  it('is read as units when every name is a unit, and as prose otherwise', () => {
    const units =
      '省发展改革委、省财政厅、省人力资源社会保障厅、省商务厅、省经济和信息化委、省工商局、省金融办、省旅游局、人民银行济南分行等负责';
    assert.equal(parseRoleSentence(units)?.lead.length, 1);
    assert.equal(
      parseRoleSentence(
        '各地要结合本地实际认真研究制定贯彻落实的具体实施方案、明确时间表和路线图并建立健全工作推进机制和督查考核制度以确保各项任务按期完成由各级政府主要领导亲自负责',
      ),
      null,
    );
  });
});

describe('a paragraph that ends in its own unit bracket', () => {
  it('is told by a bracket of units at its end, with or without a role', () => {
    assert.equal(endsInUnitBracket('推进某项工作。(省发展改革委、省财政厅等负责)'), true);
    assert.equal(endsInUnitBracket('推进某项工作(省发展改革委牵头,省财政厅配合)。'), true);
    assert.equal(endsInUnitBracket('推进某项工作。(省商务厅、省工商局)'), true);
  });

  it('is not told by a bracket in the middle, or one that names no unit', () => {
    assert.equal(endsInUnitBracket('由省发展改革委(省能源局)统筹推进,确保按期开工。'), false);
    assert.equal(endsInUnitBracket('地区生产总值增长7%(按可比价格计算)。'), false);
    assert.equal(endsInUnitBracket('年底前完成改造任务。(2015年12月底前)'), false);
  });
});
