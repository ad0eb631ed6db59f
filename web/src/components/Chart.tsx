// The one chart wrapper: loads the chart engine on first use, follows its container's size, and
// reports clicks on bars, points and slices so every chart can drill down to the tasks behind it.
import { Alert, Spin } from 'antd';
import type { BarSeriesOption, LineSeriesOption, PieSeriesOption } from 'echarts/charts';
import type {
  AriaComponentOption,
  GridComponentOption,
  LegendComponentOption,
  TooltipComponentOption,
} from 'echarts/components';
import type { ComposeOption, ECElementEvent, EChartsType } from 'echarts/core';
import { useEffect, useMemo, useRef, useState } from 'react';
import { NARROW_CHART, fitToWidth } from './chart-narrow.ts';
import { withSpokenWords } from './chart-words.ts';

export type ChartOption = ComposeOption<
  | BarSeriesOption
  | LineSeriesOption
  | PieSeriesOption
  | GridComponentOption
  | LegendComponentOption
  | TooltipComponentOption
  | AriaComponentOption
>;

/** What was clicked: the category (or slice) name, the series and the position in it. */
export interface ChartClick {
  name: string;
  seriesName: string | undefined;
  seriesIndex: number | undefined;
  dataIndex: number;
}

export interface ChartProps {
  option: ChartOption;
  onClick?: (click: ChartClick) => void;
  height?: number;
  /** Read out by screen readers in place of the drawing. */
  label: string;
}

export function Chart({ option: drawn, onClick, height = 320, label }: ChartProps) {
  // The label and the figures are what a screen reader hears in place of the drawing.
  const option = useMemo(() => withSpokenWords(drawn, label), [drawn, label]);
  const container = useRef<HTMLDivElement>(null);
  const chart = useRef<EChartsType | null>(null);
  const latestOption = useRef(option);
  const latestClick = useRef(onClick);
  const [state, setState] = useState<'loading' | 'ready' | 'failed'>('loading');

  useEffect(() => {
    latestClick.current = onClick;
  }, [onClick]);

  useEffect(() => {
    let disposed = false;
    let observer: ResizeObserver | null = null;
    import('./chart-engine.ts').then(
      ({ init }) => {
        const element = container.current;
        if (disposed || !element) return;
        const instance = init(element, undefined, { renderer: 'svg' });
        instance.on('click', (event: ECElementEvent) => latestClick.current?.(toClick(event)));
        let narrow = element.clientWidth < NARROW_CHART;
        instance.setOption(fitToWidth(latestOption.current, element.clientWidth));
        chart.current = instance;
        observer = new ResizeObserver(() => {
          // Crossing the phone width refits the axes; any other change only resizes.
          if (narrow !== element.clientWidth < NARROW_CHART) {
            narrow = !narrow;
            instance.setOption(fitToWidth(latestOption.current, element.clientWidth), { notMerge: true });
          }
          instance.resize();
        });
        observer.observe(element);
        setState('ready');
      },
      () => !disposed && setState('failed'),
    );
    return () => {
      disposed = true;
      observer?.disconnect();
      chart.current?.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    latestOption.current = option;
    // Replace rather than merge: a drill-down or period change may remove series or categories.
    chart.current?.setOption(fitToWidth(option, container.current?.clientWidth ?? 0), { notMerge: true });
  }, [option]);

  if (state === 'failed') return <Alert type="error" showIcon title="图表组件加载失败,请刷新页面后重试" />;
  return (
    <Spin spinning={state === 'loading'}>
      <div
        ref={container}
        role="img"
        aria-label={label}
        data-chart-ready={state === 'ready' ? 'true' : 'false'}
        style={{ width: '100%', height, cursor: onClick ? 'pointer' : 'default' }}
      />
    </Spin>
  );
}

function toClick(event: ECElementEvent): ChartClick {
  return {
    name: event.name,
    seriesName: event.seriesName,
    seriesIndex: event.seriesIndex,
    dataIndex: event.dataIndex,
  };
}
