// The bulletin's chart: average completion per section as horizontal bars, drawn on the server with
// ECharts' SVG renderer and turned into a PNG with resvg, because Word shows PNG everywhere while SVG
// support varies. Chinese labels need a CJK font on the server: resvg loads the system fonts and
// tries the families below in turn; without any CJK font the labels render as empty boxes.
import { Resvg } from '@resvg/resvg-js';
import * as echarts from 'echarts';
import { invalid } from '../core/errors.ts';

export interface CompletionBar {
  label: string;
  /** 0..100 */
  percent: number;
}

export interface CompletionChartData {
  title: string;
  bars: readonly CompletionBar[];
}

export interface RenderedChart {
  svg: string;
  png: Uint8Array;
  width: number;
  height: number;
}

/** Single quotes: ECharts writes the family into a double-quoted SVG attribute without escaping it. */
export const CHART_FONTS =
  "'Source Han Sans SC', 'Noto Sans CJK SC', 'WenQuanYi Zen Hei', 'Microsoft YaHei', SimHei, sans-serif";
const WIDTH = 760;
const BAR_HEIGHT = 34;
const CHROME = 110;
const MAX_LABEL = 14;
/** Twice the size on paper, so the printed chart stays sharp. */
const PNG_SCALE = 2;

export function renderCompletionChart(data: CompletionChartData): RenderedChart {
  validateBars(data.bars);
  const height = CHROME + Math.max(1, data.bars.length) * BAR_HEIGHT;
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: WIDTH, height });
  try {
    chart.setOption(chartOption(data));
    const svg = chart.renderToSVGString();
    const resvg = new Resvg(svg, {
      font: { loadSystemFonts: true, defaultFontFamily: 'sans-serif' },
      fitTo: { mode: 'width', value: WIDTH * PNG_SCALE },
      background: '#ffffff',
    });
    return { svg, png: new Uint8Array(resvg.render().asPng()), width: WIDTH, height };
  } finally {
    chart.dispose();
  }
}

function chartOption(data: CompletionChartData): echarts.EChartsCoreOption {
  return {
    animation: false,
    textStyle: { fontFamily: CHART_FONTS },
    title: { text: data.title, left: 'center', top: 8, textStyle: { fontSize: 16, fontFamily: CHART_FONTS } },
    grid: { left: 16, right: 48, top: 48, bottom: 24, containLabel: true },
    xAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
    // Listed top to bottom in the notice's order, not bottom-up as a category axis draws by default.
    yAxis: { type: 'category', inverse: true, data: data.bars.map((bar) => shortLabel(bar.label)) },
    series: [
      {
        type: 'bar',
        barMaxWidth: 22,
        data: data.bars.map((bar) => Math.round(bar.percent * 10) / 10),
        itemStyle: { color: '#2f5597' },
        label: { show: true, position: 'right', formatter: '{c}%' },
      },
    ],
  };
}

function shortLabel(label: string): string {
  const chars = [...label];
  return chars.length > MAX_LABEL ? `${chars.slice(0, MAX_LABEL - 1).join('')}…` : label;
}

function validateBars(bars: readonly CompletionBar[]): void {
  for (const bar of bars) {
    if (!Number.isFinite(bar.percent) || bar.percent < 0 || bar.percent > 100) {
      throw invalid('chart.invalid_percent', `the bar ${bar.label} must lie in 0..100`, {
        label: bar.label,
        percent: bar.percent,
      });
    }
  }
}
