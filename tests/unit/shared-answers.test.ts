import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { answerKey, createSharedAnswers } from '../../src/services/reports/shared-answers.ts';
import { createSlotMemory, type RememberedSlot } from '../../src/services/reports/slot-memory.ts';
import type { ReportRecord, ReportSlot, RevisionRecord } from '../../src/services/reports/reports.types.ts';

describe('answers shared between requests', () => {
  const key = (over: Partial<Parameters<typeof answerKey>[0]> = {}) =>
    answerKey({
      referenceVersion: 'v1',
      filingGeneration: 'unit:12',
      now: new Date('2024-07-04T02:00:00Z'),
      ...over,
    });

  test('the key changes with the version, the generation and the city date', () => {
    const base = key();
    for (const changed of [
      key({ referenceVersion: 'v2' }),
      key({ filingGeneration: 'unit:13' }),
      key({ filingGeneration: 'city:12' }),
      key({ now: new Date('2024-07-04T16:00:00Z') }), // midnight in the city
    ]) {
      assert.notEqual(changed, base);
    }
    assert.equal(key({ now: new Date('2024-07-04T15:59:59Z') }), base);
    assert.equal(key({ now: new Date('2024-07-03T16:00:00Z') }), base);
  });

  const answers = createSharedAnswers();
  const sharedAnswer = <T>(place: string, key: string, workOut: () => Promise<T>) =>
    answers.answer(place, key, workOut);

  test('answers kept by one app are not seen by another', async () => {
    const mine = createSharedAnswers();
    const theirs = createSharedAnswers();
    const kept = await mine.answer('place|x', 'k', () => Promise.resolve({ app: 'mine' }));
    assert.deepEqual(await theirs.answer('place|x', 'k', () => Promise.resolve({ app: 'theirs' })), {
      app: 'theirs',
    });
    assert.equal(await mine.answer('place|x', 'k', () => Promise.resolve({ app: 'again' })), kept);
  });

  test("one key is worked out once and its answer shared; a new key replaces the place's answer", async () => {
    let workedOut = 0;
    const workOut = () => Promise.resolve({ run: ++workedOut });
    const first = await sharedAnswer('place|a', 'k1', workOut);
    assert.equal(await sharedAnswer('place|a', 'k1', workOut), first);
    const other = await sharedAnswer('place|b', 'k1', workOut);
    assert.notEqual(other, first);
    const next = await sharedAnswer('place|a', 'k2', workOut);
    assert.notEqual(next, first);
    // The place keeps only its latest answer: going back to the old key works it out again.
    assert.notEqual(await sharedAnswer('place|a', 'k1', workOut), first);
    assert.equal(workedOut, 4);
  });

  test('a failed working-out is not kept: the next request tries again', async () => {
    await assert.rejects(
      sharedAnswer('failing|a', 'k', () => Promise.reject(new Error('connection lost'))),
      /connection lost/,
    );
    assert.deepEqual(await sharedAnswer('failing|a', 'k', () => Promise.resolve({ ok: true })), { ok: true });
  });

  test('past a thousand places the one used longest ago is let go', async () => {
    const kept = await sharedAnswer('lru|first', 'k', () => Promise.resolve({ n: 0 }));
    for (let i = 0; i < 1100; i += 1) {
      await sharedAnswer(`lru|${i}`, 'k', () => Promise.resolve({ n: i }));
      // Used again and again, so it is never the one used longest ago.
      assert.equal(await sharedAnswer('lru|first', 'k', () => Promise.resolve({ n: -1 })), kept);
    }
    let workedOut = false;
    await sharedAnswer('lru|0', 'k', () => {
      workedOut = true;
      return Promise.resolve({ n: 0 });
    });
    assert.equal(workedOut, true, 'the place unused longest was let go');
  });
});

describe('filings this app saved last', () => {
  const slot = (taskId: number): ReportSlot => ({ periodId: 1, taskId, unitId: 2, kind: 'unit_input' });
  const remembered = (taskId: number) => ({
    report: { id: taskId } as ReportRecord,
    current: { rev: 1 } as RevisionRecord,
    rowVersion: String(taskId),
  });

  const memory = createSlotMemory();
  const rememberedSlot = (at: ReportSlot) => memory.recall(at);
  const rememberSlot = (at: ReportSlot, kept: RememberedSlot) => memory.remember(at, kept);
  const forgetSlot = (at: ReportSlot) => memory.forget(at);

  test("one app's remembered filings are its own", () => {
    const other = createSlotMemory();
    memory.remember(slot(7), remembered(7));
    assert.equal(other.recall(slot(7)), null);
    memory.forget(slot(7));
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
