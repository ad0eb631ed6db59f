import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { importNotice } from '../../src/importer/import-notice.ts';

const importText = (lines: string[]) => importNotice({ bytes: new TextEncoder().encode(lines.join('\n')) });
const task = (seq: number, unit = '市发改委') => [String(seq), `第${seq}项任务内容。`, unit, '\u00a0'];

describe('structure edge cases', () => {
  it('a subsection whose number equals the next task number is a subsection when the sequence carries on after it', async () => {
    const result = await importText([
      '一、目标',
      ...task(1),
      ...task(2),
      '3',
      '小节标题。',
      ...task(3),
      ...task(4),
    ]);
    assert.deepEqual(
      result.tasks.map((t) => [t.seq, t.path.join('/')]),
      [
        [1, '一'],
        [2, '一'],
        [3, '一/3'],
        [4, '一/3'],
      ],
    );
  });

  it('a task missing its units after a numbering gap stays a task and is reported', async () => {
    const result = await importText(['一、目标', ...task(1), '5', '第5项任务内容。', ...task(6)]);
    assert.deepEqual(
      result.tasks.map((t) => t.seq),
      [1, 5, 6],
    );
    assert.ok(result.issues.some((i) => i.code === 'task.no_units' && i.taskSeq === 5));
    assert.ok(result.issues.some((i) => i.code === 'task.number_gap' && i.taskSeq === 5));
  });
});

describe('plan facts', () => {
  it('reads facts written with full-width colons and a five-digit hotline', async () => {
    const result = await importText([
      '芜湖市人民政府办公室关于印发2025年度重点工作任务的通知',
      '发布时间：2025-03-01 09:00',
      '按季度报送。',
      '监督电话：12345。 完成时限：2025年6月底。',
      ...['序号', '目标与任务', '牵头责任单位', '责任单位', '一、目标', ...task(1)],
    ]);
    assert.equal(result.plan.issuer, '芜湖市人民政府办公室');
    assert.equal(result.plan.publishedAt, '2025-03-01');
    assert.equal(result.plan.hotline, '12345');
    assert.equal(result.plan.deadline, '2025-06-30');
  });

  it('reports a garbled deadline instead of guessing it', async () => {
    const result = await importText(['通知', '完成时限:202底。', '一、目标', ...task(1)]);
    assert.equal(result.plan.deadline, null);
    assert.ok(result.issues.some((i) => i.code === 'plan.garbled_deadline'));
  });
});
