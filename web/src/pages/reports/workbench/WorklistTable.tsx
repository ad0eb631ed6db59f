// The worklist on a wide screen: one row per task, one click to the form.
import { Button, Table, Typography } from 'antd';
import { Link } from 'react-router-dom';
import type { Role } from '../../../api/auth.ts';
import type { WorklistItem } from '../../../api/reports.types.ts';
import { DueText } from '../../../components/DueText.tsx';
import { FilingStateTag } from '../../../components/FilingStateTag.tsx';
import { LightTag } from '../../../components/LightTag.tsx';
import { lightKey, type Light } from '../../../api/supervision.ts';
import { RoleTag } from './RoleTag.tsx';
import { actionLabel, filingPath, shownState } from './workbench-model.ts';

/** Loaded only on wide screens: phones never fetch the table code. */
export default function WorklistTable(props: {
  items: WorklistItem[];
  periodKey: string;
  role: Role;
  unitId?: number;
  lights?: Map<string, Light>;
}) {
  const { periodKey, role } = props;
  return (
    <Table<WorklistItem>
      rowKey={(item) => item.task.id}
      dataSource={props.items}
      pagination={props.items.length > 50 ? { pageSize: 50, showSizeChanger: false } : false}
      size="middle"
      columns={[
        { title: '序号', dataIndex: ['task', 'seq'], width: 64, align: 'center' },
        {
          title: '目标与任务',
          render: (_, item) => (
            <Link to={`/tasks/${item.task.id}?period=${periodKey}`} style={{ color: 'inherit' }}>
              <Typography.Paragraph ellipsis={{ rows: 2, tooltip: item.task.text }} style={{ margin: 0 }}>
                {item.task.text}
              </Typography.Paragraph>
            </Link>
          ),
        },
        { title: '本单位角色', width: 150, render: (_, item) => <RoleTag item={item} /> },
        {
          title: '状态',
          width: 130,
          render: (_, item) => <FilingStateTag {...shownState(item)} late={item.late} />,
        },
        {
          title: '灯色',
          width: 80,
          render: (_, item) =>
            props.unitId === undefined ? null : (
              <LightTag light={props.lights?.get(lightKey(item.task.id, props.unitId))} />
            ),
        },
        {
          title: '截止',
          width: 190,
          render: (_, item) => <DueText state={item.state} daysToDue={item.daysToDue} dueOn={item.dueOn} />,
        },
        {
          title: '操作',
          width: 110,
          render: (_, item) => {
            const label = actionLabel(item, role);
            return (
              <Link to={filingPath(item, periodKey)}>
                <Button type={label === '查看' ? 'default' : 'primary'} size="small">
                  {label}
                </Button>
              </Link>
            );
          },
        },
      ]}
    />
  );
}
