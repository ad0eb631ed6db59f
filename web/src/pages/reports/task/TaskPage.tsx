// /tasks/:taskId: the task as the notice gives it, its quarter plans, units and indicators, and per quarter every
// filing the viewer may see with its full history.
import { Card, Descriptions, Empty, Flex, Tabs, Typography } from 'antd';
import { Link, useParams } from 'react-router-dom';
import { comparePath } from '../../../api/quality.ts';
import { periodLabel } from '../../../api/calendar.ts';
import { fetchPlanTask } from '../../../api/plan-tasks.ts';
import { fetchTaskPeriod } from '../../../api/reports.ts';
import { useRequest } from '../../../api/use-request.ts';
import { useSession } from '../../../app/session-context.tsx';
import { LoadFailed } from '../../../components/LoadFailed.tsx';
import { PageLoading } from '../../../components/PageLoading.tsx';
import { QuarterPlans } from '../../../components/QuarterPlans.tsx';
import { usePlanPeriod } from '../../../components/use-plan-period.ts';
import { namedUnits, sectionTitles } from './task-units.ts';
import { TaskPeriodPanel } from './TaskPeriodPanel.tsx';
import { TaskHotline } from './TaskHotline.tsx';

export default function TaskPage() {
  const taskId = Number(useParams()['taskId']);
  const { session } = useSession();
  const plan = usePlanPeriod();
  const { periodKey } = plan;
  const view = useRequest(periodKey ? () => fetchTaskPeriod(taskId, periodKey) : null, [taskId, periodKey]);
  const year = plan.calendar?.year ?? null;
  const seq = view.data?.task.seq ?? null;
  const detail = useRequest(year && seq ? () => fetchPlanTask(year, seq) : null, [year, seq]);
  const origin = detail.data?.carriedFrom ?? null;
  if (plan.error) return <LoadFailed error={plan.error} onRetry={plan.reload} />;
  if (plan.loading) return <PageLoading />;
  if (!plan.calendar || !periodKey) return <Empty description="尚未下达年度重点工作任务" />;
  if (view.error && !view.data) return <LoadFailed error={view.error} onRetry={view.reload} />;
  if (!view.data) return <PageLoading />;
  const data = view.data;
  const { task } = data;
  const units = namedUnits(data.units);
  const role = session?.account.role;
  const canFile = role === 'reporter' || role === 'approver';
  const ownUnitId = session?.account.unitId ?? null;
  const canAnswerHotline = canFile && ownUnitId !== null && data.units.some((u) => u.unitId === ownUnitId);
  const unitNames = new Map(data.units.map((u) => [u.unitId, u.name]));
  return (
    <Card>
      <Flex wrap gap={12} align="baseline" justify="space-between">
        <Typography.Title level={4}>第 {task.seq} 项</Typography.Title>
        {role === 'admin' || role === 'supervisor' || role === 'leader' ? (
          <Link to={comparePath(taskId, periodKey)}>季度对比</Link>
        ) : null}
      </Flex>
      <Descriptions
        column={1}
        bordered
        size="small"
        styles={{ label: { width: 110, whiteSpace: 'nowrap' } }}
        items={[
          {
            key: 'section',
            label: '所属',
            children: sectionTitles(task.path, plan.calendar.structure).join(' / '),
          },
          { key: 'text', label: '目标与任务', children: task.text },
          ...(origin
            ? [
                {
                  key: 'origin',
                  label: '延续自',
                  children: `${origin.year}年度第${origin.seq}项(上年未办结)`,
                },
              ]
            : []),
          ...(task.milestones.length > 0
            ? [
                {
                  key: 'milestones',
                  label: '季度计划',
                  children: <QuarterPlans milestones={task.milestones} />,
                },
              ]
            : []),
          { key: 'lead', label: '牵头责任单位', children: units.lead.join('、') || '—' },
          { key: 'co', label: '责任单位', children: units.responsible.join('、') || '—' },
          ...(task.indicators.length > 0
            ? [
                {
                  key: 'indicators',
                  label: '指标',
                  children: task.indicators.map((i) => (
                    <div key={i.id}>
                      {i.metric}:目标 {i.raw}
                    </div>
                  )),
                },
              ]
            : []),
        ]}
      />
      <Tabs
        style={{ marginTop: 16 }}
        activeKey={periodKey}
        onChange={plan.setPeriodKey}
        items={plan.calendar.periods.map((period) => ({
          key: period.key,
          label: periodLabel(period.key, true),
          children:
            period.key === periodKey ? (
              <>
                {view.error && <LoadFailed error={view.error} onRetry={view.reload} />}
                {view.loading ? (
                  <PageLoading />
                ) : (
                  <TaskPeriodPanel view={data} canFile={canFile} unitId={session?.account.unitId ?? null} />
                )}
              </>
            ) : null,
        }))}
      />
      <TaskHotline
        taskId={taskId}
        canAnswer={canAnswerHotline}
        unitName={(unitId) => unitNames.get(unitId) ?? `单位 ${unitId}`}
      />
    </Card>
  );
}
