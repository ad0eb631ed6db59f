// A part heading without a number that names the leader and the lead departments of every item under
// it (能源提升工程(分管领导:…;牵头部门:…)), and a short subheading over (1) (2) items that is no task.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ImportResult } from '../../src/core/plan/plan.types.ts';
import { importNotice } from '../../src/importer/import-notice.ts';

async function read(lines: string[]): Promise<ImportResult> {
  return importNotice({ bytes: new TextEncoder().encode(lines.join('\n')) });
}

const rows = (result: ImportResult) =>
  result.tasks.map((t) => [t.label, t.leadUnits, t.responsibleUnits, t.leaderName ?? null]);

const NEWS =
  '某省人民政府关于印发某省三年行动方案(2020—2022年)的通知,某政发〔2020〕19号,全省三年拟实施项目共29个。';

describe('an unnumbered heading naming who leads the items under it', () => {
  it('governs 1. and (1) (2) under it; 2.主要任务 over (1) (2) is a subheading, not a task', async () => {
    const result = await read([
      NEWS,
      '能源提升工程(分管领导:张三;牵头部门:省发改委、省能源局)。',
      '1.三年目标。全省能源基础设施和保障能力显著提升,能源瓶颈制约得到有效缓解。',
      '2.主要任务。',
      '(1)加快电源点建设。推进大型高效电源项目建设。',
      '(2)推进输电通道建设。建成特高压直流输电工程。',
    ]);
    const lead = ['省发改委', '省能源局'];
    assert.deepEqual(rows(result), [
      ['1.', lead, [], '张三'],
      ['(1)', lead, [], '张三'],
      ['(2)', lead, [], '张三'],
    ]);
    assert.ok(!result.tasks.some((t) => t.text.startsWith('主要任务')));
    assert.equal(result.plan.year, 2020);
  });

  it('in traditional characters, with 牽頭單位 and 責任單位', async () => {
    const result = await read([
      NEWS,
      '交通強省工程(分管領導:李四;牽頭單位:省交通運輸廳;責任單位:省發改委)',
      '1.加快高速公路建設。新建高速公路500公里。',
      '2.推進港口建設。新增吞吐能力2000萬噸。',
    ]);
    assert.deepEqual(rows(result), [
      ['1.', ['省交通運輸廳'], ['省發改委'], '李四'],
      ['2.', ['省交通運輸廳'], ['省發改委'], '李四'],
    ]);
  });

  it('does not leak into the next part: a new heading replaces it, its last item keeps the first', async () => {
    const result = await read([
      NEWS,
      '能源提升工程(分管领导:张三;牵头部门:省能源局)。',
      '1.加快电源点建设。推进大型高效电源项目建设。',
      '2.推进输电通道建设。建成特高压直流输电工程。',
      '交通提升工程(分管领导:李四;牵头部门:省交通运输厅)。',
      '1.加快高速公路建设。新建高速公路500公里。',
      '水利提升工程。',
      '1.加快水库建设。新建中型水库10座。',
    ]);
    assert.deepEqual(rows(result), [
      ['1.', ['省能源局'], [], '张三'],
      ['2.', ['省能源局'], [], '张三'],
      ['1.', ['省交通运输厅'], [], '李四'],
      ['1.', [], [], null],
    ]);
    assert.ok(!result.tasks.some((t) => /交通提升工程|水利提升工程/u.test(t.text)));
  });

  it("an item naming its own units keeps them, and takes the heading's leader", async () => {
    const result = await read([
      NEWS,
      '能源提升工程(分管领导:张三;牵头部门:省能源局)',
      '1.加快电源点建设。推进大型高效电源项目建设。(省发改委牵头,省财政厅配合)',
      '2.推进输电通道建设。建成特高压直流输电工程。',
    ]);
    assert.deepEqual(rows(result), [
      ['1.', ['省发改委'], ['省财政厅'], '张三'],
      ['2.', ['省能源局'], [], '张三'],
    ]);
  });

  it("a short line ending in its units before the list's next item gives them to the item it ends", async () => {
    const result = await read([
      '某市人民政府关于2024年重点工作任务分解的通知',
      '1.加快电源点建设。',
      '推进电厂建设(牵头单位:市发改委)',
      '2.推进输电通道建设。',
      '建成输电工程(牵头单位:市能源局)',
    ]);
    assert.deepEqual(rows(result), [
      ['1.', ['市发改委'], [], null],
      ['2.', ['市能源局'], [], null],
    ]);
  });

  it('a numbered heading over deeper items with no governing heading above keeps its reading', async () => {
    const result = await read([
      '某市人民政府关于2024年重点工作任务分解的通知',
      '1.主要任务。',
      '(1)加快电源点建设。(市发改委牵头)',
      '(2)推进输电通道建设。(市能源局牵头)',
    ]);
    assert.deepEqual(
      result.tasks.map((t) => t.label),
      ['(1)', '(2)'],
    );
  });
});
