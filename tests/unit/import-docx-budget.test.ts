// A long Word file is converted within the reading time: the first part is timed on the import's
// clock and only as much as that pace allows is converted, since the conversion cannot be stopped.
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { DOCX_TRIAL_ELEMENTS } from '../../src/importer/readers/docx.reader.ts';
import { readSource } from '../../src/importer/readers/read-source.ts';
import { IMPORT_LIMITS, WorkBudget } from '../../src/importer/work-budget.ts';
import { docxRows } from '../support/hanging-shapes.ts';

/** A clock the test scripts: each look returns the next value, then the last one for ever. */
function scriptedClock(values: number[]): () => number {
  let at = 0;
  return () => values[Math.min(at++, values.length - 1)] ?? 0;
}

async function rowsRead(bytes: Uint8Array, clock: () => number) {
  const budget = new WorkBudget(IMPORT_LIMITS, clock);
  const read = await readSource({ bytes, fileName: 'notice.docx' }, budget);
  assert.equal(read.source?.kind, 'table');
  return { rows: read.source.kind === 'table' ? read.source.rows.length : 0, cut: budget.cut };
}

describe('a Word file longer than one timed step', () => {
  let long: Uint8Array;
  let short: Uint8Array;
  before(async () => {
    long = await docxRows(20_000);
    short = await docxRows(1_000);
  });

  it('a notice-sized file is converted whole in one step, and nothing is cut', async () => {
    const { rows, cut } = await rowsRead(short, scriptedClock([0]));
    assert.equal(rows, 1001);
    assert.equal(cut, null);
  });

  it('on a fast clock the element limit cuts it, and says so', async () => {
    const { rows, cut } = await rowsRead(long, scriptedClock([0]));
    assert.equal(cut?.reason, 'elements');
    assert.ok(rows > 1000 && rows < 20_001, `${rows} rows`);
  });

  it('when the first step was slow, the second converts only what the time left allows', async () => {
    const fast = await rowsRead(long, scriptedClock([0]));
    // The budget starts at 0 (reading ends at 1,000 ms); the timed step takes 300 ms, so 700 ms are
    // left of which 60% may convert: 420 ms at 300 ms per trial = 1.4 trials' worth of elements.
    const slow = await rowsRead(long, scriptedClock([0, 0, 300]));
    assert.equal(slow.cut?.reason, 'time');
    const expected = (fast.rows * (1.4 * DOCX_TRIAL_ELEMENTS)) / IMPORT_LIMITS.elements;
    assert.ok(
      Math.abs(slow.rows - expected) < expected * 0.1,
      `${slow.rows} rows read, about ${expected.toFixed(0)} expected`,
    );
  });

  it('when even the first step took the time, it keeps what that step read', async () => {
    const fast = await rowsRead(long, scriptedClock([0]));
    const slowest = await rowsRead(long, scriptedClock([0, 0, 900]));
    assert.equal(slowest.cut?.reason, 'time');
    const expected = (fast.rows * DOCX_TRIAL_ELEMENTS) / IMPORT_LIMITS.elements;
    assert.ok(Math.abs(slowest.rows - expected) < expected * 0.1, `${slowest.rows} rows`);
  });
});
