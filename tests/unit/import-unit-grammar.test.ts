import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseRoleSentence } from '../../src/importer/assemble/roles.ts';
import { parseNumbered } from '../../src/importer/assemble/numbering.ts';
import { readTaskDeadline } from '../../src/importer/task-deadline.ts';
import { expandUnitList, looksLikePerson, looksLikeUnit } from '../../src/importer/units/unit-grammar.ts';

describe('the unit grammar, without any directory', () => {
  it('a bare department after a prefixed one takes the shared level prefix', () => {
    assert.deepEqual(expandUnitList(['市发改委', '经贸委', '财政局']), ['市发改委', '市经贸委', '市财政局']);
  });

  it('a name that carries its own place or issuer takes no prefix', () => {
    assert.deepEqual(expandUnitList(['市公安局', '团市委', '人行芜湖分行']), [
      '市公安局',
      '团市委',
      '人行芜湖分行',
    ]);
    assert.deepEqual(expandUnitList(['各街道', '税务局']), ['各街道', '税务局']);
  });

  it('bare places before a place with a body share its suffix', () => {
    assert.deepEqual(expandUnitList(['黄埔区', '南沙区政府']), ['黄埔区政府', '南沙区政府']);
    assert.deepEqual(expandUnitList(['经开区', '高新区管委会']), ['经开区管委会', '高新区管委会']);
  });

  it('a trailing 等 is dropped, but not from a name that ends in it', () => {
    assert.deepEqual(expandUnitList(['市卫生健康委等', '市教育局等部门']), ['市卫生健康委', '市教育局']);
  });

  it('a qualifier the copy cut off before its closing bracket is not part of the name', () => {
    assert.deepEqual(expandUnitList(['市发改委', '各区人民政府〈含开发区']), ['市发改委', '各区人民政府']);
    assert.deepEqual(expandUnitList(['县发改局(粮食局)', '县财政局(']), ['县发改局(粮食局)', '县财政局']);
  });

  it('known names are never rewritten', () => {
    const known = (name: string) => name === '经贸委';
    assert.deepEqual(expandUnitList(['市发改委', '经贸委'], known), ['市发改委', '经贸委']);
  });

  it('tells units from people and from work', () => {
    for (const unit of [
      '县发改局(粮食局)',
      '各县(市、区)政府(管委会)',
      '招商工作部',
      '全区经济运行各专班',
      '市国有公司',
    ]) {
      assert.ok(looksLikeUnit(unit), unit);
    }
    for (const notUnit of ['开工建设老年大学', '分享到:', '2020年5月22日', '叶林']) {
      assert.ok(!looksLikeUnit(notUnit), notUnit);
    }
    assert.ok(looksLikePerson('林克庆'));
    assert.ok(!looksLikePerson('县残联'));
  });
});

describe('role sentences', () => {
  it('reads lead and co units by their verbs, clause by clause', () => {
    assert.deepEqual(parseRoleSentence('省发展改革委牵头,各地、各部门配合。'), {
      lead: ['省发展改革委'],
      co: ['各地、各部门'],
    });
    assert.deepEqual(parseRoleSentence('市农业农村局、市水务局牵头,市财政局按职责分工负责'), {
      lead: ['市农业农村局、市水务局'],
      co: ['市财政局'],
    });
    assert.deepEqual(parseRoleSentence('省发改委、省工业和信息化厅等负责'), {
      lead: ['省发改委、省工业和信息化厅等'],
      co: [],
    });
  });

  it('text without a role verb at a clause end is not a role sentence', () => {
    assert.equal(parseRoleSentence('各地负责组织实施'), null);
    assert.equal(parseRoleSentence('市发改委、市财政局'), null);
  });
});

describe('numbering', () => {
  it('reads every common form with its printed label', () => {
    const cases: [string, string, number, string][] = [
      ['1.地区生产总值', 'arabic', 1, '1.'],
      ['12、新增就业', 'arabic', 12, '12、'],
      ['(3)推进改革', 'paren', 3, '(3)'],
      ['\uff083\uff09推进改革', 'paren', 3, '\uff083\uff09'],
      ['④深化改革', 'circled', 4, '④'],
      ['(十二)加强建设', 'cn-paren', 12, '(十二)'],
      ['三、加强政府自身建设', 'cn', 3, '三、'],
      ['第5项 推进国企改革', 'ordinal', 5, '第5项'],
    ];
    for (const [text, form, number, label] of cases) {
      const parsed = parseNumbered(text);
      assert.deepEqual([parsed?.form, parsed?.number, parsed?.label], [form, number, label], text);
    }
  });

  it('a figure is not a number unless the sequence says so', () => {
    assert.equal(parseNumbered('7.5%左右'), null);
    assert.equal(parseNumbered('2.50个小区')?.number, undefined);
    assert.equal(parseNumbered('2.50个小区', 2)?.body, '50个小区');
  });
});

describe('task deadlines', () => {
  it('reads the date a deadline names, in the plan year unless it names its own', () => {
    const cases: [string, string | null][] = [
      ['全年', '2025-12-31'],
      ['6月底', '2025-06-30'],
      ['12月底前', '2025-12-31'],
      ['2026年12月底', '2026-12-31'],
      ['9月投入使用', '2025-09-30'],
      ['3月10日前', '2025-03-10'],
      ['三季度', '2025-09-30'],
      ['上半年', '2025-06-30'],
      ['6月底前完成招标,12月底前建成', '2025-12-31'],
      ['长期坚持', '2025-12-31'],
      ['按进度推进', null],
    ];
    for (const [text, iso] of cases)
      assert.deepEqual(readTaskDeadline(text, 2025, null), { text, iso }, text);
  });

  it('open-ended wording is the plan end when the notice gives one', () => {
    assert.deepEqual(readTaskDeadline('长期坚持', 2025, '2025-11-30'), {
      text: '长期坚持',
      iso: '2025-11-30',
    });
    assert.equal(readTaskDeadline('', 2025, null), null);
  });
});
