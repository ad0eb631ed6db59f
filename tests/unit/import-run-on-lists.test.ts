// Two shapes real notices take that carry their structure in words rather than in lines: a list a
// news page ran into one paragraph, and a part heading that names who leads the tasks under it. The
// notices here are written the way such pages read, not copied from the corpus.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ImportResult } from '../../src/core/plan/plan.types.ts';
import { importNotice } from '../../src/importer/import-notice.ts';

async function read(lines: string[]): Promise<ImportResult> {
  return importNotice({ bytes: new TextEncoder().encode(lines.join('\n')) });
}

const units = (result: ImportResult) =>
  result.tasks.map((t) => [t.seq, t.text, t.leadUnits, t.responsibleUnits, t.leaderName ?? null]);

describe('a list run into one paragraph', () => {
  it('splits before each item number and each label, so every project keeps its own units', async () => {
    const result = await read([
      '2023年县政府民生实事项目共10项,现将1—9月份进展情况公示如下,接受社会监督。 1.新建城区停车场3处。 牵头领导:张明 责任单位:县住建局 项目责任人:李强 配合单位:县自然资源局、县财政局 实际完成情况:已建成2处,第3处完成主体工程。 2.改造农村公路50公里。 牵头领导:王华 责任单位:县交通运输局 项目责任人:赵刚 实际完成情况:已完成38公里。',
    ]);
    assert.deepEqual(units(result), [
      [1, '新建城区停车场3处。', ['县住建局'], ['县自然资源局', '县财政局'], '张明、李强'],
      [2, '改造农村公路50公里。', ['县交通运输局'], [], '王华、赵刚'],
    ]);
    assert.equal(result.tasks[0]?.progress, '已建成2处,第3处完成主体工程');
  });

  it('a long paragraph whose numbers do not run 1, 2, 3 stays one paragraph', async () => {
    const result = await read([
      '1.推进老旧小区改造。',
      '牵头单位:区住建局',
      '2.建设口袋公园。',
      '牵头单位:区城管局',
      '今年全区计划投资约20亿元,其中 5.2亿元用于改造,另有 7.8亿元用于新建,资金来源包括中央补助、省级配套、区级财政和社会资本,具体安排由区发改局会同区财政局另行下达,各街道要加强统筹,确保资金及时足额到位,发挥投资效益,推动项目早开工早见效,惠及更多群众。',
    ]);
    assert.deepEqual(
      result.tasks.map((t) => [t.seq, t.leadUnits]),
      [
        [1, ['区住建局']],
        [2, ['区城管局']],
      ],
    );
  });
});

describe('a part heading that names the lead', () => {
  it('gives its unit to every task under it that names none, and only under it', async () => {
    const result = await read([
      '某县人民政府办公室关于印发2025年县政府工作报告任务清单的通知',
      '一、县发改局牵头工作(2项)',
      '1.争取中央预算内投资项目20个以上。',
      '2.谋划储备重大项目100个。',
      '二、县教育局、县卫健局牵头工作(1项)',
      '3.新建医共体分院和乡镇中心幼儿园各2所。',
      '三、其他工作',
      '4.建设智慧城市平台。',
      '责任单位:县数据局',
    ]);
    assert.deepEqual(
      result.tasks.map((t) => [t.seq, t.leadUnits, t.responsibleUnits]),
      [
        [1, ['县发改局'], []],
        [2, ['县发改局'], []],
        [3, ['县教育局', '县卫健局'], []],
        [4, ['县数据局'], []],
      ],
    );
  });

  it('a heading that names a person (王纲市长主抓重点工作) gives no unit but is the leader of the tasks under it', async () => {
    const result = await read([
      '一、王纲市长主抓重点工作',
      '1.坚定不移支持企业发展。',
      '2.开展项目双进双产。',
      '责任单位:市发展改革委',
      '二、李明副市长、赵刚副市长牵头重点工作',
      '3.推进老旧小区改造。',
      '责任单位:市住建局',
      '4.建设口袋公园10个。',
      '牵头领导:钱军',
      '责任单位:市城管局',
    ]);
    assert.deepEqual(result.tasks[0]?.leadUnits, []);
    assert.deepEqual(
      result.tasks.map((t) => [t.seq, t.leaderName ?? null]),
      [
        [1, '王纲市长'],
        [2, '王纲市长'],
        [3, '李明副市长、赵刚副市长'],
        [4, '钱军'],
      ],
    );
  });
});
