// The task being reported on, as the notice words it, with its targets, what the notice plans for
// this quarter (本季度计划) and where the filing stands.
import { Breadcrumb, Card, Flex, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { periodLabel } from '../../../api/calendar.ts';
import type { Standing, TaskPeriodView } from '../../../api/reports.types.ts';
import { DueText } from '../../../components/DueText.tsx';
import { FilingStateTag } from '../../../components/FilingStateTag.tsx';
import { periodMilestone } from '../../../../../src/core/plan/task-milestones.ts';

export function FilingHeader(props: { view: TaskPeriodView; standing: Standing | null; title: string }) {
  const { task, period, myRole } = props.view;
  const milestone = periodMilestone(task.milestones, period.key);
  return (
    <Card size="small">
      <Breadcrumb
        items={[
          { title: <Link to={`/?period=${period.key}`}>工作台</Link> },
          { title: <Link to={`/tasks/${task.id}?period=${period.key}`}>第 {task.seq} 项</Link> },
          { title: periodLabel(period.key) },
        ]}
      />
      <Flex align="center" gap={8} wrap style={{ marginTop: 8 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {props.title}
        </Typography.Title>
        {myRole && (
          <Tag color={myRole === 'lead' ? 'geekblue' : undefined}>{myRole === 'lead' ? '牵头' : '责任'}</Tag>
        )}
        {props.standing && <FilingStateTag state={props.standing.state} late={props.standing.late} />}
      </Flex>
      <Typography.Paragraph style={{ margin: '8px 0' }}>
        <Typography.Text type="secondary">第 {task.seq} 项:</Typography.Text>
        {task.text}
      </Typography.Paragraph>
      {task.indicators.length > 0 && (
        <Typography.Paragraph type="secondary" style={{ margin: '0 0 8px' }}>
          指标:{task.indicators.map((indicator) => `${indicator.metric}(目标 ${indicator.raw})`).join(';')}
        </Typography.Paragraph>
      )}
      {milestone !== null && (
        <Typography.Paragraph style={{ margin: '0 0 8px' }}>
          <Typography.Text strong>本季度计划:</Typography.Text>
          {milestone}
        </Typography.Paragraph>
      )}
      {props.standing && (
        <DueText
          state={props.standing.state}
          daysToDue={props.standing.daysToDue}
          dueOn={props.standing.dueOn}
        />
      )}
    </Card>
  );
}
