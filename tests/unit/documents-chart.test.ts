import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isDomainError } from '../../src/core/errors.ts';
import { renderCompletionChart } from '../../src/exporter/completion-chart.ts';
import { count } from '../support/documents.ts';

void describe('the completion chart', () => {
  const bars = [
    { label: '一、主要预期目标', percent: 46 },
    { label: '二(一)优化政策机制,激发经济增长新动能', percent: 72.25 },
  ];

  void it('the SVG carries the title, one bar per section, the labels and the percentages', () => {
    const { svg } = renderCompletionChart({ title: '二季度各方面重点工作平均完成进度', bars });
    assert.match(svg, /^<svg [^>]*width="760"/);
    assert.ok(svg.includes('>二季度各方面重点工作平均完成进度</text>'));
    assert.ok(svg.includes('>一、主要预期目标</text>'));
    // A label longer than the axis allows is shortened with an ellipsis.
    assert.ok(svg.includes('>二(一)优化政策机制,激发…</text>'));
    assert.ok(svg.includes('>46%</text>') && svg.includes('>72.3%</text>'));
    assert.equal(count(svg, 'fill="#2f5597"'), 2);
  });

  void it('the PNG is a PNG, twice the width of the SVG for print', () => {
    const { png } = renderCompletionChart({ title: 'x', bars });
    assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    assert.equal(new DataView(png.buffer, png.byteOffset).getUint32(16), 1520);
  });

  void it('a percent outside 0..100 is refused', () => {
    assert.throws(
      () => renderCompletionChart({ title: 'x', bars: [{ label: 'a', percent: 120 }] }),
      (error) => isDomainError(error) && error.code === 'chart.invalid_percent',
    );
  });
});
