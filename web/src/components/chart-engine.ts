// The parts of ECharts the product draws with, loaded only when a page shows a chart. Importing
// from echarts/core with named charts and components keeps this chunk a fraction of full ECharts.
// SVG draws each bar and slice as an element, which keeps charts sharp when printed or zoomed.
import { BarChart, LineChart, PieChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { init, use } from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

use([
  BarChart,
  LineChart,
  PieChart,
  GridComponent,
  LegendComponent,
  TooltipComponent,
  AriaComponent,
  SVGRenderer,
]);

export { init };
