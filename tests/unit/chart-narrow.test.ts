import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { ChartOption } from '../../web/src/components/Chart.tsx';
import { fitToWidth } from '../../web/src/components/chart-narrow.ts';

const bars: ChartOption = {
  legend: { top: 0 },
  grid: { top: 32, containLabel: true },
  xAxis: { type: 'value' },
  yAxis: { type: 'category', data: ['一 主要预期目标'] },
  series: [{ type: 'bar', name: '已采纳', data: [3] }],
};

void describe('a chart fitted to a phone', () => {
  it('keeps its legend on one paged line, so a wrapped second line never covers the first bar', () => {
    const fitted = fitToWidth(bars, 340);
    assert.deepEqual(fitted.legend, { top: 0, type: 'scroll' });
  });

  it('leaves the legend of a chart wide enough as it was', () => {
    assert.deepEqual(fitToWidth(bars, 900).legend, { top: 0 });
  });
});
