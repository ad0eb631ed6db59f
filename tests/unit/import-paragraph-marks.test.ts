// Layouts of real district notices: a ▲ detail under a numbered task, dash subheadings between
// tasks (——在推进“放管服”改革上精准发力), and a unit list a PDF wrapped onto the next line.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ImportResult } from '../../src/core/plan/plan.types.ts';
import { isDashSubheading } from '../../src/importer/assemble/paragraph-marks.ts';
import type { OpenRow } from '../../src/importer/assemble/paragraph-row.ts';
import { importNotice } from '../../src/importer/import-notice.ts';

async function read(lines: string[]): Promise<ImportResult> {
  return importNotice({ bytes: new TextEncoder().encode(lines.join('\n')) });
}

const HEAD = ['2019年区政府重点工作任务分解', '一、推动经济发展'];

describe('a detail line opened by a bullet', () => {
  it('joins the task above without its bullet', async () => {
    const result = await read([
      ...HEAD,
      '1、加强经济运行分析,确保完成主要指标。(牵头单位:区发改委、区统计局)',
      '▲增加值可比增长14%左右。',
      '2、扩大有效投资。(牵头单位:区发改委)',
    ]);
    assert.equal(result.tasks.length, 2);
    assert.equal(result.tasks[0]?.text, '加强经济运行分析,确保完成主要指标。增加值可比增长14%左右。');
    assert.deepEqual(result.tasks[0]?.leadUnits, ['区发改委', '区统计局']);
  });

  it("keeps a mark that opens the task's own words", async () => {
    const result = await read([...HEAD, '1', '★地区生产总值增长8%。', '牵头单位:区发改委']);
    assert.equal(result.tasks[0]?.text, '★地区生产总值增长8%。');
  });
});

describe('a dash subheading between tasks', () => {
  it('ends the task above once its units are given, and is no part of it', async () => {
    const result = await read([
      ...HEAD,
      '1、深化并联审批。(牵头单位:区行政审批局)',
      '——在优化营商环境上精准发力',
      '2、加快开放型经济建设。(责任单位:区商务局)',
    ]);
    assert.deepEqual(
      result.tasks.map((t) => t.text),
      ['深化并联审批。', '加快开放型经济建设。'],
    );
  });

  it('is no subheading inside a task whose units have not come, nor when it holds a sentence', () => {
    const open = { lead: [], responsible: [], co: [] } as unknown as OpenRow;
    assert.equal(isDashSubheading(open, '——审批制度改革'), false);
    assert.equal(isDashSubheading(null, '——在优化营商环境上精准发力'), true);
    assert.equal(isDashSubheading(null, '——全年完成审批改革。'), false);
  });
});

describe('a unit list wrapped onto the next line', () => {
  it('joins a name the line cut (园区党工 / 委) and the names after it', async () => {
    const result = await read([
      ...HEAD,
      '1.完善街道党工委的领导体制机制,优化决策程序。',
      '牵头单位:区委组织部',
      '协办单位:区委编办、区民政局、园区党工',
      '委、各街道党工委',
    ]);
    assert.deepEqual(result.tasks[0]?.responsibleUnits, [
      '区委编办',
      '区民政局',
      '园区党工委',
      '各街道党工委',
    ]);
  });

  it('adds whole names after a complete one, and leaves prose that follows a label alone', async () => {
    const wrapped = await read([
      ...HEAD,
      '1.完善领导体制机制。',
      '牵头单位:区委组织部、区民政局',
      '区司法局',
    ]);
    assert.deepEqual(wrapped.tasks[0]?.leadUnits, ['区委组织部', '区民政局', '区司法局']);
    const prose = await read([
      ...HEAD,
      '1.完善领导体制机制。',
      '牵头单位:区委组织部',
      '各单位要按照职责分工,认真抓好落实。',
    ]);
    assert.deepEqual(prose.tasks[0]?.leadUnits, ['区委组织部']);
  });
});
