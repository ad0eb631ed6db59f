import { Card, Empty } from 'antd';
import type { ReactNode } from 'react';
import { Chart } from '../../../components/Chart.tsx';
import type { DrillDown } from '../../../components/TaskDrillDrawer.tsx';
import type { DashboardChart } from './state-charts.ts';

export function ChartCard(props: {
  title: string;
  chart: DashboardChart;
  emptyText: string;
  onDrill: (drill: DrillDown) => void;
  extra?: ReactNode;
}) {
  const { chart } = props;
  return (
    <Card title={props.title} extra={props.extra} data-chart={props.title}>
      {chart.empty ? (
        <Empty description={props.emptyText} />
      ) : (
        <Chart
          label={`${props.title}(点击图形查看对应任务)`}
          option={chart.option}
          height={chart.height}
          onClick={(click) => {
            const drill = chart.drill(click);
            if (drill) props.onDrill(drill);
          }}
        />
      )}
    </Card>
  );
}
