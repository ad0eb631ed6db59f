// Notices of governments other than Wuhu, in the layouts they publish: each rule is checked on a
// small notice written as such notices are written, once with ASCII and once with full-width
// punctuation (both occur in published copies).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ImportResult, Task } from '../../src/core/plan/plan.types.ts';
import { importNotice } from '../../src/importer/import-notice.ts';

/** ASCII , ; : ( ) ! ? to their full-width forms. */
const fullWidth = (text: string): string =>
  text.replace(/[,;:()!?]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

const FORMS: [string, (text: string) => string][] = [
  ['ASCII punctuation', (text) => text],
  ['full-width punctuation', fullWidth],
];

async function read(lines: string[], form: (text: string) => string): Promise<ImportResult> {
  return importNotice({ bytes: new TextEncoder().encode(form(lines.join('\n'))) });
}

/** Lead and co units with brackets folded to ASCII, so both punctuation forms compare alike. */
const units = (task: Task | undefined): [string[], string[]] => {
  const fold = (names: string[]) => names.map((n) => n.replace(/\uff08/g, '(').replace(/\uff09/g, ')'));
  return [fold(task?.leadUnits ?? []), fold(task?.responsibleUnits ?? [])];
};

function eachForm(title: string, body: (form: (text: string) => string) => Promise<void>): void {
  for (const [name, form] of FORMS) it(`${title} (${name})`, () => body(form));
}

describe('labelled lines and role sentences', () => {
  eachForm('牵头单位 and 责任单位 lines give the lead and the co units; 协同责任单位 is co', async (form) => {
    const result = await read(
      [
        '立山区人民政府关于印发2023年重点工作任务分解和责任分工方案的通知',
        '一、经济社会发展的主要预期目标',
        '1.努力实现地区生产总值增长6.2%左右。',
        '牵头单位:区发改局',
        '责任单位:立山经济开发区,全区经济运行各专班',
        '2.规模上工业增加值增长5%左右。',
        '牵头单位:区工信局',
        '协同责任单位:区财政局、区税务局',
        '牵头负责领导:王明',
      ],
      form,
    );
    assert.deepEqual(units(result.tasks[0]), [['区发改局'], ['立山经济开发区', '全区经济运行各专班']]);
    assert.deepEqual(units(result.tasks[1]), [['区工信局'], ['区财政局', '区税务局']]);
    assert.equal(result.tasks[1]?.leaderName, '王明');
    assert.ok(result.tasks.every((t) => t.assignment === 'certain'));
  });

  eachForm(
    'a task with only 责任单位 has them all as leads (无牵头单位的,责任单位即为牵头单位)',
    async (form) => {
      const result = await read(
        [
          '许昌市人民政府关于印发2020年政府工作报告重点工作任务分解的通知',
          '一、抓好常态化疫情防控',
          '1.巩固疫情防控持续向好态势。',
          '责任单位:市疫情防控指挥部办公室、市卫生健康委等,各县(市、区)政府(管委会)',
        ],
        form,
      );
      assert.deepEqual(units(result.tasks[0]), [
        ['市疫情防控指挥部办公室', '市卫生健康委', '各县(市、区)政府(管委会)'],
        [],
      ]);
    },
  );

  eachForm('分管省领导 is a person kept as text; 部门分工 is read by its verbs', async (form) => {
    const result = await read(
      [
        '广东省人民政府关于印发2021年省《政府工作报告》重点任务分工方案的通知',
        '一、2021年经济社会发展主要预期目标',
        '1.地区生产总值增长6%以上。',
        '分管省领导:林克庆',
        '部门分工:省发展改革委牵头,各地、各部门配合。',
        '2.粮食产量稳定。',
        '分管省领导:张新',
        '部门分工:省农业农村厅、省粮食和储备局牵头,省财政厅按职责分工负责。',
      ],
      form,
    );
    assert.deepEqual(units(result.tasks[0]), [['省发展改革委'], ['各地', '各部门']]);
    assert.equal(result.tasks[0]?.leaderName, '林克庆');
    assert.deepEqual(units(result.tasks[1]), [['省农业农村厅', '省粮食和储备局'], ['省财政厅']]);
    assert.ok(!result.units.some((u) => u.name === '林克庆' || u.name === '张新'));
    assert.equal(result.plan.level, 'province');
  });

  eachForm(
    'brackets of every kind at the end of a task or of its detail paragraph carry its units',
    async (form) => {
      const result = await read(
        [
          '官渡区人民政府关于印发稳增长若干政策措施的通知',
          '一、提高投资项目审批效率',
          '1. 精简项目审批手续。扩大上线服务单位范围(不含涉密事项)。(区政务服务局牵头,区发改局、区级相关部门配合)',
          '2. 提高土地审批效率。[牵头单位:区国土分局;责任单位:区规划分局、各街办(新区)]',
          '3. 提高环评审批效率。【区环保局牵头】',
          '4. 加强项目谋划储备。',
          '编制完成三年滚动投资计划。(区发改局、区财政局等负责)',
        ],
        form,
      );
      const texts = result.tasks.map((t) => t.text.replace(/\uff08/g, '(').replace(/\uff09/g, ')'));
      assert.deepEqual(texts, [
        '精简项目审批手续。扩大上线服务单位范围(不含涉密事项)。',
        '提高土地审批效率。',
        '提高环评审批效率。',
        '加强项目谋划储备。编制完成三年滚动投资计划。',
      ]);
      assert.deepEqual(units(result.tasks[0]), [['区政务服务局'], ['区发改局', '区级相关部门']]);
      assert.deepEqual(units(result.tasks[1]), [['区国土分局'], ['区规划分局', '各街办(新区)']]);
      assert.deepEqual(units(result.tasks[2]), [['区环保局'], []]);
      assert.deepEqual(units(result.tasks[3]), [['区发改局', '区财政局'], []]);
    },
  );

  eachForm(
    'the notice\'s rule "列第一位者为牵头单位" makes the first unit of each list the lead',
    async (form) => {
      const result = await read(
        [
          '湖州市人民政府办公室关于印发2020年政府工作报告重点工作责任分解的通知',
          '一、重点工作',
          '1.坚定不移支持企业发展。',
          '责任单位:市经信局、市财政局、市税务局(列第一位者为工作牵头单位或汇总单位,下同)',
          '2.开展项目双进双产。',
          '责任单位:市发展改革委、市商务局',
        ],
        form,
      );
      assert.deepEqual(units(result.tasks[0]), [['市经信局'], ['市财政局', '市税务局']]);
      assert.deepEqual(units(result.tasks[1]), [['市发展改革委'], ['市商务局']]);
    },
  );

  eachForm('a deadline written as the last item of a unit list is the deadline, not a unit', async (form) => {
    const result = await read(
      [
        '2020年深化放管服改革优化营商环境工作计划',
        '1.加大简政放权力度。承接好省下放行政许可事项。(牵头单位:州行政审批服务局;责任单位:州司法局,各县市人民政府,6月底完成)',
        '2.推动政务服务导则落实。',
        '牵头单位:州政务服务中心',
        '责任单位:各县市人民政府、年底前完成',
      ],
      form,
    );
    assert.deepEqual(units(result.tasks[0]), [['州行政审批服务局'], ['州司法局', '各县市人民政府']]);
    assert.deepEqual(units(result.tasks[1]), [['州政务服务中心'], ['各县市人民政府']]);
    assert.deepEqual(
      result.tasks.map((t) => t.deadline?.text ?? null),
      ['6月底完成', '年底前完成'],
    );
  });

  eachForm(
    'labels in traditional characters (牽頭單位 / 責任單位 / 分管領導) are read as in simplified',
    async (form) => {
      const result = await read(
        [
          '2020年深化放管服改革優化營商環境工作計劃',
          '1.加大簡政放權力度。承接好省下放行政許可事項。(牽頭單位:州行政審批服務局;責任單位:州司法局、州委編辦)',
          '2.推動政務服務導則落實。',
          '牽頭單位:州政務服務中心',
          '配合單位:各縣市人民政府',
          '分管領導:王明',
        ],
        form,
      );
      assert.deepEqual(units(result.tasks[0]), [['州行政審批服務局'], ['州司法局', '州委編辦']]);
      assert.deepEqual(units(result.tasks[1]), [['州政務服務中心'], ['各縣市人民政府']]);
      assert.equal(result.tasks[1]?.leaderName, '王明');
    },
  );
});

describe('numbering', () => {
  eachForm(
    'tasks numbered (一) with unit lines are tasks, and a cut-off last one gets no units',
    async (form) => {
      const result = await read(
        [
          '蔡甸区人民政府办公室关于印发2023年主要目标任务责任分解方案的通知',
          '一、主要预期目标',
          '(一)地区生产总值增长7%以上',
          '责任单位:区发展和改革局',
          '(二)规上工业增加值增长12%以上',
          '责任单位:区科技和经信局',
          '(三)工业投资增长12%以上',
        ],
        form,
      );
      assert.deepEqual(
        result.tasks.map((t) => [t.seq, t.text, t.complete]),
        [
          [1, '地区生产总值增长7%以上', true],
          [2, '规上工业增加值增长12%以上', true],
          [3, '工业投资增长12%以上', false],
        ],
      );
      assert.deepEqual(units(result.tasks[2]), [[], []]);
      assert.ok(result.issues.some((i) => i.code === 'task.truncated' && i.taskSeq === 3));
    },
  );

  eachForm('(1), ① and 第N项 number tasks; numbering restarting per part counts through', async (form) => {
    const result = await read(
      [
        '某县人民政府关于2025年重点工作及责任分解的通知',
        '一、稳增长',
        '(1)项目投资增长10%。(县发改局牵头)',
        '(2)消费增长8%。(县商务局牵头)',
        '二、惠民生',
        '(1)新增就业5000人。(县人社局牵头)',
        '三、抓改革',
        '①深化放管服改革。(县数据资源局牵头)',
        '第2项 推进国企改革。(县国资委牵头)',
      ],
      form,
    );
    assert.deepEqual(
      result.tasks.map((t) => [
        t.seq,
        t.label?.replace(/[\uff08\uff09]/g, (c) => (c === '\uff08' ? '(' : ')')),
      ]),
      [
        [1, '(1)'],
        [2, '(2)'],
        [3, '(1)'],
        [4, '①'],
        [5, '第2项'],
      ],
    );
    assert.ok(!result.issues.some((i) => i.code === 'task.duplicate_number'));
    assert.equal(result.plan.year, 2025);
    assert.equal(result.plan.level, 'county');
  });

  it('"2.50个小区…" is task 2 when 2 comes next, not the figure 2.50', async () => {
    const result = await read(
      ['宝山区人民政府办公室关于印发2022年实事的通知', '1.加装电梯新增400台。', '2.50个小区新增充电设施。'],
      (t) => t,
    );
    assert.deepEqual(
      result.tasks.map((t) => [t.seq, t.text]),
      [
        [1, '加装电梯新增400台。'],
        [2, '50个小区新增充电设施。'],
      ],
    );
  });
});

describe('tables written as text', () => {
  eachForm(
    'a table flattened one cell per paragraph: 责任单位 only, 完成时限 kept, a sub-row joins its task',
    async (form) => {
      const result = await read(
        [
          '大竹县人民政府办公室关于对2016年民生实事进行重点督办的通知',
          '序号',
          '民生实事',
          '责任单位',
          '完成时限',
          '1',
          '启动建设东湖湿地公园。',
          '县水务局',
          '县住建局',
          '12月底前',
          '2',
          '开工建设县老年养护楼。',
          '县民政局',
          '5月底前动工',
          '开工建设老年大学。',
          '12月底前',
          '分享到:',
        ],
        form,
      );
      assert.deepEqual(units(result.tasks[0]), [['县水务局', '县住建局'], []]);
      assert.deepEqual(result.tasks[0]?.deadline, { text: '12月底前', iso: '2016-12-31' });
      assert.equal(result.tasks[1]?.text, '开工建设县老年养护楼。开工建设老年大学。');
      assert.deepEqual(units(result.tasks[1]), [['县民政局'], []]);
      assert.deepEqual(result.tasks[1]?.deadline, { text: '12月底前', iso: '2016-12-31' });
    },
  );

  eachForm(
    'a unit cell that ends its list with a deadline gives the task that deadline, not a unit',
    async (form) => {
      const result = await read(
        [
          '2024年重点工作任务分解表',
          '| 序号 | 工作任务 | 牵头单位 | 配合单位 |',
          '| 1 | 新建幼儿园3所。 | 区教育局 | 区住建局、各街道,6月底前完成 |',
          '| 2 | 建成社区食堂15家。 | 区民政局 | 各街道、长期护理保险中心 |',
        ],
        form,
      );
      assert.deepEqual(units(result.tasks[0]), [['区教育局'], ['区住建局', '各街道']]);
      assert.equal(result.tasks[0]?.deadline?.text, '6月底前完成');
      assert.deepEqual(units(result.tasks[1]), [['区民政局'], ['各街道', '长期护理保险中心']]);
      assert.equal(result.tasks[1]?.deadline, undefined);
    },
  );

  it('a table exported one cell per line ("序号 |"): the leader column is a person, 全年 is the year end', async () => {
    const result = await read(
      [
        '2025年开发区重点工作及责任清单',
        '序号 |',
        '重点工作 |',
        '责任领导 |',
        '责任单位 |',
        '完成时限 |',
        '1 |',
        '优化重点项目直通车工作机 制,全力服务重大项目落地见效。 |',
        '叶林 |',
        '招商工作部、安商工作部 |',
        '全年 |',
      ],
      (t) => t,
    );
    const [task] = result.tasks;
    assert.equal(task?.text, '优化重点项目直通车工作机制,全力服务重大项目落地见效。');
    assert.equal(task?.leaderName, '叶林');
    assert.deepEqual(units(task), [['招商工作部', '安商工作部'], []]);
    assert.deepEqual(task?.deadline, { text: '全年', iso: '2025-12-31' });
    assert.equal(result.plan.level, 'zone');
  });

  eachForm(
    'a "|" table with (1) numbers, columns in any order, 配合单位, 进展情况 and a role sentence in a cell',
    async (form) => {
      const result = await read(
        [
          '芜湖市人民政府关于分解下达2025年度重点工作任务的通知',
          '| 完成时限 | 序号 | 配合单位 | 重点任务 | 牵头单位 | 进展情况 |',
          '| --- | --- | --- | --- | --- | --- |',
          '| 6月底 | (1) | 市财政局 | 新增小微企业首贷户2500家以上。 | 市地方金融局 | 已启动 |',
          '| 长期坚持 | (2) | | 全力帮助企业解决融资难题。 | 市税务局牵头,市人社局配合 | |',
        ],
        form,
      );
      assert.deepEqual(
        result.tasks.map((t) => t.text),
        ['新增小微企业首贷户2500家以上。', '全力帮助企业解决融资难题。'],
      );
      assert.deepEqual(units(result.tasks[0]), [['市地方金融局'], ['市财政局']]);
      assert.equal(result.tasks[0]?.progress, '已启动');
      assert.deepEqual(result.tasks[0]?.deadline, { text: '6月底', iso: '2025-06-30' });
      assert.deepEqual(units(result.tasks[1]), [['市税务局'], ['市人社局']]);
      assert.deepEqual(result.tasks[1]?.deadline, { text: '长期坚持', iso: '2025-12-31' });
    },
  );

  it('a table typed with tabs between cells', async () => {
    const result = await read(
      [
        '某市人民政府关于印发2024年重点工作任务分解的通知',
        '序号\t工作任务\t牵头单位\t责任单位\t完成时限',
        '1\t新建5G基站1000个。\t市经信局\t市通信办、市住建局\t2024年12月底',
      ],
      (t) => t,
    );
    assert.deepEqual(units(result.tasks[0]), [['市经信局'], ['市通信办', '市住建局']]);
    assert.deepEqual(result.tasks[0]?.deadline, { text: '2024年12月底', iso: '2024-12-31' });
    assert.equal(result.plan.level, 'city');
  });

  eachForm(
    'a one-line header with single spaces: a lead cell wrapped onto its own line stays a lead',
    async (form) => {
      const result = await read(
        [
          '谯城区2025年政府工作报告重点工作任务分解表',
          '序号 重点工作任务 主要责任单位 协同配合单位',
          '1 地区生产总值增长6.5%左右。 区发改委 区政府各部门,各乡镇人民政府、街道办事处。',
          '2 一般公共预算收入增长5%左右。 区财政局',
          '区税务局',
          '区政府有关部门,谯城经开区管委会。',
        ],
        form,
      );
      assert.deepEqual(units(result.tasks[0]), [
        ['区发改委'],
        ['区政府各部门', '各乡镇人民政府', '各街道办事处'],
      ]);
      assert.deepEqual(units(result.tasks[1]), [
        ['区财政局', '区税务局'],
        ['区政府有关部门', '谯城经开区管委会'],
      ]);
    },
  );
});

describe('units as people write them, without a directory', () => {
  eachForm('a shared prefix, a shared suffix, a trailing 等, a bracket inside a name', async (form) => {
    const result = await read(
      [
        '某市人民政府关于印发2024年重点工作任务分解的通知',
        '1.推进招商引资。',
        '牵头单位:市发改委、经贸委',
        '责任单位:黄埔区、南沙区政府;县发改局(粮食局) 市商务局等',
      ],
      form,
    );
    assert.deepEqual(units(result.tasks[0]), [
      ['市发改委', '市经贸委'],
      ['黄埔区政府', '南沙区政府', '县发改局(粮食局)', '市商务局'],
    ]);
  });

  it("another city's units are kept as written, not renamed to Wuhu's, and reported as unknown", async () => {
    const result = await read(
      [
        '许昌市人民政府关于2020年重点工作的通知',
        '1.扩大有效投资。',
        '牵头单位:市发展改革委',
        '责任单位:经开区',
      ],
      (t) => t,
    );
    assert.deepEqual(units(result.tasks[0]), [['市发展改革委'], ['经开区']]);
    assert.ok(result.issues.some((i) => i.code === 'unit.unknown'));
  });
});

describe('plan facts and headings', () => {
  it('reads the year from any title and the level from the issuer', async () => {
    const cases: [string, number, string][] = [
      ['关于2025年重点工作及责任分解的通知', 2025, 'district'],
      ['霍山经济开发区关于2024年重点工作责任清单的通知', 2024, 'zone'],
      ['鞍山市人民政府关于2023年重点工作任务分解的通知', 2023, 'city'],
      ['广西壮族自治区人民政府关于2022年重点工作分工的通知', 2022, 'province'],
    ];
    for (const [title, year, level] of cases) {
      const lines = [title, '全区各部门要按季度报送进展。', '1.任务一。', '牵头单位:区发改局'];
      const result = await read(lines, (t) => t);
      assert.equal(result.plan.year, year, title);
      assert.equal(result.plan.level, level, title);
      assert.equal(result.plan.cadence, 'quarterly');
    }
  });

  it('a part heading with its lead in brackets governs the measures under it', async () => {
    const result = await read(
      [
        '金华市婺城区人民政府关于印发推动经济高质量发展若干政策举措的通知',
        '一、强化科技创新(区科技局牵头)',
        '推进创新链产业链深度融合。',
        '(一)加强科创平台效能建设。加快建设光电子研究院,鼓励科研机构做好成果转化。',
        '(二)支持企业研发投入。对研发投入增长的企业给予奖励,最高50万元。',
        '二、扩大有效投资(区发改局牵头)',
        '(一)加快重大项目建设。推进100个重点项目,完成投资200亿元。',
      ],
      (t) => t,
    );
    assert.deepEqual(
      result.tasks.map((t) => [t.label, t.leadUnits]),
      [
        ['(一)', ['区科技局']],
        ['(二)', ['区科技局']],
        ['(一)', ['区发改局']],
      ],
    );
  });

  it('the interpretation of a plan is not a plan: no tasks and a clear error', async () => {
    const result = await read(
      [
        '《2024年重点工作任务分工方案》政策解读',
        '一、主要内容',
        '1.在聚焦对外开放方面(分解任务15项)。',
        '2.在聚焦产业发展方面(分解任务9项)。',
      ],
      (t) => t,
    );
    assert.equal(result.tasks.length, 0);
    assert.ok(result.issues.some((i) => i.code === 'plan.interpretation' && i.severity === 'error'));
  });
});

describe('real tables', () => {
  it('a header over two rows (责任单位 above 牵头单位 | 配合单位) and a row split over two sub-rows', async () => {
    const html = `<html><body><p>某市人民政府关于印发2024年重点工作任务分解的通知</p><table>
      <tr><td rowspan="2">序号</td><td rowspan="2">重点任务</td><td colspan="2">责任单位</td><td rowspan="2">完成时限</td></tr>
      <tr><td>牵头单位</td><td>配合单位</td></tr>
      <tr><td rowspan="2">1</td><td>开工建设县老年养护楼。</td><td rowspan="2">市民政局</td><td>市财政局</td><td>6月底前</td></tr>
      <tr><td>开工建设老年大学。</td><td>市教育局</td><td>12月底前</td></tr>
      <tr><td>2</td><td>新建5G基站1000个。</td><td>市经信局</td><td>市通信办、市住建局</td><td>全年</td></tr>
    </table></body></html>`;
    const result = await importNotice({ bytes: new TextEncoder().encode(html), fileName: 'notice.html' });
    assert.deepEqual(
      result.tasks.map((t) => [t.seq, t.text, t.leadUnits, t.responsibleUnits, t.deadline?.iso]),
      [
        [1, '开工建设县老年养护楼。开工建设老年大学。', ['市民政局'], ['市财政局', '市教育局'], '2024-12-31'],
        [2, '新建5G基站1000个。', ['市经信局'], ['市通信办', '市住建局'], '2024-12-31'],
      ],
    );
    assert.ok(!result.issues.some((i) => i.code === 'text.unrecognised'));
  });
});
