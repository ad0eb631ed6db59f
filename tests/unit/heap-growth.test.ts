import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DEFAULT_HEAP_GROWTH_PERCENT, heapGrowthPercent, keepHeapLean } from '../../src/cli/heap-growth.ts';

describe('the server heap growth setting (DUBAN_HEAP_GROWTH_PERCENT)', () => {
  it('takes the default when unset or blank', () => {
    assert.equal(heapGrowthPercent(undefined), DEFAULT_HEAP_GROWTH_PERCENT);
    assert.equal(heapGrowthPercent('  '), DEFAULT_HEAP_GROWTH_PERCENT);
  });

  it('takes a whole percentage from 0 (V8 decides) to 300', () => {
    assert.equal(heapGrowthPercent('0'), 0);
    assert.equal(heapGrowthPercent('25'), 25);
    assert.equal(heapGrowthPercent(' 300 '), 300);
  });

  it('refuses anything else rather than passing it to V8 as a flag', () => {
    for (const given of ['301', '-5', '1.5', '50 --expose-gc', 'abc', '1e2']) {
      assert.equal(heapGrowthPercent(given), null, given);
    }
  });

  it('says in one line what was wrong and what it uses instead', () => {
    const warning = keepHeapLean({ DUBAN_HEAP_GROWTH_PERCENT: '50 --allow-natives-syntax' });
    assert.match(
      warning ?? '',
      /^DUBAN_HEAP_GROWTH_PERCENT=50 --allow-natives-syntax is not a whole number .* using 50$/,
    );
    assert.equal(keepHeapLean({ DUBAN_HEAP_GROWTH_PERCENT: '40' }), null);
    assert.equal(keepHeapLean({}), null);
  });
});
