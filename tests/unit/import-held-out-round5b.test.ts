// Layouts met on county, district and zone notices the importer had not seen (round 5b): a lead marked
// with a star in its unit list (区财政局*、区发改局), a figure column whose title wraps over two
// paragraphs (区本级 / 任务数) and is left blank in some rows, a one-line header with a column that
// holds no units (监督方式), and a county notice citing a province's document in book-title marks.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ImportResult } from '../../src/core/plan/plan.types.ts';
import { isUnitList } from '../../src/importer/assemble/cell-kinds.ts';
import { columnRole } from '../../src/importer/assemble/columns.ts';
import { inlineHeaderRoles } from '../../src/importer/assemble/inline-header.ts';
import { splitMarkedLead, withoutStarMarks } from '../../src/importer/assemble/marked-lead.ts';
import { importNotice } from '../../src/importer/import-notice.ts';

async function read(lines: string[]): Promise<ImportResult> {
  return importNotice({ bytes: new TextEncoder().encode(lines.join('\n')), fileName: 'notice.txt' });
}

function rows(result: ImportResult): [string, string[], string[]][] {
  return result.tasks.map((t) => [t.text, t.leadUnits, t.responsibleUnits]);
}

describe('a lead marked with a star in its unit list', () => {
  it('splits the list: the starred unit leads, the others are co, the star dropped', () => {
    assert.deepEqual(splitMarkedLead('区政府办公室*、区财政局'), {
      lead: ['区政府办公室'],
      co: ['区财政局'],
    });
    assert.deepEqual(splitMarkedLead('区财政局※、区科技局、区投促中心'), {
      lead: ['区财政局'],
      co: ['区科技局', '区投促中心'],
    });
    assert.deepEqual(splitMarkedLead('县教育局(牵头)、县财政局'), { lead: ['县教育局'], co: ['县财政局'] });
  });

  it('leaves a list without a mark, and a star that follows no name, as they are', () => {
    assert.equal(splitMarkedLead('区财政局、区发改局'), null);
    assert.equal(splitMarkedLead('区财政局、*区发改局'), null);
    assert.equal(withoutStarMarks('完成“8+4”政策*体系'), '完成“8+4”政策*体系');
    assert.equal(withoutStarMarks('区财政局 * 区发改局'), '区财政局 * 区发改局');
    assert.ok(isUnitList('区财政局*、区发改局'));
    assert.ok(!isUnitList('力争基金投资超10亿元*'));
  });

  it('reads a starred 责任单位 cell, a starred bracket and a lone starred unit', async () => {
    const result = await read([
      '1.深化改革。',
      '责任单位:区财政局*、区发改局',
      '2.扩大投资。(区发改局*、区住建局、区资源规划局)',
      '3.稳定就业。',
      '牵头单位:区人社局*',
    ]);
    assert.deepEqual(rows(result), [
      ['深化改革。', ['区财政局'], ['区发改局']],
      ['扩大投资。', ['区发改局'], ['区住建局', '区资源规划局']],
      ['稳定就业。', ['区人社局'], []],
    ]);
  });

  it('reads the mark in a unit paragraph of its own too, and in a pipe table', async () => {
    const loose = await read(['1.深化改革。', '区财政局*、区发改局', '2.扩大投资。', '区发改局、区住建局']);
    assert.deepEqual(rows(loose), [
      ['深化改革。', ['区财政局'], ['区发改局']],
      ['扩大投资。', ['区发改局', '区住建局'], []],
    ]);
    const piped = await read(['序号 | 重点工作 | 责任单位 |', '1 | 深化改革。 | 区财政局*、区发改局 |']);
    assert.deepEqual(rows(piped), [['深化改革。', ['区财政局'], ['区发改局']]]);
  });

  it('keeps a list without any star as the lone 责任单位: all of its units lead', async () => {
    const result = await read(['1.深化改革。', '责任单位:区财政局、区发改局']);
    assert.deepEqual(rows(result), [['深化改革。', ['区财政局', '区发改局'], []]]);
  });
});

const FIGURE_HEADER = ['序号', '重点工作', '区本级', '任务数', '责任单位'];

describe('a figure column whose title wraps over two paragraphs and whose cell is blank in some rows', () => {
  it('reads 区本级任务数 as a column holding no units', () => {
    assert.equal(columnRole('区本级任务数'), 'other');
    assert.equal(columnRole('任务数'), 'other');
    assert.equal(columnRole('目标值'), 'other');
    assert.equal(columnRole('区本级'), null);
  });

  it('puts a figure in its column and the units in theirs, with or without the figure', async () => {
    const result = await read([
      ...FIGURE_HEADER,
      '1',
      '地区生产总值增长6.5%。',
      '区发改局',
      '2',
      '固定资产投资增长10.0%左右。',
      '5%',
      '区发改局',
      '3',
      '力争全年兑现惠企资金20亿元。',
      '9亿元',
      '区政府办公室*、区财政局',
      '4',
      '一般公共预算收入增长与经济增长基本同步。',
      '区财政局',
    ]);
    assert.deepEqual(rows(result), [
      ['地区生产总值增长6.5%。', ['区发改局'], []],
      ['固定资产投资增长10.0%左右。', ['区发改局'], []],
      ['力争全年兑现惠企资金20亿元。', ['区政府办公室'], ['区财政局']],
      ['一般公共预算收入增长与经济增长基本同步。', ['区财政局'], []],
    ]);
  });

  it('keeps a place printed under its own column in a row the input ends in (no unit taken from it)', async () => {
    const result = await read([
      '序号',
      '项目名称',
      '建设地点',
      '建设时间',
      '建设内容',
      '责任单位',
      '1',
      '城北小学门前道路建设项目',
      '纸坊街道',
      '2024',
      '建成唐塔北路延伸段道路。',
      '住建局',
      '2',
      '职教中心分校区建设项目',
      '磨子桥镇',
      '2024',
      '改造小江初中现有教学楼和学生宿舍等,',
    ]);
    assert.deepEqual(rows(result)[0]?.[1], ['住建局']);
    assert.deepEqual(rows(result)[1]?.[1], []);
    assert.deepEqual(rows(result)[1]?.[2], []);
  });
});

describe('a one-line header with a title that holds no units', () => {
  const header = '序号 重点工作任务分解 责任领导 责任部门 完成期限 监督方式';

  it('reads the header: the task column after what the table breaks down, the unknown title as other', () => {
    assert.equal(columnRole('重点工作任务分解'), 'text');
    assert.equal(columnRole('重点工作责任分解'), null);
    assert.deepEqual(inlineHeaderRoles(header), [
      'seq',
      'text',
      'leader',
      'responsible',
      'deadline',
      'other',
    ]);
  });

  it('does not take a line of mostly unknown words, or one naming no unit column, for a header', () => {
    assert.equal(inlineHeaderRoles('序号 甲方 乙方 丙方 责任单位'), null);
    assert.equal(inlineHeaderRoles('序号 重点工作任务 完成期限 监督方式'), null);
    assert.equal(inlineHeaderRoles('序号为本表的第一列'), null);
  });

  it('reads each row line by the header: the leader, the units, the deadline, and not who supervises', async () => {
    const result = await read([
      header,
      '1 主动对接安徽自贸区芜湖片区,申建综合保税区。 易承志 经济发展局 持续推进 区委、区政府',
      '2 探索产业跨地区转移利益共享合作机制。 冼进、易承志 科技中心、经济发展局 持续推进 区委、区政府',
      '3 推动宁宣杭高速等跨区域通道互通,完成',
    ]);
    assert.deepEqual(rows(result), [
      ['主动对接安徽自贸区芜湖片区,申建综合保税区。', ['经济发展局'], []],
      ['探索产业跨地区转移利益共享合作机制。', ['科技中心', '经济发展局'], []],
      ['推动宁宣杭高速等跨区域通道互通,完成', [], []],
    ]);
    assert.equal(result.tasks[1]?.leaderName, '冼进、易承志');
    assert.equal(result.tasks[2]?.complete, false);
  });
});

describe('the level of a notice that cites an upper level’s documents', () => {
  it('reads a county from its own words, not from the titles it cites in book-title marks', async () => {
    const result = await read([
      '各乡镇人民政府,县直各单位:',
      '《具体措施》已经县政府同意,现印发给你们。',
      '认真落实《省政府办公厅关于印发若干措施的通知》要求,特制定如下措施。',
      '(一)深化政务服务标准化建设。(牵头单位:县行政审批局,责任单位:县直各有关单位,各乡镇人民政府)',
    ]);
    assert.equal(result.plan.level, 'county');
    assert.deepEqual(rows(result), [
      ['深化政务服务标准化建设。', ['县行政审批局'], ['县直各有关单位', '各乡镇人民政府']],
    ]);
  });

  it('still reads a province where its words outside the citations speak of it', async () => {
    const result = await read([
      '各市人民政府,省政府各部门:',
      '经省政府同意,现印发给你们。全省各地要认真落实《县政府工作报告》。',
      '1.深化改革。(省发展改革委)',
    ]);
    assert.equal(result.plan.level, 'province');
  });
});
