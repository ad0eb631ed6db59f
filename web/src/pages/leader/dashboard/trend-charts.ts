// Across quarters and across units: how filing and acceptance move quarter over quarter, and who
// files late or not at all. Each chart drills down to the tasks behind a point or a bar.
import type { Matrix } from '../../../api/matrix.ts';
import { periodLabel } from '../../../api/calendar.ts';
import type { DashboardChart } from './state-charts.ts';
import { both, filterRows, inStates, ofUnit } from '../../../components/matrix-filters.ts';
import { RECEIVED } from '../../../components/progress-states.ts';

const percent = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part / whole) * 1000) / 10);

const TREND_SERIES = [
  { name: '报送率(%)', axis: 0, color: '#1677ff' },
  { name: '通过率(%)', axis: 0, color: '#52c41a' },
  { name: '逾期未报率(%)', axis: 0, color: '#f5222d' },
  // Late filings are few beside the owed total: their own axis keeps them readable.
  { name: '迟报(件)', axis: 1, color: '#fa8c16' },
] as const;

function trendValue(matrix: Matrix, series: (typeof TREND_SERIES)[number]['name']): number {
  const t = matrix.totals;
  switch (series) {
    case '报送率(%)':
      return percent(t.submitted + t.returned + t.accepted, t.owed);
    case '通过率(%)':
      return percent(t.accepted, t.owed);
    case '逾期未报率(%)':
      return percent(t.overdue, t.owed);
    case '迟报(件)':
      return t.late;
  }
}

function trendRows(matrix: Matrix, series: string) {
  switch (series) {
    case '报送率(%)':
      return filterRows(matrix.rows, inStates(RECEIVED));
    case '通过率(%)':
      return filterRows(matrix.rows, inStates(['accepted']));
    case '迟报(件)':
      return filterRows(matrix.rows, (cell) => cell.late);
    default:
      return filterRows(matrix.rows, (cell) => cell.overdue);
  }
}

/** `matrices` in period order, one per quarter that has opened. */
export function trendChart(matrices: Matrix[]): DashboardChart {
  return {
    empty: matrices.length === 0,
    option: {
      aria: { enabled: true },
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 8, right: 8, top: 40, bottom: 8, containLabel: true },
      xAxis: { type: 'category', data: matrices.map((m) => periodLabel(m.period.key, true)) },
      yAxis: [
        { type: 'value', name: '%', max: 100 },
        { type: 'value', name: '件', minInterval: 1 },
      ],
      series: TREND_SERIES.map((series) => ({
        type: 'line',
        name: series.name,
        yAxisIndex: series.axis,
        symbolSize: 10,
        itemStyle: { color: series.color },
        lineStyle: series.axis === 1 ? { type: 'dashed' } : {},
        data: matrices.map((m) => trendValue(m, series.name)),
      })),
    },
    drill: (click) => {
      const matrix = matrices[click.dataIndex];
      if (!matrix || !click.seriesName) return null;
      return {
        title: `${periodLabel(matrix.period.key)} · ${click.seriesName.replace(/\(.*\)/, '')}`,
        period: matrix.period.key,
        rows: trendRows(matrix, click.seriesName),
      };
    },
  };
}

const LATE_SERIES = [
  { name: '迟报', color: '#fa8c16' },
  { name: '逾期未报', color: '#f5222d' },
] as const;

/** The units with the most late or missing filings this quarter. */
export function lateFilingsChart(matrix: Matrix, limit = 15): DashboardChart {
  const units = [...matrix.units]
    .filter((u) => u.counts.late + u.counts.overdue > 0)
    .sort((a, b) => b.counts.late + b.counts.overdue - (a.counts.late + a.counts.overdue))
    .slice(0, limit);
  return {
    empty: units.length === 0,
    height: Math.max(220, units.length * 26 + 60),
    option: {
      aria: { enabled: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', inverse: true, data: units.map((u) => u.name) },
      series: LATE_SERIES.map((series) => ({
        type: 'bar',
        name: series.name,
        stack: 'lapses',
        itemStyle: { color: series.color },
        data: units.map((u) => (series.name === '迟报' ? u.counts.late : u.counts.overdue)),
      })),
    },
    drill: (click) => {
      const unit = units[click.dataIndex];
      if (!unit) return null;
      const late = click.seriesName === '迟报';
      return {
        title: `${unit.name} · ${late ? '迟报' : '逾期未报'}`,
        period: matrix.period.key,
        rows: filterRows(
          matrix.rows,
          both(ofUnit(unit.unitId), (cell) => (late ? cell.late : cell.overdue)),
        ),
      };
    },
  };
}
