// Charts of one quarter's filings by state: per section, per unit, and the overall distribution.
// Each chart comes with its drill-down: the click it answers with the tasks behind the number.
import type { Matrix } from '../../../api/matrix.ts';
import type { ChartClick, ChartOption } from '../../../components/Chart.tsx';
import type { DrillDown } from '../../../components/TaskDrillDrawer.tsx';
import {
  both,
  filterRows,
  inSection,
  inStates,
  ofUnit,
  sectionKey,
} from '../../../components/matrix-filters.ts';
import { STATE_GROUPS, sectionLabel, type StateGroup } from '../../../components/progress-states.ts';

export interface DashboardChart {
  option: ChartOption;
  drill: (click: ChartClick) => DrillDown | null;
  height?: number;
  /** Nothing to draw: the card says so instead of an empty chart. */
  empty?: boolean;
}

const groupOf = (click: ChartClick): StateGroup | undefined =>
  STATE_GROUPS.find(
    (group) => group.label === (click.seriesName === '填报状态' ? click.name : click.seriesName),
  );

const countIn = (counts: Record<string, number>, group: StateGroup) =>
  group.codes.reduce((sum, code) => sum + (counts[code] ?? 0), 0);

const ROW_HEIGHT = 26;

function stackedBars(categories: string[], counts: Record<string, number>[]): ChartOption {
  return {
    aria: { enabled: true },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 8, right: 24, top: 32, bottom: 8, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: {
      type: 'category',
      data: categories,
      inverse: true,
      axisLabel: { width: 200, overflow: 'truncate' },
    },
    series: STATE_GROUPS.map((group) => ({
      type: 'bar',
      name: group.label,
      stack: 'filings',
      itemStyle: { color: group.color },
      emphasis: { focus: 'series' },
      data: counts.map((c) => countIn(c, group)),
    })),
  };
}

export function bySectionChart(matrix: Matrix): DashboardChart {
  const sections = matrix.sections;
  return {
    empty: matrix.totals.owed === 0,
    height: Math.max(260, sections.length * ROW_HEIGHT + 60),
    option: stackedBars(
      sections.map(({ section }) => `${sectionLabel(section.path)} ${section.title ?? ''}`),
      sections.map((s) => s.counts),
    ),
    drill: (click) => {
      const entry = sections[click.dataIndex];
      const group = groupOf(click);
      if (!entry || !group) return null;
      const key = sectionKey(entry.section.path);
      return {
        title: `${sectionLabel(entry.section.path)} ${entry.section.title ?? ''} · ${group.label}`,
        period: matrix.period.key,
        rows: filterRows(matrix.rows, both(inSection(key), inStates(group.codes))),
      };
    },
  };
}

/** Units by completion, least complete first; `limit` keeps the chart readable on one screen. */
export function byUnitChart(matrix: Matrix, limit: number | null): DashboardChart {
  const rate = (c: Matrix['units'][number]['counts']) => (c.owed === 0 ? 1 : c.accepted / c.owed);
  const sorted = [...matrix.units]
    .filter((u) => u.counts.owed > 0)
    .sort((a, b) => rate(a.counts) - rate(b.counts) || b.counts.owed - a.counts.owed);
  const units = limit === null ? sorted : sorted.slice(0, limit);
  return {
    empty: units.length === 0,
    height: Math.max(260, units.length * ROW_HEIGHT + 60),
    option: stackedBars(
      units.map((u) => u.name),
      units.map((u) => u.counts),
    ),
    drill: (click) => {
      const unit = units[click.dataIndex];
      const group = groupOf(click);
      if (!unit || !group) return null;
      return {
        title: `${unit.name} · ${group.label}`,
        period: matrix.period.key,
        rows: filterRows(matrix.rows, both(ofUnit(unit.unitId), inStates(group.codes))),
      };
    },
  };
}

export function stateDistributionChart(matrix: Matrix): DashboardChart {
  return {
    empty: matrix.totals.owed === 0,
    option: {
      aria: { enabled: true },
      tooltip: { trigger: 'item', formatter: '{b}:{c}({d}%)' },
      legend: { bottom: 0 },
      series: [
        {
          type: 'pie',
          name: '填报状态',
          radius: ['40%', '70%'],
          // A handful of accepted filings among a thousand must still show and open on a click.
          minAngle: 4,
          label: { formatter: '{b}\n{c}' },
          // Empty slices would only stack their labels on top of each other.
          data: STATE_GROUPS.map((group) => ({
            name: group.label,
            value: countIn(matrix.totals, group),
            itemStyle: { color: group.color },
          })).filter((slice) => slice.value > 0),
        },
      ],
    },
    drill: (click) => {
      const group = groupOf(click);
      if (!group) return null;
      return {
        title: `全部任务 · ${group.label}`,
        period: matrix.period.key,
        rows: filterRows(matrix.rows, inStates(group.codes)),
      };
    },
  };
}
