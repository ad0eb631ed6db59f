// The leaders' dashboard: where the quarter's filings stand by section and by unit, how the
// quarters compare, and who files late. Every chart opens the tasks behind what was clicked.
import { Card, Col, Row, Segmented, Space, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { getMatrix, type Matrix } from '../../../api/matrix.ts';
import { cityToday, periodLabel, type PlanPeriod } from '../../../api/calendar.ts';
import { AsyncContent } from '../../../components/AsyncContent.tsx';
import { PeriodDocumentButtons } from '../../../components/PeriodDocumentButtons.tsx';
import { PeriodSwitcher } from '../../../components/PeriodSwitcher.tsx';
import { useSession } from '../../../app/session-context.tsx';
import { TaskDrillDrawer, type DrillDown } from '../../../components/TaskDrillDrawer.tsx';
import { useRequest } from '../../../api/use-request.ts';
import { usePlanPeriod } from '../../../components/use-plan-period.ts';
import { ChartCard } from './ChartCard.tsx';
import { byUnitChart, bySectionChart, stateDistributionChart } from './state-charts.ts';
import { lateFilingsChart, trendChart } from './trend-charts.ts';

/** The quarters that have opened, and the chosen one even if it has not. */
function quartersToLoad(periods: readonly PlanPeriod[], chosen: string): string[] {
  const today = cityToday();
  return periods.filter((p) => p.opensOn <= today || p.key === chosen).map((p) => p.key);
}

const UNIT_LIMITS = [
  { label: '完成率最低20家', value: 20 },
  { label: '全部单位', value: 0 },
];

function Charts(props: { matrices: Matrix[]; period: string; onDrill: (drill: DrillDown) => void }) {
  const [unitLimit, setUnitLimit] = useState(20);
  const current = props.matrices.find((m) => m.period.key === props.period);
  const charts = useMemo(
    () =>
      current && {
        sections: bySectionChart(current),
        units: byUnitChart(current, unitLimit === 0 ? null : unitLimit),
        states: stateDistributionChart(current),
        late: lateFilingsChart(current),
        trend: trendChart(props.matrices),
      },
    [current, unitLimit, props.matrices],
  );
  if (!charts) return null;
  const { onDrill } = props;
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={14}>
        <ChartCard
          title="各板块完成情况"
          chart={charts.sections}
          emptyText="本季度没有应报任务"
          onDrill={onDrill}
        />
      </Col>
      <Col xs={24} xl={10}>
        <ChartCard
          title="填报状态分布"
          chart={charts.states}
          emptyText="本季度没有应报任务"
          onDrill={onDrill}
        />
      </Col>
      <Col xs={24} xl={12}>
        <ChartCard title="季度趋势" chart={charts.trend} emptyText="还没有已开始的季度" onDrill={onDrill} />
      </Col>
      <Col xs={24} xl={12}>
        <ChartCard
          title="迟报与逾期未报单位"
          chart={charts.late}
          emptyText="本季度没有迟报或逾期未报"
          onDrill={onDrill}
        />
      </Col>
      <Col span={24}>
        <ChartCard
          title="各单位完成情况"
          chart={charts.units}
          emptyText="本季度没有应报任务"
          onDrill={onDrill}
          extra={
            <Segmented
              aria-label="显示多少单位"
              size="small"
              options={UNIT_LIMITS}
              value={unitLimit}
              onChange={setUnitLimit}
            />
          }
        />
      </Col>
    </Row>
  );
}

export default function DashboardPage() {
  const { session } = useSession();
  const { calendar, loading, error, reload, periodKey: period, setPeriodKey: setPeriod } = usePlanPeriod();
  const periods = calendar?.periods ?? [];
  const keys = period ? quartersToLoad(periods, period) : [];
  const matrices = useRequest(() => Promise.all(keys.map(getMatrix)), [keys.join(',')]);
  const [drill, setDrill] = useState<DrillDown | null>(null);
  return (
    <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
      <Card>
        <Space wrap style={{ justifyContent: 'space-between', width: '100%' }}>
          <div>
            <Typography.Title level={4} style={{ margin: 0 }}>
              重点工作数据看板{period ? ` · ${periodLabel(period)}` : ''}
            </Typography.Title>
            <Typography.Text type="secondary">点击图中的柱、点或扇区,查看对应的任务清单</Typography.Text>
          </div>
          {period && <PeriodSwitcher periods={periods} value={period} onChange={setPeriod} />}
        </Space>
        {period && session && (
          <div style={{ marginTop: 12 }}>
            <PeriodDocumentButtons period={period} role={session.account.role} />
          </div>
        )}
      </Card>
      <AsyncContent
        loaded={{ data: calendar, error, loading, reload }}
        isEmpty={(plan) => plan === null}
        emptyText="尚未导入年度任务"
      >
        {() => (
          <AsyncContent loaded={matrices} isEmpty={(list) => list.length === 0}>
            {(list) => period && <Charts matrices={list} period={period} onDrill={setDrill} />}
          </AsyncContent>
        )}
      </AsyncContent>
      <TaskDrillDrawer drill={drill} onClose={() => setDrill(null)} />
    </Space>
  );
}
