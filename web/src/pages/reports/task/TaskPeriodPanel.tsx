// One quarter of a task: every unit's standing, the lead unit's report, the co-units' inputs the
// viewer may see, and who has not filed.
import { Alert, Button, Empty, Flex, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { TaskPeriodView } from '../../../api/reports.types.ts';
import { FilingStateTag } from '../../../components/FilingStateTag.tsx';
import { FilingRecord } from './FilingRecord.tsx';

type UnitRow = TaskPeriodView['units'][number];

/** The unit's own next step on this task: fill in while it still can, else read what it filed. */
function fileLabel(view: TaskPeriodView, unitId: number | null): string {
  const mine = view.units.find((unit) => unit.unitId === unitId)?.standing?.state;
  const stillOpen = mine === undefined || ['todo', 'draft', 'returned', 'overdue'].includes(mine);
  if (!stillOpen) return '查看本单位填报';
  return view.myRole === 'lead' ? '填报任务进展报告' : '填报本单位反馈';
}

export function TaskPeriodPanel(props: { view: TaskPeriodView; canFile: boolean; unitId: number | null }) {
  const { view, canFile } = props;
  const { indicators } = view.task;
  const standings = view.units.filter((unit) => unit.standing !== null);
  return (
    <Flex vertical gap={16}>
      {canFile && view.myRole && (
        <Link to={`/tasks/${view.task.id}/periods/${view.period.key}`}>
          <Button type="primary">{fileLabel(view, props.unitId)}</Button>
        </Link>
      )}
      {standings.length > 0 && (
        <section aria-label="各单位填报情况">
          <Typography.Title level={5}>各单位填报情况</Typography.Title>
          <Table<UnitRow>
            size="small"
            rowKey="unitId"
            pagination={false}
            dataSource={standings}
            columns={[
              { title: '单位', dataIndex: 'name' },
              {
                title: '角色',
                render: (_, unit) => (
                  <>
                    <Tag color={unit.role === 'lead' ? 'geekblue' : undefined}>{unit.roleLabel}</Tag>
                    {unit.viaGroup && (
                      <Typography.Text type="secondary">经{unit.viaGroup.name}</Typography.Text>
                    )}
                  </>
                ),
              },
              {
                title: '状态',
                render: (_, unit) =>
                  unit.standing && <FilingStateTag state={unit.standing.state} late={unit.standing.late} />,
              },
            ]}
          />
        </section>
      )}
      {view.missing && view.missing.length > 0 && (
        <Alert
          type="warning"
          showIcon
          title={`尚未报送督查办(${view.missing.length})`}
          description={view.missing.map((unit) => unit.name).join('、')}
        />
      )}
      <section aria-label="牵头单位进展报告">
        <Typography.Title level={5}>牵头单位进展报告</Typography.Title>
        {view.taskReports.length === 0 ? (
          <Empty description="暂无可查看的进展报告" />
        ) : (
          <Flex vertical gap={12}>
            {view.taskReports.map((report) => (
              <FilingRecord key={report.id} report={report} indicators={indicators} />
            ))}
          </Flex>
        )}
      </section>
      <section aria-label="责任单位反馈">
        <Typography.Title level={5}>责任单位反馈</Typography.Title>
        {view.unitInputs.length === 0 ? (
          <Empty description="暂无可查看的责任单位反馈" />
        ) : (
          <Flex vertical gap={12}>
            {view.unitInputs.map((report) => (
              <FilingRecord key={report.id} report={report} indicators={indicators} />
            ))}
          </Flex>
        )}
      </section>
    </Flex>
  );
}
