import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import fc from 'fast-check';
import { rankUnits } from '../../src/core/assessment/ranking.ts';

describe('ranking with ties', () => {
  test('equal totals share a rank and the next rank skips', () => {
    const ranked = rankUnits([
      { unitId: 4, total: 80 },
      { unitId: 3, total: 90 },
      { unitId: 1, total: 100 },
      { unitId: 2, total: 90 },
    ]);
    assert.deepEqual(ranked, [
      { unitId: 1, total: 100, rank: 1 },
      { unitId: 2, total: 90, rank: 2 },
      { unitId: 3, total: 90, rank: 2 },
      { unitId: 4, total: 80, rank: 4 },
    ]);
  });

  test('units all on the same total are all first', () => {
    const ranked = rankUnits([
      { unitId: 2, total: 0 },
      { unitId: 1, total: 0 },
    ]);
    assert.deepEqual(
      ranked.map((entry) => [entry.unitId, entry.rank]),
      [
        [1, 1],
        [2, 1],
      ],
    );
  });

  test('negative totals rank below zero', () => {
    const ranked = rankUnits([
      { unitId: 1, total: -15 },
      { unitId: 2, total: 0 },
    ]);
    assert.deepEqual(
      ranked.map((entry) => entry.unitId),
      [2, 1],
    );
  });

  test('no units, no ranking', () => {
    assert.deepEqual(rankUnits([]), []);
  });

  test('a unit’s rank is one more than the number of units with a higher total, whatever the input order', () => {
    const totalsArb = fc
      .uniqueArray(fc.integer({ min: 1, max: 50 }), { maxLength: 20 })
      .chain((ids) =>
        fc.tuple(
          ...ids.map((unitId) => fc.integer({ min: -30, max: 30 }).map((total) => ({ unitId, total }))),
        ),
      );
    fc.assert(
      fc.property(totalsArb, (totals) => {
        const ranked = rankUnits(totals);
        const reversed = rankUnits([...totals].reverse());
        assert.deepEqual(ranked, reversed);
        for (const entry of ranked) {
          assert.equal(entry.rank, 1 + totals.filter((other) => other.total > entry.total).length);
        }
      }),
    );
  });
});
