// A Word table dumped by a document-sharing site with no separator between its cells: the cells are
// recovered from the task numbers and the unit names. The notices here are written the way such dumps
// read (page markers 1、 2、 at line starts, the header repeated on a new page), not copied from the corpus.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ImportResult } from '../../src/core/plan/plan.types.ts';
import { importNotice } from '../../src/importer/import-notice.ts';

async function read(lines: string[]): Promise<ImportResult> {
  return importNotice({ bytes: new TextEncoder().encode(lines.join('\n')) });
}

describe('a table dumped with no separators', () => {
  it('rows come from the numbers, lead and co units from the names after each sentence', async () => {
    const result = await read([
      '《2023年为民办实事项目责任分解表.doc》由会员分享,可在线阅读。',
      '1、2023年为民办实事项目责任分解表序号工作任务牵头单位配合单位1新建改造城市道路12条,新增停车泊位3000个。区住建局区财政局各镇街道2实施老旧小区改造30个,惠及居民8000户。区房管局区住建局',
      '2、各街道3建成社区食堂15家,为80岁以上老人提供助餐服务。区民政局区市场监管局序号工作任务牵头单位配合单位4新增公办幼儿园学位1200个',
    ]);
    const tasks = result.tasks.map((t) => [t.seq, t.text, t.leadUnits, t.responsibleUnits]);
    assert.deepEqual(tasks, [
      [1, '新建改造城市道路12条,新增停车泊位3000个。', ['区住建局'], ['区财政局', '各镇街道']],
      [2, '实施老旧小区改造30个,惠及居民8000户。', ['区房管局'], ['区住建局', '各街道']],
      [3, '建成社区食堂15家,为80岁以上老人提供助餐服务。', ['区民政局'], ['区市场监管局']],
      [4, '新增公办幼儿园学位1200个', [], []],
    ]);
    assert.equal(result.plan.year, 2023);
  });

  it('a leader column: the person before the units is kept as the leader, never a unit', async () => {
    const result = await read([
      '序号项目名称主要内容县政府分管领导牵头单位配合单位1提升农村供水完成农村供水管网改造200公里。王立新水利局各乡镇2改善就医条件新建乡镇卫生院3所。李红卫健局财政局各乡镇',
    ]);
    assert.deepEqual(
      result.tasks.map((t) => [t.seq, t.leaderName, t.leadUnits, t.responsibleUnits]),
      [
        [1, '王立新', ['水利局'], ['各乡镇']],
        [2, '李红', ['卫健局'], ['财政局', '各乡镇']],
      ],
    );
  });

  it('a leader column before the task: the person opening each row is the leader, never a unit or text', async () => {
    const result = await read([
      '2024年重点工作任务分解表序号责任领导工作任务牵头单位配合单位1张伟、李红推进重大项目建设,全年完成投资50亿元。区发改局区财政局',
      '2李红全区新建幼儿园3所,新增学位900个。区教育局区住建局3王立新建成社区卫生服务中心2个。区卫健局各街道4欧阳明辉(副区长)新建改造城市道路12条。区住建局各街道5常务副区长完成农贸市场改造5个。区商务局各街道6围绕垃圾分类建成示范小区10个。区城管局各街道',
    ]);
    assert.deepEqual(
      result.tasks.map((t) => [t.seq, t.leaderName ?? null, t.text, t.leadUnits, t.responsibleUnits]),
      [
        [1, '张伟、李红', '推进重大项目建设,全年完成投资50亿元。', ['区发改局'], ['区财政局']],
        // 全区 opens no task on its own: the name is the one row 1 gave.
        [2, '李红', '全区新建幼儿园3所,新增学位900个。', ['区教育局'], ['区住建局']],
        [3, '王立新', '建成社区卫生服务中心2个。', ['区卫健局'], ['各街道']],
        [4, '欧阳明辉(副区长)', '新建改造城市道路12条。', ['区住建局'], ['各街道']],
        [5, '常务副区长', '完成农贸市场改造5个。', ['区商务局'], ['各街道']],
        // An empty leader cell: 围绕 is no one's name, and the row's words stay whole.
        [6, null, '围绕垃圾分类建成示范小区10个。', ['区城管局'], ['各街道']],
      ],
    );
  });

  it('a leader column before the lead unit column: the name ends where a department begins', async () => {
    const result = await read([
      '序号牵头领导牵头单位工作任务配合单位完成时限1何海平、张菁区教育局新建幼儿园3所。区住建局6月底前2李红卫健局建成社区卫生服务中心2个。各街道全年3张伟区民政局建成社区食堂15家。区市场监管局12月底前',
    ]);
    assert.deepEqual(
      result.tasks.map((t) => [t.seq, t.leaderName ?? null, t.text, t.leadUnits, t.responsibleUnits]),
      [
        [1, '何海平、张菁', '新建幼儿园3所。', ['区教育局'], ['区住建局']],
        [2, '李红', '建成社区卫生服务中心2个。', ['卫健局'], ['各街道']],
        [3, '张伟', '建成社区食堂15家。', ['区民政局'], ['区市场监管局']],
      ],
    );
    assert.deepEqual(
      result.tasks.map((t) => t.deadline?.text ?? null),
      ['6月底前', '全年', '12月底前'],
    );
  });

  it('a task whose units were merged over two rows keeps both sub-rows as one task', async () => {
    const result = await read([
      '序号工作任务牵头单位配合单位1完成农贸市场改造5个。区商务局各街道新建口袋公园8个。2推进垃圾分类,覆盖率达到95%。区城管局各街道',
    ]);
    assert.deepEqual(
      result.tasks.map((t) => [t.seq, t.text]),
      [
        [1, '完成农贸市场改造5个。新建口袋公园8个。'],
        [2, '推进垃圾分类,覆盖率达到95%。'],
      ],
    );
  });

  it('the lead unit column before the task: units at the row start are the lead, at its end the co', async () => {
    const result = await read([
      '2024年重点工作任务分解表序号牵头单位重点任务责任单位1区发改局推进重大项目建设,全年完成投资50亿元。区财政局、各街道2区教育局新建幼儿园3所,新增学位900个。区住建局3区卫健局建成社区卫生服务中心2个。各街道',
    ]);
    assert.deepEqual(
      result.tasks.map((t) => [t.seq, t.text, t.leadUnits, t.responsibleUnits]),
      [
        [1, '推进重大项目建设,全年完成投资50亿元。', ['区发改局'], ['区财政局', '各街道']],
        [2, '新建幼儿园3所,新增学位900个。', ['区教育局'], ['区住建局']],
        [3, '建成社区卫生服务中心2个。', ['区卫健局'], ['各街道']],
      ],
    );
  });

  it('a deadline column after the units: each row ends with its deadline, kept as the deadline', async () => {
    const result = await read([
      '序号工作任务牵头单位完成时限1新建改造城市道路12条。县住建局12月底前2实施老旧小区改造30个。县房管局6月底前3建成社区食堂15家。县民政局全年',
    ]);
    assert.deepEqual(
      result.tasks.map((t) => [t.seq, t.text, t.leadUnits, t.deadline?.text ?? null]),
      [
        [1, '新建改造城市道路12条。', ['县住建局'], '12月底前'],
        [2, '实施老旧小区改造30个。', ['县房管局'], '6月底前'],
        [3, '建成社区食堂15家。', ['县民政局'], '全年'],
      ],
    );
  });

  it('the units before the task and a deadline at the end, with no unit column after the task', async () => {
    const result = await read([
      '序号牵头单位工作任务完成时限1县住建局新建改造城市道路12条。12月底前2县房管局实施老旧小区改造30个。6月底前3县民政局建成社区食堂15家。',
    ]);
    assert.deepEqual(
      result.tasks.map((t) => [t.seq, t.text, t.leadUnits, t.deadline?.text ?? null]),
      [
        [1, '新建改造城市道路12条。', ['县住建局'], '12月底前'],
        [2, '实施老旧小区改造30个。', ['县房管局'], '6月底前'],
        [3, '建成社区食堂15家。', ['县民政局'], null],
      ],
    );
  });

  it('ordinary numbered paragraphs are not read as such a table', async () => {
    const result = await read([
      '1、推进老旧小区改造。',
      '牵头单位:区住建局',
      '2、建设口袋公园。',
      '牵头单位:区城管局',
    ]);
    assert.deepEqual(
      result.tasks.map((t) => t.leadUnits),
      [['区住建局'], ['区城管局']],
    );
  });

  it('a dump of numbers and sentence ends that never closes a row still gives a result', async () => {
    const noise = '2。区局2。各街道2'.repeat(20_000);
    const result = await read([`序号工作任务牵头单位配合单位1${noise}`]);
    assert.ok(Array.isArray(result.tasks));
    assert.ok(result.tasks.length <= 2);
  });
});
