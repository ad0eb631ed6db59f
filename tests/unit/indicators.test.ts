import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { z } from 'zod';
import type { Comparator, Indicator } from '../../src/core/plan/plan.types.ts';
import { extractIndicators } from '../../src/importer/indicators.ts';

const COMPARATORS = ['ge', 'gt', 'approx', 'le', 'lt', 'eq'] as const satisfies readonly Comparator[];

const labelSchema = z.strictObject({
  metric: z.string(),
  value: z.number(),
  unit: z.string(),
  comparator: z.enum(COMPARATORS),
  stretch: z.boolean(),
  raw: z.string(),
});
const fixtureSchema = z.object({ none: z.array(z.number().int()) }).catchall(z.array(labelSchema));

/** The task texts of the seed notice: a paragraph holding the next task number, then the text. */
function seedTasks(): Map<number, string> {
  const text = readFileSync(new URL('../../samples/wuhu-2024-notice.txt', import.meta.url), 'utf8');
  const paragraphs = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const tasks = new Map<number, string>();
  paragraphs.forEach((line, index) => {
    const seq = tasks.size + 1;
    if (line === String(seq)) tasks.set(seq, paragraphs[index + 1] ?? '');
  });
  return tasks;
}

function loadLabels(): { labelled: Map<number, Indicator[]>; none: number[] } {
  const json: unknown = JSON.parse(
    readFileSync(new URL('../fixtures/seed-indicators.json', import.meta.url), 'utf8'),
  );
  const { none, ...rest } = fixtureSchema.parse(json);
  const labelled = new Map<number, Indicator[]>();
  for (const [seq, labels] of Object.entries(rest)) labelled.set(Number(seq), labels);
  return { labelled, none };
}

/** The one indicator a phrase yields, failing when it yields none or several. */
function only(text: string): Indicator {
  const found = extractIndicators(text);
  assert.equal(found.length, 1, `${text} -> ${JSON.stringify(found)}`);
  const [indicator] = found;
  assert.ok(indicator !== undefined);
  return indicator;
}

const pick = (text: string, key: keyof Indicator): Array<Indicator[keyof Indicator]> =>
  extractIndicators(text).map((indicator) => indicator[key]);

void describe('indicators of the seed notice', () => {
  const tasks = seedTasks();
  const { labelled, none } = loadLabels();

  void it('the seed holds tasks 1..220 and the fixture labels 70 of them', () => {
    assert.equal(tasks.size, 220);
    assert.equal(labelled.size, 70);
  });

  for (const [seq, labels] of labelled) {
    void it(`task ${seq} yields exactly its hand-labelled targets`, () => {
      assert.deepEqual(extractIndicators(tasks.get(seq) ?? ''), labels);
    });
  }

  void it('tasks listed under "none" carry digits but no target', () => {
    for (const seq of none) {
      const text = tasks.get(seq) ?? '';
      assert.match(text, /[0-9]/, `task ${seq}`);
      assert.ok(!labelled.has(seq), `task ${seq} is both labelled and listed as none`);
      assert.deepEqual(extractIndicators(text), [], `task ${seq}: ${text}`);
    }
  });

  void it('every task that is neither labelled nor listed has no digits and yields no target', () => {
    for (const [seq, text] of tasks) {
      if (labelled.has(seq) || none.includes(seq)) continue;
      assert.doesNotMatch(text, /[0-9０-９]/, `task ${seq} has digits but is not in the fixture`);
      assert.deepEqual(extractIndicators(text), [], `task ${seq}: ${text}`);
    }
  });
});

void describe('values are in base units, scaled exactly', () => {
  void it('亿 multiplies by 10^8 and the unit drops to 元', () => {
    assert.deepEqual(pick('新增政银担100亿元以上', 'value'), [1e10]);
    assert.deepEqual(pick('新增政银担100亿元以上', 'unit'), ['元']);
  });

  void it('万 multiplies by 10^4 whatever the unit', () => {
    assert.equal(only('开展职业技能培训5万人次以上').value, 50000);
    assert.equal(only('开展职业技能培训5万人次以上').unit, '人次');
    assert.equal(only('集装箱吞吐量突破155万标箱').value, 1550000);
    assert.equal(only('开工建设高标准厂房330万平方米').value, 3300000);
    assert.equal(only('开工建设高标准厂房330万平方米').unit, '平方米');
  });

  void it('decimals are scaled on their digits, with no floating-point noise', () => {
    assert.equal(only('培训7.5万人').value, 75000);
    assert.equal(only('投资1.2亿元').value, 120000000);
    assert.equal(only('筹集保障性租赁住房1.3万套').value, 13000);
    assert.equal(only('新增贷款0.07亿元').value, 7000000);
    assert.equal(only('投资1.2万亿元').value, 1.2e12);
  });

  void it('a percentage keeps its value and the unit %', () => {
    assert.deepEqual(only('地区生产总值增长7.5%左右'), {
      metric: '地区生产总值增长',
      value: 7.5,
      unit: '%',
      comparator: 'approx',
      stretch: false,
      raw: '增长7.5%左右',
    });
  });

  void it('千 multiplies before a unit but is part of 千瓦, 千米 and 千克', () => {
    assert.equal(only('服务企业5千家').value, 5000);
    assert.equal(only('投资3千万元').value, 30000000);
    assert.deepEqual(pick('能源总发电装机达到750万千瓦', 'value'), [7500000]);
    assert.deepEqual(pick('能源总发电装机达到750万千瓦', 'unit'), ['千瓦']);
    assert.equal(only('新建绿道25千米').unit, '千米');
  });

  void it('a plain count keeps its measure word as the unit', () => {
    assert.equal(only('新增小微企业首贷户2500家以上').unit, '家');
    assert.equal(only('绿色贷款增速高于平均增速10个百分点').unit, '百分点');
  });

  void it('a thousands separator is read as part of the number', () => {
    assert.equal(only('新增存贷款1,500亿元以上').value, 1.5e11);
  });
});

void describe('comparators', () => {
  const cases: Array<[string, Comparator]> = [
    ['新增小微企业首贷户2500家以上', 'ge'],
    ['智算总规模提升至10000P以上', 'ge'],
    ['业委会组建率提高至98%', 'ge'],
    ['航空货运吞吐量达6万吨', 'ge'],
    ['能源总发电装机达到750万千瓦', 'ge'],
    ['优良天数比例不低于85%', 'ge'],
    ['集装箱吞吐量突破155万标箱', 'gt'],
    ['信用贷余额超1150亿元', 'gt'],
    ['直接融资规模超过200亿元', 'gt'],
    ['地区生产总值增长7.5%左右', 'approx'],
    ['社会物流总费用与GDP比率降至12.5%', 'le'],
    ['城镇调查失业率控制在5.5%以内', 'le'],
    ['单位能耗不超过0.5吨', 'le'],
    ['噪声超标点位比例5%以下', 'le'],
    ['空置率低于10%', 'lt'],
    ['完成四化诊断服务企业400家', 'eq'],
  ];
  for (const [text, comparator] of cases) {
    void it(`${text} reads as ${comparator}`, () => {
      assert.equal(only(text).comparator, comparator);
    });
  }

  void it('a word after the figure wins over one before it', () => {
    assert.equal(only('增速达到10%左右').comparator, 'approx');
    assert.equal(only('降至5%以下').comparator, 'le');
  });

  void it('不低于 is at least, not 低于', () => {
    assert.equal(only('覆盖率不低于90%').raw, '不低于90%');
  });

  void it('达 inside 下达 is not a comparator', () => {
    assert.deepEqual(extractIndicators('完成省下达指标'), []);
  });
});

void describe('stretch targets', () => {
  void it('力争 at the start of a sentence makes its target a stretch target', () => {
    assert.equal(only('力争集装箱吞吐量突破155万标箱。').stretch, true);
    assert.equal(only('争取铁路货运量增长10%以上').stretch, true);
    assert.equal(only('争创国家级示范工厂5个以上').stretch, true);
  });

  void it('a target before the stretch word is not a stretch target', () => {
    assert.deepEqual(pick('培育省级智能工厂20个以上,争创国家级示范工厂5个以上', 'stretch'), [false, true]);
    assert.equal(only('绿色贷款增速高于平均增速10个百分点,争创试验区').stretch, false);
  });

  void it('力争 covers the following comma clause that names another figure', () => {
    assert.deepEqual(pick('力争新上市企业4家,直接融资规模超200亿元。', 'stretch'), [true, true]);
  });

  void it('力争 stops at a clause that opens with a new verb', () => {
    assert.equal(only('积极争取增发国债和专项债券,推动实施重点项目921个').stretch, false);
    assert.deepEqual(pick('力争新上市企业4家,新增挂牌企业10家', 'stretch'), [true, false]);
  });

  void it('力争 stops at the end of its sentence', () => {
    assert.deepEqual(pick('力争新上市企业4家。融资规模1800亿元以上', 'stretch'), [true, false]);
  });

  void it('力争 in the middle of a clause covers the figure after it', () => {
    assert.deepEqual(only('首位产业规模力争占全省一半以上。'), {
      metric: '首位产业规模占全省',
      value: 50,
      unit: '%',
      comparator: 'ge',
      stretch: true,
      raw: '一半以上',
    });
  });
});

void describe('metric names', () => {
  void it('a growth target keeps 增长 in its metric, a level does not', () => {
    assert.equal(only('进出口总额增长10%左右').metric, '进出口总额增长');
    assert.equal(only('业委会组建率提高至98%').metric, '业委会组建率');
  });

  void it('stretch, framing words and the comparator are left out of the metric', () => {
    const found = only('做强物流品牌,力争全年社会物流总费用与GDP比率降至12.5%。');
    assert.equal(found.metric, '社会物流总费用与GDP比率');
    assert.equal(found.raw, '降至12.5%');
  });

  void it('the verb that sets the target stays in the metric', () => {
    assert.equal(only('新增小微企业首贷户2500家以上').metric, '新增小微企业首贷户');
  });

  void it('a figure written before its noun takes the noun into the metric', () => {
    assert.equal(only('建成10个以上创新园区').metric, '建成创新园区');
    assert.equal(only('70%的社区达到充分就业标准').metric, '社区达到充分就业标准');
    assert.equal(only('打造13个和美乡村示范村').metric, '打造和美乡村示范村');
  });

  void it('quote marks are dropped from the metric but kept in the text', () => {
    assert.equal(only('培育认定“安徽出口品牌”5个以上').metric, '培育认定安徽出口品牌');
  });
});

void describe('several targets in one task', () => {
  void it('each figure with its own metric is its own target, 其中 included', () => {
    const found = extractIndicators(
      '新增人民币存贷款1500亿元以上,其中制造业贷款260亿元以上、科技型企业贷款200亿元以上。',
    );
    assert.deepEqual(
      found.map(({ metric, value }) => [metric, value]),
      [
        ['新增人民币存贷款', 1.5e11],
        ['制造业贷款', 2.6e10],
        ['科技型企业贷款', 2e10],
      ],
    );
  });

  void it('figures joined by 和 in one clause are both targets', () => {
    assert.deepEqual(pick('开展职业技能培训5万人次以上和创业培训2000人次', 'metric'), [
      '开展职业技能培训',
      '创业培训',
    ]);
  });

  void it('a figure followed by a new verb and another figure is a target of its own', () => {
    assert.deepEqual(pick('新建中小学10所改造老旧小区79个', 'value'), [10, 79]);
  });

  void it('各 sets the figure for every listed item, the verb carried over', () => {
    assert.deepEqual(
      extractIndicators('新增高新技术企业、科技型中小企业各360家').map((i) => [i.metric, i.value]),
      [
        ['新增高新技术企业', 360],
        ['新增科技型中小企业', 360],
      ],
    );
  });
});

void describe('figures that are not targets', () => {
  void it('亿元以上 before a count qualifies the metric and is not a target', () => {
    const found = only('滚动实施亿元以上技改项目150个以上');
    assert.equal(found.value, 150);
    assert.equal(found.metric, '滚动实施亿元以上技改项目');
    assert.equal(only('实施10亿元以上项目20个').value, 20);
  });

  void it('a figure qualifying the noun before the real figure is not a target', () => {
    const found = only('集体经营性收入50万元以上村占比超95%');
    assert.equal(found.value, 95);
    assert.equal(found.comparator, 'gt');
  });

  void it('levels, tiers, plan names, years, dates, phases and ordinals are not targets', () => {
    for (const text of [
      '培育和创建省级以上绿色工厂',
      '争创国家级战略性新兴产业集群',
      '培育更多千亿级产业',
      '实施十四五规划',
      '2024年是关键之年',
      '完成时限:2024年底',
      '发布时间:2024-04-09 15:23',
      '建成塔桥多式联运基地一期',
      '推进城市生命线安全工程2期建设',
      '第3批试点',
      '1000亿级产业集群',
    ]) {
      assert.deepEqual(extractIndicators(text), [], text);
    }
  });

  void it('letters and digits that make a name are not targets', () => {
    for (const text of [
      '加快5G网络建设',
      '单位GDP能耗持续下降',
      '发挥长三角G60科创走廊作用',
      '推动PM2.5持续下降',
      '提高12345政务服务便民热线服务水平',
      '持续优化“1%工作法',
    ]) {
      assert.deepEqual(extractIndicators(text), [], text);
    }
  });

  void it('Chinese-numeral counts in prose are not targets', () => {
    assert.deepEqual(extractIndicators('精准把握三个重点,持续完善八个平台,实施三年行动'), []);
  });

  void it('counts in a clause that says what the work is about are not targets', () => {
    assert.deepEqual(extractIndicators('聚焦十大新兴产业25个优势细分领域,争创产业集群'), []);
  });

  void it('a bare number without unit or comparator is not a target', () => {
    assert.deepEqual(extractIndicators('监督电话:3902532。'), []);
  });
});

void describe('full-width input', () => {
  void it('full-width digits, point and percent read as their ASCII forms', () => {
    const found = only('地区生产总值增长７．５％左右');
    assert.equal(found.value, 7.5);
    assert.equal(found.unit, '%');
    assert.equal(found.raw, '增长７．５％左右');
  });

  void it('full-width digits scale like ASCII ones', () => {
    assert.equal(only('新增人民币存贷款１５００亿元以上').value, 1.5e11);
  });
});

void describe('robustness', () => {
  void it('empty and blank text yield no target', () => {
    assert.deepEqual(extractIndicators(''), []);
    assert.deepEqual(extractIndicators(' \u00a0\n'), []);
  });

  const tokens = [
    '增长',
    '7.5',
    '%',
    '％',
    '１',
    '万',
    '亿',
    '千',
    '元',
    '家',
    '个',
    '以上',
    '左右',
    '力争',
    '突破',
    '降至',
    '各',
    '、',
    ',',
    '。',
    '其中',
    '“',
    '5G',
    '1,500',
    '.',
    '一半',
    '千瓦',
    '第',
    '0',
    '999999999999999999999999999999',
    '\ud800',
    '的',
  ];

  void it('never throws on random strings and returns well-formed targets', () => {
    const anyText = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)) }),
      fc.array(fc.constantFrom(...tokens), { maxLength: 60 }).map((parts) => parts.join('')),
    );
    fc.assert(
      fc.property(anyText, (text) => {
        for (const indicator of extractIndicators(text)) {
          assert.ok(Number.isFinite(indicator.value));
          assert.ok(text.includes(indicator.raw));
          assert.ok(COMPARATORS.includes(indicator.comparator));
        }
      }),
      { numRuns: 2000 },
    );
  });

  void it('reads a very long text in one pass', () => {
    const long = '力争新上市企业4家,直接融资规模超200亿元,'.repeat(20000);
    const started = performance.now();
    assert.equal(extractIndicators(long).length, 40000);
    assert.ok(performance.now() - started < 5000);
  });
});
