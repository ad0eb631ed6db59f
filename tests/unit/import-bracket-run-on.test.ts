// Two tasks a repost ran into one line after a unit bracket ((省发改委负责)(二)… / …协办)2.…), the
// roles 主办 / 协办 and 分别负责, numbers closed by 。 (1。), and 国土 as a department's own word.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ImportResult } from '../../src/core/plan/plan.types.ts';
import { parseRoleSentence } from '../../src/importer/assemble/roles.ts';
import { importNotice } from '../../src/importer/import-notice.ts';
import { splitAfterUnitBrackets } from '../../src/importer/readers/bracket-run-on.ts';
import { expandUnitList } from '../../src/importer/units/unit-grammar.ts';

async function read(lines: string[]): Promise<ImportResult> {
  return importNotice({ bytes: new TextEncoder().encode(lines.join('\n')) });
}

describe('a unit bracket followed by the next number', () => {
  it('splits the line into two tasks, each with its units', async () => {
    const result = await read([
      '某省人民政府关于落实《政府工作报告》重点工作责任分工的意见',
      '一、全省经济社会发展主要目标',
      '(一)地区生产总值增长11%左右。(省发改委负责)(二)公共财政收入增长13%左右。(省财政厅主办,省国税局、地税局协办)',
      '(三)进出口总额增长8%左右。(省商务厅负责)',
    ]);
    assert.deepEqual(
      result.tasks.map((t) => [t.text, t.leadUnits, t.responsibleUnits]),
      [
        ['地区生产总值增长11%左右。', ['省发改委'], []],
        ['公共财政收入增长13%左右。', ['省财政厅'], ['省国税局', '省地税局']],
        ['进出口总额增长8%左右。', ['省商务厅'], []],
      ],
    );
  });

  it('splits before an arabic number too', () => {
    const pieces = splitAfterUnitBrackets({
      text: '1.抓好重点项目。(省发改委主办,省工信委协办)2.抓好技改。',
      line: 1,
    });
    assert.deepEqual(
      pieces.map((p) => p.text),
      ['1.抓好重点项目。(省发改委主办,省工信委协办)', '2.抓好技改。'],
    );
  });

  it('keeps a line whose bracket names no role, or whose next bracket is not a number', () => {
    const figure = { text: '(一)地区生产总值增长(按可比价格计算)(二)季度平稳。', line: 1 };
    assert.deepEqual(splitAfterUnitBrackets(figure), [figure]);
    const note = { text: '地区生产总值增长11%左右。(省发改委负责)(注:不含开发区)', line: 1 };
    assert.deepEqual(splitAfterUnitBrackets(note), [note]);
  });
});

describe('主办 / 协办 and 分别负责', () => {
  it('reads 主办 as the lead and 协办 as co units', () => {
    assert.deepEqual(parseRoleSentence('省发改委主办,省工信委、科技厅协办'), {
      lead: ['省发改委'],
      co: ['省工信委、科技厅'],
    });
  });

  it('reads X、Y分别负责 as leads without the word 分别 on the last unit', () => {
    assert.deepEqual(parseRoleSentence('省发改委、农委、统计局分别负责'), {
      lead: ['省发改委、农委、统计局'],
      co: [],
    });
  });

  it('still reads no role in a bracket without a role verb', () => {
    assert.equal(parseRoleSentence('按可比价格计算'), null);
  });
});

describe('a number closed by the ideographic full stop', () => {
  it('1。 2。 number tasks; a figure closed by 。 inside a task starts none', async () => {
    const result = await read([
      '关于落实国务院《政府工作报告》重点工作的任务分工',
      '总体要求和主要预期目标',
      '1。全面建成高质量小康社会,力争增长 5。(市政府各部门分别负责,年内持续推进)',
      '2。完成年度城镇新增就业目标任务。(市人社局负责,12月底前)',
    ]);
    assert.deepEqual(
      result.tasks.map((t) => [t.label, t.leadUnits]),
      [
        ['1。', ['市政府各部门']],
        ['2。', ['市人社局']],
      ],
    );
  });
});

describe('国土 is a department word', () => {
  it('a shared level prefix carries over 国土资源厅 and the names after it', () => {
    assert.deepEqual(expandUnitList(['省工信委', '国土资源厅', '林业厅']), [
      '省工信委',
      '省国土资源厅',
      '省林业厅',
    ]);
  });

  it('a name that opens with 国 for the state keeps no prefix', () => {
    assert.deepEqual(expandUnitList(['省发改委', '国家统计局调查总队']), ['省发改委', '国家统计局调查总队']);
  });
});
