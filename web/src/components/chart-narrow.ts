// On a phone a chart's axes get less room: category labels are cut shorter (and tilted on the
// horizontal axis), value axes show fewer ticks, and labels that would overlap are dropped. The
// legend stays on one line, paged with arrows: wrapped onto a second line it covered the plot's
// first row, which the grid leaves room for only one legend line above.
import type { ChartOption } from './Chart.tsx';

/** Below this width (px) of the chart's box, axes are fitted to it. */
export const NARROW_CHART = 480;

type Axis = Record<string, unknown>;

function fitAxis(axis: Axis, horizontal: boolean): Axis {
  const label = (axis['axisLabel'] ?? {}) as Record<string, unknown>;
  const common = { ...label, hideOverlap: true, fontSize: 11 };
  if (axis['type'] !== 'category') return { ...axis, splitNumber: 3, axisLabel: common };
  const width = Math.min(typeof label['width'] === 'number' ? label['width'] : 96, 96);
  const cut = { ...common, width, overflow: 'truncate' };
  return { ...axis, axisLabel: horizontal ? { ...cut, rotate: 30, interval: 'auto' } : cut };
}

function fitAxes(axes: unknown, horizontal: boolean): unknown {
  if (axes === undefined) return undefined;
  return Array.isArray(axes)
    ? axes.map((axis: Axis) => fitAxis(axis, horizontal))
    : fitAxis(axes as Axis, horizontal);
}

const isLegend = (legend: unknown): legend is Record<string, unknown> =>
  typeof legend === 'object' && legend !== null && !Array.isArray(legend);

export function fitToWidth(option: ChartOption, width: number): ChartOption {
  if (width <= 0 || width >= NARROW_CHART) return option;
  return {
    ...option,
    ...(isLegend(option.legend) ? { legend: { ...option.legend, type: 'scroll' } } : {}),
    xAxis: fitAxes(option.xAxis, true),
    yAxis: fitAxes(option.yAxis, false),
  } as ChartOption;
}
