import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { rememberWorklist, worklistKey } from '../../src/services/reports/worklist-memo.ts';
import { forgetSlot, rememberedSlot, rememberSlot } from '../../src/services/reports/slot-memory.ts';
import type { ReportRecord, ReportSlot, RevisionRecord } from '../../src/services/reports/reports.types.ts';

describe('worklist answers shared between requests', () => {
  const key = (over: Partial<Parameters<typeof worklistKey>[0]> = {}) =>
    worklistKey({
      referenceVersion: 'v1',
      unitId: 7,
      periodId: 3,
      filingGeneration: '12',
      now: new Date('2024-07-04T02:00:00Z'),
      ...over,
    });

  test('the key changes with the version, the unit, the period, the generation and the city date', () => {
    const base = key();
    for (const changed of [
      key({ referenceVersion: 'v2' }),
      key({ unitId: 8 }),
      key({ periodId: 4 }),
      key({ filingGeneration: '13' }),
      key({ now: new Date('2024-07-04T16:00:00Z') }), // midnight in the city
    ]) {
      assert.notEqual(changed, base);
    }
    assert.equal(key({ now: new Date('2024-07-04T15:59:59Z') }), base);
    assert.equal(key({ now: new Date('2024-07-03T16:00:00Z') }), base);
  });

  test('one key is worked out once and its answer shared; another key works out its own', async () => {
    let workedOut = 0;
    const workOut = () => Promise.resolve({ run: ++workedOut });
    const first = await rememberWorklist('shared|a', workOut);
    const second = await rememberWorklist('shared|a', workOut);
    assert.equal(second, first);
    const other = await rememberWorklist('shared|b', workOut);
    assert.notEqual(other, first);
    assert.equal(workedOut, 2);
  });

  test('a failed working-out is not kept: the next request tries again', async () => {
    await assert.rejects(
      rememberWorklist('failing|a', () => Promise.reject(new Error('connection lost'))),
      /connection lost/,
    );
    assert.deepEqual(await rememberWorklist('failing|a', () => Promise.resolve({ ok: true })), { ok: true });
  });

  test('the least recently used answers go first once a thousand and more are kept', async () => {
    const kept = await rememberWorklist('lru|first', () => Promise.resolve({ n: 0 }));
    for (let i = 0; i < 1100; i += 1) {
      await rememberWorklist(`lru|${i}`, () => Promise.resolve({ n: i }));
      // Used again and again, so it is never the least recently used.
      assert.equal(await rememberWorklist('lru|first', () => Promise.resolve({ n: -1 })), kept);
    }
    let workedOut = false;
    await rememberWorklist('lru|0', () => {
      workedOut = true;
      return Promise.resolve({ n: 0 });
    });
    assert.equal(workedOut, true, 'the oldest unused answer was let go');
  });
});

describe('filings this process saved last', () => {
  const slot = (taskId: number): ReportSlot => ({ periodId: 1, taskId, unitId: 2, kind: 'unit_input' });
  const remembered = (taskId: number) => ({
    report: { id: taskId } as ReportRecord,
    current: { rev: 1 } as RevisionRecord,
    rowVersion: String(taskId),
  });

  test('a slot is remembered as saved, replaced by the next save and forgotten on demand', () => {
    assert.equal(rememberedSlot(slot(1)), null);
    rememberSlot(slot(1), remembered(1));
    assert.equal(rememberedSlot(slot(1))?.rowVersion, '1');
    assert.equal(rememberedSlot({ ...slot(1), kind: 'task_report' }), null);
    rememberSlot(slot(1), { ...remembered(1), rowVersion: '9' });
    assert.equal(rememberedSlot(slot(1))?.rowVersion, '9');
    forgetSlot(slot(1));
    assert.equal(rememberedSlot(slot(1)), null);
  });

  test('past two thousand slots the one saved longest ago is let go', () => {
    for (let taskId = 100; taskId < 100 + 2049; taskId += 1) rememberSlot(slot(taskId), remembered(taskId));
    assert.equal(rememberedSlot(slot(100)), null);
    assert.equal(rememberedSlot(slot(101))?.rowVersion, '101');
    assert.equal(rememberedSlot(slot(2148))?.rowVersion, '2148');
  });
});
