// Layouts met on province, city and zone notices the importer had not seen: a measure titled 一、
// over its own paragraph and bracket, unnumbered tasks each followed by labelled lines, 〔〕 brackets
// with a note after the roles, 各县、市、区政府, plan sections over prose and pinyin glosses in labels.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ImportResult } from '../../src/core/plan/plan.types.ts';
import { splitTrailingBracket } from '../../src/importer/assemble/cell-kinds.ts';
import { parseRoleSentence } from '../../src/importer/assemble/roles.ts';
import { shareEach } from '../../src/importer/assemble/shared-each.ts';
import { importNotice } from '../../src/importer/import-notice.ts';
import { withoutGlossesInLabels } from '../../src/importer/readers/pinyin-glosses.ts';

async function read(lines: string[]): Promise<ImportResult> {
  return importNotice({ bytes: new TextEncoder().encode(lines.join('\n')), fileName: 'notice.txt' });
}

function rows(result: ImportResult): [number, string, string[], string[]][] {
  return result.tasks.map((t) => [t.seq, t.text, t.leadUnits, t.responsibleUnits]);
}

describe('a measure titled 一、 over one paragraph that ends in its own units', () => {
  it('reads the title and the paragraph as one task, and the next 一、 title as a task too', async () => {
    const result = await read([
      '各州、市人民政府,省直各委、办、厅、局:',
      '一、推进重大项目建设',
      '建立健全领导联系重点项目制度,形成项目推进全程服务机制。(省发展改革委、财政厅牵头;省水利厅,各州、市人民政府配合)',
      '二、加强城市基础设施投入',
      '省财政筹措3亿元资金支持城市重大基础设施建设。(省住房城乡建设厅牵头)',
    ]);
    assert.deepEqual(rows(result), [
      [
        1,
        '推进重大项目建设建立健全领导联系重点项目制度,形成项目推进全程服务机制。',
        ['省发展改革委', '省财政厅'],
        ['省水利厅', '各州人民政府', '各市人民政府'],
      ],
      [2, '加强城市基础设施投入省财政筹措3亿元资金支持城市重大基础设施建设。', ['省住房城乡建设厅'], []],
    ]);
  });

  it('keeps a 一、 title over prose that names no unit a part heading', async () => {
    const result = await read([
      '一、总体要求',
      '以新发展理念为引领,坚持稳中求进工作总基调,推动经济高质量发展。',
      '二、主要任务',
      '1.推进项目建设。(市发展改革委牵头)',
    ]);
    assert.deepEqual(
      rows(result).map(([, text]) => text),
      ['推进项目建设。'],
    );
  });
});

describe('tasks without numbers, each a paragraph followed by its labelled lines', () => {
  const lines = [
    '市政府公布了2012年十大实事的任务分解表,还公布了主管领导、责任单位的名字。',
    '关键词 教育',
    '市区新增优质中小学招生学位2.36万个。',
    '主管领导:刘东',
    '责任单位:市教育局',
    '主要责任人:毛杰',
    '进度安排:6月底前基本完成基建任务;12月底前全部落实。',
    '市区新建、改扩建中小学校30所。',
    '主管领导:刘东',
    '责任单位:市教育局、市住建局',
    '进度安排:12月底前全部开工。',
  ];

  it('numbers the paragraphs in order and gives each its labels (the people named are leaders)', async () => {
    const result = await read(lines);
    assert.deepEqual(rows(result), [
      [1, '市区新增优质中小学招生学位2.36万个。', ['市教育局'], []],
      [2, '市区新建、改扩建中小学校30所。', ['市教育局', '市住建局'], []],
    ]);
    assert.deepEqual(
      result.tasks.map((t) => t.leaderName),
      ['刘东、毛杰', '刘东'],
    );
  });

  it('reads the paragraph the copy ends in, with no labels yet, as the last task, cut', async () => {
    const result = await read([...lines, '新建、改扩建幼儿园84所,']);
    const last = result.tasks.at(-1);
    assert.equal(result.tasks.length, 3);
    assert.equal(last?.text, '新建、改扩建幼儿园84所,');
    assert.deepEqual(last?.leadUnits, []);
    assert.equal(last?.complete, false);
  });

  it('opens no task for a lone paragraph followed by labels, or for the detail of a numbered title', async () => {
    const single = await read(lines.slice(0, 7));
    assert.equal(single.tasks.length, 0);
    const numbered = await read([
      '1.加快项目建设',
      '推进重点项目,确保年内开工建设。',
      '责任单位:市发改委',
      '2.扩大有效投资',
      '谋划储备一批重大项目,争取专项债券资金。',
      '责任单位:市财政局',
    ]);
    assert.deepEqual(
      numbered.tasks.map((t) => [t.label, t.leadUnits]),
      [
        ['1.', ['市发改委']],
        ['2.', ['市财政局']],
      ],
    );
  });
});

describe('a tortoise-shell bracket and a note after the roles', () => {
  it('reads 〔责任单位:…〕 at the end of a task as its units', () => {
    const split = splitTrailingBracket('优化市场准入环境,持续推进“一网通办”。〔责任单位:省市场监管局〕');
    assert.deepEqual(split, {
      text: '优化市场准入环境,持续推进“一网通办”。',
      labels: [{ role: 'responsible', value: '省市场监管局' }],
    });
    assert.equal(splitTrailingBracket('根据指导意见(国办发〔2019〕58号)'), null);
  });

  it('drops a sentence after the roles that names no unit (不再做分工,下同)', () => {
    const note =
      '省发展改革委、省市场监管局按职责分工负责。具体任务均涉及相关市(州)人民政府,不再做分工,下同。';
    assert.deepEqual(parseRoleSentence(note), { lead: ['省发展改革委、省市场监管局'], co: [] });
    assert.deepEqual(parseRoleSentence('市发改委牵头。市财政局、市税务局配合。'), {
      lead: ['市发改委'],
      co: ['市财政局、市税务局'],
    });
  });
});

describe('各 over bare places whose last one names the government', () => {
  it('gives every place the 各 and the government: 各县、市、区政府', () => {
    assert.equal(shareEach('各县、市、区政府'), '各县政府、各市政府、各区政府');
    assert.equal(
      shareEach('滁州经开区管委会等,各县、市、区政府。'),
      '滁州经开区管委会等,各县政府、各市政府、各区政府',
    );
    assert.equal(shareEach('各州、市人民政府'), '各州人民政府、各市人民政府');
  });

  it('leaves a run whose last item is no place government as the 各 alone gives it', () => {
    assert.equal(shareEach('各县、市、区'), '各县、各市、各区');
    assert.equal(shareEach('各部门、区政府'), '各部门、区政府');
  });
});

describe('a plan section over prose', () => {
  it('keeps (一)指导思想 and (二)发展定位 as sections, not tasks', async () => {
    const result = await read([
      '高新区深化改革创新工作方案',
      '一、总体要求',
      '(一)指导思想',
      '以习近平新时代中国特色社会主义思想为指导,全面贯彻党的十九大精神,坚持稳中求进工作总基调。',
      '(二)发展定位',
      '践行新发展理念,深入实施创新驱动发展战略,做大做优做强主导产业。',
    ]);
    assert.equal(result.tasks.length, 0);
  });

  it('keeps a (一) title over prose that names no plan section a task', async () => {
    const result = await read([
      '一、主要任务',
      '(一)扩大有效投资',
      '谋划储备一批重大项目,争取专项债券资金,确保年内开工建设。',
    ]);
    assert.equal(result.tasks.length, 1);
    assert.equal(result.tasks[0]?.text.startsWith('扩大有效投资'), true);
  });
});

describe('pinyin glosses a repost writes in labels', () => {
  it('drops them from the words before a colon, not from the text', () => {
    const text = '市區(qū)新增學(xué)位。\n責(zé)任單位:市教育局\n主管領(lǐng)導(dǎo):劉東';
    assert.equal(withoutGlossesInLabels(text), '市區(qū)新增學(xué)位。\n責任單位:市教育局\n主管領導:劉東');
  });

  it('leaves a bracket without a tone mark alone (面积(km))', () => {
    assert.equal(withoutGlossesInLabels('面积(km):12'), '面积(km):12');
  });
});

describe('the issuer of a notice whose title carries a site tag or whose metadata shortens it', () => {
  const task = ['1.地区生产总值增长8%以上。', '牵头责任单位:市发展改革委。'];

  it('reads the issuer after a tag in lenticular brackets: 【…】滁州市人民政府关于…', async () => {
    const result = await read([
      '【市政府重点工作】滁州市人民政府关于2020年市政府重点工作及责任分解的通知',
      ...task,
    ]);
    assert.equal(result.plan.issuer, '滁州市人民政府');
  });

  it('takes the signature 衢州市人民政府办公室 for the metadata short form 市政府办公室', async () => {
    const letter = ['关于印发2021年政府工作报告重点工作责任分解的通知', '信息来源:市政府办公室'];
    const signed = await read([...letter, '衢州市人民政府办公室', '2021年3月24日', ...task]);
    assert.equal(signed.plan.issuer, '衢州市人民政府办公室');
    const other = await read([...letter, '衢州市发展和改革委员会', '2021年3月24日', ...task]);
    assert.equal(other.plan.issuer, '市政府办公室');
  });
});
