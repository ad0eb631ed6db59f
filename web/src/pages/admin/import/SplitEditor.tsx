// Settling one row whose lead/co boundary was guessed: move the boundary, or click units to switch
// them between lead (牵头) and co-responsible (责任), then confirm.
import { CheckOutlined } from '@ant-design/icons';
import { Button, Select, Space, Tag, Typography } from 'antd';
import type { PreviewTask } from '../../../api/plan-import.ts';
import {
  isEdited,
  splitOf,
  toggleLead,
  unitsOf,
  withBoundary,
  type RowDecision,
} from './import-decisions.ts';

function boundaryOf(units: string[], lead: string[]): number | undefined {
  const prefix = units.slice(0, lead.length);
  return prefix.every((unit) => lead.includes(unit)) ? lead.length : undefined;
}

export function SplitEditor(props: {
  task: PreviewTask;
  decision: RowDecision | undefined;
  onChange: (decision: RowDecision) => void;
}) {
  const { task, decision, onChange } = props;
  const units = unitsOf(task);
  const { leadUnits } = splitOf(task, decision);
  if (units.length === 0) return <Typography.Text type="danger">未识别到单位,请排除该项</Typography.Text>;
  return (
    <Space orientation="vertical" size={4} style={{ width: '100%' }} data-split-seq={task.seq}>
      <Space wrap size={4}>
        {units.map((unit) => {
          const lead = leadUnits.includes(unit);
          return (
            <Button
              key={unit}
              size="small"
              type={lead ? 'primary' : 'default'}
              aria-pressed={lead}
              title={lead ? '牵头单位,点击改为责任单位' : '责任单位,点击改为牵头单位'}
              onClick={() => onChange(toggleLead(task, decision, unit))}
            >
              {lead ? '牵头 · ' : ''}
              {unit}
            </Button>
          );
        })}
      </Space>
      <Space wrap size={8}>
        <span>牵头单位为前</span>
        <Select
          size="small"
          aria-label={`第${task.seq}项牵头单位个数`}
          style={{ width: 80 }}
          value={boundaryOf(units, leadUnits)}
          placeholder="自定"
          onChange={(count: number) => onChange(withBoundary(task, count))}
          options={units.map((_, i) => ({ value: i + 1, label: `${i + 1}个` }))}
        />
        {decision?.confirmed ? (
          <Tag color={isEdited(task, decision) ? 'blue' : 'green'}>
            {isEdited(task, decision) ? '已修改' : '已确认'}
          </Tag>
        ) : (
          <Button
            size="small"
            icon={<CheckOutlined />}
            onClick={() => onChange({ lead: leadUnits, confirmed: true })}
          >
            确认推断
          </Button>
        )}
      </Space>
    </Space>
  );
}
