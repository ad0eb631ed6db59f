// What a screen reader hears for a chart: its title, then the figures category by category
// (一 主要预期目标:已采纳32,已报送0…). Left to itself the chart engine replaced the chart's name
// with its own reading of the raw data, "第0个系列…的数据是32，0，32，NaN" for a stacked bar.
import type { ChartOption } from './Chart.tsx';

/** Categories read out before the rest is summed up as 等N项. */
const READ_OUT = 10;

type Loose = Record<string, unknown>;

const list = (value: unknown): Loose[] =>
  (Array.isArray(value) ? value : value === undefined ? [] : [value]).filter(
    (item): item is Loose => typeof item === 'object' && item !== null,
  );

function categoriesOf(option: ChartOption): string[] {
  const axis = [...list(option.yAxis), ...list(option.xAxis)].find((a) => a['type'] === 'category');
  return Array.isArray(axis?.['data']) ? axis['data'].map(String) : [];
}

const text = (value: unknown): string => (typeof value === 'string' ? value : '');

const valueOf = (item: unknown): unknown =>
  typeof item === 'object' && item !== null ? (item as Loose)['value'] : item;

const figure = (value: unknown): string =>
  typeof value === 'number' && Number.isFinite(value) ? String(value) : '无';

function categoryWords(option: ChartOption): string[] {
  const categories = categoriesOf(option);
  const series = list(option.series);
  const words = categories.slice(0, READ_OUT).map((category, index) => {
    const values = series.map((s) => {
      const data = Array.isArray(s['data']) ? (s['data'] as unknown[]) : [];
      return `${text(s['name'])}${figure(valueOf(data[index]))}`;
    });
    return `${category}:${values.join(',')}`;
  });
  if (categories.length > READ_OUT) words.push(`共${categories.length}项,以上为前${READ_OUT}项`);
  return words;
}

function sliceWords(option: ChartOption): string[] {
  return list(option.series).flatMap((s) =>
    (Array.isArray(s['data']) ? (s['data'] as unknown[]) : []).map((slice) => {
      const name = typeof slice === 'object' && slice !== null ? text((slice as Loose)['name']) : '';
      return `${name}${figure(valueOf(slice))}`;
    }),
  );
}

/** The chart's option with the engine's description replaced by the title and the figures. */
export function withSpokenWords(option: ChartOption, title: string): ChartOption {
  const words = categoriesOf(option).length > 0 ? categoryWords(option) : sliceWords(option);
  const description = words.length === 0 ? title : `${title}。${words.join(';')}`;
  return { ...option, aria: { enabled: true, label: { enabled: true, description } } };
}
