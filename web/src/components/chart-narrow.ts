// On a phone a chart's axes get less room: category labels are cut shorter (and tilted on the
// horizontal axis), value axes show fewer ticks, and labels that would overlap are dropped.
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

export function fitToWidth(option: ChartOption, width: number): ChartOption {
  if (width <= 0 || width >= NARROW_CHART) return option;
  return {
    ...option,
    xAxis: fitAxes(option.xAxis, true),
    yAxis: fitAxes(option.yAxis, false),
  } as ChartOption;
}
