// Layouts met on province and city notices measured as held-out (fifth round): a notice's rules and
// headings reposted in traditional characters ((列第一位的爲牽頭或彙總單位,下同), 一、王浩省長牽頭重點工作,
// 分別牽頭), a title wrapped before its last words whose full issuer only the page's ∙【制定机关】 line
// names, and tab-separated tables headed in traditional characters or without a number column.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ImportResult } from '../../src/core/plan/plan.types.ts';
import { parseRoleSentence } from '../../src/importer/assemble/roles.ts';
import { importNotice } from '../../src/importer/import-notice.ts';
import { fullIssuerFromMetadata } from '../../src/importer/issuer-metadata.ts';
import { foldRuleWords } from '../../src/importer/traditional-forms.ts';
import { looksLikeOfficial } from '../../src/importer/units/unit-grammar.ts';

async function read(lines: string[]): Promise<ImportResult> {
  return importNotice({ bytes: new TextEncoder().encode(lines.join('\n')), fileName: 'notice.txt' });
}

function rows(result: ImportResult): [string, string[], string[]][] {
  return result.tasks.map((t) => [t.text, t.leadUnits, t.responsibleUnits]);
}

describe('rules and headings in traditional characters', () => {
  it('folds the rule words one character for one, so places and names stay where they were', () => {
    const text = '列第一位的爲牽頭或彙總單位,下同';
    assert.equal(foldRuleWords(text), '列第一位的为牵头或汇总单位,下同');
    assert.equal(foldRuleWords(text).length, text.length);
    assert.equal(foldRuleWords('省財政廳'), '省財政廳', 'unit names are not rule words');
  });

  it('reads 列第一位的爲牽頭單位 as the rule that the first unit of each list leads', async () => {
    const result = await read([
      '1.一般公共預算收入與經濟增長同步。',
      '責任單位:省財政廳、省稅務局(除標註爲“牽頭”單位外,列第一位的爲牽頭或彙總單位,下同)',
      '2.積極爭取地方政府專項債券。',
      '責任單位:省財政廳、省發展改革委',
    ]);
    assert.deepEqual(rows(result), [
      ['一般公共預算收入與經濟增長同步。', ['省財政廳'], ['省稅務局']],
      ['積極爭取地方政府專項債券。', ['省財政廳'], ['省發展改革委']],
    ]);
  });

  it('without such a rule, a lone 責任單位 list still has every unit lead', async () => {
    const result = await read(['1.積極爭取地方政府專項債券。', '責任單位:省財政廳、省發展改革委']);
    assert.deepEqual(rows(result), [['積極爭取地方政府專項債券。', ['省財政廳', '省發展改革委'], []]]);
  });

  it('gives a heading naming a governor in traditional characters as the leader, never a unit', async () => {
    const result = await read([
      '一、王浩省長牽頭重點工作',
      '1.一般公共預算收入與經濟增長同步。',
      '責任單位:省財政廳',
    ]);
    assert.equal(result.tasks[0]?.leaderName, '王浩省長');
    assert.deepEqual(result.tasks[0]?.leadUnits, ['省財政廳']);
    assert.ok(looksLikeOfficial('李明副市長'));
    assert.ok(!looksLikeOfficial('省財政廳'));
  });

  it('does not take a heading that names no person or office as a leader', async () => {
    const result = await read([
      '一、穩增長重點工作',
      '1.一般公共預算收入與經濟增長同步。',
      '責任單位:省財政廳',
    ]);
    assert.equal(result.tasks[0]?.leaderName, undefined);
  });

  it('reads 分別牽頭 like 分别牵头: every unit leads, none keeps the verb in its name', async () => {
    assert.deepEqual(parseRoleSentence('市人力社保局、市農業農村局分別牽頭'), {
      lead: ['市人力社保局、市農業農村局'],
      co: [],
    });
    const result = await read([
      '1.城鄉居民收入增速保持全省領先。',
      '責任單位:市人力社保局、市農業農村局分別牽頭',
    ]);
    assert.deepEqual(result.tasks[0]?.leadUnits, ['市人力社保局', '市農業農村局']);
    assert.deepEqual(parseRoleSentence('市農業農村局和市財政局分別牽頭、市統計局'), {
      lead: ['市農業農村局和市財政局'],
      co: ['市統計局'],
    });
    assert.equal(parseRoleSentence('市農業農村局、市統計局'), null);
  });
});

describe('a title wrapped before its last words, its issuer named in full by ∙【制定机关】', () => {
  const lines = [
    '文章属性',
    '∙【制定机关】武汉市人民政府办公厅',
    '∙【公布日期】2020.01.17',
    '正文',
    '市人民政府办公厅关于印发2020年市',
    '《政府工作报告》确定的主要目标任务责任分解方案的通知',
    '武政办〔2020〕1号',
    '各区人民政府,市人民政府各部门,各有关单位:',
  ];

  it('joins the title over its two lines and takes the issuer in full from the metadata line', async () => {
    const { plan } = await read(lines);
    assert.equal(
      plan.title,
      '市人民政府办公厅关于印发2020年市《政府工作报告》确定的主要目标任务责任分解方案的通知',
    );
    assert.equal(plan.issuer, '武汉市人民政府办公厅');
    assert.equal(plan.level, 'city');
    assert.equal(plan.year, 2020);
  });

  it('reads the field with or without its brackets, and not a field naming another office', () => {
    const text = '∙【制定机关】武汉市人民政府办公厅';
    assert.equal(fullIssuerFromMetadata('市人民政府办公厅', text), '武汉市人民政府办公厅');
    assert.equal(
      fullIssuerFromMetadata('市人民政府办公厅', '制定机关:武汉市人民政府办公厅'),
      '武汉市人民政府办公厅',
    );
    assert.equal(fullIssuerFromMetadata('市人民政府办公厅', '【制定机关】武汉市发展和改革委员会'), null);
  });

  it('keeps a one-line title as it is when the next line does not end a title', async () => {
    const { plan } = await read(['关于印发2020年重点工作责任分解的通知', '武政办〔2020〕1号']);
    assert.equal(plan.title, '关于印发2020年重点工作责任分解的通知');
  });
});

describe('tab-separated tables', () => {
  it('reads a header in traditional characters (序號 ⇥ 工作任務 ⇥ 牽頭單位 ⇥ 配合單位)', async () => {
    const result = await read([
      '序號\t工作任務\t牽頭單位\t配合單位',
      '1\t推進數字經濟發展。\t市發改委\t市財政局、市商務局',
      '2\t穩定糧食生產。\t市農業農村局\t市財政局',
    ]);
    assert.deepEqual(rows(result), [
      ['推進數字經濟發展。', ['市發改委'], ['市財政局', '市商務局']],
      ['穩定糧食生產。', ['市農業農村局'], ['市財政局']],
    ]);
  });

  it('reads a table with no number column when its header names a units column', async () => {
    const result = await read([
      '工作任务\t牵头单位\t配合单位\t完成时限',
      '推进数字经济发展。\t市发改委\t市财政局、市商务局\t6月底前',
      '稳定粮食生产。\t市农业农村局\t市财政局\t年底前',
    ]);
    assert.deepEqual(rows(result), [
      ['推进数字经济发展。', ['市发改委'], ['市财政局', '市商务局']],
      ['稳定粮食生产。', ['市农业农村局'], ['市财政局']],
    ]);
    assert.equal(result.tasks[0]?.deadline?.text, '6月底前');
  });

  it('does not read prose with wide spaces as a table when no cell is a units column title', async () => {
    const result = await read([
      '一、总体要求    坚持稳中求进    推动高质量发展',
      '1.推进数字经济发展。',
      '牵头单位:市发改委',
    ]);
    assert.deepEqual(rows(result), [['推进数字经济发展。', ['市发改委'], []]]);
  });
});

describe('a progress table titled 内容与要求 | 进展情况 | 责任单位', () => {
  const table = [
    '市政府2020年重点工作(预下达)一季度进展情况表',
    '序号',
    '内容与要求',
    '进展情况',
    '责任单位',
    '1',
    '确保地区生产总值增长7%左右。',
    '1-2月,规上工业增加值全省第2,建安投资全省第1。',
    '市发改委',
    '2',
    '持续推进重大项目攻坚。',
    '市县长项目目前已安排36个项目,全省第6位。',
    '市发改委',
  ];

  it('reads 内容与要求 as the task column and keeps the progress cell out of the text', async () => {
    const result = await read(table);
    assert.deepEqual(rows(result), [
      ['确保地区生产总值增长7%左右。', ['市发改委'], []],
      ['持续推进重大项目攻坚。', ['市发改委'], []],
    ]);
    assert.equal(result.tasks[0]?.progress, '1-2月,规上工业增加值全省第2,建安投资全省第1。');
  });

  it('takes the level from a title that names the government by its level (市政府…), not from 全省 in the progress', async () => {
    const { plan } = await read(table);
    assert.equal(plan.title, '市政府2020年重点工作(预下达)一季度进展情况表');
    assert.equal(plan.level, 'city');
    const county = await read([
      '县人民政府关于印发2024年重点工作的通知',
      '1.推进数字经济。',
      '牵头单位:县发改局',
    ]);
    assert.equal(county.plan.level, 'county');
  });

  it('does not read 内容与其他 or a title that names 市政府 after other words as those', async () => {
    const { columnRole } = await import('../../src/importer/assemble/columns.ts');
    assert.equal(columnRole('内容与要求'), 'text');
    assert.equal(columnRole('工作内容及措施'), 'text');
    assert.equal(columnRole('内容与其他'), null);
    // 市政府 after other words is not the issuer's level: the county's own words decide.
    const { plan } = await read([
      '关于转发市政府2024年重点工作的通知',
      '1.全县推进数字经济,全县完成目标。',
      '牵头单位:县发改局',
    ]);
    assert.equal(plan.level, 'county');
  });
});

describe('tasks numbered 第N項 in traditional characters', () => {
  it('reads 第1項 and 第一項: like 第1项, with the role sentence after the text', async () => {
    const result = await read([
      '第1項 推進數字經濟發展。(由市發改委牽頭,市財政局、市商務局配合)',
      '第2項 穩定糧食生產。(市農業農村局負責)',
    ]);
    assert.deepEqual(rows(result), [
      ['推進數字經濟發展。', ['市發改委'], ['市財政局', '市商務局']],
      ['穩定糧食生產。', ['市農業農村局'], []],
    ]);
    assert.deepEqual(
      result.tasks.map((t) => t.label),
      ['第1項', '第2項'],
    );
  });

  it('does not read 第1項目 or 第一季度 as a number', async () => {
    const { parseNumbered } = await import('../../src/importer/assemble/numbering.ts');
    assert.equal(parseNumbered('第一項:推進數字經濟發展。')?.number, 1);
    assert.equal(parseNumbered('第1項目建設。'), null);
    assert.equal(parseNumbered('第一季度完成。'), null);
  });
});
