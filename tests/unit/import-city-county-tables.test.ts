// Layouts of city, county and district notices: a table printed one cell per line between pipes with
// figure columns (建设时间 2024, 投资 300), a header whose task column is 主要工作举措, a row whose last
// cell (责任领导) is blank, a bracket naming the unit that reports a target's figure (数据提供单位), and
// an issuer the title names by its level only while the page's metadata names it in full.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ImportResult } from '../../src/core/plan/plan.types.ts';
import { importNotice } from '../../src/importer/import-notice.ts';
import { columnRole, parseLabels } from '../../src/importer/assemble/columns.ts';
import { fullIssuerFromMetadata } from '../../src/importer/issuer-metadata.ts';

async function read(lines: string[]): Promise<ImportResult> {
  return importNotice({ bytes: new TextEncoder().encode(lines.join('\n')) });
}

const PIPED_PROJECTS = [
  '县人民政府关于印发2024年十大民生实事项目的通知',
  '附件:',
  '|',
  '2024年十大民生实事项目清单 |',
  '||||||',
  '|',
  '序号 |',
  '项目名称 |',
  '建设地点 |',
  '建设时间 |',
  '2024年建设内容 |',
  '年度投资金额 (万元) |',
  '责任单位 |',
  '|',
  '1 |',
  '城北小学门前道路建设项目 |',
  '纸坊街道 |',
  '2024 |',
  '建成唐塔北路延伸段道路。 |',
  '300 |',
  '住建局 |',
  '|',
  '2 |',
  '农村公路生命安全防护工程 |',
  '龙亭镇 |',
  '2024 |',
  '实施农村公路生命防护工程31公里。 |',
  '3000 |',
  '交通局 |',
];

describe('a pipe table printed one cell per line, with figure columns', () => {
  it('reads each row as one task: its year and investment cells are cells, not task numbers', async () => {
    const result = await read(PIPED_PROJECTS);
    assert.deepEqual(
      result.tasks.map((t) => [t.seq, t.text.replace(/\s/gu, ''), t.leadUnits]),
      [
        [1, '城北小学门前道路建设项目建成唐塔北路延伸段道路。', ['住建局']],
        [2, '农村公路生命安全防护工程实施农村公路生命防护工程31公里。', ['交通局']],
      ],
    );
  });

  it('a row of empty cells printed as pipes only does not stop the table from being read', async () => {
    const withoutEmptyRow = await read(PIPED_PROJECTS.filter((l) => l !== '||||||'));
    const result = await read(PIPED_PROJECTS);
    assert.equal(result.tasks.length, 2);
    assert.deepEqual(
      result.tasks.map((t) => t.text),
      withoutEmptyRow.tasks.map((t) => t.text),
    );
  });

  it('names the figure columns: place, year and investment hold nothing kept', () => {
    assert.equal(columnRole('建设地点'), 'other');
    assert.equal(columnRole('建設時間'), 'other');
    assert.equal(columnRole('年度投資金額 (萬元)'), 'other');
    assert.equal(columnRole('总投资(亿元)'), 'other');
    assert.equal(columnRole('投资人'), null);
    assert.equal(columnRole('建设单位'), null);
  });
});

describe('a flattened table whose task column is 主要工作举措 and whose leader cell may be blank', () => {
  const lines = [
    '区人民政府关于印发2024年政府工作报告主要工作任务分解表的通知',
    '序号',
    '主要工作举措',
    '牵头单位',
    '配合单位',
    '责任领导',
    '一、做大做强主导产业',
    '1',
    '加快推进肉鸡、肉牛全产业链规划布局,实现三产融合发展。',
    '区农业农村局',
    '区发展改革局、区工业和信息化局',
    '2',
    '推动再生塑料项目签约落地,打造再生资源产业集群。',
    '近海经济区管委会',
    '生态环境分局、区发展改革局',
    '冯冬昌',
  ];

  // The negative of figure cells: row 1 has no leader, so 2 comes while the header has a column left;
  // being the next row's number, it opens row 2 rather than filling row 1's 责任领导.
  it('reads the columns by their titles: the leader is a person, not a co unit', async () => {
    assert.equal(columnRole('主要工作举措'), 'text');
    const result = await read(lines);
    const [first, second] = result.tasks;
    assert.deepEqual(first?.responsibleUnits, ['区发展改革局', '区工业和信息化局']);
    assert.equal(first?.leaderName, undefined);
    assert.deepEqual(second?.leadUnits, ['近海经济区管委会']);
    assert.deepEqual(second?.responsibleUnits, ['生态环境分局', '区发展改革局']);
    assert.equal(second?.leaderName, '冯冬昌');
  });
});

describe('a bracket that names the unit reporting a target’s figure', () => {
  it('数据提供单位 is a co unit beside the lead; the leader is a person', async () => {
    const result = await read([
      '市人民政府办公厅关于印发2019年政府工作报告确定的主要目标任务责任分解方案的通知',
      '一、 经济社会发展主要预期目标',
      '(一) 地区生产总值增长7.5%左右。(牵头领导:谢瑞武,牵头单位:市发改委,数据提供单位:市统计局)',
      '(二) 城乡居民人均可支配收入分别增长7.5%、8%。(牵头领导:刘筱柳,牵头单位:市人社局,责任单位:市农业农村局;数据提供单位:成调队)',
    ]);
    const [first, second] = result.tasks;
    assert.deepEqual(first?.leadUnits, ['市发改委']);
    assert.deepEqual(first?.responsibleUnits, ['市统计局']);
    assert.equal(first?.leaderName, '谢瑞武');
    assert.deepEqual(second?.responsibleUnits, ['市农业农村局', '成调队']);
  });

  it('only a unit label: 数据 or 提供单位 alone opens no label', () => {
    assert.deepEqual(parseLabels('数据提供单位:市统计局'), [{ role: 'co', value: '市统计局' }]);
    assert.equal(parseLabels('数据:2024年增长8%'), null);
    assert.equal(parseLabels('提供单位:市统计局'), null);
  });
});

describe('an issuer the title names by its level only', () => {
  it('takes the full name from a metadata field that ends with it', () => {
    const page = '发布机构 洪山区人民政府办公室 有 效 性 有效\n来源:洪山区人民政府办公室';
    assert.equal(fullIssuerFromMetadata('区人民政府办公室', page), '洪山区人民政府办公室');
    assert.equal(
      fullIssuerFromMetadata('区人民政府办公室', '发布机构 | 江汉区人民政府办公室 |'),
      '江汉区人民政府办公室',
    );
  });

  it('keeps the bare name when fields name two places, none, or the issuer is already in full', () => {
    const two = '发布机构:洪山区人民政府办公室\n来源:江汉区人民政府办公室';
    assert.equal(fullIssuerFromMetadata('区人民政府办公室', two), null);
    assert.equal(fullIssuerFromMetadata('区人民政府办公室', '洪山区人民政府办公室 2025年1月6日'), null);
    assert.equal(fullIssuerFromMetadata('洪山区人民政府办公室', '来源:洪山区人民政府办公室'), null);
  });

  it('the plan’s issuer is the full name a metadata line gives', async () => {
    const result = await read([
      '发布机构 洪山区人民政府办公室 有 效 性 有效',
      '标 题 区人民政府办公室关于印发2025年区《政府工作报告》确定的主要目标任务责任分解方案的通知',
      '各街道办事处、乡人民政府,区人民政府各部门:',
    ]);
    assert.equal(result.plan.issuer, '洪山区人民政府办公室');
  });
});
