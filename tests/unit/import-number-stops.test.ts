// Numbers closed by a full stop in its other forms (1﹒ 1． 1｡ 1·), a copy cut inside a unit label, and
// the plan facts a copy without a title line gives in its first sentence.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ImportResult } from '../../src/core/plan/plan.types.ts';
import { importNotice } from '../../src/importer/import-notice.ts';

async function read(lines: string[]): Promise<ImportResult> {
  return importNotice({ bytes: new TextEncoder().encode(lines.join('\n')) });
}

const labelled = (number: string, text: string, lead: string) => [
  `${number}${text}`,
  '牵头负责领导:张三。',
  `牵头责任单位:${lead}。`,
  '协同责任单位:省财政厅、省统计局等。',
];

describe('numbers closed by a full stop in its other forms', () => {
  for (const stop of ['\ufe52', '\uff0e', '\uff61', '\u00b7', '\u30fb']) {
    it(`1${stop} 2${stop} number tasks with labelled lines`, async () => {
      const result = await read([
        '某省人民政府关于2022年重点工作及责任分解的通知',
        '一、确保完成全年主要预期目标',
        ...labelled(`1${stop}`, '全省生产总值增长7%以上。', '省发展改革委'),
        ...labelled(`2${stop}`, '一般公共预算收入增长7%左右。', '省财政厅'),
      ]);
      assert.deepEqual(
        result.tasks.map((t) => [t.label, t.text, t.leadUnits, t.responsibleUnits, t.leaderName]),
        [
          [`1${stop}`, '全省生产总值增长7%以上。', ['省发展改革委'], ['省财政厅', '省统计局'], '张三'],
          [`2${stop}`, '一般公共预算收入增长7%左右。', ['省财政厅'], ['省财政厅', '省统计局'], '张三'],
        ],
      );
    });
  }

  it('a figure or a date with such a mark inside a task does not start a task', async () => {
    const result = await read([
      '某省人民政府关于2022年重点工作及责任分解的通知',
      '1\ufe52开展消费促进活动。',
      '3·15期间集中开展放心消费行动,全年带动消费1\ufe525亿元。',
      '8\ufe525亿元以上项目开工50个。',
      '牵头责任单位:省商务厅。',
    ]);
    assert.equal(result.tasks.length, 1);
    assert.equal(result.tasks[0]?.leadUnits[0], '省商务厅');
    assert.match(result.tasks[0]?.text ?? '', /3·15期间.*8\ufe525亿元以上项目开工50个。$/u);
  });

  it('a list run into one paragraph splits before 2﹒ 3﹒ but not inside a figure', async () => {
    const item = (n: number) =>
      `${n}\ufe52推进第${n}批重点项目建设,全年完成投资2\ufe525亿元以上,带动新增就业一千人以上。`;
    const result = await read([
      '某市人民政府关于2022年重点工作及责任分解的通知',
      `今年重点工作如下: ${item(1)} 牵头单位:市发改委 ${item(2)} 牵头单位:市住建局 ${item(3)} 牵头单位:市交通局`,
    ]);
    assert.deepEqual(
      result.tasks.map((t) => [t.seq, t.leadUnits]),
      [
        [1, ['市发改委']],
        [2, ['市住建局']],
        [3, ['市交通局']],
      ],
    );
  });
});

describe('a copy cut inside a unit label', () => {
  it('the half label is no unit and the task is cut', async () => {
    const result = await read([
      '某省人民政府关于2022年重点工作及责任分解的通知',
      ...labelled('1.', '全省生产总值增长7%以上。', '省发展改革委'),
      '2.城镇居民人均可支配收入增长8%左右。',
      '牵头负责领导:李四。',
      '牵头责',
    ]);
    const last = result.tasks[1];
    assert.deepEqual([last?.leadUnits, last?.responsibleUnits, last?.complete], [[], [], false]);
    assert.ok(result.issues.some((i) => i.code === 'task.truncated' && i.taskSeq === 2));
  });

  it('a whole unit as the last line is kept', async () => {
    const result = await read([
      '某省人民政府关于2022年重点工作及责任分解的通知',
      '1.全省生产总值增长7%以上。',
      '省发展改革委',
    ]);
    assert.deepEqual(result.tasks[0]?.leadUnits, ['省发展改革委']);
  });
});

describe('plan facts of a copy without a title line', () => {
  it('a plan over several years is the plan of its first year; a one-year title keeps its year', async () => {
    const cases: [string, number][] = [
      ['某省人民政府关于印发某省三年行动方案(2020—2022年)的通知', 2020],
      ['某市人民政府关于印发某市行动计划(2023-2025年)的通知', 2023],
      ['某市人民政府关于2024年重点工作任务分解的通知', 2024],
    ];
    for (const [title, year] of cases) {
      const result = await read([title, '1.任务一。', '牵头单位:市发改委']);
      assert.equal(result.plan.year, year, title);
    }
  });

  it('the issuer and the first year of a range, named in a long first sentence', async () => {
    const result = await read([
      `據悉,某省人民政府關于印發某省重振補短板三年行動方案(2020—2022年)的通知,某政發〔2020〕19號,${'在能源提升工程這一類別中,全省三年擬實施項目共29個。'.repeat(3)}`,
      '1.三年目標。新增儲氣能力1.6億立方米。',
      '牽頭部門:省能源局',
    ]);
    assert.deepEqual([result.plan.issuer, result.plan.year], ['某省人民政府', 2020]);
  });

  it('a news item: the government that issues the notice, not the site that reports it', async () => {
    const result = await read([
      '晚报讯 据某省人民政府网消息,近日,某省人民政府发布关于年重点工作及责任分解的通知。据了解,通知明确了各项工作的牵头责任单位和协同责任单位,由省长负总责。',
      '1﹒全省生产总值增长7%以上。',
      '牵头责任单位:省发展改革委。',
    ]);
    assert.equal(result.plan.issuer, '某省人民政府');
  });

  it('a notice cited in the text is not the issuer when the copy names its own', async () => {
    const result = await read([
      '某县人民政府办公室关于印发2023年重点工作任务的通知',
      '根据《某市人民政府关于印发2023年重点工作任务的通知》要求,结合实际,制定本方案。',
      '1.任务一。',
      '牵头单位:县发改局',
    ]);
    assert.equal(result.plan.issuer, '某县人民政府办公室');
  });
});
