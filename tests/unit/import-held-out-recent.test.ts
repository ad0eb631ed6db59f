// Layouts met on notices of 2022–2026 the importer had not seen: a table whose 责任单位 column comes
// before its 牵头单位 column and names the lead again, a row cut before its lead cell, units named after
// the notice's own place (海曙生态环境分局), 等市级有关部门, 各 over a bracketed place, X和Y分别牵头、Z,
// a units bracket the copy ends inside, and an image's file name on a line of its own.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ImportResult } from '../../src/core/plan/plan.types.ts';
import { splitTrailingBracket } from '../../src/importer/assemble/cell-kinds.ts';
import { shareEach } from '../../src/importer/assemble/shared-each.ts';
import { importNotice } from '../../src/importer/import-notice.ts';
import { splitUnitMentions } from '../../src/importer/units/unit-directory.ts';
import { expandUnitList, stripEtc } from '../../src/importer/units/unit-grammar.ts';
import { readOwnPlaces } from '../../src/importer/units/own-places.ts';

async function read(lines: string[]): Promise<ImportResult> {
  return importNotice({ bytes: new TextEncoder().encode(lines.join('\n')), fileName: 'notice.txt' });
}

function rows(result: ImportResult): [string, string[], string[]][] {
  return result.tasks.map((t) => [t.text, t.leadUnits, t.responsibleUnits]);
}

const UNITS_THEN_LEAD = ['分类', '序号', '事项', '责任单位', '牵头单位', '发展目标'];

describe('a table whose 责任单位 column comes before its 牵头单位 column', () => {
  it('takes the lead from the 牵头单位 cell and the 责任单位 cell as co, as written (the lead repeated there too)', async () => {
    const result = await read([
      ...UNITS_THEN_LEAD,
      '1',
      '地区生产总值增长6.5%以上。',
      '区农业农村局、区发改局、区交通局',
      '区发改局',
      '2',
      '区本级固定资产投资增长25%。',
      '区发改局',
      '区发改局',
      '激发市场活力',
      '3',
      '深化政务服务“一网通办”。',
      '区行政服务中心',
      '区行政服务中心',
    ]);
    assert.deepEqual(rows(result), [
      ['地区生产总值增长6.5%以上。', ['区发改局'], ['区农业农村局', '区发改局', '区交通局']],
      ['区本级固定资产投资增长25%。', ['区发改局'], ['区发改局']],
      ['深化政务服务“一网通办”。', ['区行政服务中心'], ['区行政服务中心']],
    ]);
  });

  it('keeps reading a lead-first header with the lead cell first', async () => {
    const result = await read([
      '序号',
      '事项',
      '牵头单位',
      '责任单位',
      '1',
      '地区生产总值增长6.5%以上。',
      '区发改局',
      '区统计局',
    ]);
    assert.deepEqual(rows(result), [['地区生产总值增长6.5%以上。', ['区发改局'], ['区统计局']]]);
  });

  it('gives a row the copy ends in before its lead cell the printed units as co, never as lead', async () => {
    const cut = await read([
      ...UNITS_THEN_LEAD,
      '1',
      '深化政务服务“一网通办”。',
      '区行政服务中心、区深改服务中心',
    ]);
    assert.deepEqual(rows(cut), [['深化政务服务“一网通办”。', [], ['区行政服务中心', '区深改服务中心']]]);
    assert.equal(cut.tasks[0]?.complete, false);
    const whole = await read([
      ...UNITS_THEN_LEAD,
      '1',
      '深化政务服务“一网通办”。',
      '区行政服务中心',
      '区深改服务中心',
    ]);
    assert.deepEqual(rows(whole), [['深化政务服务“一网通办”。', ['区深改服务中心'], ['区行政服务中心']]]);
  });
});

describe('units named after the notice’s own place', () => {
  it('reads the places of the governments a notice names', () => {
    assert.deepEqual(readOwnPlaces(['宁波市海曙区人民政府办公室', '2023年莲都区政府工作报告']), [
      '海曙',
      '莲都',
    ]);
    assert.deepEqual(readOwnPlaces(['各区政府、全市人民政府要', '本县政府']), []);
  });

  it('gives no level prefix to a unit opening with one, and still to a bare department', () => {
    assert.deepEqual(
      expandUnitList(['区发改局', '海曙生态环境分局'], () => false, ['海曙']),
      ['区发改局', '海曙生态环境分局'],
    );
    assert.deepEqual(
      expandUnitList(['区发改局', '生态环境分局'], () => false, ['海曙']),
      ['区发改局', '区生态环境分局'],
    );
  });

  it('reads a whole notice: 河池公积金管理中心 after 市医保局 keeps its own name', async () => {
    const result = await read([
      '河池市人民政府办公室',
      '1.优化市场准入退出。(牵头单位:市市场监管局;配合单位:市公安局、医保局,河池公积金管理中心)',
    ]);
    assert.deepEqual(result.tasks[0]?.responsibleUnits, ['市公安局', '市医保局', '河池公积金管理中心']);
  });
});

describe('lists of units written in other ways', () => {
  it('drops 等市级有关部门 like 等部门, and keeps a group written without 等', () => {
    assert.equal(stripEtc('市国资委等市级有关部门'), '市国资委');
    assert.equal(stripEtc('市水利局等区直相关单位'), '市水利局');
    assert.equal(stripEtc('市级有关部门'), '市级有关部门');
  });

  it('shares 各 past a bracketed place, not over a list that does not open with it', () => {
    assert.equal(shareEach('各区(县、市)政府、开发园区管委会'), '各区(县、市)政府、各开发园区管委会');
    assert.equal(shareEach('区发改局、开发园区管委会'), '区发改局、开发园区管委会');
  });

  it('reads X和Y分别牵头、Z: both lead, Z assists; a name holding 和 stays whole', async () => {
    const result = await read(['1.打造航空物流枢纽。', '责任单位:经济投资局和航空口岸局分别牵头、区发改局']);
    assert.deepEqual(rows(result), [['打造航空物流枢纽。', ['经济投资局', '航空口岸局'], ['区发改局']]]);
    assert.deepEqual(splitUnitMentions('区发展和改革局、区人力资源和社会保障局'), [
      '区发展和改革局',
      '区人力资源和社会保障局',
    ]);
  });
});

describe('what a copy cut or a page adds', () => {
  it('reads a units bracket the paragraph ends inside, and no bracket that names no label', () => {
    const cut = splitTrailingBracket(
      '推进联办智能化审批。〔牵头单位:市市场监管局;配合单位:市公安局、河池海关,',
    );
    assert.equal(cut?.text, '推进联办智能化审批。');
    assert.deepEqual(
      cut?.labels.map((l) => [l.role, l.value]),
      [
        ['lead', '市市场监管局'],
        ['co', '市公安局、河池海关'],
      ],
    );
    assert.equal(splitTrailingBracket('推进各区人民政府(含开发区'), null);
  });

  it('skips an image’s file name on a line of its own, and still reads the numbered task after it', async () => {
    const result = await read(['640.webp.jpg', '1.一般公共预算收入增长2%。', '牵头单位:市财政局']);
    assert.deepEqual(rows(result), [['一般公共预算收入增长2%。', ['市财政局'], []]]);
  });
});
