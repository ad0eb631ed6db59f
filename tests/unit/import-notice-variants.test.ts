// Ways of writing a notice met in published copies: reposts in traditional characters, lists joined by
// 及, a '|' table after its cover letter, a task written over two columns, a copy cut inside its bracket.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ImportResult } from '../../src/core/plan/plan.types.ts';
import { importNotice } from '../../src/importer/import-notice.ts';

async function read(lines: string[]): Promise<ImportResult> {
  return importNotice({ bytes: new TextEncoder().encode(lines.join('\n')) });
}

const roles = (result: ImportResult) => result.tasks.map((t) => [t.seq, t.leadUnits, t.responsibleUnits]);

describe('notices as published copies write them', () => {
  it('a repost in traditional characters: 牽頭 and 按職責分工負責 are read as the role verbs', async () => {
    const result = await read([
      '一、優化營商環境',
      '1.推進工程建設項目審批制度改革。(市住建局、市行政審批局牽頭,各縣區政府按職責分工負責)',
      '2.深化商事制度改革。(市市場監管局負責)',
    ]);
    assert.deepEqual(roles(result), [
      [1, ['市住建局', '市行政審批局'], ['各縣區政府']],
      [2, ['市市場監管局'], []],
    ]);
  });

  it('two units joined by 及 are two units; a name holding 及 inside stays whole', async () => {
    const result = await read([
      '1.推进政务服务事项标准化。(市政务服务局牵头,市级各有关部门及各县区政府配合)',
      '2.建设人才公寓。(市住房保障及房产管理局牵头)',
    ]);
    assert.deepEqual(roles(result), [
      [1, ['市政务服务局'], ['市级各有关部门', '各县区政府']],
      [2, ['市住房保障及房产管理局'], []],
    ]);
  });

  it("a '|' table after a cover letter: the letter is the preamble and its numbered lines are not tasks", async () => {
    const result = await read([
      '某区人民政府办公室关于分解落实2019年政府工作报告目标任务的通知',
      '各街道办事处:',
      '附件:1. 2019年政府工作报告目标任务分解表',
      '2. 2019年民生实事项目目标任务分解表',
      '序号 | 任务名称 | 指标要求 | 牵头部门 | 配合部门 |',
      '1 | 地区生产总值 | 增长6% | 区发改局 | 区统计局 |',
      '2 | 服务业增加值 | 增长7% | 区发改局 | 区商务局、各街道 |',
    ]);
    assert.deepEqual(
      result.tasks.map((t) => [t.seq, t.text, t.leadUnits, t.responsibleUnits]),
      [
        [1, '地区生产总值 增长6%', ['区发改局'], ['区统计局']],
        [2, '服务业增加值 增长7%', ['区发改局'], ['区商务局', '各街道']],
      ],
    );
    assert.equal(result.plan.year, 2019);
  });

  it('a copy cut inside a unit bracket that names no role yet: the bracket is not text and gives no unit', async () => {
    const result = await read([
      '1.全面实施行政许可事项清单管理。(市政府办公室牵头,各县区政府配合)',
      '2.深化相对集中行政许可权改革。(市政府办公室、市',
    ]);
    const last = result.tasks.at(-1);
    assert.equal(last?.text, '深化相对集中行政许可权改革。');
    assert.deepEqual([last?.leadUnits, last?.responsibleUnits, last?.complete], [[], [], false]);
    const label = await read([
      '1.地区生产总值增长6%。(牵头单位:县发展和改革局)',
      '2.实施园区基础设施提升行动。(牵头单',
    ]);
    assert.deepEqual(
      label.tasks.map((t) => [t.text, t.leadUnits, t.complete]),
      [
        ['地区生产总值增长6%。', ['县发展和改革局'], true],
        ['实施园区基础设施提升行动。', [], false],
      ],
    );
  });

  it("a cover letter's numbered requirements before its signature are not tasks; tasks after it are", async () => {
    const cover = [
      '盤錦市人民政府辦公室關于印發《2021年市〈政府工作報告〉任務分解和責任分工方案》的通知',
      '1.明確任務,壓實責任。各牽頭單位要緊密結合工作實際。',
      '2.統籌協調,合力攻堅。各相關單位要加強配合。',
      '盤錦市人民政府辦公室',
      '2021年1月25日',
    ];
    const bare = await read(cover);
    assert.equal(bare.tasks.length, 0);
    assert.equal(bare.plan.issuer, '盤錦市人民政府辦公室');
    assert.equal(bare.plan.year, 2021);
    const whole = await read([...cover, '1.地區生產總值增長6%。', '牽頭單位:市發展改革委']);
    assert.deepEqual(
      whole.tasks.map((t) => [t.seq, t.text]),
      [[1, '地區生產總值增長6%。']],
    );
  });
});
