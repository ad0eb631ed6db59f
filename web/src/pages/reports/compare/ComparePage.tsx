// /tasks/:taskId/compare?period=: the office's quarter-over-quarter view of one task. Each unit's
// filing of the quarter (as it reached the office) next to its filing of the quarter before, the
// figures with what changed and the texts with repeated words marked.
import { Alert, Breadcrumb, Card, Empty, Flex, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { periodLabel } from '../../../api/calendar.ts';
import { getComparison } from '../../../api/quality.ts';
import { useRequest } from '../../../api/use-request.ts';
import { LoadFailed } from '../../../components/LoadFailed.tsx';
import { PageLoading } from '../../../components/PageLoading.tsx';
import { PeriodSwitcher } from '../../../components/PeriodSwitcher.tsx';
import { taskPath } from '../../../components/TaskDrillDrawer.tsx';
import { usePlanPeriod } from '../../../components/use-plan-period.ts';
import { CompareUnitCard } from './CompareUnitCard.tsx';
import '../../../components/quality/quality.css';

function Legend() {
  return (
    <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
      图例:<mark className="duban-mark">与上季度相同</mark> <ins className="duban-run-added">本季度新增</ins>{' '}
      <del className="duban-run-removed">本季度删去</del>。只显示已报送督查办的版本。
    </Typography.Paragraph>
  );
}

export default function ComparePage() {
  const taskId = Number(useParams()['taskId']);
  const plan = usePlanPeriod();
  const { periodKey } = plan;
  const loaded = useRequest(periodKey ? () => getComparison(taskId, periodKey) : null, [taskId, periodKey]);
  if (plan.error) return <LoadFailed error={plan.error} onRetry={plan.reload} />;
  if (plan.loading) return <PageLoading />;
  if (!plan.calendar || !periodKey) return <Empty description="尚未下达年度重点工作任务" />;
  const data = loaded.data;
  return (
    <Flex vertical gap={12}>
      <Card size="small">
        <Breadcrumb
          items={[
            { title: <Link to={`/console?period=${periodKey}`}>督查台</Link> },
            { title: <Link to={taskPath(taskId, periodKey)}>第 {data?.task.seq ?? ''} 项</Link> },
            { title: '季度对比' },
          ]}
        />
        <Flex vertical gap={8} style={{ marginTop: 8 }}>
          <Typography.Title level={4} style={{ margin: 0 }}>
            季度对比{data ? ` · 第 ${data.task.seq} 项` : ''}
          </Typography.Title>
          {data && <Typography.Paragraph style={{ margin: 0 }}>{data.task.text}</Typography.Paragraph>}
          <PeriodSwitcher periods={plan.calendar.periods} value={periodKey} onChange={plan.setPeriodKey} />
          <Legend />
        </Flex>
      </Card>
      {loaded.error && <LoadFailed error={loaded.error} onRetry={loaded.reload} />}
      {!data && !loaded.error && <PageLoading />}
      {data && data.previousPeriod === null && (
        <Alert type="info" showIcon title={`${periodLabel(data.period)}是年度第一个季度,没有上季度可对比`} />
      )}
      {data && data.units.length === 0 && <Empty description="本季度没有需要填报的单位" />}
      {data?.units.map((unit) => (
        <CompareUnitCard key={unit.unitId} unit={unit} comparison={data} />
      ))}
    </Flex>
  );
}
